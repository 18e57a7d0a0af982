//! The diagram: one edge per related pair, laid out, and every layout problem
//! reported at the actors it names.

use std::collections::HashSet;

use super::{item, Compiler};
use crate::authoring::error::ErrorKind;
use crate::explainer::{Kind, Relation};
use crate::layout::{layout, overlaps, Diagram, EdgeInput};

impl Compiler<'_> {
    pub(super) fn diagram(&mut self, relations: &[Relation], kinds: &[Kind]) -> Diagram {
        let content = self.content;
        let names: Vec<&str> = content.actors.iter().map(|a| a.name.as_str()).collect();
        let positions: Vec<Option<(f32, f32)>> = content
            .actors
            .iter()
            .map(|a| a.position.map(|[x, y]| (x, y)))
            .collect();
        let (width, height) = content
            .diagram
            .map_or((600.0, 520.0), |d| (d.width, d.height));
        let diagram = layout(
            width,
            height,
            &names,
            &positions,
            edge_inputs(relations, kinds),
        );
        for problem in overlaps(&diagram, &names) {
            self.error(
                ErrorKind::Layout,
                item("actors", 0).key("position"),
                format!("diagram: {problem}"),
                "move the actors' `position`s, or enlarge [diagram] width and height",
            );
        }
        diagram
    }
}

/// One diagram edge per related pair, in order of first relation, labelled with the
/// distinct kinds between them.
fn edge_inputs(relations: &[Relation], kinds: &[Kind]) -> Vec<EdgeInput> {
    let mut edges: Vec<EdgeInput> = Vec::new();
    let mut seen = HashSet::new();
    for (i, r) in relations.iter().enumerate() {
        let (a, b) = (r.from.min(r.to), r.from.max(r.to));
        let label = kinds[r.kind].label.to_string();
        if seen.insert((a, b)) {
            edges.push(EdgeInput {
                a,
                b,
                relations: vec![i],
                label_lines: vec![label],
            });
        } else {
            let edge = edges
                .iter_mut()
                .find(|e| e.a == a && e.b == b)
                .expect("seen pairs have an edge");
            edge.relations.push(i);
            if !edge.label_lines.contains(&label) {
                edge.label_lines.push(label);
            }
        }
    }
    edges
}
