//! `layout-report [FILE.toml...]`: how well the automatic layout draws each content
//! file's diagram, one line a file, to compare layouts before and after a change.
//! Without files: the shipped article, the generated twenty-actor fixture, the long
//! names fixture and the samples (paths from the repository's root or `model/`).
//! `--svg DIR` also writes each diagram to DIR as SVG, to look at by eye.

use std::process::ExitCode;
use std::time::Instant;

use explainer_model::authoring::{compile, ContentFile};
use explainer_model::layout::{
    crossings, debug_svg, labels_over_edges, layout, min_display_size, Diagram, EdgeInput,
    LayoutInput,
};

const DEFAULT: [&str; 5] = [
    "content/afp-istanbul-2022-10-11.toml",
    "e2e-engines/fixtures/twenty-actors.toml",
    "model/tests/fixtures/long-names.toml",
    "model/tests/fixtures/samples/carmaker-strike.toml",
    "model/tests/fixtures/samples/river-towns.toml",
];

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let svg_dir = match args.iter().position(|a| a == "--svg") {
        Some(i) if i + 1 < args.len() => {
            let dir = args.remove(i + 1);
            args.remove(i);
            Some(dir)
        }
        _ => None,
    };
    let detail = match args.iter().position(|a| a == "--detail") {
        Some(i) => {
            args.remove(i);
            true
        }
        None => false,
    };
    let files: Vec<String> = if args.is_empty() {
        let root = if std::path::Path::new("content").is_dir() {
            ""
        } else {
            "../"
        };
        DEFAULT.iter().map(|f| format!("{root}{f}")).collect()
    } else {
        args
    };
    println!(
        "{:<28} {:>6} {:>5} {:>10} {:>9} {:>5} {:>10} {:>8} {:>7} {:>5} {:>7} {:>9}",
        "file",
        "actors",
        "edges",
        "units",
        "css px",
        "cross",
        "lbl/edges",
        "lbl mean",
        "lbl max",
        "lines",
        "loose",
        "ms"
    );
    let mut failed = false;
    for file in &files {
        match row(file, svg_dir.as_deref(), detail) {
            Ok(line) => println!("{line}"),
            Err(e) => {
                eprintln!("{file}: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn row(file: &str, svg_dir: Option<&str>, detail: bool) -> Result<String, String> {
    let source = std::fs::read_to_string(file).map_err(|e| format!("cannot read it: {e}"))?;
    let compiled = compile(&source, file).map_err(|problems| {
        problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let x = compiled.explainer;
    let content: ContentFile = toml::from_str(&source).map_err(|e| e.to_string())?;
    let names: Vec<&str> = x.actors.iter().map(|a| a.name.as_ref()).collect();
    let pinned: Vec<Option<(f32, f32)>> = content
        .actors
        .iter()
        .map(|a| a.position.map(|[px, py]| (px, py)))
        .collect();
    let edges: Vec<EdgeInput> = x.diagram.edges.iter().map(EdgeInput::from).collect();
    let size = content.diagram.map(|d| (d.width, d.height));
    // The layout again, timed: the best of three runs.
    let mut ms = f64::INFINITY;
    for _ in 0..3 {
        let start = Instant::now();
        let again = layout(LayoutInput {
            names: &names,
            pinned: &pinned,
            edges: edges.clone(),
            size,
        })
        .map_err(|e| e.to_string())?;
        ms = ms.min(start.elapsed().as_secs_f64() * 1000.0);
        if again != x.diagram {
            return Err("the layout differs from the compiled one".into());
        }
    }
    let d = &x.diagram;
    let (px_w, px_h) = min_display_size(d);
    let (mean, max) = label_distances(d);
    let lines = d
        .edges
        .iter()
        .map(|e| e.label_lines.len())
        .max()
        .unwrap_or(0);
    let name = std::path::Path::new(file)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some(dir) = svg_dir {
        let path = std::path::Path::new(dir).join(name.replace(".toml", ".svg"));
        std::fs::write(&path, debug_svg::svg(d, &names))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if detail {
        print!("{}", details(d, &names));
    }
    Ok(format!(
        "{:<28} {:>6} {:>5} {:>10} {:>9} {:>5} {:>10} {:>8.1} {:>7.1} {:>5} {:>7} {:>9.1}",
        name,
        d.nodes.len(),
        d.edges.len(),
        format!("{}×{}", d.width, d.height),
        format!("{px_w}×{px_h}"),
        crossings(d),
        labels_over_edges(d),
        mean,
        max,
        lines,
        loose(d),
        ms
    ))
}

/// Each label over another edge, and each label far (over 40 units) from its own edge.
fn details(d: &Diagram, names: &[&str]) -> String {
    let mut out = String::new();
    let at = |i: usize| (d.nodes[i].cx, d.nodes[i].cy);
    let edge = |e: &explainer_model::layout::Edge| format!("{}–{}", names[e.a], names[e.b]);
    for e in d.edges.iter() {
        let grown = e.label.grown(3.0);
        for f in d.edges.iter() {
            if f != e && grown.hit_by(at(f.a), at(f.b)) {
                out += &format!("  label of {} lies over edge {}\n", edge(e), edge(f));
            }
        }
        let far = segment_distance((e.label.cx, e.label.cy), at(e.a), at(e.b));
        if far > 40.0 {
            out += &format!(
                "  label of {} ({}×{}) is {far:.0} from its edge\n",
                edge(e),
                e.label.w,
                e.label.h
            );
        }
    }
    out
}

/// Mean and largest distance from a label's centre to its own edge's segment.
fn label_distances(d: &Diagram) -> (f32, f32) {
    let dists: Vec<f32> = d
        .edges
        .iter()
        .map(|e| {
            let (a, b) = (&d.nodes[e.a], &d.nodes[e.b]);
            segment_distance((e.label.cx, e.label.cy), (a.cx, a.cy), (b.cx, b.cy))
        })
        .collect();
    if dists.is_empty() {
        return (0.0, 0.0);
    }
    let sum: f32 = dists.iter().sum();
    (
        sum / dists.len() as f32,
        dists.iter().copied().fold(0.0, f32::max),
    )
}

fn segment_distance(p: (f32, f32), a: (f32, f32), b: (f32, f32)) -> f32 {
    let (lx, ly) = (b.0 - a.0, b.1 - a.1);
    let len2 = lx * lx + ly * ly;
    let t = if len2 > 0.0 {
        (((p.0 - a.0) * lx + (p.1 - a.1) * ly) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (qx, qy) = (a.0 + lx * t, a.1 + ly * t);
    ((p.0 - qx) * (p.0 - qx) + (p.1 - qy) * (p.1 - qy)).sqrt()
}

/// Actors outside the largest connected part whose centre lies outside that
/// part's bounding box: drawn apart from the rest.
fn loose(d: &Diagram) -> usize {
    let n = d.nodes.len();
    let mut part: Vec<usize> = (0..n).collect();
    fn root(part: &mut [usize], mut i: usize) -> usize {
        while part[i] != i {
            part[i] = part[part[i]];
            i = part[i];
        }
        i
    }
    for e in d.edges.iter() {
        let (ra, rb) = (root(&mut part, e.a), root(&mut part, e.b));
        part[ra] = rb;
    }
    let roots: Vec<usize> = (0..n).map(|i| root(&mut part, i)).collect();
    let Some(main) = (0..n).max_by_key(|&r| (roots.iter().filter(|&&x| x == r).count(), n - r))
    else {
        return 0;
    };
    let main = roots[main];
    let (mut l, mut t, mut r, mut b) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for (i, node) in d.nodes.iter().enumerate() {
        if roots[i] == main {
            (l, t, r, b) = (
                l.min(node.left()),
                t.min(node.top()),
                r.max(node.right()),
                b.max(node.bottom()),
            );
        }
    }
    d.nodes
        .iter()
        .enumerate()
        .filter(|&(i, node)| {
            roots[i] != main && !(node.cx >= l && node.cx <= r && node.cy >= t && node.cy <= b)
        })
        .count()
}
