//! Edge labels: each on its edge, or just beside it, touching no node and no other label, over as few other edges as it can.

use super::net::{even_up, Bounds};
use super::{GAP, LABEL_FONT, LABEL_LINE, LABEL_PAD, LABEL_PAD_Y};
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

/// How far off its edge a label may sit, as a share of the way to just beside it,
/// best first, with what each share counts against a layout's tidiness: on its
/// edge, or just beside it.
pub(super) const ON_OR_BESIDE: [(f32, usize); 3] = [(0.0, 0), (1.0, 4), (-1.0, 4)];
/// As [`ON_OR_BESIDE`], with places between: slid sideways but still over its own line.
pub(super) const SLIDING: [(f32, usize); 9] = [
    (0.0, 0),
    (0.25, 1),
    (-0.25, 1),
    (0.5, 2),
    (-0.5, 2),
    (0.75, 3),
    (-0.75, 3),
    (1.0, 4),
    (-1.0, 4),
];

pub(super) struct Labels {
    /// One box per edge; where one found no room, the least bad place tried.
    pub rects: Vec<Rect>,
    /// Edges whose label found no room.
    pub failed: Vec<usize>,
    /// Edges whose label lies over another edge, or only beside its own.
    pub untidy: Vec<usize>,
    /// Each label that lies over another edge, and that edge.
    pub over: Vec<(usize, usize)>,
    /// How many other edges run under labels, and how far labels sit off their
    /// edge, summed in quarters of the way to beside it: lower reads better.
    pub tidiness: (usize, usize),
}

/// Places every edge's label, biggest first since they have fewest places that fit.
pub(super) fn place(
    nodes: &[Rect],
    ends: &[(usize, usize)],
    sizes: &[(f32, f32)],
    bounds: Option<&Bounds>,
    across: &[(f32, usize)],
) -> Labels {
    let mut order: Vec<usize> = (0..ends.len()).collect();
    order.sort_by(|&i, &j| (sizes[j].0 * sizes[j].1).total_cmp(&(sizes[i].0 * sizes[i].1)));
    let centre = |i: usize| (nodes[i].cx, nodes[i].cy);
    // Each edge's bounding box: most candidates are nowhere near most edges.
    let spans: Vec<(f32, f32, f32, f32)> = ends
        .iter()
        .map(|&(a, b)| {
            let (p, q) = (centre(a), centre(b));
            (p.0.min(q.0), p.1.min(q.1), p.0.max(q.0), p.1.max(q.1))
        })
        .collect();
    let mut rects = vec![None; ends.len()];
    let mut placed: Vec<Rect> = Vec::new();
    let mut failed = Vec::new();
    let mut untidy = Vec::new();
    let mut over = Vec::new();
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
        'search: for (rank, &(share, _)) in across.iter().enumerate() {
            let offset = beside * share;
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
                // Later candidates rank lower, so one is better only if it is
                // blocked by less, or as little and over fewer edges: counting
                // stops where it cannot be.
                let limit = match best {
                    Some(((fewest, _, _, _), _)) if fewest < blocked => continue,
                    Some(((fewest, least, _, _), _)) if fewest == blocked => least,
                    _ => usize::MAX,
                };
                let mut crossed = 0;
                for (f, &(c, d)) in ends.iter().enumerate() {
                    if f != e && near(&grown, spans[f]) && grown.hit_by(centre(c), centre(d)) {
                        crossed += 1;
                        if crossed >= limit {
                            break;
                        }
                    }
                }
                if crossed >= limit {
                    continue;
                }
                let cost = (blocked, crossed, rank, step);
                best = Some((cost, rect));
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
        if crossed > 0 {
            let grown = rect.grown(GAP);
            over.extend(
                (ends.iter().enumerate())
                    .filter(|&(f, &(c, d))| f != e && grown.hit_by(centre(c), centre(d)))
                    .map(|(f, _)| (e, f)),
            );
        }
        tidiness = (tidiness.0 + crossed, tidiness.1 + across[rank].1);
        placed.push(rect);
        rects[e] = Some(rect);
    }
    failed.sort_unstable();
    untidy.sort_unstable();
    over.sort_unstable();
    Labels {
        rects: rects
            .into_iter()
            .map(|r| r.expect("every edge was tried"))
            .collect(),
        failed,
        untidy,
        over,
        tidiness,
    }
}

/// Whether `r` reaches the box `(left, top, right, bottom)`: a quick test that a
/// segment with that bounding box cannot hit it when false.
fn near(r: &Rect, (l, t, rt, b): (f32, f32, f32, f32)) -> bool {
    r.left() <= rt && l <= r.right() && r.top() <= b && t <= r.bottom()
}
