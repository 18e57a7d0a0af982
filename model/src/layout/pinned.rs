//! Layouts with pinned actors: the rest placed around the pins, or problems that say which pins to move or let go of.

use super::net::{Bounds, Net, Placed};
use super::size::too_small;
use super::solve::{Attempt, Fit, Setup, RELAX_ROUNDS};
use super::stress::Stress;
use super::{LayoutError, LayoutProblem, GAP, MARGIN};
use crate::geometry::Rect;

/// Some actors are pinned: place the rest around them, in the pins' coordinates.
pub(super) fn pinned_layout(
    net: &Net,
    names: &[&str],
    pinned: &[Option<(f32, f32)>],
    size: Option<(f32, f32)>,
) -> Result<(f32, f32, Placed), LayoutError> {
    let problems = pin_problems(net, names, pinned, size);
    if !problems.is_empty() {
        return Err(LayoutError { problems });
    }
    let stress = Stress::new(net);
    let fixed: Vec<bool> = pinned.iter().map(Option::is_some).collect();
    let bounds = Bounds::within(size);
    let setup = Setup {
        net,
        stress: &stress,
        fixed: &fixed,
        pins: pinned,
        bounds: Some(bounds),
    };
    let pos = stress.settle(|seed| stress.around(pinned, seed), &fixed, Some(&bounds));
    let attempt = match setup.solve(pos, false, RELAX_ROUNDS) {
        Ok(Fit { placed, .. }) => {
            let (w, h) = size.unwrap_or_else(|| {
                let (_, _, r, b) = placed.extent();
                ((r + MARGIN).ceil(), (b + MARGIN).ceil())
            });
            return Ok((w, h, placed));
        }
        Err(attempt) => attempt,
    };
    if let Some((w, h)) = size {
        // Without the size's limits the free actors may find room; if they do, that
        // size is what to ask for, and with it this same layout is the answer.
        if let Ok((w1, h1, placed)) = pinned_layout(net, names, pinned, None) {
            if w1 <= w && h1 <= h {
                return Ok((w, h, placed));
            }
            return Err(LayoutError {
                problems: vec![too_small(w, h, w1, h1)],
            });
        }
    }
    Err(LayoutError {
        problems: stuck(net, names, pinned, &attempt),
    })
}

fn name_list(names: &[&str], actors: &[usize]) -> String {
    let named: Vec<&str> = actors.iter().map(|&i| names[i]).collect();
    match named.as_slice() {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// How far apart pinned actors `i` and `j` must be, across and up and down, for
/// their boxes (and their edge's label, if they share one) to fit.
fn spacing(net: &Net, i: usize, j: usize) -> (f64, f64) {
    let need = |u| match net.edge_between(i, j) {
        Some(e) => net.edge_need(e, u),
        None => net.apart(i, j, u),
    };
    (need((1.0, 0.0)).ceil(), need((0.0, 1.0)).ceil())
}

/// Problems among the pins themselves, which no placement of the others can fix.
fn pin_problems(
    net: &Net,
    names: &[&str],
    pinned: &[Option<(f32, f32)>],
    size: Option<(f32, f32)>,
) -> Vec<LayoutProblem> {
    let rect = |i: usize| {
        pinned[i].map(|(cx, cy)| Rect {
            cx,
            cy,
            w: net.nodes[i].0,
            h: net.nodes[i].1,
        })
    };
    let (w, h) = size.unwrap_or((f32::INFINITY, f32::INFINITY));
    let mut problems = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let Some(r) = rect(i) else { continue };
        if !r.inside(w, h) {
            let range = |half: f32, limit: f32| {
                if limit.is_finite() {
                    format!("between {half} and {}", limit - half)
                } else {
                    format!("at least {half}")
                }
            };
            problems.push(LayoutProblem {
                actors: vec![i],
                message: format!("node {name} sticks out of the diagram"),
                help: format!(
                    "move {name}'s `position` so x is {} and y is {}, or remove `position` from {name} so the layout can place it",
                    range(r.w / 2.0, w),
                    range(r.h / 2.0, h),
                ),
            });
        }
    }
    for i in 0..net.len() {
        for j in i + 1..net.len() {
            let (Some(a), Some(b)) = (rect(i), rect(j)) else {
                continue;
            };
            if a.grown(GAP).overlaps(&b) {
                let (across, down) = spacing(net, i, j);
                problems.push(LayoutProblem {
                    actors: vec![i, j],
                    message: format!("nodes {} and {} overlap", names[i], names[j]),
                    help: format!(
                        "remove `position` from {} and {}, or move their centres at least {across} apart side to side or {down} up and down",
                        names[i], names[j]
                    ),
                });
            }
        }
    }
    for &(a, b) in &net.ends {
        let (Some(ra), Some(rb)) = (rect(a), rect(b)) else {
            continue;
        };
        for k in 0..net.len() {
            let Some(rk) = rect(k).filter(|_| k != a && k != b) else {
                continue;
            };
            if rk.hit_by((ra.cx, ra.cy), (rb.cx, rb.cy)) {
                problems.push(LayoutProblem {
                    actors: vec![a, b, k],
                    message: format!("edge {}–{} crosses node {}", names[a], names[b], names[k]),
                    help: format!(
                        "remove `position` from {}, or move it off the line from {} to {}",
                        names[k], names[a], names[b]
                    ),
                });
            }
        }
    }
    problems
}

/// What is left wrong after placing free actors around the pins, and which pins to
/// let go of.
fn stuck(
    net: &Net,
    names: &[&str],
    pinned: &[Option<(f32, f32)>],
    attempt: &Attempt,
) -> Vec<LayoutProblem> {
    let all_pins: Vec<usize> = (0..net.len()).filter(|&i| pinned[i].is_some()).collect();
    let let_go = |actors: &[usize]| {
        let mut pins: Vec<usize> = actors
            .iter()
            .copied()
            .filter(|&i| pinned[i].is_some())
            .collect();
        if pins.is_empty() {
            pins.clone_from(&all_pins);
        }
        format!(
            "remove `position` from {} so the layout can place them",
            name_list(names, &pins)
        )
    };
    let mut problems: Vec<LayoutProblem> = Vec::new();
    for &e in &attempt.failed {
        let (a, b) = net.ends[e];
        let message = format!("no room for the label of {}–{}", names[a], names[b]);
        let help = if pinned[a].is_some() && pinned[b].is_some() {
            let (across, down) = spacing(net, a, b);
            format!(
                "move the centres of {} and {} at least {across} apart side to side or {down} up and down, or {}",
                names[a],
                names[b],
                let_go(&[a, b])
            )
        } else {
            let_go(&[a, b])
        };
        problems.push(LayoutProblem {
            actors: vec![a, b],
            message,
            help,
        });
    }
    let labelled: Vec<usize> = (0..net.ends.len())
        .filter(|e| !attempt.failed.contains(e))
        .collect();
    for clash in attempt.placed.clashes(net, f32::INFINITY, f32::INFINITY) {
        // A label that found no room is reported once, above.
        if clash.labels().iter().any(|e| !labelled.contains(e)) {
            continue;
        }
        let actors = clash.actors(&net.ends);
        problems.push(LayoutProblem {
            message: clash.describe(names, &net.ends),
            help: let_go(&actors),
            actors,
        });
    }
    if problems.is_empty() {
        problems.push(LayoutProblem {
            actors: all_pins.clone(),
            message: "the actors without a `position` find no room".into(),
            help: let_go(&all_pins),
        });
    }
    problems
}
