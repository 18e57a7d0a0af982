//! Layout tests: pins are kept, sizes are chosen or fitted, and every error's advice, followed, works.

use super::*;

fn edge(a: usize, b: usize, label: &str) -> EdgeInput {
    EdgeInput {
        a,
        b,
        relations: vec![0],
        label_lines: vec![label.to_string()],
    }
}

fn run(
    names: &[&str],
    pinned: &[Option<(f32, f32)>],
    edges: Vec<EdgeInput>,
    size: Option<(f32, f32)>,
) -> Result<Diagram, LayoutError> {
    layout(LayoutInput {
        names,
        pinned,
        edges,
        size,
    })
}

fn assert_clean(d: &Diagram, names: &[&str]) {
    let problems = overlaps(d, names);
    assert!(problems.is_empty(), "{problems:#?}\n{d:#?}");
}

/// The numbers in a piece of advice, in order.
fn numbers(text: &str) -> Vec<f32> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter_map(|w| w.trim_end_matches('.').parse().ok())
        .collect()
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
    let edges = vec![edge(0, 1, "across"), edge(2, 3, "down")];
    let d = run(&names, &pos, edges, Some((400.0, 200.0))).unwrap();
    assert_clean(&d, &names);
    assert_ne!(d.edges[0].label.cx, 200.0);
    assert_eq!(labels_over_edges(&d), 0);
}

#[test]
fn a_free_layout_keeps_nodes_apart_and_chooses_its_size() {
    let names = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"];
    let edges = vec![edge(0, 1, "ally"), edge(1, 2, "rival"), edge(3, 4, "trade")];
    let d = run(&names, &[None; 6], edges, None).unwrap();
    assert_clean(&d, &names);
    let (right, bottom) = d
        .nodes
        .iter()
        .chain(d.edges.iter().map(|e| &e.label))
        .fold((0.0f32, 0.0f32), |(r, b), x| {
            (r.max(x.right()), b.max(x.bottom()))
        });
    assert_eq!((d.width, d.height), (right + MARGIN, bottom + MARGIN));
}

#[test]
fn the_same_input_gives_the_same_diagram() {
    let names = ["A", "Bee", "Sea", "Dee", "Eee"];
    let edges = || {
        vec![
            edge(0, 1, "x"),
            edge(1, 2, "y"),
            edge(2, 0, "z"),
            edge(3, 4, "w"),
        ]
    };
    let first = run(&names, &[None; 5], edges(), None).unwrap();
    let second = run(&names, &[None; 5], edges(), None).unwrap();
    assert_eq!(first, second);
}

#[test]
fn pinned_actors_keep_their_centres_exactly() {
    let names = ["Pinned", "Free", "Also pinned", "Loose"];
    let pinned = [Some((100.5, 60.0)), None, Some((420.0, 300.25)), None];
    let edges = vec![
        edge(0, 1, "a"),
        edge(1, 2, "b"),
        edge(2, 3, "c"),
        edge(0, 2, "d"),
    ];
    let d = run(&names, &pinned, edges, None).unwrap();
    assert_clean(&d, &names);
    assert_eq!((d.nodes[0].cx, d.nodes[0].cy), (100.5, 60.0));
    assert_eq!((d.nodes[2].cx, d.nodes[2].cy), (420.0, 300.25));
}

#[test]
fn a_given_size_is_kept_and_filled() {
    let names = ["North", "South", "East"];
    let edges = vec![edge(0, 1, "road"), edge(1, 2, "rail")];
    let natural = run(&names, &[None; 3], edges.clone(), None).unwrap();
    let (w, h) = (natural.width + 200.0, natural.height + 100.0);
    let d = run(&names, &[None; 3], edges, Some((w, h))).unwrap();
    assert_clean(&d, &names);
    assert_eq!((d.width, d.height), (w, h));
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
    let at = |cx| Rect {
        cx,
        cy: 50.0,
        w: 30.0,
        h: 40.0,
    };
    let label = Rect {
        cx: 120.0,
        cy: 50.0,
        w: 40.0,
        h: 24.0,
    };
    let d = Diagram {
        width: 400.0,
        height: 100.0,
        nodes: vec![at(20.0), at(380.0), at(200.0)].into(),
        edges: vec![Edge {
            a: 0,
            b: 1,
            relations: vec![0].into(),
            label_lines: vec!["through".into()].into(),
            label,
        }]
        .into(),
    };
    assert_eq!(overlaps(&d, &["A", "B", "C"]), ["edge A–B crosses node C"]);
}

#[test]
fn an_edge_through_a_pinned_node_is_an_error_whose_advice_works() {
    let names = ["A", "B", "C"];
    let pinned = [Some((20.0, 50.0)), Some((380.0, 50.0)), Some((200.0, 50.0))];
    let edges = || vec![edge(0, 1, "through")];
    let e = run(&names, &pinned, edges(), Some((400.0, 100.0))).unwrap_err();
    let p = &e.problems[0];
    assert_eq!(p.message, "edge A–B crosses node C");
    assert_eq!(p.actors, [0, 1, 2]);
    assert!(p.help.starts_with("remove `position` from C"), "{}", p.help);
    let followed = [pinned[0], pinned[1], None];
    let d = run(&names, &followed, edges(), Some((400.0, 100.0))).unwrap();
    assert_clean(&d, &names);
}

#[test]
fn colliding_pins_are_an_error_whose_advice_works() {
    let names = ["Northport", "Southbay"];
    let edges = || vec![edge(0, 1, "deal")];
    let pinned = [Some((110.0, 120.0)), Some((130.0, 125.0))];
    let e = run(&names, &pinned, edges(), Some((480.0, 240.0))).unwrap_err();
    let p = &e.problems[0];
    assert_eq!(p.message, "nodes Northport and Southbay overlap");
    assert_eq!(p.actors, [0, 1]);
    assert!(
        p.help.starts_with(
            "remove `position` from Northport and Southbay, or move their centres at least"
        ),
        "{}",
        p.help
    );

    // Either way out works: drop the pins, or move them as far apart as it says.
    let d = run(&names, &[None, None], edges(), Some((480.0, 240.0))).unwrap();
    assert_clean(&d, &names);
    let [across, down] = numbers(&p.help)[..] else {
        panic!("{}", p.help)
    };
    let d = run(
        &names,
        &[pinned[0], Some((110.0 + across, 120.0))],
        edges(),
        Some((480.0, 240.0)),
    )
    .unwrap();
    assert_clean(&d, &names);
    let d = run(
        &names,
        &[pinned[0], Some((110.0, 120.0 + down))],
        edges(),
        None,
    )
    .unwrap();
    assert_clean(&d, &names);
}

#[test]
fn pins_too_close_for_their_label_are_an_error_whose_advice_works() {
    let names = ["Left", "Right"];
    let edges = || vec![edge(0, 1, "a long relation name")];
    let pinned = [Some((60.0, 50.0)), Some((200.0, 50.0))];
    let e = run(&names, &pinned, edges(), None).unwrap_err();
    let p = &e.problems[0];
    assert_eq!(p.message, "no room for the label of Left–Right");
    let [across, _down] = numbers(&p.help)[..] else {
        panic!("{}", p.help)
    };
    let d = run(
        &names,
        &[pinned[0], Some((60.0 + across, 50.0))],
        edges(),
        None,
    )
    .unwrap();
    assert_clean(&d, &names);
}

#[test]
fn a_pin_outside_the_diagram_is_an_error_whose_advice_works() {
    let names = ["Edge of the map"];
    let e = run(&names, &[Some((10.0, 300.0))], vec![], Some((400.0, 200.0))).unwrap_err();
    let p = &e.problems[0];
    assert_eq!(p.message, "node Edge of the map sticks out of the diagram");
    let [x_lo, _x_hi, y_lo, _y_hi] = numbers(&p.help)[..] else {
        panic!("{}", p.help)
    };
    let d = run(&names, &[Some((x_lo, y_lo))], vec![], Some((400.0, 200.0))).unwrap();
    assert_clean(&d, &names);
}

#[test]
fn a_size_too_small_is_an_error_whose_advice_works() {
    let names = [
        "The Lake Council of Northern Provinces",
        "Southbay",
        "Eastwick",
        "Westholm",
    ];
    let edges = || {
        vec![
            edge(0, 1, "water rights"),
            edge(0, 2, "ferry"),
            edge(2, 3, "trade"),
            edge(1, 3, "feud"),
        ]
    };
    let e = run(&names, &[None; 4], edges(), Some((300.0, 200.0))).unwrap_err();
    let p = &e.problems[0];
    assert!(
        p.help.starts_with(
            "remove [diagram] width and height so a size is chosen, or make them at least"
        ),
        "{}",
        p.help
    );
    let [w, h] = numbers(&p.help)[..] else {
        panic!("{}", p.help)
    };
    let d = run(&names, &[None; 4], edges(), Some((w, h))).unwrap();
    assert_clean(&d, &names);
    let d = run(&names, &[None; 4], edges(), None).unwrap();
    assert_clean(&d, &names);
}

#[test]
fn pins_that_leave_no_room_in_the_size_ask_for_a_size_that_works() {
    // Four pins fill a small diagram; the free actor needs more room than is left.
    let names = ["One", "Two", "Three", "Four", "The one without a place"];
    let pinned = [
        Some((50.0, 24.0)),
        Some((190.0, 24.0)),
        Some((50.0, 120.0)),
        Some((190.0, 120.0)),
        None,
    ];
    let edges = || vec![edge(4, 0, "knows"), edge(4, 3, "knows too")];
    let size = Some((240.0, 144.0));
    let e = run(&names, &pinned, edges(), size).unwrap_err();
    let p = &e.problems[0];
    assert!(p.help.contains("make them at least"), "{}", p.help);
    let [w, h] = numbers(&p.help)[..] else {
        panic!("{}", p.help)
    };
    let d = run(&names, &pinned, edges(), Some((w, h))).unwrap();
    assert_clean(&d, &names);
    assert_eq!((d.nodes[0].cx, d.nodes[0].cy), (50.0, 24.0));
}

#[test]
fn min_display_width_keeps_the_smallest_font_at_eleven_px() {
    let names = ["A"];
    let d = run(&names, &[None], vec![], None).unwrap();
    let shown = min_display_width(&d);
    assert!((shown * LABEL_FONT / d.width - MIN_TEXT_PX).abs() < 1e-4);
}

#[test]
fn no_actors_make_an_empty_diagram_and_a_size_must_be_a_size() {
    let d = run(&[], &[], vec![], None).unwrap();
    assert!(d.nodes.is_empty() && d.edges.is_empty());
    let d = run(&[], &[], vec![], Some((300.0, 200.0))).unwrap();
    assert_eq!((d.width, d.height), (300.0, 200.0));
    for size in [
        (f32::NAN, 100.0),
        (0.0, 100.0),
        (100.0, -5.0),
        (f32::INFINITY, 100.0),
    ] {
        let e = run(&["A"], &[None], vec![], Some(size)).unwrap_err();
        assert!(
            e.problems[0]
                .help
                .starts_with("remove [diagram] width and height"),
            "{e}"
        );
    }
}
