//! Diagram positions for a draft: the compiler rejects a diagram whose nodes,
//! edges and labels overlap, so the draft searches circle orders and sizes, with
//! the compiler's own layout, until nothing does.

use crate::geometry::text_width;
use crate::layout::{layout, overlaps, EdgeInput, NODE_FONT};

pub struct Placed {
    pub width: f32,
    pub height: f32,
    pub positions: Vec<(f32, f32)>,
}

/// Tries sizes from the compiler's default up, and for each several orders of
/// the actors on a circle; returns the first layout without overlaps, or the one
/// with the fewest.
pub fn place(names: &[&str], relations: &[(usize, usize, &str)]) -> Placed {
    let widest = names
        .iter()
        .map(|n| text_width(n, NODE_FONT) + 24.0)
        .fold(0.0, f32::max);
    let mut best: Option<(usize, Placed)> = None;
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for step in 0..8 {
        let scale = 1.0 + 0.2 * step as f32;
        let (width, height) = ((600.0 * scale).round(), (520.0 * scale).round());
        let mut order: Vec<usize> = (0..names.len()).collect();
        for attempt in 0..30 {
            if attempt > 0 {
                shuffle(&mut order, &mut seed);
            }
            let positions = circle(&order, width, height, widest);
            let fixed: Vec<Option<(f32, f32)>> = positions.iter().copied().map(Some).collect();
            let diagram = layout(width, height, names, &fixed, edges(relations, names.len()));
            let problems = overlaps(&diagram, names).len();
            if best.as_ref().is_none_or(|(p, _)| problems < *p) {
                best = Some((
                    problems,
                    Placed {
                        width,
                        height,
                        positions,
                    },
                ));
            }
            if problems == 0 {
                return best.expect("just set").1;
            }
        }
    }
    best.map(|(_, p)| p).unwrap_or(Placed {
        width: 600.0,
        height: 520.0,
        positions: Vec::new(),
    })
}

/// Centres on an ellipse that keeps the widest node inside, whole pixels, since
/// the draft writes them as integers.
fn circle(order: &[usize], width: f32, height: f32, widest: f32) -> Vec<(f32, f32)> {
    let n = order.len().max(1) as f32;
    let mut positions = vec![(0.0, 0.0); order.len()];
    for (slot, &actor) in order.iter().enumerate() {
        let angle = std::f32::consts::TAU * slot as f32 / n - std::f32::consts::FRAC_PI_2;
        positions[actor] = (
            (width / 2.0 + angle.cos() * (width / 2.0 - widest / 2.0 - 8.0)).round(),
            (height / 2.0 + angle.sin() * (height / 2.0 - 30.0)).round(),
        );
    }
    positions
}

/// One edge per related pair, labelled with its distinct kinds, as the compiler
/// draws them.
fn edges(relations: &[(usize, usize, &str)], count: usize) -> Vec<EdgeInput> {
    let mut edges: Vec<EdgeInput> = Vec::new();
    for (i, &(from, to, label)) in relations.iter().enumerate() {
        if from >= count || to >= count || from == to {
            continue;
        }
        let (a, b) = (from.min(to), from.max(to));
        match edges.iter_mut().find(|e| e.a == a && e.b == b) {
            Some(e) => {
                e.relations.push(i);
                if !e.label_lines.iter().any(|l| l == label) {
                    e.label_lines.push(label.to_string());
                }
            }
            None => edges.push(EdgeInput {
                a,
                b,
                relations: vec![i],
                label_lines: vec![label.to_string()],
            }),
        }
    }
    edges
}

/// A deterministic shuffle (xorshift), so the same article always gets the same draft.
fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        order.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_crowded_diagram_finds_a_place_for_everything() {
        let names = [
            "Turkey",
            "Russia",
            "Ukraine",
            "United States",
            "Kazakhstan",
            "NATO",
            "The West",
        ];
        let relations = [
            (0, 1, "meeting"),
            (1, 2, "at war"),
            (0, 2, "good ties"),
            (0, 5, "member of"),
            (3, 0, "pressures"),
            (6, 1, "sanctions"),
            (0, 4, "meeting"),
        ];
        let placed = place(&names, &relations);
        let fixed: Vec<_> = placed.positions.iter().copied().map(Some).collect();
        let d = layout(
            placed.width,
            placed.height,
            &names,
            &fixed,
            edges(&relations, names.len()),
        );
        assert_eq!(overlaps(&d, &names), Vec::<String>::new());
    }
}
