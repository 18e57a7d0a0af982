//! A free layout's size: framed by the margin when the layout chooses it, fitted into the size the content gives otherwise.

use super::net::{Bounds, Net, Placed};
use super::parts::free;
use super::solve::{Setup, RELAX_ROUNDS};
use super::stress::{Point, Stress};
use super::{LayoutError, LayoutProblem, MARGIN};

/// A free layout framed by the margin: its size, and the boxes moved into it.
fn framed(p: &Placed) -> (f32, f32, Placed) {
    if p.nodes.is_empty() {
        return (2.0 * MARGIN, 2.0 * MARGIN, p.clone());
    }
    let (l, t, r, b) = p.extent();
    // Whole units: boxes of free layouts lie on whole units, so this keeps them there.
    let (dx, dy) = ((MARGIN - l).round(), (MARGIN - t).round());
    let moved = p.map(|x| (x.cx + dx, x.cy + dy));
    ((r + dx + MARGIN).ceil(), (b + dy + MARGIN).ceil(), moved)
}

/// No actor is pinned: lay out freely, then frame it or fit it into the given size.
pub(super) fn unpinned(
    net: &Net,
    size: Option<(f32, f32)>,
) -> Result<(f32, f32, Placed), LayoutError> {
    let layouts: Vec<(f32, f32, Placed)> = free(net)?.iter().map(framed).collect();
    let (w0, h0, natural) = layouts[0].clone();
    let Some((w, h)) = size else {
        return Ok((w0, h0, natural));
    };
    // The best that fits: a portrait layout may not fit a landscape size.
    for (_, _, p) in &layouts {
        if let Some(p) = fit(net, p, w, h) {
            return Ok((w, h, p));
        }
    }
    // Last, squeeze the natural layout into the size and let the boxes sort themselves out.
    let stress = Stress::new(net);
    let bounds = Bounds::within(Some((w, h)));
    let fixed = vec![false; net.len()];
    let pins = vec![None; net.len()];
    let setup = Setup {
        net,
        stress: &stress,
        fixed: &fixed,
        pins: &pins,
        bounds: Some(bounds),
    };
    let (sx, sy) = (
        (w - 2.0 * MARGIN) / (w0 - 2.0 * MARGIN),
        (h - 2.0 * MARGIN) / (h0 - 2.0 * MARGIN),
    );
    let start: Vec<Point> = natural
        .nodes
        .iter()
        .map(|n| {
            [
                (MARGIN + (n.cx - MARGIN) * sx) as f64,
                (MARGIN + (n.cy - MARGIN) * sy) as f64,
            ]
        })
        .collect();
    if let Ok(fit) = setup.solve(start, false, RELAX_ROUNDS) {
        return Ok((w, h, fit.placed));
    }
    Err(LayoutError {
        problems: vec![too_small(w, h, w0, h0)],
    })
}

pub(super) fn too_small(w: f32, h: f32, need_w: f32, need_h: f32) -> LayoutProblem {
    LayoutProblem {
        actors: vec![],
        message: format!("the diagram's size, {w}×{h}, is too small for its actors and labels"),
        help: format!(
            "remove [diagram] width and height so a size is chosen, or make them at least {}×{}",
            need_w.max(w).ceil(),
            need_h.max(h).ceil()
        ),
    }
}

/// Fits a framed free layout into `w`×`h`: spread out as far as the size allows
/// (spreading keeps every rule, since boxes keep their size while gaps grow), and
/// centred. None if it does not fit.
fn fit(net: &Net, p: &Placed, w: f32, h: f32) -> Option<Placed> {
    let (l, t, r, b) = p.extent();
    let (room_w, room_h) = (w - 2.0 * MARGIN, h - 2.0 * MARGIN);
    if r - l > room_w || b - t > room_h {
        return None;
    }
    let centre = |q: &Placed| {
        let (l, t, r, b) = q.extent();
        let (dx, dy) = (
            ((w - (r - l)) / 2.0 - l).floor(),
            ((h - (b - t)) / 2.0 - t).floor(),
        );
        q.map(|x| (x.cx + dx, x.cy + dy))
    };
    let spread = (room_w / (r - l)).min(room_h / (b - t));
    let (mx, my) = ((l + r) / 2.0, (t + b) / 2.0);
    let wide = centre(&p.map(|x| {
        (
            (mx + (x.cx - mx) * spread).round(),
            (my + (x.cy - my) * spread).round(),
        )
    }));
    if wide.clashes(net, w, h).is_empty() {
        return Some(wide);
    }
    // Rounding can cost a unit here and there; moving by whole units costs nothing.
    Some(centre(p))
}
