//! Stress majorization, as Graphviz neato: free actors move until straight-line distances match graph distances.
//!
//! Each actor in turn moves to the weighted mean of where every other actor says it
//! should be (the localized SMACOF update of Gansner, Koren and North), which lets
//! pinned actors simply not move. Distances are in diagram units and depend on
//! direction: an edge is as long as its boxes and label need along its current
//! angle, so wide boxes sit above one another rather than side by side.

use super::net::{Bounds, Net};
use super::separate::SLACK;
use super::GAP;

pub(super) type Point = [f64; 2];

/// How far a `w`×`h` box reaches from its centre along the unit vector `u`.
pub(super) fn reach(w: f64, h: f64, u: (f64, f64)) -> f64 {
    let across = if u.0 == 0.0 {
        f64::INFINITY
    } else {
        w / 2.0 / u.0.abs()
    };
    let down = if u.1 == 0.0 {
        f64::INFINITY
    } else {
        h / 2.0 / u.1.abs()
    };
    across.min(down)
}

/// Directions over which an edge's needed length is averaged for graph distances.
const DIRECTIONS: [(f64, f64); 4] = [
    (1.0, 0.0),
    (
        std::f64::consts::FRAC_1_SQRT_2,
        std::f64::consts::FRAC_1_SQRT_2,
    ),
    (0.0, 1.0),
    (
        std::f64::consts::FRAC_1_SQRT_2,
        -std::f64::consts::FRAC_1_SQRT_2,
    ),
];

/// Fixed seeds: the layout is the best of this many starts.
const STARTS: u64 = 4;

/// How [`Stress::relax`] relaxes.
pub(super) struct Relax<'s> {
    /// Each edge's length as a multiple of what its label needs.
    pub stretch: &'s [f64],
    /// All lengths' multiple.
    pub scale: f64,
    pub sweeps: usize,
    /// Whether to reserve room for labels on their edges.
    pub labels: bool,
}

pub(super) struct Stress<'a> {
    net: &'a Net,
    /// Graph distance from i to j at `i * n + j`, through edges as long as they
    /// need to be on average; infinite between parts no path joins.
    dist: Vec<f64>,
    edge: Vec<Option<usize>>,
    /// Each edge's length averaged over directions.
    base: Vec<f64>,
    /// Distance asked between parts no path joins.
    far: f64,
    /// A usual edge length, to scale starting points.
    typical: f64,
}

impl<'a> Stress<'a> {
    pub(super) fn new(net: &'a Net) -> Stress<'a> {
        let n = net.len();
        let base: Vec<f64> = (0..net.ends.len())
            .map(|e| {
                DIRECTIONS.iter().map(|&u| net.edge_need(e, u)).sum::<f64>()
                    / DIRECTIONS.len() as f64
            })
            .collect();
        let mut dist = vec![f64::INFINITY; n * n];
        let mut edge = vec![None; n * n];
        for i in 0..n {
            dist[i * n + i] = 0.0;
        }
        for (e, &(a, b)) in net.ends.iter().enumerate() {
            for (i, j) in [(a, b), (b, a)] {
                dist[i * n + j] = dist[i * n + j].min(base[e]);
                edge[i * n + j] = Some(e);
            }
        }
        for k in 0..n {
            for i in 0..n {
                for j in 0..n {
                    let through = dist[i * n + k] + dist[k * n + j];
                    if through < dist[i * n + j] {
                        dist[i * n + j] = through;
                    }
                }
            }
        }
        let typical = if base.is_empty() {
            let boxes = net
                .nodes
                .iter()
                .map(|&(w, h)| (w + h) as f64 / 2.0)
                .sum::<f64>();
            boxes / n.max(1) as f64
        } else {
            base.iter().sum::<f64>() / base.len() as f64
        };
        let far = dist
            .iter()
            .copied()
            .filter(|d| d.is_finite())
            .fold(typical, f64::max);
        Stress {
            net,
            dist,
            edge,
            base,
            far,
            typical,
        }
    }

    /// The distance wanted between actors `i` and `j` when `u` points from `j` to
    /// `i`, and how much it counts.
    fn target(&self, i: usize, j: usize, u: (f64, f64), stretch: &[f64], scale: f64) -> (f64, f64) {
        let n = self.net.len();
        if let Some(e) = self.edge[i * n + j] {
            let want = self.net.edge_need(e, u) * stretch[e] * scale;
            return (want, 1.0 / (self.base[e] * self.base[e]));
        }
        let d = self.dist[i * n + j];
        // Unjoined parts only need to keep clear of each other, so they pull weakly.
        let (d, pull) = if d.is_finite() {
            (d, 1.0)
        } else {
            (self.far, 0.1)
        };
        ((d * scale).max(self.net.apart(i, j, u)), pull / (d * d))
    }

    /// What point `i` of [`Self::relax`] wants of point `j`: how far from it, how
    /// much that counts, and the direction from `j` to `i`. Points past the actors
    /// stand for edges' labels. Each is held at the middle of its edge (or, if the
    /// edge is too short for it, pushes its actors apart) and keeps off every other
    /// box, which reserves room for the label on its edge.
    fn want(
        &self,
        i: usize,
        j: usize,
        all: &[Point],
        stretch: &[f64],
        scale: f64,
    ) -> Option<(f64, f64, (f64, f64))> {
        let n = self.net.len();
        let u = || direction(all[j], all[i], i, j);
        if i < n && j < n {
            let u = u();
            let (want, weight) = self.target(i, j, u, stretch, scale);
            return Some((want, weight, u));
        }
        let size = |p: usize| {
            if p < n {
                self.net.nodes[p]
            } else {
                self.net.labels[p - n]
            }
        };
        let (label, other) = if i >= n { (i - n, j) } else { (j - n, i) };
        let (a, b) = self.net.ends[label];
        if other == a || other == b {
            let u = u();
            let room = clear(size(other), self.net.labels[label], u);
            let half = distance(all[a], all[b]) / 2.0;
            let weight = 4.0 / (self.base[label] * self.base[label]);
            return Some((half.max(room * stretch[label] * scale), weight, u));
        }
        // Only ever pushes apart, and only boxes within each other's clearance: a
        // label need not be near anything else.
        let ((wi, hi), (wj, hj)) = (size(i), size(j));
        let extra = 2.0 * (GAP as f64 + SLACK);
        let close = (all[i][0] - all[j][0]).abs() < (wi + wj) as f64 / 2.0 + extra / 2.0
            && (all[i][1] - all[j][1]).abs() < (hi + hj) as f64 / 2.0 + extra / 2.0;
        close.then(|| {
            let u = u();
            (
                clear(size(i), size(j), u),
                1.0 / (self.typical * self.typical),
                u,
            )
        })
    }

    /// Gauss–Seidel sweeps of the localized SMACOF update over the free actors and
    /// the labels' stand-ins, which start at their edges' middles.
    pub(super) fn relax(
        &self,
        pos: &mut [Point],
        fixed: &[bool],
        bounds: Option<&Bounds>,
        how: Relax,
    ) {
        let Relax {
            stretch,
            scale,
            sweeps,
            labels,
        } = how;
        let n = pos.len();
        let mut all = pos.to_vec();
        if labels {
            all.extend(
                self.net
                    .ends
                    .iter()
                    .map(|&(a, b)| [(pos[a][0] + pos[b][0]) / 2.0, (pos[a][1] + pos[b][1]) / 2.0]),
            );
        }
        let total = all.len();
        for _ in 0..sweeps {
            let mut moved: f64 = 0.0;
            for i in (0..total).filter(|&i| i >= n || !fixed[i]) {
                let (mut sx, mut sy, mut sw) = (0.0, 0.0, 0.0);
                for j in (0..total).filter(|&j| j != i) {
                    let Some((want, weight, u)) = self.want(i, j, &all, stretch, scale) else {
                        continue;
                    };
                    sx += weight * (all[j][0] + want * u.0);
                    sy += weight * (all[j][1] + want * u.1);
                    sw += weight;
                }
                if sw > 0.0 {
                    let size = if i < n {
                        self.net.nodes[i]
                    } else {
                        self.net.labels[i - n]
                    };
                    let next = clamp(size, [sx / sw, sy / sw], bounds);
                    moved = moved.max((next[0] - all[i][0]).abs() + (next[1] - all[i][1]).abs());
                    all[i] = next;
                }
            }
            // A tenth of a unit is far below what rounding to whole units shows.
            if moved < 0.1 {
                break;
            }
        }
        pos.copy_from_slice(&all[..n]);
    }

    /// Weighted squared error of the actors' distances, to choose between starts.
    fn energy(&self, pos: &[Point]) -> f64 {
        let ones = vec![1.0; self.net.ends.len()];
        let mut sum = 0.0;
        for i in 0..pos.len() {
            for j in 0..i {
                let u = direction(pos[j], pos[i], i, j);
                let (want, weight) = self.target(i, j, u, &ones, 1.0);
                let d = distance(pos[i], pos[j]);
                sum += weight * (d - want) * (d - want);
            }
        }
        sum
    }

    /// The relaxed layout with the fewest crossing edges, then the least stress,
    /// among a few fixed starts.
    pub(super) fn settle(
        &self,
        start: impl Fn(u64) -> Vec<Point>,
        fixed: &[bool],
        bounds: Option<&Bounds>,
    ) -> Vec<Point> {
        let ones = vec![1.0; self.net.ends.len()];
        (0..STARTS)
            .map(|seed| {
                let mut pos = start(seed);
                // Without the labels' stand-ins: the shape is what matters here, and
                // they would make each sweep several times slower.
                let how = Relax {
                    stretch: &ones,
                    scale: 1.0,
                    sweeps: 300,
                    labels: false,
                };
                self.relax(&mut pos, fixed, bounds, how);
                ((crossed(&pos, &self.net.ends), self.energy(&pos)), pos)
            })
            .min_by(|a, b| a.0 .0.cmp(&b.0 .0).then(a.0 .1.total_cmp(&b.0 .1)))
            .map(|(_, pos)| pos)
            .unwrap_or_default()
    }

    /// Random points in a square whose size suits the graph.
    pub(super) fn scatter(&self, seed: u64) -> Vec<Point> {
        let mut rng = Rng::new(seed);
        let side = self.typical * (self.net.len() as f64).sqrt();
        (0..self.net.len())
            .map(|_| [rng.unit() * side, rng.unit() * side])
            .collect()
    }

    /// Pinned actors where pinned; each free one near its pinned neighbours (or
    /// all pins, if it has none), a little scattered.
    pub(super) fn around(&self, pinned: &[Option<(f32, f32)>], seed: u64) -> Vec<Point> {
        let mut rng = Rng::new(seed);
        let mean = |of: &mut dyn Iterator<Item = (f32, f32)>| {
            let (mut x, mut y, mut k) = (0.0, 0.0, 0.0);
            for (px, py) in of {
                (x, y, k) = (x + px as f64, y + py as f64, k + 1.0);
            }
            (k > 0.0).then(|| [x / k, y / k])
        };
        let everyone = mean(&mut pinned.iter().flatten().copied()).unwrap_or([0.0, 0.0]);
        (0..pinned.len())
            .map(|i| match pinned[i] {
                Some((x, y)) => [x as f64, y as f64],
                None => {
                    let mut neighbours =
                        self.net
                            .ends
                            .iter()
                            .filter_map(|&(a, b)| match (a == i, b == i) {
                                (true, _) => pinned[b],
                                (_, true) => pinned[a],
                                _ => None,
                            });
                    let [x, y] = mean(&mut neighbours).unwrap_or(everyone);
                    let spread = self.typical;
                    [
                        x + (rng.unit() - 0.5) * spread,
                        y + (rng.unit() - 0.5) * spread,
                    ]
                }
            })
            .collect()
    }
}

fn distance(p: Point, q: Point) -> f64 {
    ((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1])).sqrt()
}

/// Unit vector from `from` to `to`. Two actors at one point are told apart by
/// their indexes, so the result is still fixed.
fn direction(from: Point, to: Point, i: usize, j: usize) -> (f64, f64) {
    let d = distance(from, to);
    if d > 1e-9 {
        ((to[0] - from[0]) / d, (to[1] - from[1]) / d)
    } else {
        let (x, y) = (1.0, (i * 7 + j * 13) as f64 % 5.0 - 2.0);
        let len = (x * x + y * y).sqrt();
        let sign = if i > j { 1.0 } else { -1.0 };
        (sign * x / len, sign * y / len)
    }
}

/// How far apart the centres of two boxes must be, along `u`, to keep clear: how
/// far a box as wide and high as both together reaches.
pub(super) fn clear((wi, hi): (f32, f32), (wj, hj): (f32, f32), u: (f64, f64)) -> f64 {
    let extra = 2.0 * (GAP as f64 + SLACK);
    reach(
        wi as f64 + wj as f64 + extra,
        hi as f64 + hj as f64 + extra,
        u,
    )
}

/// How many pairs of edges cross, with actors at `pos`.
fn crossed(pos: &[Point], ends: &[(usize, usize)]) -> usize {
    let turn = |a: Point, b: Point, c: Point| {
        (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    };
    let mut count = 0;
    for (i, &(a, b)) in ends.iter().enumerate() {
        for &(c, d) in &ends[i + 1..] {
            if a == c || a == d || b == c || b == d {
                continue;
            }
            let (p, q, r, s) = (pos[a], pos[b], pos[c], pos[d]);
            if turn(p, q, r) * turn(p, q, s) < 0.0 && turn(r, s, p) * turn(r, s, q) < 0.0 {
                count += 1;
            }
        }
    }
    count
}

/// Keeps a `w`×`h` box centred at `p` within `bounds`.
pub(super) fn clamp((w, h): (f32, f32), p: Point, bounds: Option<&Bounds>) -> Point {
    let Some(b) = bounds else { return p };
    let limit = |v: f64, lo: f32, hi: f32, half: f32| {
        let (lo, hi) = ((lo + half) as f64, (hi - half) as f64);
        // Too small to hold the box at all: centre it and let the check report it.
        if lo > hi {
            (lo + hi) / 2.0
        } else {
            v.clamp(lo, hi)
        }
    };
    [
        limit(p[0], b.lo.0, b.hi.0, w / 2.0),
        limit(p[1], b.lo.1, b.hi.1, h / 2.0),
    ]
}

fn centroid(pos: &[Point]) -> Point {
    let n = pos.len().max(1) as f64;
    let (x, y) = pos
        .iter()
        .fold((0.0, 0.0), |(x, y), p| (x + p[0], y + p[1]));
    [x / n, y / n]
}

/// Scales a free layout about its centroid, by `sx` across and `sy` down.
pub(super) fn grow(pos: &mut [Point], sx: f64, sy: f64) {
    let c = centroid(pos);
    for p in pos {
        *p = [c[0] + (p[0] - c[0]) * sx, c[1] + (p[1] - c[1]) * sy];
    }
}

/// Turns a free layout about its centroid so that its longest spread runs down.
pub(super) fn upright(pos: &mut [Point]) {
    let c = centroid(pos);
    let (mut a, mut b, mut d) = (0.0, 0.0, 0.0);
    for p in pos.iter() {
        let (x, y) = (p[0] - c[0], p[1] - c[1]);
        (a, b, d) = (a + x * x, b + x * y, d + y * y);
    }
    // The principal axis: the eigenvector of [[a, b], [b, d]] with the larger eigenvalue.
    let half = (a - d) / 2.0;
    let larger = (a + d) / 2.0 + (half * half + b * b).sqrt();
    let (vx, vy) = if a >= d {
        (larger - d, b)
    } else {
        (b, larger - a)
    };
    let len = (vx * vx + vy * vy).sqrt();
    if len < 1e-9 {
        return;
    }
    let (vx, vy) = (vx / len, vy / len);
    // The rotation that takes (vx, vy) to (0, 1).
    for p in pos {
        let (x, y) = (p[0] - c[0], p[1] - c[1]);
        *p = [c[0] + vy * x - vx * y, c[1] + vx * x + vy * y];
    }
}

/// SplitMix64: a tiny generator with a fixed seed, so starts are the same everywhere.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x2545_F491_4F6C_DD1D)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upright_turns_the_long_side_down() {
        let mut pos = vec![[0.0, 0.0], [100.0, 10.0], [200.0, 0.0], [300.0, 10.0]];
        upright(&mut pos);
        let spread = |k: usize| {
            let (lo, hi) = pos.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
                (lo.min(p[k]), hi.max(p[k]))
            });
            hi - lo
        };
        assert!(spread(1) > 5.0 * spread(0), "{pos:?}");
    }

    #[test]
    fn reach_is_the_distance_to_the_border() {
        assert_eq!(reach(100.0, 40.0, (1.0, 0.0)), 50.0);
        assert_eq!(reach(100.0, 40.0, (0.0, -1.0)), 20.0);
        let diagonal = reach(40.0, 40.0, (0.6, 0.8));
        assert!((diagonal - 25.0).abs() < 1e-9);
    }

    #[test]
    fn the_generator_is_fixed() {
        let mut a = Rng::new(3);
        let mut b = Rng::new(3);
        assert_eq!(a.next(), b.next());
        assert!((0.0..1.0).contains(&a.unit()));
    }
}
