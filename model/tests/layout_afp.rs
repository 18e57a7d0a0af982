//! The shipped article's diagram: the automatic layout of its actors and relations
//! meets the rules, crosses no more edges than the circle it replaces, and fits a
//! phone without sideways scrolling. The graph is read from the content file, so
//! the test follows the content.

use explainer_model::authoring::compile;
use explainer_model::geometry::Rect;
use explainer_model::layout::{
    crossings, layout, min_display_width, overlaps, Diagram, Edge, EdgeInput, LayoutInput,
};

const CONTENT: &str = include_str!("../../content/afp-istanbul-2022-10-11.toml");

/// How wide a 390 px phone shows the diagram.
const PHONE: f32 = 358.0;

/// The actors' names and the diagram's edges, as the content file gives them.
fn graph() -> (Vec<String>, Vec<EdgeInput>) {
    let x = compile(CONTENT, "afp.toml")
        .expect("the content compiles")
        .explainer;
    let names = x.actors.iter().map(|a| a.name.to_string()).collect();
    let edges = x.diagram.edges.iter().map(EdgeInput::from).collect();
    (names, edges)
}

fn edges() -> Vec<EdgeInput> {
    graph().1
}

/// The layout this replaces: actors evenly on a circle in a 640×600 diagram.
fn circle() -> Diagram {
    let (w, h) = (640.0f32, 600.0f32);
    let count = graph().0.len();
    let n = count as f32;
    let nodes = (0..count)
        .map(|i| {
            let angle = std::f32::consts::TAU * i as f32 / n - std::f32::consts::FRAC_PI_2;
            Rect {
                cx: w / 2.0 + angle.cos() * (w / 2.0 - 70.0),
                cy: h / 2.0 + angle.sin() * (h / 2.0 - 40.0),
                w: 10.0,
                h: 10.0,
            }
        })
        .collect::<Vec<_>>();
    let edges = edges()
        .into_iter()
        .map(|e| Edge {
            a: e.a,
            b: e.b,
            relations: e.relations.into(),
            label_lines: Vec::new().into(),
            label: nodes[e.a],
        })
        .collect::<Vec<_>>();
    Diagram {
        width: w,
        height: h,
        nodes: nodes.into(),
        edges: edges.into(),
    }
}

fn automatic() -> Diagram {
    let (names, edges) = graph();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    layout(LayoutInput {
        names: &names,
        pinned: &vec![None; names.len()],
        edges,
        size: None,
    })
    .expect("the automatic layout always succeeds")
}

#[test]
fn the_afp_graph_lays_out_cleanly_with_no_more_crossings_than_the_circle_and_fits_a_phone() {
    let d = automatic();
    let names = graph().0;
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let problems = overlaps(&d, &names);
    assert!(problems.is_empty(), "{problems:#?}");
    let (ours, before) = (crossings(&d), crossings(&circle()));
    assert!(ours <= before, "{ours} crossings, the circle had {before}");
    assert!(
        min_display_width(&d) <= PHONE,
        "needs {} px on screen, {}×{}",
        min_display_width(&d),
        d.width,
        d.height
    );
}

#[test]
fn the_circle_this_replaces_crossed_four_edges() {
    assert_eq!(crossings(&circle()), 4);
}
