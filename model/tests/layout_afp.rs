//! The shipped article's diagram, with the relations it is about to have: the
//! automatic layout meets the rules, crosses no more edges than the old circle, and
//! fits a phone without sideways scrolling.

use explainer_model::geometry::Rect;
use explainer_model::layout::{
    crossings, layout, min_display_width, overlaps, Diagram, Edge, EdgeInput, LayoutInput,
};

const NAMES: [&str; 7] = [
    "Turkey",
    "Russia",
    "Ukraine",
    "United States",
    "Kazakhstan",
    "NATO",
    "The West",
];

/// How wide a 390 px phone shows the diagram.
const PHONE: f32 = 358.0;

fn edges() -> Vec<EdgeInput> {
    let pairs: [(usize, usize, &[&str]); 8] = [
        (1, 2, &["at war", "annexation"]),
        (
            0,
            1,
            &["good ties", "mediates", "disagree", "trade", "to meet"],
        ),
        (0, 2, &["good ties", "mediates", "backs borders"]),
        (0, 5, &["member of"]),
        (3, 0, &["pressures"]),
        (6, 1, &["sanctions"]),
        (0, 6, &["not joining"]),
        (4, 0, &["talks"]),
    ];
    pairs
        .iter()
        .enumerate()
        .map(|(i, &(a, b, lines))| EdgeInput {
            // As the compiler gives them: lower index first.
            a: a.min(b),
            b: a.max(b),
            relations: vec![i],
            label_lines: lines.iter().map(|l| l.to_string()).collect(),
        })
        .collect()
}

/// The layout this replaces: actors evenly on a circle in a 640×600 diagram.
fn circle() -> Diagram {
    let (w, h) = (640.0f32, 600.0f32);
    let n = NAMES.len() as f32;
    let nodes = (0..NAMES.len())
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
    layout(LayoutInput {
        names: &NAMES,
        pinned: &[None; 7],
        edges: edges(),
        size: None,
    })
    .expect("the automatic layout always succeeds")
}

#[test]
fn the_afp_graph_lays_out_cleanly_with_no_more_crossings_than_the_circle_and_fits_a_phone() {
    let d = automatic();
    let problems = overlaps(&d, &NAMES);
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
