//! Writes diagrams to SVG under target/layout-preview, drawn with the app's geometry, to look at layouts by eye.
//!
//! `cargo run -p explainer-model --features authoring --example layout_preview`

use std::path::PathBuf;

use explainer_model::authoring::{compile, ContentFile};
use explainer_model::layout::{
    crossings, debug_svg, labels_over_edges, layout, min_display_width, overlaps, Diagram,
    EdgeInput, LayoutInput,
};

const AFP: &str = include_str!("../../content/afp-istanbul-2022-10-11.toml");
const LONG_NAMES: &str = include_str!("../tests/fixtures/long-names.toml");

fn out_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/layout-preview");
    std::fs::create_dir_all(&dir).expect("can create target/layout-preview");
    dir
}

fn write(name: &str, d: &Diagram, names: &[&str]) {
    let path = out_dir().join(format!("{name}.svg"));
    std::fs::write(&path, debug_svg::svg(d, names)).expect("can write the preview");
    println!(
        "{name}: {}×{}, {} crossings, {} labels over edges, shown at least {:.0} px wide, problems {:?} -> {}",
        d.width,
        d.height,
        crossings(d),
        labels_over_edges(d),
        min_display_width(d),
        overlaps(d, names),
        path.display()
    );
}

/// The AFP article's diagram edges, as its content file gives them.
fn afp_edges() -> Vec<EdgeInput> {
    let x = compile(AFP, "afp.toml")
        .expect("the content compiles")
        .explainer;
    x.diagram.edges.iter().map(EdgeInput::from).collect()
}

/// `actors` names of 4–30 letters and up to `pairs` related pairs with 1–4 label
/// lines, from a tiny fixed-seed generator.
fn random_article(seed: u64, actors: usize, pairs: usize) -> (Vec<String>, Vec<EdgeInput>) {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = move |below: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % below
    };
    let word = |next: &mut dyn FnMut(usize) -> usize, len: usize| -> String {
        (0..len).map(|_| (b'a' + next(26) as u8) as char).collect()
    };
    let names: Vec<String> = (0..actors)
        .map(|_| {
            let len = 4 + next(27);
            let mut name = word(&mut next, len);
            name[..1].make_ascii_uppercase();
            name
        })
        .collect();
    let mut edges: Vec<EdgeInput> = Vec::new();
    for i in 0..pairs {
        let (a, b) = (next(actors), next(actors));
        let (a, b) = (a.min(b), a.max(b));
        if a == b || edges.iter().any(|e| (e.a, e.b) == (a, b)) {
            continue;
        }
        let lines = 1 + next(4);
        let label_lines = (0..lines)
            .map(|_| {
                let len = 3 + next(18);
                word(&mut next, len)
            })
            .collect();
        edges.push(EdgeInput {
            a,
            b,
            relations: vec![i],
            label_lines,
        });
    }
    (names, edges)
}

fn main() {
    let content: ContentFile = toml::from_str(AFP).expect("the AFP file parses");
    let names: Vec<&str> = content.actors.iter().map(|a| a.name.as_str()).collect();

    // The candidates for the AFP article with the relations it is about to have:
    // the automatic layout, and hand-set positions as they were and retuned.
    let auto = layout(LayoutInput {
        names: &names,
        pinned: &vec![None; names.len()],
        edges: afp_edges(),
        size: None,
    })
    .expect("automatic");
    write("afp-new-automatic", &auto, &names);

    let original = [
        Some((320.0, 245.0)),
        Some((100.0, 550.0)),
        Some((540.0, 550.0)),
        Some((320.0, 35.0)),
        Some((320.0, 455.0)),
        Some((545.0, 150.0)),
        Some((95.0, 150.0)),
    ];
    match layout(LayoutInput {
        names: &names,
        pinned: &original,
        edges: afp_edges(),
        size: Some((640.0, 600.0)),
    }) {
        Ok(d) => write("afp-new-hand-original", &d, &names),
        Err(e) => println!("afp-new-hand-original: {e}"),
    }

    // The hand-set arrangement, retuned to fit a phone: the West's side on top,
    // the war at the bottom, Turkey between them.
    let retuned = [
        Some((280.0, 196.0)), // Turkey
        Some((60.0, 436.0)),  // Russia
        Some((498.0, 436.0)), // Ukraine
        Some((280.0, 24.0)),  // United States
        Some((280.0, 344.0)), // Kazakhstan
        Some((514.0, 110.0)), // NATO
        Some((66.0, 110.0)),  // The West
    ];
    match layout(LayoutInput {
        names: &names,
        pinned: &retuned,
        edges: afp_edges(),
        size: Some((560.0, 460.0)),
    }) {
        Ok(d) => write("afp-new-hand-retuned", &d, &names),
        Err(e) => println!("afp-new-hand-retuned: {e}"),
    }

    // The content file as it is (its current relations), compiled as the build does.
    match compile(AFP, "afp.toml") {
        Ok(x) => write("afp-file-as-compiled", &x.explainer.diagram, &names),
        Err(e) => println!("afp-file-as-compiled: {e:?}"),
    }

    // Random articles as the property test makes them, from a fixed seed.
    for (i, (actors, pairs)) in [(8, 12), (12, 20), (20, 40)].into_iter().enumerate() {
        let (names, edges) = random_article(i as u64 + 1, actors, pairs);
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let d = layout(LayoutInput {
            names: &names,
            pinned: &vec![None; names.len()],
            edges,
            size: None,
        })
        .expect("automatic");
        write(&format!("random-{actors}-actors"), &d, &names);
    }

    let x = compile(LONG_NAMES, "long-names.toml")
        .expect("the long-names fixture compiles")
        .explainer;
    let long: Vec<&str> = x.actors.iter().map(|a| a.name.as_ref()).collect();
    write("long-names", &x.diagram, &long);
}
