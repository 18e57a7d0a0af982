//! Pushes free actors' boxes off one another and off edges that run through them: what stress alone does not promise.

use super::net::{Bounds, Net};
use super::stress::{clamp, Point};
use super::GAP;
use crate::geometry::Rect;

/// Room beyond the clearance the rules ask for, so that rounding centres to whole
/// units cannot bring two things closer than allowed.
pub(super) const SLACK: f64 = 1.0;

const ROUNDS: usize = 100;
/// Making room for labels is a wish, not a rule; it may go round in circles, so it
/// gets fewer rounds, and moves under half a unit do not keep it going.
const LABEL_ROUNDS: usize = 30;
const SETTLED: f64 = 0.5;

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
/// With `labels`, also until no box lies where an edge's label would sit, at the
/// middle of its edge: not a rule, but where labels read best.
pub(super) fn separate(
    net: &Net,
    pos: &mut [Point],
    fixed: &[bool],
    bounds: Option<&Bounds>,
    labels: Option<&[f64]>,
) {
    let n = pos.len();
    let rounds = if labels.is_some() {
        LABEL_ROUNDS
    } else {
        ROUNDS
    };
    for _ in 0..rounds {
        let mut moved = labels.is_some_and(|stretch| make_room(net, pos, fixed, stretch));
        for i in 0..n {
            for j in i + 1..n {
                moved |= push_apart(net, pos, fixed, i, j);
            }
        }
        for &(a, b) in &net.ends {
            for k in 0..n {
                moved |= push_off_edge(net, pos, fixed, bounds, (a, b), k);
            }
        }
        for i in (0..n).filter(|&i| !fixed[i]) {
            pos[i] = clamp(net.nodes[i], pos[i], bounds);
        }
        if !moved {
            break;
        }
    }
}

/// Pushes boxes `i` and `j` apart if they are within the clearance. Whether it did.
fn push_apart(net: &Net, pos: &mut [Point], fixed: &[bool], i: usize, j: usize) -> bool {
    if fixed[i] && fixed[j] {
        return false;
    }
    let gap = GAP as f64 + SLACK;
    let (wi, hi) = net.nodes[i];
    let (wj, hj) = net.nodes[j];
    let d = [pos[j][0] - pos[i][0], pos[j][1] - pos[i][1]];
    let over = [
        (wi + wj) as f64 / 2.0 + gap - d[0].abs(),
        (hi + hj) as f64 / 2.0 + gap - d[1].abs(),
    ];
    if over[0] <= 0.0 || over[1] <= 0.0 {
        return false;
    }
    // Along the axis that needs the shorter move: wide boxes stack.
    let k = usize::from(over[1] <= over[0]);
    let sign = side(d[k], i + j);
    let (share_i, share_j) = shares(fixed[i], fixed[j]);
    pos[i][k] -= sign * over[k] * share_i;
    pos[j][k] += sign * over[k] * share_j;
    true
}

/// Pushes box `k` off edge `a`–`b` if the edge runs within the clearance of it: the
/// box one way, the edge the other, each as far as it may. Whether it did.
fn push_off_edge(
    net: &Net,
    pos: &mut [Point],
    fixed: &[bool],
    bounds: Option<&Bounds>,
    (a, b): (usize, usize),
    k: usize,
) -> bool {
    if k == a || k == b || (fixed[k] && fixed[a] && fixed[b]) {
        return false;
    }
    let gap = GAP as f64 + SLACK;
    let (pa, pb) = (pos[a], pos[b]);
    let grown = rect(net, pos, k).grown(gap as f32);
    let ends = ((pa[0] as f32, pa[1] as f32), (pb[0] as f32, pb[1] as f32));
    let hit = near(&grown, ends) && grown.hit_by(ends.0, ends.1);
    let (lx, ly) = (pb[0] - pa[0], pb[1] - pa[1]);
    let len = (lx * lx + ly * ly).sqrt();
    if !hit || len < 1e-9 {
        return false;
    }
    let normal = [-ly / len, lx / len];
    let (w, h) = net.nodes[k];
    let need = (normal[0].abs() * w as f64 + normal[1].abs() * h as f64) / 2.0 + gap;
    let s = (pos[k][0] - pa[0]) * normal[0] + (pos[k][1] - pa[1]) * normal[1];
    let amount = (need - s.abs()).max(SLACK);
    // An edge with one end pinned turns about it, so its free end moves farther,
    // the more so the nearer the box is to the pinned end.
    let t = (((pos[k][0] - pa[0]) * lx + (pos[k][1] - pa[1]) * ly) / (len * len)).clamp(0.0, 1.0);
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
                *q = clamp(net.nodes[i], *q, bounds);
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
    true
}

/// Makes room for labels on their edges, where they read best: each edge as long
/// as its label needs (times its `stretch`), no box on the middle of an edge, and
/// no two edges' middles so close that their labels would touch. Whether anything
/// moved.
fn make_room(net: &Net, pos: &mut [Point], fixed: &[bool], stretch: &[f64]) -> bool {
    let gap = GAP as f64 + SLACK;
    let mut moved = false;
    let middle = |pos: &[Point], e: usize| {
        let (a, b) = net.ends[e];
        [(pos[a][0] + pos[b][0]) / 2.0, (pos[a][1] + pos[b][1]) / 2.0]
    };
    for (e, &(a, b)) in net.ends.iter().enumerate() {
        let d = [pos[b][0] - pos[a][0], pos[b][1] - pos[a][1]];
        let len = (d[0] * d[0] + d[1] * d[1]).sqrt();
        let u = if len > 1e-9 {
            (d[0] / len, d[1] / len)
        } else {
            (1.0, 0.0)
        };
        let short = net.edge_need(e, u) * stretch[e] - len;
        if short > 0.0 && !(fixed[a] && fixed[b]) {
            let (share_a, share_b) = shares(fixed[a], fixed[b]);
            pos[a][0] -= u.0 * short * share_a;
            pos[a][1] -= u.1 * short * share_a;
            pos[b][0] += u.0 * short * share_b;
            pos[b][1] += u.1 * short * share_b;
            moved |= short > SETTLED;
        }
    }
    for (e, &(a, b)) in net.ends.iter().enumerate() {
        let (lw, lh) = net.labels[e];
        for k in 0..pos.len() {
            if k == a || k == b || (fixed[k] && fixed[a] && fixed[b]) {
                continue;
            }
            let (w, h) = net.nodes[k];
            let mid = middle(pos, e);
            let d = [pos[k][0] - mid[0], pos[k][1] - mid[1]];
            let over = [
                (w + lw) as f64 / 2.0 + gap - d[0].abs(),
                (h + lh) as f64 / 2.0 + gap - d[1].abs(),
            ];
            if over[0] <= 0.0 || over[1] <= 0.0 {
                continue;
            }
            let c = usize::from(over[1] <= over[0]);
            let sign = side(d[c], a + b + k);
            // The box makes way; an edge moves only for a pinned box, since moving
            // a busy actor for each of its edges would drag it away from them all.
            let (box_share, edge_share) = if fixed[k] { (0.0, 1.0) } else { (1.0, 0.0) };
            pos[k][c] += sign * over[c] * box_share;
            for end in [a, b] {
                if !fixed[end] {
                    pos[end][c] -= sign * over[c] * edge_share;
                }
            }
            moved |= over[c] > SETTLED;
        }
    }
    for e in 0..net.ends.len() {
        for f in e + 1..net.ends.len() {
            let ((we, he), (wf, hf)) = (net.labels[e], net.labels[f]);
            let (me, mf) = (middle(pos, e), middle(pos, f));
            let d = [mf[0] - me[0], mf[1] - me[1]];
            let over = [
                (we + wf) as f64 / 2.0 + gap - d[0].abs(),
                (he + hf) as f64 / 2.0 + gap - d[1].abs(),
            ];
            if over[0] <= 0.0 || over[1] <= 0.0 {
                continue;
            }
            // Each edge's free ends move half the way; an actor the two edges share
            // is pushed both ways, so stays, and the edges turn about it.
            let c = usize::from(over[1] <= over[0]);
            let sign = side(d[c], e + f);
            let (ends_e, ends_f) = (net.ends[e], net.ends[f]);
            for (end, way) in [
                (ends_e.0, -1.0),
                (ends_e.1, -1.0),
                (ends_f.0, 1.0),
                (ends_f.1, 1.0),
            ] {
                if !fixed[end] {
                    pos[end][c] += way * sign * over[c] / 2.0;
                    moved |= over[c] > SETTLED;
                }
            }
        }
    }
    moved
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
                || !(near(&nodes[k].grown(GAP), (pa, pb)) && nodes[k].grown(GAP).hit_by(pa, pb))
        })
    })
}

/// Whether `r` reaches the bounding box of the segment `a`–`b`: when not, the
/// segment cannot hit it, and the exact test is skipped.
pub(super) fn near(r: &Rect, (a, b): ((f32, f32), (f32, f32))) -> bool {
    r.left() <= a.0.max(b.0)
        && a.0.min(b.0) <= r.right()
        && r.top() <= a.1.max(b.1)
        && a.1.min(b.1) <= r.bottom()
}
