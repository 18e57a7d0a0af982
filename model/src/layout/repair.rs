//! The repair step: small moves of free actors that take labels off other edges and uncross edges, short of a new layout.

use super::solve::{Fit, Setup};
use super::{check, labels, separate};

/// How far [`Setup::repair`] tries moving actors, in units, shortest first.
const REPAIR_STEPS: [f64; 5] = [8.0, 16.0, 32.0, 48.0, 72.0];
const REPAIR_ROUNDS: usize = 40;
/// How many of a part's best layouts [`Setup::repair`] works on.
pub(super) const REPAIRED: usize = 1;

impl Setup<'_> {
    /// Moves free actors a little, one at a time or an edge's two together, while
    /// that takes labels off other edges (first), uncrosses edges, or brings labels
    /// nearer their own line, keeping every rule (what a move runs into is pushed
    /// aside): the moves a label over another line asks for, short of a new layout.
    /// Labels here may also slide partway off their line ([`labels::SLIDING`]).
    pub(super) fn repair(&self, mut fit: Fit) -> Fit {
        let ends = &self.net.ends;
        let score = |f: &Fit| {
            (
                f.over.len(),
                check::crossed(&f.placed.nodes, ends),
                f.tidiness.1,
            )
        };
        // Labels may slide off the middle of their line first.
        let mut now = score(&fit);
        if let Ok(f) = self.attempt_with(&fit.pos, &labels::SLIDING) {
            if score(&f) <= now {
                now = score(&f);
                fit = f;
            }
        }
        for _ in 0..REPAIR_ROUNDS {
            if now.0 == 0 {
                break;
            }
            // Moves to try: the label's edge lengthened or moved aside, at either
            // end or whole, and the edge under it moved aside.
            let mut moves: Vec<(Vec<usize>, (f64, f64))> = Vec::new();
            for &(e, f) in &fit.over {
                let ((a, b), (c, d)) = (ends[e], ends[f]);
                let way = |i: usize, j: usize| {
                    let (p, q) = (fit.pos[i], fit.pos[j]);
                    let (dx, dy) = (q[0] - p[0], q[1] - p[1]);
                    let len = (dx * dx + dy * dy).sqrt();
                    if len > 1e-9 {
                        (dx / len, dy / len)
                    } else {
                        (1.0, 0.0)
                    }
                };
                let (along, aside) = (way(a, b), way(c, d));
                let across = |(x, y): (f64, f64)| (-y, x);
                let back = |(x, y): (f64, f64)| (-x, -y);
                let (ne, nf) = (across(along), across(aside));
                for m in [
                    (vec![a], back(along)),
                    (vec![b], along),
                    (vec![a], ne),
                    (vec![a], back(ne)),
                    (vec![b], ne),
                    (vec![b], back(ne)),
                    (vec![a, b], ne),
                    (vec![a, b], back(ne)),
                    (vec![c, d], nf),
                    (vec![c, d], back(nf)),
                    (vec![c], nf),
                    (vec![c], back(nf)),
                    (vec![d], nf),
                    (vec![d], back(nf)),
                    (vec![c], back(aside)),
                    (vec![d], aside),
                    (vec![a, b], along),
                    (vec![a, b], back(along)),
                ] {
                    if m.0.iter().all(|&i| !self.fixed[i]) && !moves.contains(&m) {
                        moves.push(m);
                    }
                }
            }
            let mut better = None;
            'moves: for &r in &REPAIR_STEPS {
                for (g, (ux, uy)) in &moves {
                    let mut trial = fit.pos.clone();
                    for &i in g {
                        trial[i][0] += ux * r;
                        trial[i][1] += uy * r;
                    }
                    // What the move runs into makes way.
                    let bounds = self.bounds.as_ref();
                    separate::separate(self.net, &mut trial, self.fixed, bounds, None);
                    let Ok(f) = self.attempt_with(&trial, &labels::SLIDING) else {
                        continue;
                    };
                    let s = score(&f);
                    if s < now {
                        better = Some((s, f));
                        break 'moves;
                    }
                }
            }
            match better {
                Some((s, f)) => {
                    now = s;
                    fit = f;
                }
                None => break,
            }
        }
        fit
    }
}
