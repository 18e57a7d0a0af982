//! The share image of a published page: the explainer's diagram as a standalone
//! SVG document, and a 1200×630 card (title, source, diagram) that link previews
//! show. Both are plain SVG with inline presentation attributes only (no classes,
//! no stylesheet, no external references), so any renderer draws them the same:
//! resvg at build time (`share_png`), a browser canvas in the studio.
//!
//! Deterministic: the same explainer gives the same bytes; every number is
//! printed rounded to one decimal.

use std::fmt::Write;

use explainer_model::explainer::LineStyle;
use explainer_model::layout::{Edge, LABEL_FONT, LABEL_LINE, NODE_FONT};
use explainer_model::Explainer;

/// The card's size, the one link previews ask for.
pub const CARD_WIDTH: f32 = 1200.0;
pub const CARD_HEIGHT: f32 = 630.0;

const FONT: &str = "DejaVu Sans, Arial, Helvetica, sans-serif";
const TEXT: &str = "#1a1a1a";
const MUTED: &str = "#555";
const LINE: &str = "#555";
const NODE_STROKE: &str = "#333";

/// Room around the card's contents.
const PAD: f32 = 60.0;
const KICKER_FONT: f32 = 26.0;
const KICKER_BASELINE: f32 = PAD + KICKER_FONT * 0.9;
const TITLE_FONT: f32 = 52.0;
const TITLE_LINE: f32 = 62.0;
const TITLE_MAX_LINES: usize = 3;
/// The text column's width when the diagram stands beside the title.
const SIDE_COLUMN: f32 = 500.0;
const GUTTER: f32 = 40.0;

/// The diagram as a standalone SVG document, sized by its own units.
pub fn diagram_svg(explainer: &Explainer) -> String {
    let (w, h) = diagram_size(explainer);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">"#,
        w = num(w),
        h = num(h),
    );
    out.push_str(&diagram_body(explainer));
    out.push_str("</svg>");
    out
}

/// The share card: a kicker ("Who stands where · AFP"), the title, and the
/// diagram scaled to the room left, on white, 1200×630.
pub fn card_svg(explainer: &Explainer) -> String {
    let layout = CardLayout::choose(explainer);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">"#,
        w = num(CARD_WIDTH),
        h = num(CARD_HEIGHT),
    );
    let _ = write!(
        out,
        r##"<rect x="0" y="0" width="{}" height="{}" fill="#ffffff"/>"##,
        num(CARD_WIDTH),
        num(CARD_HEIGHT),
    );
    // A band along the top edge, so the card reads as one object on a white feed.
    let _ = write!(
        out,
        r##"<rect x="0" y="0" width="{}" height="8" fill="{NODE_STROKE}"/>"##,
        num(CARD_WIDTH),
    );
    let _ = write!(
        out,
        r#"<g font-family="{FONT}"><text x="{x}" y="{y}" font-size="{size}" fill="{MUTED}">{kicker}</text>"#,
        x = num(PAD),
        y = num(KICKER_BASELINE),
        size = num(KICKER_FONT),
        kicker = escape(&layout.kicker),
    );
    let _ = write!(
        out,
        r#"<text font-size="{}" font-weight="bold" fill="{TEXT}">"#,
        num(TITLE_FONT)
    );
    for (i, line) in layout.title.iter().enumerate() {
        let _ = write!(
            out,
            r#"<tspan x="{}" y="{}">{}</tspan>"#,
            num(PAD),
            num(title_baseline(i)),
            escape(line),
        );
    }
    out.push_str("</text></g>");
    let (dw, dh) = diagram_size(explainer);
    let area = layout.diagram;
    let _ = write!(
        out,
        r#"<svg x="{}" y="{}" width="{}" height="{}" viewBox="0 0 {} {}" preserveAspectRatio="xMidYMid meet">"#,
        num(area.x),
        num(area.y),
        num(area.w),
        num(area.h),
        num(dw),
        num(dh),
    );
    out.push_str(&diagram_body(explainer));
    out.push_str("</svg></svg>");
    out
}

/// A box on the card, by its top-left corner and size.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Area {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

struct CardLayout {
    kicker: String,
    title: Vec<String>,
    diagram: Area,
}

impl CardLayout {
    /// The diagram below the title (full width), or beside it where the title fits
    /// a narrow column and the diagram comes out clearly larger that way: the
    /// layout that shows the diagram's text the largest without cutting the title.
    fn choose(explainer: &Explainer) -> CardLayout {
        let kicker = if explainer.source.trim().is_empty() {
            "Who stands where".to_string()
        } else {
            format!("Who stands where · {}", explainer.source.trim())
        };
        let (dw, dh) = diagram_size(explainer);
        let scale = |a: Area| (a.w / dw).min(a.h / dh);

        let full = CARD_WIDTH - 2.0 * PAD;
        let (below_title, _) = wrap(&explainer.title, full);
        let top = title_bottom(below_title.len()) + GUTTER * 0.75;
        let below = Area {
            x: PAD,
            y: top,
            w: full,
            h: CARD_HEIGHT - PAD * 0.75 - top,
        };

        let (side_title, side_cut) = wrap(&explainer.title, SIDE_COLUMN);
        let beside = Area {
            x: PAD + SIDE_COLUMN + GUTTER,
            y: PAD * 0.75,
            w: CARD_WIDTH - PAD - (PAD + SIDE_COLUMN + GUTTER),
            h: CARD_HEIGHT - 1.5 * PAD,
        };
        let kicker_width = |w: f32| ellipsis(&kicker, w, KICKER_FONT);

        if !side_cut && scale(beside) > 1.15 * scale(below) {
            CardLayout {
                kicker: kicker_width(SIDE_COLUMN),
                title: side_title,
                diagram: beside,
            }
        } else {
            CardLayout {
                kicker: kicker_width(full),
                title: below_title,
                diagram: below,
            }
        }
    }
}

fn title_baseline(line: usize) -> f32 {
    KICKER_BASELINE + 18.0 + TITLE_FONT * 0.95 + line as f32 * TITLE_LINE
}

/// Below the last line's descenders.
fn title_bottom(lines: usize) -> f32 {
    title_baseline(lines.max(1) - 1) + TITLE_FONT * 0.25
}

/// The title in at most three lines of at most `width`, whole words where they
/// fit; the last line ends in an ellipsis if the title is longer. Also says
/// whether anything was cut.
fn wrap(title: &str, width: f32) -> (Vec<String>, bool) {
    let fits = |line: &str| bold_width(line, TITLE_FONT) <= width;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in title.split_whitespace() {
        let mut word: &str = word;
        loop {
            let joined = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if fits(&joined) {
                line = joined;
                break;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            // A word wider than a whole line: broken where the line ends.
            let cut = longest_fitting(word, |s| fits(s));
            lines.push(word[..cut].to_string());
            word = &word[cut..];
            if word.is_empty() {
                break;
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() <= TITLE_MAX_LINES {
        return (lines, false);
    }
    let rest = lines[TITLE_MAX_LINES - 1..].join(" ");
    lines.truncate(TITLE_MAX_LINES - 1);
    lines.push(ellipsis(&rest, width, TITLE_FONT));
    (lines, true)
}

/// The byte length of the longest start of `text` that `fits` (at least one
/// character, so wrapping always moves on).
fn longest_fitting(text: &str, fits: impl Fn(&str) -> bool) -> usize {
    let mut end = text.chars().next().map_or(0, char::len_utf8);
    for (i, c) in text.char_indices().skip(1) {
        if !fits(&text[..i + c.len_utf8()]) {
            break;
        }
        end = i + c.len_utf8();
    }
    end
}

/// `text` in one line of `width` at `size`, cut and ending in "…" (at a word's
/// end where one is near) if it is wider.
fn ellipsis(text: &str, width: f32, size: f32) -> String {
    if bold_width(text, size) <= width {
        return text.to_string();
    }
    let end = longest_fitting(text, |s| bold_width(&format!("{s}…"), size) <= width);
    let kept = &text[..end];
    let kept = match kept.rfind(' ') {
        Some(i) if bold_width(&kept[..i], size) * 3.0 >= width * 2.0 => &kept[..i],
        _ => kept,
    };
    format!(
        "{}…",
        kept.trim_end_matches([' ', ',', ':', ';', '-', '–', '—'])
    )
}

/// Width of `text` at `size` in DejaVu Sans Bold, the widest of the fonts the
/// card names (its regular weight, and Arial's and Helvetica's bold, are
/// narrower): each character's advance, rounded up, by classes of glyphs.
fn bold_width(text: &str, size: f32) -> f32 {
    text.chars().map(bold_em).sum::<f32>() * size
}

fn bold_em(c: char) -> f32 {
    match c {
        ' ' => 0.35,
        'i' | 'j' | 'l' | 'I' | 'J' | '|' | '/' | '\\' => 0.38,
        '.' | ',' | ':' | ';' | '\'' | '’' | '‘' | '·' => 0.4,
        '-' | 'f' => 0.44,
        '!' | '(' | ')' | '[' | ']' | 't' => 0.48,
        'r' | '_' | '`' | '–' | '"' | '“' | '”' | '*' => 0.53,
        '?' | 'c' | 's' | 'z' => 0.6,
        'm' | 'M' | 'W' | 'w' | '%' | '@' | '…' | '—' => 1.11,
        '0'..='9' | 'a'..='z' | '$' => 0.72,
        'A'..='Z' => 0.85,
        '#' | '+' | '<' | '=' | '>' | '^' | '~' | '&' | '{' | '}' => 0.88,
        // Other scripts' letters, and any glyph a fallback font draws: wide.
        c if (c as u32) < 0x2E80 => 0.9,
        _ => 1.0,
    }
}

/// The diagram's own size; never zero, so its viewBox is always valid.
fn diagram_size(explainer: &Explainer) -> (f32, f32) {
    let d = &explainer.diagram;
    (d.width.max(1.0), d.height.max(1.0))
}

/// The diagram's drawing, in its own units: edges, their labels, then the nodes
/// over the edges' ends, as the page draws it.
fn diagram_body(explainer: &Explainer) -> String {
    let d = &explainer.diagram;
    let mut out = format!(r#"<g font-family="{FONT}">"#);
    for edge in d.edges.iter() {
        edge_line(&mut out, explainer, edge);
    }
    for edge in d.edges.iter() {
        edge_label(&mut out, edge);
    }
    for (actor, n) in explainer.actors.iter().zip(d.nodes.iter()) {
        let _ = write!(
            out,
            r##"<rect x="{}" y="{}" width="{}" height="{}" rx="8" fill="#ffffff" stroke="{NODE_STROKE}" stroke-width="1.5"/>"##,
            num(n.left()),
            num(n.top()),
            num(n.w),
            num(n.h),
        );
        // About 0.35 em below the centre puts a line's middle on it, in any
        // renderer (dominant-baseline is not read the same everywhere).
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" font-size="{}" font-weight="bold" text-anchor="middle" fill="{TEXT}">{}</text>"#,
            num(n.cx),
            num(n.cy + NODE_FONT * 0.35),
            num(NODE_FONT),
            escape(&actor.name),
        );
    }
    out.push_str("</g>");
    out
}

fn edge_line(out: &mut String, explainer: &Explainer, edge: &Edge) {
    let d = &explainer.diagram;
    let (Some(a), Some(b)) = (d.nodes.get(edge.a), d.nodes.get(edge.b)) else {
        return;
    };
    let style = edge
        .relations
        .first()
        .and_then(|&r| explainer.relations.get(r))
        .and_then(|r| explainer.kinds.get(r.kind))
        .map_or(LineStyle::Solid, |k| k.line);
    let dash = match style {
        LineStyle::Solid => "",
        LineStyle::Dashed => r#" stroke-dasharray="9 5""#,
        LineStyle::Dotted => r#" stroke-dasharray="1 5" stroke-linecap="round""#,
    };
    let width = if style == LineStyle::Dotted { 3.0 } else { 2.0 };
    let _ = write!(
        out,
        r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{LINE}" stroke-width="{}"{dash}/>"#,
        num(a.cx),
        num(a.cy),
        num(b.cx),
        num(b.cy),
        num(width),
    );
    // An arrowhead where the line meets the box it points to, as on the page.
    let Some(target) = explainer.edge_target(edge) else {
        return;
    };
    let (from, to) = if target == edge.a { (b, a) } else { (a, b) };
    let (tx, ty) = to.border_towards((from.cx, from.cy));
    let (dx, dy) = (tx - from.cx, ty - from.cy);
    let len = (dx * dx + dy * dy).sqrt();
    if len < 1.0 {
        return;
    }
    let (ux, uy) = (dx / len, dy / len);
    let (bx, by) = (tx - ux * 12.0, ty - uy * 12.0);
    let (px, py) = (-uy * 6.0, ux * 6.0);
    let _ = write!(
        out,
        r#"<path d="M{} {} L{} {} L{} {} Z" fill="{LINE}"/>"#,
        num(tx),
        num(ty),
        num(bx + px),
        num(by + py),
        num(bx - px),
        num(by - py),
    );
}

fn edge_label(out: &mut String, edge: &Edge) {
    let label = edge.label;
    let _ = write!(
        out,
        r##"<rect x="{}" y="{}" width="{}" height="{}" rx="3" fill="#ffffff"/>"##,
        num(label.left()),
        num(label.top()),
        num(label.w),
        num(label.h),
    );
    // The lines' block centred in the box, each baseline a line's height apart
    // and a line less its descent below the line's top (the page's placement).
    let lines = edge.label_lines.len() as f32;
    let top = label.cy - lines * LABEL_LINE / 2.0 + LABEL_LINE - 4.0;
    let _ = write!(
        out,
        r#"<text font-size="{}" text-anchor="middle" fill="{TEXT}">"#,
        num(LABEL_FONT)
    );
    for (i, line) in edge.label_lines.iter().enumerate() {
        let _ = write!(
            out,
            r#"<tspan x="{}" y="{}">{}</tspan>"#,
            num(label.cx),
            num(top + i as f32 * LABEL_LINE),
            escape(line),
        );
    }
    out.push_str("</text>");
}

/// A number rounded to one decimal, without a trailing ".0" (and never "-0").
fn num(v: f32) -> String {
    let tenths = (v * 10.0).round();
    if !tenths.is_finite() || tenths == 0.0 {
        return "0".into();
    }
    let tenths = tenths as i64;
    let (sign, abs) = if tenths < 0 {
        ("-", -tenths)
    } else {
        ("", tenths)
    };
    match abs % 10 {
        0 => format!("{sign}{}", abs / 10),
        f => format!("{sign}{}.{f}", abs / 10),
    }
}

/// Text or an attribute value, safe in XML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0 at all.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::afp;

    /// Checks that `svg` is well-formed XML, as far as this module writes it:
    /// every tag closed in order, attributes quoted, `&` only in entities, no raw
    /// `<` or `>` in text or values. Returns the root element's attributes.
    fn well_formed(svg: &str) -> Vec<(String, String)> {
        fn entity_ok(s: &str) -> bool {
            let mut rest = s;
            while let Some(i) = rest.find('&') {
                rest = &rest[i + 1..];
                let end = rest.find(';').expect("an entity ends with ';'");
                let name = &rest[..end];
                assert!(
                    matches!(name, "amp" | "lt" | "gt" | "quot" | "apos")
                        || (name.starts_with('#') && name[1..].chars().all(|c| c.is_ascii_digit())),
                    "unknown entity &{name};"
                );
                rest = &rest[end + 1..];
            }
            true
        }
        let mut stack: Vec<&str> = Vec::new();
        let mut root_attrs = Vec::new();
        let mut rest = svg;
        let mut seen_root = false;
        while !rest.is_empty() {
            let lt = rest.find('<').unwrap_or(rest.len());
            let text = &rest[..lt];
            assert!(!text.contains('>'), "a raw '>' in text: {text:?}");
            assert!(entity_ok(text));
            if !text.trim().is_empty() {
                assert!(!stack.is_empty(), "text outside the root: {text:?}");
            }
            rest = &rest[lt..];
            if rest.is_empty() {
                break;
            }
            let gt = rest.find('>').expect("a tag ends");
            let tag = &rest[1..gt];
            rest = &rest[gt + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop(), Some(name), "</{name}> closes the open tag");
                continue;
            }
            let self_closing = tag.ends_with('/');
            let tag = tag.trim_end_matches('/');
            let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
            let name = &tag[..name_end];
            assert!(
                !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric()),
                "element name {name:?}"
            );
            // Attributes: name="value", each value quoted and clean.
            let mut attrs = tag[name_end..].trim();
            let mut list = Vec::new();
            while !attrs.is_empty() {
                let eq = attrs.find("=\"").expect("attribute name=\"value\"");
                let attr = attrs[..eq].trim();
                assert!(
                    attr.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ':'),
                    "attribute name {attr:?}"
                );
                let value_end = attrs[eq + 2..].find('"').expect("value closed") + eq + 2;
                let value = &attrs[eq + 2..value_end];
                assert!(!value.contains('<'), "a raw '<' in a value");
                assert!(entity_ok(value));
                assert!(
                    list.iter().all(|(n, _): &(String, String)| n != attr),
                    "attribute {attr} twice"
                );
                list.push((attr.to_string(), value.to_string()));
                attrs = attrs[value_end + 1..].trim_start();
            }
            if stack.is_empty() {
                assert!(!seen_root, "one root element");
                seen_root = true;
                root_attrs = list;
            }
            if !self_closing {
                stack.push(name);
            }
        }
        assert!(stack.is_empty(), "unclosed: {stack:?}");
        assert!(seen_root);
        root_attrs
    }

    fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> &'a str {
        attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("no {name}"))
    }

    /// The shipped explainer with hostile text where names and labels go.
    fn hostile() -> Explainer {
        let mut e = afp();
        e.title = r#"Fish & <chips> say "hi" — isn't it 'odd'?"#.into();
        e.source = "A&B <News>".into();
        let mut actors = e.actors.to_vec();
        actors[0].name = r#"<Tom & "Jerry">"#.into();
        e.actors = actors.into();
        let mut d = e.diagram.clone();
        let mut edges = d.edges.to_vec();
        edges[0].label_lines = vec!["talks <with> & \"to\"".into()].into();
        d.edges = edges.into();
        e.diagram = d;
        e
    }

    #[test]
    fn the_diagram_is_a_standalone_svg_document() {
        let e = afp();
        let svg = diagram_svg(&e);
        let root = well_formed(&svg);
        assert_eq!(attr(&root, "xmlns"), "http://www.w3.org/2000/svg");
        assert_eq!(
            attr(&root, "viewBox"),
            format!("0 0 {} {}", num(e.diagram.width), num(e.diagram.height))
        );
        for actor in e.actors.iter() {
            assert!(
                svg.contains(&format!(">{}</text>", escape(&actor.name))),
                "{}",
                actor.name
            );
        }
        for edge in e.diagram.edges.iter() {
            for line in edge.label_lines.iter() {
                assert!(svg.contains(&escape(line)), "{line}");
            }
        }
        for banned in ["class=", "<style", "href", "url("] {
            assert!(!svg.contains(banned), "{banned}");
        }
        assert_eq!(svg.matches("<line ").count(), e.diagram.edges.len());
    }

    #[test]
    fn the_card_is_1200_by_630_with_title_source_and_diagram() {
        let e = afp();
        let svg = card_svg(&e);
        let root = well_formed(&svg);
        assert_eq!(attr(&root, "width"), "1200");
        assert_eq!(attr(&root, "height"), "630");
        assert_eq!(attr(&root, "viewBox"), "0 0 1200 630");
        assert!(svg.contains(&format!("Who stands where · {}", e.source)));
        for actor in e.actors.iter() {
            assert!(svg.contains(&escape(&actor.name)), "{}", actor.name);
        }
        // Every word of the title is there (it fits in three lines).
        for word in e.title.split_whitespace() {
            assert!(svg.contains(&escape(word)), "{word}");
        }
        assert!(svg.contains(r#"preserveAspectRatio="xMidYMid meet""#));
        for banned in ["class=", "<style", "href", "url("] {
            assert!(!svg.contains(banned), "{banned}");
        }
        assert_eq!(svg, card_svg(&e), "deterministic");
    }

    #[test]
    fn nothing_on_the_card_leaves_it() {
        for title in [
            "Short".to_string(),
            "Turkey calls for a ceasefire in Ukraine: who stands where".into(),
            "A very long title that goes on and on about everything ".repeat(4),
            "Unbreakable_words_that_never_end_and_never_ever_give_a_line_a_chance_to_wrap".into(),
            "WAR WARNING: MOMENTOUS WORDS WHEN WE WANT WHOLE WORLDS MADE MEEK".into(),
        ] {
            let mut e = afp();
            e.title = title.clone().into();
            e.source = "Agence France-Presse, with Reuters, AP and a great many others"
                .repeat(2)
                .into();
            let layout = CardLayout::choose(&e);
            assert!(
                (1..=TITLE_MAX_LINES).contains(&layout.title.len()),
                "{title}"
            );
            let column = if layout.diagram.x > PAD {
                SIDE_COLUMN
            } else {
                CARD_WIDTH - 2.0 * PAD
            };
            for line in &layout.title {
                assert!(
                    bold_width(line, TITLE_FONT) <= column,
                    "{line:?} fits its column"
                );
            }
            assert!(
                bold_width(&layout.kicker, KICKER_FONT) <= column,
                "{}",
                layout.kicker
            );
            let a = layout.diagram;
            assert!(
                a.x >= 0.0 && a.y >= title_bottom(1) && a.w > 100.0 && a.h > 100.0,
                "{a:?}"
            );
            assert!(a.x + a.w <= CARD_WIDTH && a.y + a.h <= CARD_HEIGHT, "{a:?}");
            if layout.diagram.x <= PAD {
                assert!(
                    a.y >= title_bottom(layout.title.len()),
                    "the diagram below the title"
                );
            }
        }
    }

    #[test]
    fn long_titles_wrap_to_three_lines_and_end_in_an_ellipsis() {
        let (lines, cut) = wrap(&"word ".repeat(40), 1080.0);
        assert!(cut);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
        let (lines, cut) = wrap(
            "Turkey calls for a ceasefire in Ukraine: who stands where",
            1080.0,
        );
        assert!(!cut);
        assert_eq!(
            lines.join(" "),
            "Turkey calls for a ceasefire in Ukraine: who stands where"
        );
        let (lines, cut) = wrap("", 1080.0);
        assert!(lines.is_empty() && !cut);
    }

    #[test]
    fn text_is_escaped() {
        let e = hostile();
        for svg in [diagram_svg(&e), card_svg(&e)] {
            well_formed(&svg);
            assert!(svg.contains("&lt;Tom &amp; &quot;Jerry&quot;&gt;"));
            assert!(svg.contains("talks &lt;with&gt; &amp; &quot;to&quot;"));
            assert!(!svg.contains("<Tom") && !svg.contains("<with>"));
        }
        let card = card_svg(&e);
        assert!(card.contains("Who stands where · A&amp;B &lt;News&gt;"));
        assert!(card.contains("Fish &amp; &lt;chips&gt;"));
        assert!(card.contains("&quot;hi&quot;"));
        assert!(card.contains("isn&#39;t"));
    }

    #[test]
    fn no_source_no_separator() {
        let mut e = afp();
        e.source = "".into();
        let svg = card_svg(&e);
        assert!(svg.contains(">Who stands where</text>"));
        // (Edge labels join kinds with " · " too: only the heading's matters here.)
        assert!(!svg.contains("Who stands where ·"));
    }

    #[test]
    fn numbers_have_at_most_one_decimal() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.34), "12.3");
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(-3.25), "-3.3");
        assert_eq!(num(0.96), "1");
        let svg = card_svg(&afp());
        let mut digits_after_dot = 0;
        let mut after_dot = false;
        for c in svg.chars() {
            if after_dot && c.is_ascii_digit() {
                digits_after_dot += 1;
                assert!(digits_after_dot <= 1, "a number with two decimals");
            } else {
                after_dot = false;
                digits_after_dot = 0;
            }
            if c == '.' {
                after_dot = true;
            }
        }
    }
}
