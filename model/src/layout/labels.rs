//! Edge labels: each on its edge, or just beside it, touching no node and no other label, over as few other edges as it can.

use super::{even_up, Bounds, GAP, LABEL_FONT, LABEL_LINE, LABEL_PAD, LABEL_PAD_Y};
use crate::geometry::{text_width, Rect};

/// A label's box: the widest line plus padding, and one line height per line.
pub(super) fn size(lines: &[String]) -> (f32, f32) {
    let widest = lines
        .iter()
        .map(|l| text_width(l, LABEL_FONT))
        .fold(0.0, f32::max);
    (
        even_up(widest + 2.0 * LABEL_PAD),
        even_up(lines.len() as f32 * LABEL_LINE + 2.0 * LABEL_PAD_Y),
    )
}

/// Where along the part of its edge between the two boxes a label may sit, best first.
const ALONG: [f32; 9] = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9];

pub(super) struct Labels {
    /// One box per edge; where one found no room, the least bad place tried.
    pub rects: Vec<Rect>,
    /// Edges whose label found no room.
    pub failed: Vec<usize>,
    /// Edges whose label lies over another edge, or only beside its own.
    pub untidy: Vec<usize>,
    /// How many other edges run under labels, and how many labels sit beside
    /// their edge rather than on it: lower reads better.
    pub tidiness: (usize, usize),
}

/// Places every edge's label, biggest first since they have fewest places that fit.
pub(super) fn place(
    nodes: &[Rect],
    ends: &[(usize, usize)],
    sizes: &[(f32, f32)],
    bounds: Option<&Bounds>,
) -> Labels {
    let mut order: Vec<usize> = (0..ends.len()).collect();
    order.sort_by(|&i, &j| (sizes[j].0 * sizes[j].1).total_cmp(&(sizes[i].0 * sizes[i].1)));
    let centre = |i: usize| (nodes[i].cx, nodes[i].cy);
    let mut rects = vec![None; ends.len()];
    let mut placed: Vec<Rect> = Vec::new();
    let mut failed = Vec::new();
    let mut untidy = Vec::new();
    let mut tidiness = (0, 0);
    for e in order {
        let (a, b) = ends[e];
        let (w, h) = sizes[e];
        let (from, to) = (
            nodes[a].border_towards(centre(b)),
            nodes[b].border_towards(centre(a)),
        );
        let (dx, dy) = (centre(b).0 - centre(a).0, centre(b).1 - centre(a).1);
        let len = (dx * dx + dy * dy).sqrt().max(f32::MIN_POSITIVE);
        let normal = (-dy / len, dx / len);
        // Just clear of its own edge, on either side.
        let beside = (normal.0.abs() * w + normal.1.abs() * h) / 2.0 + GAP;
        let mut best: Option<((usize, usize, usize, usize), Rect)> = None;
        // Candidates come best first, so the first that is blocked by nothing and
        // over no other edge is the one to take.
        'search: for (rank, offset) in [0.0, beside, -beside].into_iter().enumerate() {
            for (step, t) in ALONG.iter().enumerate() {
                let rect = Rect {
                    cx: (from.0 + (to.0 - from.0) * t + normal.0 * offset).round(),
                    cy: (from.1 + (to.1 - from.1) * t + normal.1 * offset).round(),
                    w,
                    h,
                };
                let grown = rect.grown(GAP);
                let blocked = nodes.iter().filter(|n| n.overlaps(&grown)).count()
                    + placed.iter().filter(|l| l.overlaps(&grown)).count()
                    + usize::from(bounds.is_some_and(|b| !b.holds(&rect)));
                if best.is_some_and(|((fewest, ..), _)| fewest < blocked) {
                    continue;
                }
                let crossed = ends
                    .iter()
                    .enumerate()
                    .filter(|&(f, &(c, d))| f != e && grown.hit_by(centre(c), centre(d)))
                    .count();
                let cost = (blocked, crossed, rank, step);
                if best.is_none_or(|(c, _)| cost < c) {
                    best = Some((cost, rect));
                }
                if blocked == 0 && crossed == 0 {
                    break 'search;
                }
            }
        }
        let ((blocked, crossed, rank, _), rect) = best.expect("there are candidates");
        if blocked > 0 {
            failed.push(e);
        }
        if crossed > 0 || rank > 0 {
            untidy.push(e);
        }
        tidiness = (tidiness.0 + crossed, tidiness.1 + usize::from(rank > 0));
        placed.push(rect);
        rects[e] = Some(rect);
    }
    failed.sort_unstable();
    untidy.sort_unstable();
    Labels {
        rects: rects
            .into_iter()
            .map(|r| r.expect("every edge was tried"))
            .collect(),
        failed,
        untidy,
        tidiness,
    }
}
