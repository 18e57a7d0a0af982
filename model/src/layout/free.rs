//! Free layouts of one part of the graph: from stress, both ways up, narrowed for a phone or the side column, best first.

use super::check;
use super::net::{Bounds, Net, Placed};
use super::repair::REPAIRED;
use super::solve::{Fit, Setup, RELAX_ROUNDS};
use super::stress::{self, Point, Stress};
use super::{LayoutError, LayoutProblem, LABEL_FONT, MARGIN, MIN_TEXT_PX, NODE_FONT, NODE_HEIGHT};

/// The shape, width to height, that suits the page's side column (about 560 by
/// 396 CSS px on a laptop): free layouts are drawn toward it.
pub(super) const ASPECT: f32 = 1.4;

/// Free layouts of one part that edges join, best first. Each comes from stress
/// (the best of a few fixed starts), turned so its long side runs down the page or
/// across, made to meet the rules, squeezed, and if too wide for a phone,
/// narrowed. Best means: fewest edge crossings and labels over edges, then
/// fitting a phone (scrolling sideways is worse than a label just beside its
/// edge), then fewest labels beside their edge, then the least area.
pub(super) fn free_part(net: &Net, stress: &Stress) -> Result<Vec<Placed>, LayoutError> {
    let fixed = vec![false; net.len()];
    let pins = vec![None; net.len()];
    let setup = Setup {
        net,
        stress,
        fixed: &fixed,
        pins: &pins,
        bounds: None,
    };
    let mut settled = stress.settle(|seed| stress.scatter(seed), &fixed, None);
    stress::upright(&mut settled);
    let mut found = Vec::new();
    let mut failed = None;
    for sideways in [false, true] {
        let mut pos = settled.clone();
        if sideways {
            for p in &mut pos {
                *p = [-p[1], p[0]];
            }
        }
        match setup.solve(pos, true, RELAX_ROUNDS) {
            Ok(fit) => found.push(setup.compact(fit)),
            Err(attempt) => failed = Some(attempt),
        }
    }
    // Narrower, to fit a phone, or else a laptop's side column: worth a try only if
    // not far off (more than twice the area the screen shows unshrunk will not fit).
    let sideways: Vec<Point> = settled.iter().map(|p| [-p[1], p[0]]).collect();
    for screen in [PHONE, COLUMN] {
        let widest = screen.0 * NODE_FONT.min(LABEL_FONT) / MIN_TEXT_PX;
        let screen_area = widest * widest * screen.1 / screen.0;
        let area = |f: &Fit| {
            let (l, t, r, b) = f.placed.extent();
            (r - l) * (b - t)
        };
        let hopeful = found.iter().any(|f| area(f) <= 2.0 * screen_area);
        if hopeful && !found.iter().any(|f| fits(&f.placed, screen)) {
            for start in [&settled, &sideways] {
                found.extend(narrow(net, stress, start, screen));
            }
        }
    }
    let score = |f: &Fit| {
        let (l, t, r, b) = f.placed.extent();
        let crossed = check::crossed(&f.placed.nodes, &net.ends);
        (
            (crossed + f.tidiness.0, f.tidiness.0),
            !fits_phone(&f.placed),
            !fits(&f.placed, COLUMN),
            f.tidiness.1,
            (r - l) * (b - t) * misshape(&f.placed),
        )
    };
    type Score = ((usize, usize), bool, bool, usize, f32);
    let order = |scored: &mut Vec<(Score, Fit)>| {
        scored.sort_by(|(a, _), (b, _)| {
            a.0.cmp(&b.0)
                .then(a.1.cmp(&b.1))
                .then(a.2.cmp(&b.2))
                .then(a.3.cmp(&b.3))
                .then(a.4.total_cmp(&b.4))
        })
    };
    let mut scored: Vec<_> = found.into_iter().map(|f| (score(&f), f)).collect();
    order(&mut scored);
    // The best few, with labels moved off other edges where small moves can.
    for (s, f) in scored.iter_mut().take(REPAIRED) {
        if f.tidiness.0 > 0 {
            *f = setup.repair(f.clone());
            *s = score(f);
        }
    }
    order(&mut scored);
    let scored: Vec<_> = scored.into_iter().map(|(s, f)| (s, f.placed)).collect();
    if !scored.is_empty() {
        return Ok(scored.into_iter().map(|(_, p)| p).collect());
    }
    // Growing the layout always makes room in the end; this is a bug if seen.
    let attempt = failed.expect("no layout means a failed one");
    Err(LayoutError {
        problems: attempt
            .placed
            .clashes(net, f32::INFINITY, f32::INFINITY)
            .iter()
            .map(|c| LayoutProblem {
                actors: c.actors(&net.ends),
                message: format!("the automatic layout failed ({c:?})"),
                help: "give some actors a `position`, and report this as a bug".into(),
            })
            .collect(),
    })
}

/// The layout again, kept within the width a `screen` (phone or column) shows
/// without shrinking the text, so that stress itself stacks what would stand side
/// by side. None if it does not meet the rules that way.
fn narrow(net: &Net, stress: &Stress, settled: &[Point], screen: (f32, f32)) -> Option<Fit> {
    let width = (screen.0 * NODE_FONT.min(LABEL_FONT) / MIN_TEXT_PX).floor();
    let bounds = Bounds {
        lo: (MARGIN, MARGIN),
        hi: (width - MARGIN, f32::INFINITY),
    };
    let widest = net.nodes.iter().map(|n| n.0).fold(0.0, f32::max);
    // A phone shows at most this much area without shrinking the text.
    let area: f32 = net
        .nodes
        .iter()
        .chain(&net.labels)
        .map(|(w, h)| w * h)
        .sum();
    if widest > width - 2.0 * MARGIN
        || area > width * width * screen.1 / screen.0
        || settled.is_empty()
    {
        return None;
    }
    let fixed = vec![false; net.len()];
    let pins = vec![None; net.len()];
    let setup = Setup {
        net,
        stress,
        fixed: &fixed,
        pins: &pins,
        bounds: Some(bounds),
    };
    // Shrink the settled layout to the width, keeping its shape so edges keep
    // their order, and start from there; stress then lets it grow down.
    let (lo, hi) = settled.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
        (lo.min(p[0]), hi.max(p[0]))
    });
    let top = settled.iter().map(|p| p[1]).fold(f64::MAX, f64::min);
    let room = (width - 2.0 * MARGIN - widest) as f64;
    let across = if hi > lo { room / (hi - lo) } else { 0.0 };
    let start = settled
        .iter()
        .map(|p| {
            let x = (MARGIN + widest / 2.0) as f64 + (p[0] - lo) * across;
            [
                x,
                (p[1] - top) * across.min(1.0) + (MARGIN + NODE_HEIGHT) as f64,
            ]
        })
        .collect();
    // Half the rounds: a try, not the answer.
    setup
        .solve(start, false, RELAX_ROUNDS / 2)
        .ok()
        .map(|f| setup.compact(f))
}

/// How far a layout is from [`ASPECT`], as a factor of at least 1.
fn misshape(p: &Placed) -> f32 {
    let (l, t, r, b) = p.extent();
    let shape = (r - l) / (ASPECT * (b - t)).max(1.0);
    shape.max(1.0 / shape.max(f32::MIN_POSITIVE))
}

/// How wide a 390 px phone shows the diagram, in CSS px, and how high at most
/// (70% of an 844 px screen) before the page shrinks it to fit.
const PHONE: (f32, f32) = (358.0, 590.0);

/// How wide a laptop's side column (1440×900 screen) shows the diagram, in CSS
/// px, and how high at most.
const COLUMN: (f32, f32) = (560.0, 396.0);

/// Whether the layout, framed, shows on a phone with text of at least
/// [`MIN_TEXT_PX`] and no sideways scrolling.
fn fits_phone(p: &Placed) -> bool {
    fits(p, PHONE)
}

/// Whether the layout, framed, shows on a `screen` (width and greatest height, in
/// CSS px) with text of at least [`MIN_TEXT_PX`], neither scrolling nor shrunk.
fn fits(p: &Placed, screen: (f32, f32)) -> bool {
    let (l, t, r, b) = p.extent();
    let (w, h) = (r - l + 2.0 * MARGIN, b - t + 2.0 * MARGIN);
    w * MIN_TEXT_PX / NODE_FONT.min(LABEL_FONT) <= screen.0 && h * screen.0 / w <= screen.1
}
