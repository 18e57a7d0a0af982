//! Property tests of the layout: any article of up to 20 actors and 40 related
//! pairs, with names up to 30 characters and labels of 1–4 lines up to 20, lays out
//! with nothing outside the diagram, nothing overlapping and no edge through a node;
//! and a size too small is an error whose advice, followed, works.

use explainer_model::layout::{layout, overlaps, Diagram, EdgeInput, LayoutInput};
use proptest::prelude::*;

#[derive(Debug)]
struct Article {
    names: Vec<String>,
    edges: Vec<EdgeInput>,
}

/// Up to 20 actors with names of 1–30 characters, and up to 40 related pairs, each
/// joining two different actors once, labelled with 1–4 lines of 1–20 characters.
fn article() -> impl Strategy<Value = Article> {
    (1usize..=20)
        .prop_flat_map(|n| {
            let names = proptest::collection::vec("[A-Z][a-z ]{0,29}", n);
            let line = "[a-z][a-z ]{0,19}";
            let pair = (0..n, 0..n, proptest::collection::vec(line, 1..=4));
            (names, proptest::collection::vec(pair, 0..=40))
        })
        .prop_map(|(names, pairs)| {
            let mut edges: Vec<EdgeInput> = Vec::new();
            for (i, (a, b, label_lines)) in pairs.into_iter().enumerate() {
                let (a, b) = (a.min(b), a.max(b));
                if a != b && !edges.iter().any(|e| (e.a, e.b) == (a, b)) {
                    edges.push(EdgeInput {
                        a,
                        b,
                        relations: vec![i],
                        label_lines,
                    });
                }
            }
            Article { names, edges }
        })
}

fn lay_out(article: &Article, size: Option<(f32, f32)>) -> Result<Diagram, String> {
    let names: Vec<&str> = article.names.iter().map(String::as_str).collect();
    layout(LayoutInput {
        names: &names,
        pinned: &vec![None; names.len()],
        edges: article.edges.clone(),
        size,
    })
    .map_err(|e| e.to_string())
}

fn check(article: &Article, d: &Diagram) -> Result<(), TestCaseError> {
    let names: Vec<&str> = article.names.iter().map(String::as_str).collect();
    let problems = overlaps(d, &names);
    prop_assert!(problems.is_empty(), "{problems:#?}");
    Ok(())
}

/// Distinct names, none part of another or containing "and", so advice that
/// lists names can be read back.
const NAMED: [&str; 20] = [
    "Alpha",
    "Bravo Company",
    "Charlie",
    "Delta Force Command",
    "Echo",
    "Foxtrot Union",
    "Golf",
    "Hotel Workers of the South",
    "India",
    "Juliett",
    "Kilo Committee",
    "Lima",
    "Mike",
    "November Group",
    "Oscar",
    "Papa Bear",
    "Quebec",
    "Romeo Council of Elders",
    "Sierra",
    "Tango",
];

/// Follows one problem's advice: drop the positions it names, or take the size it
/// asks for. False if it gives neither.
fn follow(
    help: &str,
    names: &[&str],
    pinned: &mut [Option<(f32, f32)>],
    size: &mut Option<(f32, f32)>,
) -> bool {
    if let Some((_, at_least)) = help.rsplit_once("make them at least ") {
        if let [w, h] = numbers(at_least)[..] {
            *size = Some((w, h));
            return true;
        }
    }
    let Some((_, rest)) = help.split_once("remove `position` from ") else {
        return false;
    };
    let list = rest
        .split([','])
        .next()
        .unwrap_or("")
        .split(" so ")
        .next()
        .unwrap_or("");
    let mut dropped = false;
    for named in list.split(" and ").flat_map(|p| p.split(", ")) {
        if let Some(i) = names.iter().position(|n| *n == named.trim()) {
            dropped |= pinned[i].take().is_some();
        }
    }
    dropped
}

/// The numbers in a piece of advice, in order.
fn numbers(text: &str) -> Vec<f32> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter_map(|w| w.trim_end_matches('.').parse().ok())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn following_the_advice_about_pins_and_sizes_always_ends_in_a_clean_diagram(
        n in 2usize..=12,
        pins in proptest::collection::vec(
            proptest::option::weighted(0.6, (0f32..700.0, 0f32..600.0)),
            12,
        ),
        pairs in proptest::collection::vec((0usize..12, 0usize..12, 1usize..=3), 0..=16),
        size in proptest::option::of((150f32..900.0, 150f32..800.0)),
    ) {
        let names = &NAMED[..n];
        let mut pinned: Vec<Option<(f32, f32)>> =
            pins[..n].iter().map(|p| p.map(|(x, y)| (x.round(), y.round()))).collect();
        let mut size = size.map(|(w, h)| (w.round(), h.round()));
        let mut edges: Vec<EdgeInput> = Vec::new();
        for (i, (a, b, lines)) in pairs.into_iter().enumerate() {
            let (a, b) = ((a % n).min(b % n), (a % n).max(b % n));
            if a != b && !edges.iter().any(|e| (e.a, e.b) == (a, b)) {
                let label_lines = (0..lines).map(|l| format!("relation {l}")).collect();
                edges.push(EdgeInput { a, b, relations: vec![i], label_lines });
            }
        }
        for _ in 0..=n + 1 {
            let input = LayoutInput { names, pinned: &pinned, edges: edges.clone(), size };
            match layout(input) {
                Ok(d) => {
                    let problems = overlaps(&d, names);
                    prop_assert!(problems.is_empty(), "{problems:#?}");
                    for (i, pin) in pinned.iter().enumerate() {
                        if let Some((x, y)) = *pin {
                            prop_assert_eq!((d.nodes[i].cx, d.nodes[i].cy), (x, y));
                        }
                    }
                    return Ok(());
                }
                Err(e) => {
                    // Every problem's advice, as an editor fixing them all at once would.
                    let mut followed = false;
                    for p in &e.problems {
                        followed |= follow(&p.help, names, &mut pinned, &mut size);
                    }
                    prop_assert!(followed, "advice that cannot be followed: {e}");
                }
            }
        }
        prop_assert!(false, "the advice did not lead to a diagram");
    }

    #[test]
    fn any_article_lays_out_within_the_rules(article in article()) {
        let d = lay_out(&article, None).map_err(TestCaseError::fail)?;
        check(&article, &d)?;
        // The same input, the same diagram, bit for bit.
        prop_assert_eq!(lay_out(&article, None).unwrap(), d);
    }

    #[test]
    fn a_given_size_is_met_or_the_advice_works(article in article(), w in 100f32..1500.0, h in 100f32..1500.0) {
        let (w, h) = (w.round(), h.round());
        match lay_out(&article, Some((w, h))) {
            Ok(d) => {
                prop_assert_eq!((d.width, d.height), (w, h));
                check(&article, &d)?;
            }
            Err(advice) => {
                let at_least = advice.rsplit("make them at least ").next().unwrap_or("");
                let [w, h] = numbers(at_least)[..] else {
                    return Err(TestCaseError::fail(format!("no size in: {advice}")));
                };
                let d = lay_out(&article, Some((w, h))).map_err(TestCaseError::fail)?;
                check(&article, &d)?;
            }
        }
    }
}

/// Figures for a fixed sample of random articles: time per layout, the largest
/// diagram, and how often labels end up over other edges or beside their own.
/// `cargo test -p explainer-model --test layout_props -- --ignored --nocapture`
#[test]
#[ignore = "prints figures; run by hand"]
fn figures() {
    use explainer_model::layout::{crossings, labels_over_edges, min_display_width};
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRng, TestRunner};
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::deterministic_rng(Config::default().rng_algorithm),
    );
    let (mut largest, mut slowest, mut total) = ((0.0f32, 0.0f32), 0.0f64, 0.0f64);
    let (mut over, mut crossed, mut cases, mut phone) = (0, 0, 0, 0);
    let mut big = Vec::new();
    // FNV-1a over every coordinate's bits: equal across builds means equal diagrams.
    let mut digest: u64 = 0xcbf2_9ce4_8422_2325;
    for _ in 0..100 {
        let article = article().new_tree(&mut runner).unwrap().current();
        let started = std::time::Instant::now();
        let d = lay_out(&article, None).unwrap();
        let took = started.elapsed().as_secs_f64();
        let names: Vec<&str> = article.names.iter().map(String::as_str).collect();
        assert!(overlaps(&d, &names).is_empty());
        (slowest, total, cases) = (slowest.max(took), total + took, cases + 1);
        if d.width * d.height > largest.0 * largest.1 {
            largest = (d.width, d.height);
        }
        let rects = d.nodes.iter().chain(d.edges.iter().map(|e| &e.label));
        for v in rects
            .flat_map(|r| [r.cx, r.cy, r.w, r.h])
            .chain([d.width, d.height])
        {
            digest = (digest ^ u64::from(v.to_bits())).wrapping_mul(0x0100_0000_01b3);
        }
        over += labels_over_edges(&d);
        crossed += crossings(&d);
        phone += usize::from(min_display_width(&d) <= 358.0);
        big.push((
            article.names.len(),
            article.edges.len(),
            d.width,
            d.height,
            took,
        ));
    }
    big.sort_by(|a, b| b.4.total_cmp(&a.4));
    println!(
        "{cases} layouts: mean {:.3} s, slowest {slowest:.3} s; largest {}×{}; {phone} fit a phone; {over} label/edge overlaps, {crossed} crossings in all",
        total / cases as f64,
        largest.0,
        largest.1
    );
    println!("slowest (actors, pairs, width, height, s): {:?}", &big[..5]);
    println!("digest of every diagram: {digest:016x}");
}
