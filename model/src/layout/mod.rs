//! Diagram layout: places actor boxes and edge labels so that nothing overlaps, for any article.
//!
//! Actors with a `position` keep it ([`pinned`]). The others are placed by stress
//! majorization ([`stress`]), pushed off each other and off edges ([`separate`]), and
//! their edges lengthened until every label finds room ([`labels`]), all in one
//! [`solve`] step; a free layout ([`free`], in [`parts`] if no edge joins some actors
//! to the rest) is then squeezed as far as the rules allow, its labels moved off other
//! edges where small moves can ([`repair`]), and framed or fitted to a size
//! ([`size`]). The boxes all of these work with are in [`net`]. The result meets the
//! rules the build checks ([`overlaps`]), or the editor gets an error that says which
//! actors to change and how.
//!
//! Deterministic: only +, −, ×, ÷ and square roots (correctly rounded everywhere, so
//! native and wasm agree), no trigonometry, no hash order, and a fixed-seed generator
//! for the starting points. The same input gives the same diagram, bit for bit.

mod check;
#[cfg(feature = "authoring")]
pub mod debug_svg;
mod free;
mod labels;
mod net;
mod parts;
mod pinned;
mod repair;
mod separate;
mod size;
mod solve;
mod stress;

use std::fmt;

use crate::geometry::Rect;
use crate::stored::{List, Text};
pub use check::{crossings, labels_over_edges, overlaps};
use net::{Net, Placed};
use pinned::pinned_layout;
use size::unpinned;

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
