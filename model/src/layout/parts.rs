//! Graphs in parts that no edge joins: the largest laid out first, each other part set in free room within it or beside it.

use super::free::{free_part, ASPECT};
use super::net::{Net, Placed};
use super::stress::Stress;
use super::{LayoutError, GAP};
use crate::geometry::Rect;

/// Free layouts in their own coordinates, best first. The largest part of the
/// graph that edges join is laid out first; every other part (a lone actor, say)
/// is then laid out on its own and set in a free space within the first, or right
/// beside it where none is big enough: apart from it, one would hang far from the
/// rest and stop the whole from being squeezed.
pub(super) fn free(net: &Net) -> Result<Vec<Placed>, LayoutError> {
    let mut parts = parts(net);
    if parts.len() <= 1 {
        return free_part(net, &Stress::new(net));
    }
    // Largest first; the sort is stable, so ties keep the order of first actor.
    parts.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let (main_net, main_edges) = net.only(&parts[0]);
    let mains = free_part(&main_net, &Stress::new(&main_net))?;
    let mut rest = Vec::new();
    for part in &parts[1..] {
        let (sub, edges) = net.only(part);
        let best = free_part(&sub, &Stress::new(&sub))?.swap_remove(0);
        rest.push((part, edges, best));
    }
    let nothing = Rect {
        cx: 0.0,
        cy: 0.0,
        w: 0.0,
        h: 0.0,
    };
    let mut packed = Vec::new();
    for main in &mains {
        let mut placed = Placed {
            nodes: vec![nothing; net.len()],
            labels: vec![nothing; net.ends.len()],
        };
        let mut done = Done {
            nodes: vec![false; net.len()],
            edges: vec![false; net.ends.len()],
        };
        set(
            &mut placed,
            &mut done,
            &parts[0],
            &main_edges,
            main,
            (0.0, 0.0),
        );
        for (part, edges, p) in &rest {
            let at = room_for(net, &placed, &done, (part, edges, p));
            set(&mut placed, &mut done, part, edges, p, at);
        }
        packed.push(placed);
    }
    Ok(packed)
}

/// Which actors and edges of the whole graph have been set so far.
struct Done {
    nodes: Vec<bool>,
    edges: Vec<bool>,
}

/// Sets a part's boxes (`p`, in the part's own order) into `placed`, moved by `at`.
fn set(
    placed: &mut Placed,
    done: &mut Done,
    part: &[usize],
    edges: &[usize],
    p: &Placed,
    at: (f32, f32),
) {
    let moved = |r: &Rect| Rect {
        cx: r.cx + at.0,
        cy: r.cy + at.1,
        ..*r
    };
    for (k, &i) in part.iter().enumerate() {
        placed.nodes[i] = moved(&p.nodes[k]);
        done.nodes[i] = true;
    }
    for (k, &e) in edges.iter().enumerate() {
        placed.labels[e] = moved(&p.labels[k]);
        done.edges[e] = true;
    }
}

/// Where to move part `p` (whose `edges` are the whole graph's) so that it keeps
/// clear of everything set so far: the free space nearest the middle of what is
/// set, or if there is none, the place beside it that keeps the whole nearest a
/// side column's shape at the least area. Whole units.
fn room_for(
    net: &Net,
    placed: &Placed,
    done: &Done,
    (part, edges, p): (&[usize], &[usize], &Placed),
) -> (f32, f32) {
    let set_boxes: Vec<Rect> = (placed.nodes.iter().zip(&done.nodes))
        .chain(placed.labels.iter().zip(&done.edges))
        .filter(|(_, &d)| d)
        .map(|(r, _)| *r)
        .collect();
    let centre = |r: &Rect| (r.cx, r.cy);
    let set_lines: Vec<((f32, f32), (f32, f32))> = net
        .ends
        .iter()
        .enumerate()
        .filter(|&(e, _)| done.edges[e])
        .map(|(_, &(a, b))| (centre(&placed.nodes[a]), centre(&placed.nodes[b])))
        .collect();
    let part_boxes: Vec<Rect> = p.nodes.iter().chain(&p.labels).copied().collect();
    let local = |i: usize| {
        part.iter()
            .position(|&a| a == i)
            .expect("ends are in the part")
    };
    let part_lines: Vec<((f32, f32), (f32, f32))> = edges
        .iter()
        .map(|&e| {
            let (a, b) = net.ends[e];
            (centre(&p.nodes[local(a)]), centre(&p.nodes[local(b)]))
        })
        .collect();
    let ext = |boxes: &[Rect]| {
        boxes.iter().fold(
            (f32::MAX, f32::MAX, f32::MIN, f32::MIN),
            |(l, t, r, b), x| {
                (
                    l.min(x.left()),
                    t.min(x.top()),
                    r.max(x.right()),
                    b.max(x.bottom()),
                )
            },
        )
    };
    let (l, t, r, b) = ext(&set_boxes);
    let (pl, pt, pr, pb) = ext(&part_boxes);
    let (pw, ph) = (pr - pl, pb - pt);
    let clear = GAP + 1.0;
    let fits = |dx: f32, dy: f32| {
        let moved: Vec<Rect> = part_boxes
            .iter()
            .map(|x| Rect {
                cx: x.cx + dx,
                cy: x.cy + dy,
                ..*x
            })
            .collect();
        moved.iter().all(|m| {
            let grown = m.grown(clear);
            set_boxes.iter().all(|s| !s.overlaps(&grown))
                && set_lines.iter().all(|&(a, b)| !grown.hit_by(a, b))
        }) && part_lines.iter().all(|&(a, b)| {
            let (a, b) = ((a.0 + dx, a.1 + dy), (b.0 + dx, b.1 + dy));
            set_boxes.iter().all(|s| !s.grown(clear).hit_by(a, b))
        })
    };
    let (mx, my) = ((l + r) / 2.0, (t + b) / 2.0);
    // Within: the part's box anywhere inside what is set, on a grid of whole units.
    const STEP: f32 = 8.0;
    let mut best: Option<(f32, (f32, f32))> = None;
    let mut y = t;
    while y + ph <= b {
        let mut x = l;
        while x + pw <= r {
            let (dx, dy) = ((x - pl).round(), (y - pt).round());
            let (cx, cy) = (x + pw / 2.0 - mx, y + ph / 2.0 - my);
            let far = cx * cx + cy * cy;
            if best.is_none_or(|(d, _)| far < d) && fits(dx, dy) {
                best = Some((far, (dx, dy)));
            }
            x += STEP;
        }
        y += STEP;
    }
    if let Some((_, at)) = best {
        return at;
    }
    // Beside: along each side, just clear of it.
    let mut beside: Vec<(f32, f32)> = Vec::new();
    let mut y = t - ph;
    while y <= b {
        beside.push((l - PART_GAP - pw, y));
        beside.push((r + PART_GAP, y));
        y += STEP;
    }
    let mut x = l - pw;
    while x <= r {
        beside.push((x, t - PART_GAP - ph));
        beside.push((x, b + PART_GAP));
        x += STEP;
    }
    let score = |&(x, y): &(f32, f32)| {
        let (w, h) = (r.max(x + pw) - l.min(x), b.max(y + ph) - t.min(y));
        let shape = w / (ASPECT * h);
        w * h * shape.max(1.0 / shape)
    };
    beside
        .iter()
        .map(|&(x, y)| ((x - pl).round(), (y - pt).round()))
        .filter(|&(dx, dy)| fits(dx, dy))
        .map(|(dx, dy)| (score(&(dx + pl, dy + pt)), (dx, dy)))
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, at)| at)
        .unwrap_or(((r + PART_GAP - pl).round(), (t - pt).round()))
}

/// Room between parts of the graph that no edge joins, so they read as apart.
const PART_GAP: f32 = 16.0;

/// The actors of each part of the graph that edges join, in order of first actor.
fn parts(net: &Net) -> Vec<Vec<usize>> {
    let mut part: Vec<Option<usize>> = vec![None; net.len()];
    let mut parts: Vec<Vec<usize>> = Vec::new();
    for start in 0..net.len() {
        if part[start].is_some() {
            continue;
        }
        let id = parts.len();
        let mut members = vec![start];
        part[start] = Some(id);
        let mut next = 0;
        while next < members.len() {
            let i = members[next];
            next += 1;
            for &(a, b) in &net.ends {
                let other = if a == i {
                    b
                } else if b == i {
                    a
                } else {
                    continue;
                };
                if part[other].is_none() {
                    part[other] = Some(id);
                    members.push(other);
                }
            }
        }
        members.sort_unstable();
        parts.push(members);
    }
    parts
}
