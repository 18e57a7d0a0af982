//! A diagram as a plain SVG, close to how the page draws it, to look at layouts by eye (layout-report --svg, the layout_preview example).

use std::fmt::Write as _;

use super::{Diagram, LABEL_FONT, LABEL_LINE, LABEL_PAD_Y, NODE_FONT};

/// As the reader's diagram draws it: lines border to border, label boxes over
/// them, names centred in their boxes; without its colours, arrows and styles.
pub fn svg(d: &Diagram, names: &[&str]) -> String {
    let mut s = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" font-family="DejaVu Sans, sans-serif">
<rect width="{w}" height="{h}" fill="white" stroke="#ccc"/>
"##,
        w = d.width,
        h = d.height
    );
    for e in d.edges.iter() {
        let (a, b) = (d.nodes[e.a], d.nodes[e.b]);
        let (p, q) = (
            a.border_towards((b.cx, b.cy)),
            b.border_towards((a.cx, a.cy)),
        );
        let _ = writeln!(
            s,
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#555" stroke-width="1.5"/>"##,
            p.0, p.1, q.0, q.1
        );
    }
    for e in d.edges.iter() {
        let l = e.label;
        let _ = writeln!(
            s,
            r##"<rect x="{}" y="{}" width="{}" height="{}" rx="3" fill="#fff" fill-opacity="0.9" stroke="#e0a0a0" stroke-width="0.5"/>"##,
            l.left(),
            l.top(),
            l.w,
            l.h
        );
        let top = l.top() + LABEL_PAD_Y + LABEL_LINE - 4.0;
        for (i, line) in e.label_lines.iter().enumerate() {
            let _ = writeln!(
                s,
                r#"<text x="{}" y="{}" font-size="{LABEL_FONT}" text-anchor="middle">{line}</text>"#,
                l.cx,
                top + i as f32 * LABEL_LINE
            );
        }
    }
    for (n, name) in d.nodes.iter().zip(names) {
        let _ = writeln!(
            s,
            r##"<rect x="{}" y="{}" width="{}" height="{}" rx="8" fill="#f4f4f4" stroke="#222" stroke-width="1.5"/>
<text x="{}" y="{}" font-size="{NODE_FONT}" font-weight="600" text-anchor="middle" dominant-baseline="central">{name}</text>"##,
            n.left(),
            n.top(),
            n.w,
            n.h,
            n.cx,
            n.cy
        );
    }
    s.push_str("</svg>\n");
    s
}
