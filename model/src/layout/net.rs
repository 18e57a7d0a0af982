//! The boxes the layout works with: node and label sizes, the bounds they must stay in, and the boxes as placed.

use super::check::{self, Clash};
use super::labels;
use super::stress;
use super::{EdgeInput, MARGIN, NODE_FONT, NODE_HEIGHT, NODE_PAD};
use crate::geometry::{text_width, Rect};

/// The boxes the layout works with. Every box is an even number of units wide and
/// high, so a centre on whole units puts every side on whole units: exactly where
/// the SVG, which rounds coordinates, draws it.
pub(super) struct Net {
    pub(super) nodes: Vec<(f32, f32)>,
    pub(super) ends: Vec<(usize, usize)>,
    pub(super) labels: Vec<(f32, f32)>,
}

pub(super) fn even_up(x: f32) -> f32 {
    (x / 2.0).ceil() * 2.0
}

impl Net {
    pub(super) fn new(names: &[&str], edges: &[EdgeInput]) -> Net {
        for e in edges {
            assert!(
                e.a != e.b && e.a < names.len() && e.b < names.len(),
                "edge {}–{} must join two different actors",
                e.a,
                e.b
            );
        }
        Net {
            nodes: names
                .iter()
                .map(|n| {
                    (
                        even_up(text_width(n, NODE_FONT) + 2.0 * NODE_PAD),
                        NODE_HEIGHT,
                    )
                })
                .collect(),
            ends: edges.iter().map(|e| (e.a, e.b)).collect(),
            labels: edges.iter().map(|e| labels::size(&e.label_lines)).collect(),
        }
    }

    pub(super) fn len(&self) -> usize {
        self.nodes.len()
    }

    /// The graph of just `actors`, and which of this graph's edges it keeps.
    pub(super) fn only(&self, actors: &[usize]) -> (Net, Vec<usize>) {
        let local = |i: usize| actors.iter().position(|&a| a == i);
        let (mut edges, mut ends) = (Vec::new(), Vec::new());
        for (e, &(a, b)) in self.ends.iter().enumerate() {
            if let (Some(a), Some(b)) = (local(a), local(b)) {
                edges.push(e);
                ends.push((a, b));
            }
        }
        let net = Net {
            nodes: actors.iter().map(|&i| self.nodes[i]).collect(),
            ends,
            labels: edges.iter().map(|&e| self.labels[e]).collect(),
        };
        (net, edges)
    }

    /// How far apart the centres of edge `e`'s actors must be, along `u`, for its
    /// label to sit on the edge between the two boxes, clear of both.
    pub(super) fn edge_need(&self, e: usize, u: (f64, f64)) -> f64 {
        let (a, b) = self.ends[e];
        stress::clear(self.nodes[a], self.labels[e], u)
            + stress::clear(self.labels[e], self.nodes[b], u)
    }

    /// How far apart the centres of actors `i` and `j` must be, along `u`, for
    /// their boxes to keep their clearance.
    pub(super) fn apart(&self, i: usize, j: usize, u: (f64, f64)) -> f64 {
        stress::clear(self.nodes[i], self.nodes[j], u)
    }

    pub(super) fn edge_between(&self, i: usize, j: usize) -> Option<usize> {
        self.ends
            .iter()
            .position(|&(a, b)| (a, b) == (i, j) || (a, b) == (j, i))
    }
}

/// Where free boxes (and labels) must stay: the diagram less its margin.
#[derive(Clone, Copy, Debug)]
pub(super) struct Bounds {
    pub(super) lo: (f32, f32),
    pub(super) hi: (f32, f32),
}

impl Bounds {
    pub(super) fn within(size: Option<(f32, f32)>) -> Bounds {
        let (w, h) = size.unwrap_or((f32::INFINITY, f32::INFINITY));
        Bounds {
            lo: (MARGIN, MARGIN),
            hi: (w - MARGIN, h - MARGIN),
        }
    }

    pub(super) fn holds(&self, r: &Rect) -> bool {
        r.left() >= self.lo.0
            && r.top() >= self.lo.1
            && r.right() <= self.hi.0
            && r.bottom() <= self.hi.1
    }
}

/// Boxes in diagram units: nodes in actor order, labels in edge order.
#[derive(Clone, Debug)]
pub(super) struct Placed {
    pub(super) nodes: Vec<Rect>,
    pub(super) labels: Vec<Rect>,
}

impl Placed {
    /// Left, top, right and bottom of everything drawn.
    pub(super) fn extent(&self) -> (f32, f32, f32, f32) {
        self.nodes.iter().chain(&self.labels).fold(
            (
                f32::INFINITY,
                f32::INFINITY,
                f32::NEG_INFINITY,
                f32::NEG_INFINITY,
            ),
            |(l, t, r, b), x| {
                (
                    l.min(x.left()),
                    t.min(x.top()),
                    r.max(x.right()),
                    b.max(x.bottom()),
                )
            },
        )
    }

    pub(super) fn map(&self, f: impl Fn(&Rect) -> (f32, f32)) -> Placed {
        let moved = |r: &Rect| {
            let (cx, cy) = f(r);
            Rect { cx, cy, ..*r }
        };
        Placed {
            nodes: self.nodes.iter().map(moved).collect(),
            labels: self.labels.iter().map(moved).collect(),
        }
    }

    pub(super) fn clashes(&self, net: &Net, width: f32, height: f32) -> Vec<Clash> {
        check::clashes(width, height, &self.nodes, &net.ends, &self.labels)
    }
}
