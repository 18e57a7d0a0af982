//! Diagram layout: node boxes at given (or circular) positions, one edge per pair of
//! related actors, and edge labels placed along their edge where they touch no node,
//! no other label and no other edge. Deterministic, so the pre-rendered SVG and the
//! hydrated one are identical.

use crate::geometry::{text_width, Rect};
use crate::stored::{List, Text};

pub const NODE_FONT: f32 = 20.0;
pub const LABEL_FONT: f32 = 17.0;
pub const LABEL_LINE: f32 = 19.0;
const NODE_HEIGHT: f32 = 40.0;
const NODE_PAD: f32 = 12.0;
const LABEL_PAD: f32 = 4.0;
/// Clearance kept around nodes and labels, so nothing merely touches.
const GAP: f32 = 3.0;
/// Where along its edge a label may sit, best first.
const ALONG: [f32; 9] = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8];

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "authoring", derive(databake::Bake), databake(path = explainer_model::layout))]
pub struct Diagram {
    pub width: f32,
    pub height: f32,
    /// One box per actor, in actor order.
    pub nodes: List<Rect>,
    pub edges: List<Edge>,
}

/// All relations between one pair of actors, drawn as one line.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "authoring", derive(databake::Bake), databake(path = explainer_model::layout))]
pub struct Edge {
    pub a: usize,
    pub b: usize,
    /// Indexes into the explainer's relations.
    pub relations: List<usize>,
    /// One line of label per distinct kind.
    pub label_lines: List<Text>,
    pub label: Rect,
}

/// What the layout needs to know about a pair of related actors.
pub struct EdgeInput {
    pub a: usize,
    pub b: usize,
    pub relations: Vec<usize>,
    pub label_lines: Vec<String>,
}

/// Lays out the diagram. `positions[i]` is actor i's fixed centre, if the content
/// gives one; actors without one go on a circle.
pub fn layout(
    width: f32,
    height: f32,
    names: &[&str],
    positions: &[Option<(f32, f32)>],
    edges: Vec<EdgeInput>,
) -> Diagram {
    let n = names.len().max(1) as f32;
    let nodes: Vec<Rect> = names
        .iter()
        .zip(positions)
        .enumerate()
        .map(|(i, (name, fixed))| {
            let (cx, cy) = fixed.unwrap_or_else(|| {
                let angle = std::f32::consts::TAU * i as f32 / n - std::f32::consts::FRAC_PI_2;
                (
                    width / 2.0 + angle.cos() * (width / 2.0 - 70.0),
                    height / 2.0 + angle.sin() * (height / 2.0 - 40.0),
                )
            });
            Rect {
                cx,
                cy,
                w: text_width(name, NODE_FONT) + 2.0 * NODE_PAD,
                h: NODE_HEIGHT,
            }
        })
        .collect();

    // Bigger labels have fewer places they fit, so they choose first.
    let mut order: Vec<usize> = (0..edges.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(edges[i].label_lines.len()));
    let mut placed: Vec<Rect> = Vec::new();
    let mut labels = vec![None; edges.len()];
    for i in order {
        let label = place_label(i, &edges[i], &edges, &nodes, &placed, width, height);
        placed.push(label);
        labels[i] = Some(label);
    }
    let edges = edges
        .into_iter()
        .zip(labels)
        .map(|(e, label)| Edge {
            a: e.a,
            b: e.b,
            relations: e.relations.into(),
            label_lines: e.label_lines.into_iter().map(Into::into).collect(),
            label: label.expect("every edge was placed"),
        })
        .collect();
    Diagram {
        width,
        height,
        nodes: nodes.into(),
        edges,
    }
}

fn label_size(lines: &[String]) -> (f32, f32) {
    let widest = lines
        .iter()
        .map(|l| text_width(l, LABEL_FONT))
        .fold(0.0, f32::max);
    (
        widest + 2.0 * LABEL_PAD,
        lines.len() as f32 * LABEL_LINE + LABEL_PAD,
    )
}

fn centre(r: &Rect) -> (f32, f32) {
    (r.cx, r.cy)
}

fn place_label(
    index: usize,
    edge: &EdgeInput,
    all: &[EdgeInput],
    nodes: &[Rect],
    placed: &[Rect],
    width: f32,
    height: f32,
) -> Rect {
    let (w, h) = label_size(&edge.label_lines);
    let (a, b) = (centre(&nodes[edge.a]), centre(&nodes[edge.b]));
    let candidates = ALONG.iter().map(|t| Rect {
        cx: a.0 + (b.0 - a.0) * t,
        cy: a.1 + (b.1 - a.1) * t,
        w,
        h,
    });
    let mut best: Option<(usize, Rect)> = None;
    for rect in candidates {
        let cost = label_collisions(&rect, index, all, nodes, placed, width, height);
        if cost == 0 {
            return rect;
        }
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, rect));
        }
    }
    best.expect("ALONG is not empty").1
}

/// How many things `rect`, the label of edge `index`, would collide with.
fn label_collisions(
    rect: &Rect,
    index: usize,
    edges: &[EdgeInput],
    nodes: &[Rect],
    placed: &[Rect],
    width: f32,
    height: f32,
) -> usize {
    let grown = rect.grown(GAP);
    let nodes_hit = nodes.iter().filter(|n| n.overlaps(&grown)).count();
    let labels_hit = placed.iter().filter(|l| l.overlaps(&grown)).count();
    let edges_hit = edges
        .iter()
        .enumerate()
        .filter(|(j, e)| *j != index && grown.hit_by(centre(&nodes[e.a]), centre(&nodes[e.b])))
        .count();
    let outside = usize::from(!rect.inside(width, height));
    nodes_hit + labels_hit + edges_hit + outside
}

/// The node to move to from `from` when the reader presses an arrow pointing along
/// (`dx`, `dy`): the closest one in that direction, with nodes off to the side
/// counting as farther away.
pub fn nearest_in_direction(nodes: &[Rect], from: usize, dx: f32, dy: f32) -> Option<usize> {
    let origin = nodes.get(from)?;
    nodes
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != from)
        .filter_map(|(i, n)| {
            let (vx, vy) = (n.cx - origin.cx, n.cy - origin.cy);
            let along = vx * dx + vy * dy;
            let across = (vx * dy - vy * dx).abs();
            (along > 0.0).then_some((i, along + 2.0 * across))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// Every overlap in a finished diagram, described for a test failure or an editor.
pub fn overlaps(d: &Diagram, names: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    let ends = |e: &Edge| (centre(&d.nodes[e.a]), centre(&d.nodes[e.b]));
    let edge_name = |e: &Edge| format!("{}–{}", names[e.a], names[e.b]);
    for (i, n) in d.nodes.iter().enumerate() {
        if !n.inside(d.width, d.height) {
            found.push(format!("node {} sticks out of the diagram", names[i]));
        }
        for (j, m) in d.nodes.iter().enumerate().skip(i + 1) {
            if n.grown(GAP).overlaps(m) {
                found.push(format!("nodes {} and {} overlap", names[i], names[j]));
            }
        }
        for e in d.edges.iter() {
            let (p, q) = ends(e);
            if e.a != i && e.b != i && n.hit_by(p, q) {
                found.push(format!("edge {} crosses node {}", edge_name(e), names[i]));
            }
        }
    }
    for (i, e) in d.edges.iter().enumerate() {
        let label = e.label.grown(GAP);
        if !e.label.inside(d.width, d.height) {
            found.push(format!(
                "label of {} sticks out of the diagram",
                edge_name(e)
            ));
        }
        for (k, n) in d.nodes.iter().enumerate() {
            if n.overlaps(&label) {
                found.push(format!(
                    "label of {} overlaps node {}",
                    edge_name(e),
                    names[k]
                ));
            }
        }
        for (j, f) in d.edges.iter().enumerate() {
            if j == i {
                continue;
            }
            let (p, q) = ends(f);
            if label.hit_by(p, q) {
                found.push(format!(
                    "label of {} overlaps edge {}",
                    edge_name(e),
                    edge_name(f)
                ));
            }
            if j > i && f.label.overlaps(&label) {
                found.push(format!(
                    "labels of {} and {} overlap",
                    edge_name(e),
                    edge_name(f)
                ));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(a: usize, b: usize, label: &str) -> EdgeInput {
        EdgeInput {
            a,
            b,
            relations: vec![0],
            label_lines: vec![label.to_string()],
        }
    }

    #[test]
    fn a_label_moves_off_a_crossing_edge() {
        // A cross: the horizontal edge's midpoint lies on the vertical edge.
        let names = ["W", "E", "N", "S"];
        let pos = [
            Some((20.0, 100.0)),
            Some((380.0, 100.0)),
            Some((200.0, 20.0)),
            Some((200.0, 180.0)),
        ];
        let d = layout(
            400.0,
            200.0,
            &names,
            &pos,
            vec![edge(0, 1, "across"), edge(2, 3, "down")],
        );
        assert!(
            overlaps(&d, &names).is_empty(),
            "{:?}",
            overlaps(&d, &names)
        );
        assert_ne!(d.edges[0].label.cx, 200.0);
    }

    #[test]
    fn circle_layout_keeps_nodes_apart() {
        let names = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"];
        let d = layout(600.0, 500.0, &names, &[None; 6], vec![]);
        assert!(
            overlaps(&d, &names).is_empty(),
            "{:?}",
            overlaps(&d, &names)
        );
    }

    #[test]
    fn arrows_move_to_the_nearest_node_in_their_direction() {
        let at = |x, y| Rect {
            cx: x,
            cy: y,
            w: 10.0,
            h: 10.0,
        };
        // centre, right, far right, below-left
        let nodes = [
            at(100.0, 100.0),
            at(200.0, 110.0),
            at(300.0, 100.0),
            at(60.0, 200.0),
        ];
        assert_eq!(nearest_in_direction(&nodes, 0, 1.0, 0.0), Some(1));
        assert_eq!(nearest_in_direction(&nodes, 0, 0.0, 1.0), Some(3));
        assert_eq!(nearest_in_direction(&nodes, 0, 0.0, -1.0), None);
        assert_eq!(nearest_in_direction(&nodes, 2, -1.0, 0.0), Some(1));
    }

    #[test]
    fn overlaps_are_reported() {
        let names = ["A", "B", "C"];
        let pos = [Some((20.0, 50.0)), Some((380.0, 50.0)), Some((200.0, 50.0))];
        let d = layout(400.0, 100.0, &names, &pos, vec![edge(0, 1, "through")]);
        assert!(overlaps(&d, &names)
            .iter()
            .any(|o| o.contains("crosses node C")));
    }
}
