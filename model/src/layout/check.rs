//! The rules every finished diagram must meet, worded for editors, and counts that compare layouts.

use super::{Diagram, GAP};
use crate::geometry::Rect;

/// One broken rule, by the indexes of what breaks it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Clash {
    NodeOutside(usize),
    Nodes(usize, usize),
    /// Edge, node.
    EdgeThroughNode(usize, usize),
    LabelOutside(usize),
    /// Edge whose label it is, node.
    LabelOnNode(usize, usize),
    Labels(usize, usize),
}

impl Clash {
    /// The actors concerned.
    pub(super) fn actors(&self, ends: &[(usize, usize)]) -> Vec<usize> {
        let mut actors = match *self {
            Clash::NodeOutside(i) => vec![i],
            Clash::Nodes(i, j) => vec![i, j],
            Clash::EdgeThroughNode(e, k) | Clash::LabelOnNode(e, k) => {
                vec![ends[e].0, ends[e].1, k]
            }
            Clash::LabelOutside(e) => vec![ends[e].0, ends[e].1],
            Clash::Labels(e, f) => vec![ends[e].0, ends[e].1, ends[f].0, ends[f].1],
        };
        actors.sort_unstable();
        actors.dedup();
        actors
    }

    /// The edges whose labels are concerned.
    pub(super) fn labels(&self) -> Vec<usize> {
        match *self {
            Clash::LabelOutside(e) | Clash::LabelOnNode(e, _) => vec![e],
            Clash::Labels(e, f) => vec![e, f],
            _ => vec![],
        }
    }

    pub(super) fn describe(&self, names: &[&str], ends: &[(usize, usize)]) -> String {
        let edge = |e: usize| format!("{}–{}", names[ends[e].0], names[ends[e].1]);
        match *self {
            Clash::NodeOutside(i) => format!("node {} sticks out of the diagram", names[i]),
            Clash::Nodes(i, j) => format!("nodes {} and {} overlap", names[i], names[j]),
            Clash::EdgeThroughNode(e, k) => format!("edge {} crosses node {}", edge(e), names[k]),
            Clash::LabelOutside(e) => format!("label of {} sticks out of the diagram", edge(e)),
            Clash::LabelOnNode(e, k) => format!("label of {} overlaps node {}", edge(e), names[k]),
            Clash::Labels(e, f) => format!("labels of {} and {} overlap", edge(e), edge(f)),
        }
    }
}

/// Every broken rule: a node or label outside the diagram, two nodes (or a label
/// and a node, or two labels) closer than the clearance, or an edge running
/// through a node other than its own two.
pub(super) fn clashes(
    width: f32,
    height: f32,
    nodes: &[Rect],
    ends: &[(usize, usize)],
    labels: &[Rect],
) -> Vec<Clash> {
    let mut found = Vec::new();
    let centre = |i: usize| (nodes[i].cx, nodes[i].cy);
    for (i, n) in nodes.iter().enumerate() {
        if !n.inside(width, height) {
            found.push(Clash::NodeOutside(i));
        }
        for (j, m) in nodes.iter().enumerate().skip(i + 1) {
            if n.grown(GAP).overlaps(m) {
                found.push(Clash::Nodes(i, j));
            }
        }
        for (e, &(a, b)) in ends.iter().enumerate() {
            if a != i && b != i && n.hit_by(centre(a), centre(b)) {
                found.push(Clash::EdgeThroughNode(e, i));
            }
        }
    }
    for (e, label) in labels.iter().enumerate() {
        if !label.inside(width, height) {
            found.push(Clash::LabelOutside(e));
        }
        let grown = label.grown(GAP);
        for (k, n) in nodes.iter().enumerate() {
            if n.overlaps(&grown) {
                found.push(Clash::LabelOnNode(e, k));
            }
        }
        for (f, other) in labels.iter().enumerate().skip(e + 1) {
            if other.overlaps(&grown) {
                found.push(Clash::Labels(e, f));
            }
        }
    }
    found
}

fn ends_of(d: &Diagram) -> Vec<(usize, usize)> {
    d.edges.iter().map(|e| (e.a, e.b)).collect()
}

/// Every broken rule in a finished diagram, described for a test failure or an
/// editor: what the build rejects. A label over another edge is not among them; the
/// layout avoids it where it can (see [`labels_over_edges`]).
pub fn overlaps(d: &Diagram, names: &[&str]) -> Vec<String> {
    let ends = ends_of(d);
    let labels: Vec<Rect> = d.edges.iter().map(|e| e.label).collect();
    clashes(d.width, d.height, &d.nodes, &ends, &labels)
        .iter()
        .map(|c| c.describe(names, &ends))
        .collect()
}

/// How many pairs of edges cross (edges sharing an actor never count).
pub fn crossings(d: &Diagram) -> usize {
    crossed(&d.nodes, &ends_of(d))
}

pub(super) fn crossed(nodes: &[Rect], ends: &[(usize, usize)]) -> usize {
    let at = |i: usize| (nodes[i].cx as f64, nodes[i].cy as f64);
    let mut count = 0;
    for (i, &(a, b)) in ends.iter().enumerate() {
        for &(c, d) in &ends[i + 1..] {
            let shared = a == c || a == d || b == c || b == d;
            if !shared && cross((at(a), at(b)), (at(c), at(d))) {
                count += 1;
            }
        }
    }
    count
}

type Segment = ((f64, f64), (f64, f64));

/// Whether two segments cross at a point inside both.
fn cross((p, q): Segment, (r, s): Segment) -> bool {
    let turn = |a: (f64, f64), b: (f64, f64), c: (f64, f64)| {
        (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0)
    };
    turn(p, q, r) * turn(p, q, s) < 0.0 && turn(r, s, p) * turn(r, s, q) < 0.0
}

/// How many (label, other edge) pairs have the edge running under the label: not
/// against the rules, but harder to read, so the layout keeps it low.
pub fn labels_over_edges(d: &Diagram) -> usize {
    let at = |i: usize| (d.nodes[i].cx, d.nodes[i].cy);
    d.edges
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let grown = e.label.grown(GAP);
            d.edges
                .iter()
                .enumerate()
                .filter(|&(j, f)| j != i && grown.hit_by(at(f.a), at(f.b)))
                .count()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossing_segments_cross_and_touching_ones_do_not() {
        let x = ((0.0, 0.0), (10.0, 10.0));
        assert!(cross(x, ((0.0, 10.0), (10.0, 0.0))));
        assert!(!cross(x, ((0.0, 10.0), (4.0, 6.0))));
        assert!(!cross(x, ((10.0, 10.0), (20.0, 0.0))));
    }
}
