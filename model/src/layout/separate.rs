//! Pushes free actors' boxes off one another and off edges that run through them: what stress alone does not promise.

use super::stress::{clamp, Point};
use super::{Bounds, Net, GAP};
use crate::geometry::Rect;

/// Room beyond the clearance the rules ask for, so that rounding centres to whole
/// units cannot bring two things closer than allowed.
pub(super) const SLACK: f64 = 1.0;

const ROUNDS: usize = 100;

fn rect(net: &Net, pos: &[Point], i: usize) -> Rect {
    Rect {
        cx: pos[i][0] as f32,
        cy: pos[i][1] as f32,
        w: net.nodes[i].0,
        h: net.nodes[i].1,
    }
}

/// Moves free actors (never pinned ones) until no two boxes are within the
/// clearance and no edge runs within it of a third box, or the rounds run out.
pub(super) fn separate(net: &Net, pos: &mut [Point], fixed: &[bool], bounds: Option<&Bounds>) {
    let n = pos.len();
    let gap = GAP as f64 + SLACK;
    for _ in 0..ROUNDS {
        let mut moved = false;
        for i in 0..n {
            for j in i + 1..n {
                if fixed[i] && fixed[j] {
                    continue;
                }
                let (wi, hi) = net.nodes[i];
                let (wj, hj) = net.nodes[j];
                let d = [pos[j][0] - pos[i][0], pos[j][1] - pos[i][1]];
                let over = [
                    (wi + wj) as f64 / 2.0 + gap - d[0].abs(),
                    (hi + hj) as f64 / 2.0 + gap - d[1].abs(),
                ];
                if over[0] <= 0.0 || over[1] <= 0.0 {
                    continue;
                }
                // Along the axis that needs the shorter move: wide boxes stack.
                let k = usize::from(over[1] <= over[0]);
                let sign = side(d[k], i + j);
                let (share_i, share_j) = shares(fixed[i], fixed[j]);
                pos[i][k] -= sign * over[k] * share_i;
                pos[j][k] += sign * over[k] * share_j;
                moved = true;
            }
        }
        for &(a, b) in &net.ends {
            for k in 0..n {
                if k == a || k == b || (fixed[k] && fixed[a] && fixed[b]) {
                    continue;
                }
                let (pa, pb) = (pos[a], pos[b]);
                let hit = rect(net, pos, k)
                    .grown(gap as f32)
                    .hit_by((pa[0] as f32, pa[1] as f32), (pb[0] as f32, pb[1] as f32));
                let (lx, ly) = (pb[0] - pa[0], pb[1] - pa[1]);
                let len = (lx * lx + ly * ly).sqrt();
                if !hit || len < 1e-9 {
                    continue;
                }
                let normal = [-ly / len, lx / len];
                let (w, h) = net.nodes[k];
                let need = (normal[0].abs() * w as f64 + normal[1].abs() * h as f64) / 2.0 + gap;
                let s = (pos[k][0] - pa[0]) * normal[0] + (pos[k][1] - pa[1]) * normal[1];
                let amount = (need - s.abs()).max(SLACK);
                // The box moves one way and the edge the other, each as far as it may.
                // An edge with one end pinned turns about it, so its free end moves
                // farther, in proportion to how near the pinned end the box is.
                let t = (((pos[k][0] - pa[0]) * lx + (pos[k][1] - pa[1]) * ly) / (len * len))
                    .clamp(0.0, 1.0);
                let (move_a, move_b) = match (fixed[a], fixed[b]) {
                    (false, false) => (1.0, 1.0),
                    (true, false) => (0.0, 1.0 / t.max(0.25)),
                    (false, true) => (1.0 / (1.0 - t).max(0.25), 0.0),
                    (true, true) => (0.0, 0.0),
                };
                let (box_share, edge_share) = shares(fixed[k], fixed[a] && fixed[b]);
                let pushed = |sign: f64| {
                    let mut p = [pos[k], pos[a], pos[b]];
                    for c in 0..2 {
                        p[0][c] += sign * amount * box_share * normal[c];
                        p[1][c] -= sign * amount * edge_share * move_a * normal[c];
                        p[2][c] -= sign * amount * edge_share * move_b * normal[c];
                    }
                    for (q, i) in p.iter_mut().zip([k, a, b]) {
                        if !fixed[i] {
                            *q = clamp(net, i, *q, bounds);
                        }
                    }
                    p
                };
                // Away from the side the box is on, unless the bounds stop that.
                let sign = side(s, a + b + k);
                let left = |p: &[Point; 3]| need - off_line(p[0], p[1], p[2]).abs();
                let (one, other) = (pushed(sign), pushed(-sign));
                let chosen = if left(&other) < left(&one) {
                    other
                } else {
                    one
                };
                (pos[k], pos[a], pos[b]) = (chosen[0], chosen[1], chosen[2]);
                moved = true;
            }
        }
        for i in (0..n).filter(|&i| !fixed[i]) {
            pos[i] = clamp(net, i, pos[i], bounds);
        }
        if !moved {
            break;
        }
    }
}

/// Distance from `p` to the line through `a` and `b`.
fn off_line(p: Point, a: Point, b: Point) -> f64 {
    let (lx, ly) = (b[0] - a[0], b[1] - a[1]);
    let len = (lx * lx + ly * ly).sqrt().max(1e-9);
    ((p[0] - a[0]) * ly - (p[1] - a[1]) * lx) / len
}

/// Which way to push: along `d`, or when that is zero, a way fixed by `tie`.
fn side(d: f64, tie: usize) -> f64 {
    if d > 0.0 || (d == 0.0 && tie.is_multiple_of(2)) {
        1.0
    } else {
        -1.0
    }
}

/// How much of a move each of two parties makes; a fixed one makes none.
fn shares(first_fixed: bool, second_fixed: bool) -> (f64, f64) {
    match (first_fixed, second_fixed) {
        (false, false) => (0.5, 0.5),
        (true, false) => (0.0, 1.0),
        (false, true) => (1.0, 0.0),
        (true, true) => (0.0, 0.0),
    }
}

/// Whether the node boxes meet the rules with the clearance to spare: no two
/// within it of each other, no edge within it of a third box, all within bounds.
/// Pairs and triples of pinned actors alone were checked before.
pub(super) fn clean(net: &Net, nodes: &[Rect], fixed: &[bool], bounds: Option<&Bounds>) -> bool {
    let n = nodes.len();
    for i in 0..n {
        if !fixed[i] && bounds.is_some_and(|b| !b.holds(&nodes[i])) {
            return false;
        }
        for j in i + 1..n {
            if !(fixed[i] && fixed[j]) && nodes[i].grown(GAP).overlaps(&nodes[j]) {
                return false;
            }
        }
    }
    net.ends.iter().all(|&(a, b)| {
        let (pa, pb) = ((nodes[a].cx, nodes[a].cy), (nodes[b].cx, nodes[b].cy));
        (0..n).all(|k| {
            k == a
                || k == b
                || (fixed[k] && fixed[a] && fixed[b])
                || !nodes[k].grown(GAP).hit_by(pa, pb)
        })
    })
}
