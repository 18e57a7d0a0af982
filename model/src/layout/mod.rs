//! Diagram layout: places actor boxes and edge labels so that nothing overlaps, for any article.
//!
//! Actors with a `position` keep it. The others are placed by stress majorization
//! ([`stress`]), pushed off each other and off edges ([`separate`]), and their edges
//! lengthened until every label finds room ([`labels`]); a free layout is then squeezed
//! as far as the rules allow. The result meets the rules the build checks
//! ([`overlaps`]), or the editor gets an error that says which actors to change and how.
//!
//! Deterministic: only +, −, ×, ÷ and square roots (correctly rounded everywhere, so
//! native and wasm agree), no trigonometry, no hash order, and a fixed-seed generator
//! for the starting points. The same input gives the same diagram, bit for bit.

mod check;
mod labels;
mod separate;
mod stress;

use std::fmt;

use crate::geometry::{text_width, Rect};
use crate::stored::{List, Text};
use check::Clash;
pub use check::{crossings, labels_over_edges, overlaps};
use stress::{Point, Stress};

pub const NODE_FONT: f32 = 20.0;
pub const LABEL_FONT: f32 = 18.0;
pub const LABEL_LINE: f32 = 20.0;
const NODE_HEIGHT: f32 = 40.0;
const NODE_PAD: f32 = 12.0;
const LABEL_PAD: f32 = 4.0;
/// Room above and below a label's lines: engines measure a line of text taller
/// than its font size (Firefox by about a fifth), and the text must stay inside
/// its box, clear of the nodes around it.
pub const LABEL_PAD_Y: f32 = 8.0;
/// Clearance kept around nodes and labels, so nothing merely touches.
const GAP: f32 = 3.0;
/// Room around the drawing when the layout chooses the size: a focused node's
/// outline is 4 units wide, half of it outside the box.
const MARGIN: f32 = 4.0;
/// The smallest text, in CSS px, a reader should be asked to read.
pub const MIN_TEXT_PX: f32 = 11.0;

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub struct Diagram {
    pub width: f32,
    pub height: f32,
    /// One box per actor, in actor order.
    pub nodes: List<Rect>,
    pub edges: List<Edge>,
}

/// All relations between one pair of actors, drawn as one line.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub struct Edge {
    pub a: usize,
    pub b: usize,
    /// Indexes into the explainer's relations.
    pub relations: List<usize>,
    /// The label's lines: the distinct kinds, packed a few to a line
    /// (`compile::diagram`).
    #[cfg_attr(feature = "wire", serde(skip))]
    pub label_lines: List<Text>,
    #[cfg_attr(feature = "wire", serde(skip))]
    pub label: Rect,
}

/// What the layout needs to know about a pair of related actors. Each pair comes
/// once, and joins two different actors.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeInput {
    pub a: usize,
    pub b: usize,
    pub relations: Vec<usize>,
    pub label_lines: Vec<String>,
}

/// The input that would lay a drawn edge out again: to compare layouts of one
/// graph (tests, the layout preview).
impl From<&Edge> for EdgeInput {
    fn from(e: &Edge) -> Self {
        EdgeInput {
            a: e.a,
            b: e.b,
            relations: e.relations.to_vec(),
            label_lines: e.label_lines.iter().map(|l| l.to_string()).collect(),
        }
    }
}

pub struct LayoutInput<'a> {
    pub names: &'a [&'a str],
    /// Actor i's fixed centre, if the content pins it.
    pub pinned: &'a [Option<(f32, f32)>],
    pub edges: Vec<EdgeInput>,
    /// The diagram's size, if the content gives one; otherwise one is chosen to fit.
    pub size: Option<(f32, f32)>,
}

/// Why no diagram could be made, as problems an editor can fix one by one.
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutError {
    pub problems: Vec<LayoutProblem>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LayoutProblem {
    /// The actors concerned, by index; empty when the problem is the diagram's size.
    pub actors: Vec<usize>,
    pub message: String,
    /// What to do about it.
    pub help: String,
}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{} (help: {})", p.message, p.help)?;
        }
        Ok(())
    }
}

impl std::error::Error for LayoutError {}

/// The narrowest the diagram may be shown, in CSS px, for its smallest text to be
/// at least [`MIN_TEXT_PX`] on screen.
pub fn min_display_width(d: &Diagram) -> f32 {
    d.width * MIN_TEXT_PX / NODE_FONT.min(LABEL_FONT)
}

/// The smallest on-screen size, in whole CSS px, at which the diagram's text is at
/// least [`MIN_TEXT_PX`]: the page never draws it smaller.
pub fn min_display_size(d: &Diagram) -> (f32, f32) {
    let width = min_display_width(d).ceil();
    let height = if d.width > 0.0 {
        (width * d.height / d.width).ceil()
    } else {
        0.0
    };
    (width, height)
}

/// Lays out the diagram, or says which actors (or which size) to change.
pub fn layout(input: LayoutInput) -> Result<Diagram, LayoutError> {
    let LayoutInput {
        names,
        pinned,
        edges,
        size,
    } = input;
    assert_eq!(names.len(), pinned.len(), "one pin (or None) per actor");
    if let Some((w, h)) =
        size.filter(|&(w, h)| !(w > 0.0 && h > 0.0 && w.is_finite() && h.is_finite()))
    {
        return Err(LayoutError {
            problems: vec![LayoutProblem {
                actors: vec![],
                message: format!("the diagram's size, {w}×{h}, is not a size"),
                help: "remove [diagram] width and height so a size is chosen, or make them positive numbers".into(),
            }],
        });
    }
    let net = Net::new(names, &edges);
    let (width, height, placed) = if names.is_empty() {
        let (w, h) = size.unwrap_or((2.0 * MARGIN, 2.0 * MARGIN));
        (
            w,
            h,
            Placed {
                nodes: vec![],
                labels: vec![],
            },
        )
    } else if pinned.iter().all(Option::is_none) {
        unpinned(&net, size)?
    } else {
        pinned_layout(&net, names, pinned, size)?
    };
    let edges = edges
        .into_iter()
        .zip(placed.labels)
        .map(|(e, label)| Edge {
            a: e.a,
            b: e.b,
            relations: e.relations.into(),
            label_lines: e.label_lines.into_iter().map(Into::into).collect(),
            label,
        })
        .collect();
    Ok(Diagram {
        width,
        height,
        nodes: placed.nodes.into(),
        edges,
    })
}

/// The boxes the layout works with. Every box is an even number of units wide and
/// high, so a centre on whole units puts every side on whole units: exactly where
/// the SVG, which rounds coordinates, draws it.
struct Net {
    nodes: Vec<(f32, f32)>,
    ends: Vec<(usize, usize)>,
    labels: Vec<(f32, f32)>,
}

fn even_up(x: f32) -> f32 {
    (x / 2.0).ceil() * 2.0
}

impl Net {
    fn new(names: &[&str], edges: &[EdgeInput]) -> Net {
        for e in edges {
            assert!(
                e.a != e.b && e.a < names.len() && e.b < names.len(),
                "edge {}–{} must join two different actors",
                e.a,
                e.b
            );
        }
        Net {
            nodes: names
                .iter()
                .map(|n| {
                    (
                        even_up(text_width(n, NODE_FONT) + 2.0 * NODE_PAD),
                        NODE_HEIGHT,
                    )
                })
                .collect(),
            ends: edges.iter().map(|e| (e.a, e.b)).collect(),
            labels: edges.iter().map(|e| labels::size(&e.label_lines)).collect(),
        }
    }

    fn len(&self) -> usize {
        self.nodes.len()
    }

    /// The graph of just `actors`, and which of this graph's edges it keeps.
    fn only(&self, actors: &[usize]) -> (Net, Vec<usize>) {
        let local = |i: usize| actors.iter().position(|&a| a == i);
        let (mut edges, mut ends) = (Vec::new(), Vec::new());
        for (e, &(a, b)) in self.ends.iter().enumerate() {
            if let (Some(a), Some(b)) = (local(a), local(b)) {
                edges.push(e);
                ends.push((a, b));
            }
        }
        let net = Net {
            nodes: actors.iter().map(|&i| self.nodes[i]).collect(),
            ends,
            labels: edges.iter().map(|&e| self.labels[e]).collect(),
        };
        (net, edges)
    }

    /// How far apart the centres of edge `e`'s actors must be, along `u`, for its
    /// label to sit on the edge between the two boxes, clear of both.
    fn edge_need(&self, e: usize, u: (f64, f64)) -> f64 {
        let (a, b) = self.ends[e];
        stress::clear(self.nodes[a], self.labels[e], u)
            + stress::clear(self.labels[e], self.nodes[b], u)
    }

    /// How far apart the centres of actors `i` and `j` must be, along `u`, for
    /// their boxes to keep their clearance.
    fn apart(&self, i: usize, j: usize, u: (f64, f64)) -> f64 {
        stress::clear(self.nodes[i], self.nodes[j], u)
    }

    fn edge_between(&self, i: usize, j: usize) -> Option<usize> {
        self.ends
            .iter()
            .position(|&(a, b)| (a, b) == (i, j) || (a, b) == (j, i))
    }
}

/// Where free boxes (and labels) must stay: the diagram less its margin.
#[derive(Clone, Copy, Debug)]
struct Bounds {
    lo: (f32, f32),
    hi: (f32, f32),
}

impl Bounds {
    fn within(size: Option<(f32, f32)>) -> Bounds {
        let (w, h) = size.unwrap_or((f32::INFINITY, f32::INFINITY));
        Bounds {
            lo: (MARGIN, MARGIN),
            hi: (w - MARGIN, h - MARGIN),
        }
    }

    fn holds(&self, r: &Rect) -> bool {
        r.left() >= self.lo.0
            && r.top() >= self.lo.1
            && r.right() <= self.hi.0
            && r.bottom() <= self.hi.1
    }
}

/// Boxes in diagram units: nodes in actor order, labels in edge order.
#[derive(Clone, Debug)]
struct Placed {
    nodes: Vec<Rect>,
    labels: Vec<Rect>,
}

impl Placed {
    /// Left, top, right and bottom of everything drawn.
    fn extent(&self) -> (f32, f32, f32, f32) {
        self.nodes.iter().chain(&self.labels).fold(
            (
                f32::INFINITY,
                f32::INFINITY,
                f32::NEG_INFINITY,
                f32::NEG_INFINITY,
            ),
            |(l, t, r, b), x| {
                (
                    l.min(x.left()),
                    t.min(x.top()),
                    r.max(x.right()),
                    b.max(x.bottom()),
                )
            },
        )
    }

    fn map(&self, f: impl Fn(&Rect) -> (f32, f32)) -> Placed {
        let moved = |r: &Rect| {
            let (cx, cy) = f(r);
            Rect { cx, cy, ..*r }
        };
        Placed {
            nodes: self.nodes.iter().map(moved).collect(),
            labels: self.labels.iter().map(moved).collect(),
        }
    }

    fn clashes(&self, net: &Net, width: f32, height: f32) -> Vec<Clash> {
        check::clashes(width, height, &self.nodes, &net.ends, &self.labels)
    }
}

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
fn unpinned(net: &Net, size: Option<(f32, f32)>) -> Result<(f32, f32, Placed), LayoutError> {
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

fn too_small(w: f32, h: f32, need_w: f32, need_h: f32) -> LayoutProblem {
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

/// Free layouts in their own coordinates, best first. The largest part of the
/// graph that edges join is laid out first; every other part (a lone actor, say)
/// is then laid out on its own and set in a free space within the first, or right
/// beside it where none is big enough: apart from it, one would hang far from the
/// rest and stop the whole from being squeezed.
fn free(net: &Net) -> Result<Vec<Placed>, LayoutError> {
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

/// The shape, width to height, that suits the page's side column (about 560 by
/// 396 CSS px on a laptop): free layouts are drawn toward it.
const ASPECT: f32 = 1.4;

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

/// Free layouts of one part that edges join, best first. Each comes from stress
/// (the best of a few fixed starts), turned so its long side runs down the page or
/// across, made to meet the rules, squeezed, and if too wide for a phone,
/// narrowed. Best means: fewest edge crossings and labels over edges, then
/// fitting a phone (scrolling sideways is worse than a label just beside its
/// edge), then fewest labels beside their edge, then the least area.
fn free_part(net: &Net, stress: &Stress) -> Result<Vec<Placed>, LayoutError> {
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

/// Some actors are pinned: place the rest around them, in the pins' coordinates.
fn pinned_layout(
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

/// A layout that meets the rules.
#[derive(Clone)]
struct Fit {
    pos: Vec<Point>,
    placed: Placed,
    /// See [`labels::Labels::tidiness`].
    tidiness: (usize, usize),
    untidy: Vec<usize>,
    /// See [`labels::Labels::over`].
    over: Vec<(usize, usize)>,
}

/// A layout that does not yet meet the rules, kept to say what is wrong with it.
struct Attempt {
    placed: Placed,
    /// Edges whose label found no room.
    failed: Vec<usize>,
}

/// How far [`Setup::repair`] tries moving actors, in units, shortest first.
const REPAIR_STEPS: [f64; 5] = [8.0, 16.0, 32.0, 48.0, 72.0];
const REPAIR_ROUNDS: usize = 40;
/// How many of a part's best layouts [`Setup::repair`] works on.
const REPAIRED: usize = 1;

/// Rounds of relaxing before a free layout gives up on local fixes and grows.
const RELAX_ROUNDS: usize = 12;
/// Growth steps allowed after that; at 1.1 a step, far more than any input needs.
const GROW_ROUNDS: usize = 150;
const GROWTH: f64 = 1.1;

/// One layout problem: the graph, which actors are fixed and where, and the bounds.
struct Setup<'a> {
    net: &'a Net,
    stress: &'a Stress<'a>,
    fixed: &'a [bool],
    pins: &'a [Option<(f32, f32)>],
    bounds: Option<Bounds>,
}

impl Setup<'_> {
    /// Node boxes at `pos`: pinned ones exactly where pinned, free ones on whole units.
    fn realise(&self, pos: &[Point]) -> Vec<Rect> {
        pos.iter()
            .enumerate()
            .map(|(i, p)| {
                let (cx, cy) = self.pins[i].unwrap_or((p[0].round() as f32, p[1].round() as f32));
                let (w, h) = self.net.nodes[i];
                Rect { cx, cy, w, h }
            })
            .collect()
    }

    /// The boxes at `pos`, if they meet the rules with room to spare (so rounding
    /// and scaling cannot break them) and every label finds a place.
    fn attempt(&self, pos: &[Point]) -> Result<Fit, Attempt> {
        self.attempt_with(pos, &labels::ON_OR_BESIDE)
    }

    /// As [`Setup::attempt`], trying labels `across` their edges at these shares.
    fn attempt_with(&self, pos: &[Point], across: &[(f32, usize)]) -> Result<Fit, Attempt> {
        let nodes = self.realise(pos);
        let clean = separate::clean(self.net, &nodes, self.fixed, self.bounds.as_ref());
        let labels = labels::place(
            &nodes,
            &self.net.ends,
            &self.net.labels,
            self.bounds.as_ref(),
            across,
        );
        let placed = Placed {
            nodes,
            labels: labels.rects,
        };
        if clean && labels.failed.is_empty() {
            Ok(Fit {
                pos: pos.to_vec(),
                placed,
                tidiness: labels.tidiness,
                untidy: labels.untidy,
                over: labels.over,
            })
        } else {
            Err(Attempt {
                placed,
                failed: labels.failed,
            })
        }
    }

    /// Up to `rounds` times relaxes and separates, lengthening edges whose labels
    /// find no room (or only an untidy one), and keeps the tidiest layout that meets
    /// the rules. A `scalable` layout (nothing pinned, no size) that has none grows
    /// until it does.
    fn solve(&self, mut pos: Vec<Point>, scalable: bool, rounds: usize) -> Result<Fit, Attempt> {
        let mut stretch = vec![1.0; self.net.ends.len()];
        let mut scale = 1.0;
        let mut best: Option<Fit> = None;
        let mut last = None;
        // With every actor pinned, every round would be the same.
        let rounds = if self.fixed.iter().all(|&f| f) {
            1
        } else {
            rounds
        };
        for _ in 0..rounds {
            let how = stress::Relax {
                stretch: &stretch,
                scale,
                sweeps: 60,
                labels: true,
            };
            self.stress
                .relax(&mut pos, self.fixed, self.bounds.as_ref(), how);
            let bounds = self.bounds.as_ref();
            separate::separate(self.net, &mut pos, self.fixed, bounds, Some(&stretch));
            separate::separate(self.net, &mut pos, self.fixed, bounds, None);
            match self.attempt(&pos) {
                Ok(fit) => {
                    for &e in &fit.untidy {
                        stretch[e] *= 1.15;
                    }
                    let tidy = fit.untidy.is_empty();
                    if best.as_ref().is_none_or(|b| fit.tidiness < b.tidiness) {
                        best = Some(fit);
                    }
                    if tidy {
                        break;
                    }
                }
                Err(attempt) => {
                    for &e in &attempt.failed {
                        stretch[e] *= 1.2;
                    }
                    if attempt.failed.is_empty() && scalable {
                        // Boxes still collide after separating: give everything more room.
                        scale *= GROWTH;
                    }
                    last = Some(attempt);
                }
            }
        }
        if let Some(fit) = best {
            return Ok(fit);
        }
        if !scalable {
            return Err(last.expect("at least one round ran"));
        }
        // Growing keeps every rule already met and, with boxes fixed in size, meets
        // the rest in the end; separating again handles boxes exactly in line.
        for _ in 0..GROW_ROUNDS {
            stress::grow(&mut pos, GROWTH, GROWTH);
            separate::separate(self.net, &mut pos, self.fixed, self.bounds.as_ref(), None);
            match self.attempt(&pos) {
                Ok(fit) => return Ok(fit),
                Err(attempt) => last = Some(attempt),
            }
        }
        Err(last.expect("at least one round ran"))
    }

    /// Moves free actors a little, one at a time or an edge's two together, while
    /// that takes labels off other edges (first), uncrosses edges, or brings labels
    /// nearer their own line, keeping every rule (what a move runs into is pushed
    /// aside): the moves a label over another line asks for, short of a new layout.
    /// Labels here may also slide partway off their line ([`labels::SLIDING`]).
    fn repair(&self, mut fit: Fit) -> Fit {
        let ends = &self.net.ends;
        let score = |f: &Fit| {
            (
                f.over.len(),
                check::crossed(&f.placed.nodes, ends),
                f.tidiness.1,
            )
        };
        // Labels may slide off the middle of their line first.
        let mut now = score(&fit);
        if let Ok(f) = self.attempt_with(&fit.pos, &labels::SLIDING) {
            if score(&f) <= now {
                now = score(&f);
                fit = f;
            }
        }
        for _ in 0..REPAIR_ROUNDS {
            if now.0 == 0 {
                break;
            }
            // Moves to try: the label's edge lengthened or moved aside, at either
            // end or whole, and the edge under it moved aside.
            let mut moves: Vec<(Vec<usize>, (f64, f64))> = Vec::new();
            for &(e, f) in &fit.over {
                let ((a, b), (c, d)) = (ends[e], ends[f]);
                let way = |i: usize, j: usize| {
                    let (p, q) = (fit.pos[i], fit.pos[j]);
                    let (dx, dy) = (q[0] - p[0], q[1] - p[1]);
                    let len = (dx * dx + dy * dy).sqrt();
                    if len > 1e-9 {
                        (dx / len, dy / len)
                    } else {
                        (1.0, 0.0)
                    }
                };
                let (along, aside) = (way(a, b), way(c, d));
                let across = |(x, y): (f64, f64)| (-y, x);
                let back = |(x, y): (f64, f64)| (-x, -y);
                let (ne, nf) = (across(along), across(aside));
                for m in [
                    (vec![a], back(along)),
                    (vec![b], along),
                    (vec![a], ne),
                    (vec![a], back(ne)),
                    (vec![b], ne),
                    (vec![b], back(ne)),
                    (vec![a, b], ne),
                    (vec![a, b], back(ne)),
                    (vec![c, d], nf),
                    (vec![c, d], back(nf)),
                    (vec![c], nf),
                    (vec![c], back(nf)),
                    (vec![d], nf),
                    (vec![d], back(nf)),
                    (vec![c], back(aside)),
                    (vec![d], aside),
                    (vec![a, b], along),
                    (vec![a, b], back(along)),
                ] {
                    if m.0.iter().all(|&i| !self.fixed[i]) && !moves.contains(&m) {
                        moves.push(m);
                    }
                }
            }
            let mut better = None;
            'moves: for &r in &REPAIR_STEPS {
                for (g, (ux, uy)) in &moves {
                    let mut trial = fit.pos.clone();
                    for &i in g {
                        trial[i][0] += ux * r;
                        trial[i][1] += uy * r;
                    }
                    // What the move runs into makes way.
                    let bounds = self.bounds.as_ref();
                    separate::separate(self.net, &mut trial, self.fixed, bounds, None);
                    let Ok(f) = self.attempt_with(&trial, &labels::SLIDING) else {
                        continue;
                    };
                    let s = score(&f);
                    if s < now {
                        better = Some((s, f));
                        break 'moves;
                    }
                }
            }
            match better {
                Some((s, f)) => {
                    now = s;
                    fit = f;
                }
                None => break,
            }
        }
        fit
    }

    /// Squeezes a free layout that meets the rules, across then down, as far as it
    /// still does with labels as tidy as before.
    fn compact(&self, mut fit: Fit) -> Fit {
        for axis in [0, 1, 0, 1] {
            let (mut lo, mut hi) = (0.0, 1.0);
            let mut best = None;
            for _ in 0..8 {
                let mid = (lo + hi) / 2.0;
                let mut trial = fit.pos.clone();
                let (sx, sy) = if axis == 0 { (mid, 1.0) } else { (1.0, mid) };
                stress::grow(&mut trial, sx, sy);
                match self.attempt(&trial) {
                    Ok(f) if f.tidiness <= fit.tidiness => {
                        hi = mid;
                        best = Some(f);
                    }
                    _ => lo = mid,
                }
            }
            if let Some(f) = best {
                fit = f;
            }
        }
        fit
    }
}

/// The node to move to from `from` when the reader presses an arrow pointing along
/// (`dx`, `dy`): the closest one in that direction, with nodes off to the side
/// counting as farther away.
pub fn nearest_in_direction(nodes: &[Rect], from: usize, dx: f32, dy: f32) -> Option<usize> {
    let origin = nodes.get(from)?;
    nodes
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != from)
        .filter_map(|(i, n)| {
            let (vx, vy) = (n.cx - origin.cx, n.cy - origin.cy);
            let along = vx * dx + vy * dy;
            let across = (vx * dy - vy * dx).abs();
            (along > 0.0).then_some((i, along + 2.0 * across))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests;
