//! One layout problem solved: relax, separate and place labels until the rules are met (growing a free layout if need be), then squeeze.

use super::net::{Bounds, Net, Placed};
use super::stress::{self, Point, Stress};
use super::{labels, separate};
use crate::geometry::Rect;

/// A layout that meets the rules.
#[derive(Clone)]
pub(super) struct Fit {
    pub(super) pos: Vec<Point>,
    pub(super) placed: Placed,
    /// See [`labels::Labels::tidiness`].
    pub(super) tidiness: (usize, usize),
    pub(super) untidy: Vec<usize>,
    /// See [`labels::Labels::over`].
    pub(super) over: Vec<(usize, usize)>,
}

/// A layout that does not yet meet the rules, kept to say what is wrong with it.
pub(super) struct Attempt {
    pub(super) placed: Placed,
    /// Edges whose label found no room.
    pub(super) failed: Vec<usize>,
}

/// Rounds of relaxing before a free layout gives up on local fixes and grows.
pub(super) const RELAX_ROUNDS: usize = 12;
/// Growth steps allowed after that; at 1.1 a step, far more than any input needs.
const GROW_ROUNDS: usize = 150;
const GROWTH: f64 = 1.1;

/// One layout problem: the graph, which actors are fixed and where, and the bounds.
pub(super) struct Setup<'a> {
    pub(super) net: &'a Net,
    pub(super) stress: &'a Stress<'a>,
    pub(super) fixed: &'a [bool],
    pub(super) pins: &'a [Option<(f32, f32)>],
    pub(super) bounds: Option<Bounds>,
}

impl Setup<'_> {
    /// Node boxes at `pos`: pinned ones exactly where pinned, free ones on whole units.
    fn realise(&self, pos: &[Point]) -> Vec<Rect> {
        pos.iter()
            .enumerate()
            .map(|(i, p)| {
                let (cx, cy) = self.pins[i].unwrap_or((p[0].round() as f32, p[1].round() as f32));
                let (w, h) = self.net.nodes[i];
                Rect { cx, cy, w, h }
            })
            .collect()
    }

    /// The boxes at `pos`, if they meet the rules with room to spare (so rounding
    /// and scaling cannot break them) and every label finds a place.
    fn attempt(&self, pos: &[Point]) -> Result<Fit, Attempt> {
        self.attempt_with(pos, &labels::ON_OR_BESIDE)
    }

    /// As [`Setup::attempt`], trying labels `across` their edges at these shares.
    pub(super) fn attempt_with(
        &self,
        pos: &[Point],
        across: &[(f32, usize)],
    ) -> Result<Fit, Attempt> {
        let nodes = self.realise(pos);
        let clean = separate::clean(self.net, &nodes, self.fixed, self.bounds.as_ref());
        let labels = labels::place(
            &nodes,
            &self.net.ends,
            &self.net.labels,
            self.bounds.as_ref(),
            across,
        );
        let placed = Placed {
            nodes,
            labels: labels.rects,
        };
        if clean && labels.failed.is_empty() {
            Ok(Fit {
                pos: pos.to_vec(),
                placed,
                tidiness: labels.tidiness,
                untidy: labels.untidy,
                over: labels.over,
            })
        } else {
            Err(Attempt {
                placed,
                failed: labels.failed,
            })
        }
    }

    /// Up to `rounds` times relaxes and separates, lengthening edges whose labels
    /// find no room (or only an untidy one), and keeps the tidiest layout that meets
    /// the rules. A `scalable` layout (nothing pinned, no size) that has none grows
    /// until it does.
    pub(super) fn solve(
        &self,
        mut pos: Vec<Point>,
        scalable: bool,
        rounds: usize,
    ) -> Result<Fit, Attempt> {
        let mut stretch = vec![1.0; self.net.ends.len()];
        let mut scale = 1.0;
        let mut best: Option<Fit> = None;
        let mut last = None;
        // With every actor pinned, every round would be the same.
        let rounds = if self.fixed.iter().all(|&f| f) {
            1
        } else {
            rounds
        };
        for _ in 0..rounds {
            let how = stress::Relax {
                stretch: &stretch,
                scale,
                sweeps: 60,
                labels: true,
            };
            self.stress
                .relax(&mut pos, self.fixed, self.bounds.as_ref(), how);
            let bounds = self.bounds.as_ref();
            separate::separate(self.net, &mut pos, self.fixed, bounds, Some(&stretch));
            separate::separate(self.net, &mut pos, self.fixed, bounds, None);
            match self.attempt(&pos) {
                Ok(fit) => {
                    for &e in &fit.untidy {
                        stretch[e] *= 1.15;
                    }
                    let tidy = fit.untidy.is_empty();
                    if best.as_ref().is_none_or(|b| fit.tidiness < b.tidiness) {
                        best = Some(fit);
                    }
                    if tidy {
                        break;
                    }
                }
                Err(attempt) => {
                    for &e in &attempt.failed {
                        stretch[e] *= 1.2;
                    }
                    if attempt.failed.is_empty() && scalable {
                        // Boxes still collide after separating: give everything more room.
                        scale *= GROWTH;
                    }
                    last = Some(attempt);
                }
            }
        }
        if let Some(fit) = best {
            return Ok(fit);
        }
        if !scalable {
            return Err(last.expect("at least one round ran"));
        }
        // Growing keeps every rule already met and, with boxes fixed in size, meets
        // the rest in the end; separating again handles boxes exactly in line.
        for _ in 0..GROW_ROUNDS {
            stress::grow(&mut pos, GROWTH, GROWTH);
            separate::separate(self.net, &mut pos, self.fixed, self.bounds.as_ref(), None);
            match self.attempt(&pos) {
                Ok(fit) => return Ok(fit),
                Err(attempt) => last = Some(attempt),
            }
        }
        Err(last.expect("at least one round ran"))
    }

    /// Squeezes a free layout that meets the rules, across then down, as far as it
    /// still does with labels as tidy as before.
    pub(super) fn compact(&self, mut fit: Fit) -> Fit {
        for axis in [0, 1, 0, 1] {
            let (mut lo, mut hi) = (0.0, 1.0);
            let mut best = None;
            for _ in 0..8 {
                let mid = (lo + hi) / 2.0;
                let mut trial = fit.pos.clone();
                let (sx, sy) = if axis == 0 { (mid, 1.0) } else { (1.0, mid) };
                stress::grow(&mut trial, sx, sy);
                match self.attempt(&trial) {
                    Ok(f) if f.tidiness <= fit.tidiness => {
                        hi = mid;
                        best = Some(f);
                    }
                    _ => lo = mid,
                }
            }
            if let Some(f) = best {
                fit = f;
            }
        }
        fit
    }
}
