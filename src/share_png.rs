//! The share card as a PNG, rendered natively at build time with resvg: link
//! previews (Open Graph, Twitter cards) want a raster image, not an SVG.
//!
//! The fonts are embedded (DejaVu Sans, from the `dejavu` crate) and no system
//! font is looked up, so the same card gives the same PNG on any build machine,
//! one with no fonts installed included. Every family the card names (DejaVu
//! Sans, Arial, Helvetica, the generic ones) resolves to DejaVu Sans.

use std::sync::{Arc, OnceLock};

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};

/// The family every text of the card is drawn in.
const FAMILY: &str = "DejaVu Sans";

/// The embedded fonts, loaded once.
fn fonts() -> Arc<fontdb::Database> {
    static FONTS: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            db.load_font_data(dejavu::sans::regular().to_vec());
            db.load_font_data(dejavu::sans::bold().to_vec());
            db.set_sans_serif_family(FAMILY);
            // usvg falls back to the serif family when no named family matches.
            db.set_serif_family(FAMILY);
            Arc::new(db)
        })
        .clone()
}

/// Renders `svg` (the share card, `share::card_svg`) to PNG bytes, at the size
/// the SVG gives itself (1200×630 for the card).
pub fn card_png(svg: &str) -> Result<Vec<u8>, String> {
    let pixmap = render(svg)?;
    pixmap
        .encode_png()
        .map_err(|e| format!("the share image could not be encoded as PNG ({e})"))
}

fn render(svg: &str) -> Result<Pixmap, String> {
    let options = usvg::Options {
        font_family: FAMILY.to_string(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options)
        .map_err(|e| format!("the share image's SVG is unreadable ({e})"))?;
    let size = tree.size().to_int_size();
    let mut pixmap = Pixmap::new(size.width(), size.height())
        .ok_or_else(|| format!("the share image's size, {size:?}, is not drawable"))?;
    resvg::render(&tree, Transform::default(), &mut pixmap.as_mut());
    Ok(pixmap)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::{card_svg, diagram_svg};
    use crate::testing::afp;

    /// How many pixels are not (near) white.
    fn inked(pixmap: &Pixmap) -> usize {
        pixmap
            .pixels()
            .iter()
            .filter(|p| p.red() < 200 || p.green() < 200 || p.blue() < 200)
            .count()
    }

    #[test]
    fn the_card_renders_to_a_1200_by_630_png_with_text_and_diagram() {
        let svg = card_svg(&afp());
        let png = card_png(&svg).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
        assert_eq!(&png[12..16], b"IHDR");
        let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
        assert_eq!((width, height), (1200, 630));

        let decoded = Pixmap::decode_png(&png).expect("the PNG decodes");
        assert_eq!((decoded.width(), decoded.height()), (1200, 630));
        let ink = inked(&decoded);
        let total = 1200 * 630;
        // Title, names, lines: well above nothing, well below a filled card.
        assert!(
            ink > total / 100,
            "the card is not blank ({ink} inked pixels)"
        );
        assert!(
            ink < total / 2,
            "the background is white ({ink} inked pixels)"
        );
        assert_eq!(
            png,
            card_png(&svg).unwrap(),
            "the same card, the same bytes"
        );

        if let Ok(path) = std::env::var("SHARE_CARD_PNG") {
            std::fs::write(path, &png).unwrap();
        }
    }

    #[test]
    fn text_is_drawn_with_the_embedded_font() {
        // A card of text alone: with no font, nothing would be drawn.
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" viewBox="0 0 400 100"><rect width="400" height="100" fill="#fff"/><text x="10" y="60" font-size="40" font-family="Arial, Helvetica, sans-serif" font-weight="bold">Who stands</text></svg>"##;
        let pixmap = render(svg).unwrap();
        assert!(inked(&pixmap) > 500, "{} inked pixels", inked(&pixmap));
    }

    #[test]
    fn the_diagram_svg_is_read_by_a_strict_parser() {
        // usvg reads XML strictly (roxmltree): both documents must parse.
        let e = afp();
        assert!(render(&diagram_svg(&e)).is_ok());
        assert!(render(&card_svg(&e)).is_ok());
    }

    #[test]
    fn unreadable_svg_is_an_error() {
        assert!(card_png("<svg").is_err());
    }
}
