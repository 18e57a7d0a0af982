//! The diagram: one edge per related pair, laid out, and every layout problem
//! reported at the actors it names.

use std::collections::HashSet;

use super::{item, Compiler};
use crate::authoring::error::{ErrorKind, Path};
use crate::explainer::{Kind, Relation};
use crate::layout::{layout, overlaps, Diagram, EdgeInput, LayoutInput};

impl Compiler<'_> {
    pub(super) fn diagram(&mut self, relations: &[Relation], kinds: &[Kind]) -> Diagram {
        let content = self.content;
        let names: Vec<&str> = content.actors.iter().map(|a| a.name.as_str()).collect();
        let pinned: Vec<Option<(f32, f32)>> = content
            .actors
            .iter()
            .map(|a| a.position.map(|[x, y]| (x, y)))
            .collect();
        let laid_out = layout(LayoutInput {
            names: &names,
            pinned: &pinned,
            edges: edge_inputs(relations, kinds),
            size: content.diagram.map(|d| (d.width, d.height)),
        });
        match laid_out {
            Ok(diagram) => {
                for problem in overlaps(&diagram, &names) {
                    self.error(
                        ErrorKind::Layout,
                        Path::root().key("diagram"),
                        format!("diagram: {problem}"),
                        "remove the actors' `position`s so they are placed automatically",
                    );
                }
                diagram
            }
            Err(e) => {
                for p in e.problems {
                    // At the first actor it names: its position if pinned, else its id.
                    let at = match p.actors.first() {
                        Some(&i) if content.actors[i].position.is_some() => {
                            item("actors", i).key("position")
                        }
                        Some(&i) => item("actors", i).key("id"),
                        None => Path::root().key("diagram"),
                    };
                    self.error(
                        ErrorKind::Layout,
                        at,
                        format!("diagram: {}", p.message),
                        p.help,
                    );
                }
                Diagram {
                    width: 0.0,
                    height: 0.0,
                    nodes: Vec::new().into(),
                    edges: Vec::new().into(),
                }
            }
        }
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
