//! The names the build-time HTML and the browser code share: element ids,
//! `data-` attributes and classes, each with its format and parse pair. The static
//! parts are written once at build time and read in the browser, so a name spelled
//! two ways would break silently; every such name lives here, and nothing here is
//! behind a feature.

/// Element ids.
pub mod id {
    /// The element the build renders the page into (index.html).
    pub const APP: &str = "app";
    /// The page's link to its content file (`<link rel=preload as=fetch>`), which
    /// the boot script fetches for the reader to decode (see `content`).
    pub const CONTENT: &str = "explainer-content";
    pub const ARTICLE: &str = "article";
    pub const DIAGRAM: &str = "diagram";
    pub const PANEL: &str = "panel";
    /// Where the interactive panel goes: the one element Yew renders into.
    pub const PANEL_SLOT: &str = "panel-slot";
    pub const PANEL_TITLE: &str = "panel-title";
    pub const DIAGRAM_TITLE: &str = "diagram-title";
    pub const TIMELINE_TITLE: &str = "timeline-title";
    /// The diagram's arrow, which directed lines point to (`url(#arrowhead)`).
    pub const ARROWHEAD: &str = "arrowhead";
    /// On phones: the control that takes the reader to the diagram, and the one
    /// that brings them back to where they were reading.
    pub const TO_DIAGRAM: &str = "to-diagram";
    pub const BACK_TO_READING: &str = "back-to-reading";
    /// The diagram's search box, its suggestions, and what it says when it finds
    /// no one.
    pub const FIND_NAME: &str = "find-name";
    pub const FIND_NAMES: &str = "find-names";
    pub const FIND_NOTE: &str = "find-note";
    /// The (first) element of the marked evidence, where focus and scrolling go.
    pub const EVIDENCE_MARK: &str = "evidence-mark";

    const NODE: &str = "node-";
    const CELL: &str = "cell-";
    const LINE: &str = "line-";

    /// A diagram node, by its actor's id: `node-turkey`.
    pub fn node(actor_id: &str) -> String {
        format!("{NODE}{actor_id}")
    }

    pub fn parse_node(id: &str) -> Option<&str> {
        id.strip_prefix(NODE).filter(|a| !a.is_empty())
    }

    /// A cell of the pair grid, by row and column: `cell-2-5`.
    pub fn cell(row: usize, column: usize) -> String {
        format!("{CELL}{row}-{column}")
    }

    pub fn parse_cell(id: &str) -> Option<(usize, usize)> {
        let (row, column) = id.strip_prefix(CELL)?.split_once('-')?;
        Some((row.parse().ok()?, column.parse().ok()?))
    }

    /// A line of the article, by its index: `line-14`. Marking finds quotes here.
    pub fn line(index: usize) -> String {
        format!("{LINE}{index}")
    }

    pub fn parse_line(id: &str) -> Option<usize> {
        id.strip_prefix(LINE)?.parse().ok()
    }
}

/// `data-` attributes.
pub mod attr {
    /// What a control selects, in the URL fragment's form (`turkey`, `russia/ukraine`).
    pub const SELECT: &str = "data-select";
    /// An evidence button's quote, as a [`super::QuoteAddress`].
    pub const QUOTE: &str = "data-quote";
    /// A timeline event's actors: their ids, space-separated.
    pub const ACTORS: &str = "data-actors";
    /// A grid row header: the actor whose selection lights it.
    pub const LIT: &str = "data-lit";
    /// On the app's root: the selected actors' ids, space-separated.
    pub const SELECTED: &str = "data-selected";
    /// On `<html>`: the app has started and responds to the reader.
    pub const INTERACTIVE: &str = "data-interactive";
}

/// Classes.
pub mod class {
    /// The page's root element.
    pub const ROOT: &str = "explainer";
    pub const NODE: &str = "node";
    pub const EDGE: &str = "edge";
    pub const CELL: &str = "cell";
    pub const MENTION: &str = "mention";
    /// The diagram's search form, and its switch to the readable size.
    pub const FIND: &str = "find";
    pub const ZOOM: &str = "zoom";
    /// On `<html>`: the app could not start; a quiet note says so (style.css).
    pub const NOT_INTERACTIVE: &str = "not-interactive";
    /// On the app's root while something is selected.
    pub const HAS_SELECTION: &str = "has-selection";
    pub const IS_SELECTED: &str = "is-selected";
    pub const IS_RELATED: &str = "is-related";
    /// A mention of a selected actor.
    pub const IS_LIT: &str = "is-lit";
    /// The evidence button whose passage is marked.
    pub const IS_CURRENT: &str = "is-current";
    /// On `<html>`, just after the first paint: parts that skipped their first
    /// layout (style.css, `content-visibility`) now render, so jumps land exactly.
    pub const RENDERED: &str = "rendered";

    const ACTOR: &str = "actor-";

    /// The class every mention of an actor carries: `actor-turkey`.
    pub fn actor(actor_id: &str) -> String {
        format!("{ACTOR}{actor_id}")
    }

    pub fn parse_actor(class: &str) -> Option<&str> {
        class.strip_prefix(ACTOR).filter(|a| !a.is_empty())
    }
}

/// Selectors the browser code matches the static parts by, built from the names
/// above (checked by a test, as `concat!` cannot take constants).
pub mod selector {
    /// The search box, and its button.
    pub const FIND: &str = ".find";
    pub const FIND_BUTTON: &str = ".find button";
    /// The switch that zooms the diagram in to read.
    pub const ZOOM: &str = ".zoom";
}

/// Where a static evidence button's quote is: the `quote`th piece of evidence of
/// the `event`th event. The browser looks the quote up in the content by these
/// indexes, so nothing read from the page can point outside the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteAddress {
    pub event: usize,
    pub quote: usize,
}

impl QuoteAddress {
    /// The attribute's form: `event/quote`.
    pub fn format(self) -> String {
        format!("{}/{}", self.event, self.quote)
    }

    pub fn parse(value: &str) -> Option<Self> {
        let (event, quote) = value.split_once('/')?;
        Some(QuoteAddress {
            event: event.parse().ok()?,
            quote: quote.parse().ok()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_name_the_classes() {
        assert_eq!(selector::FIND, format!(".{}", class::FIND));
        assert_eq!(selector::FIND_BUTTON, format!(".{} button", class::FIND));
        assert_eq!(selector::ZOOM, format!(".{}", class::ZOOM));
    }

    #[test]
    fn ids_round_trip() {
        assert_eq!(
            id::parse_node(&id::node("united-states")),
            Some("united-states")
        );
        assert_eq!(id::parse_cell(&id::cell(2, 15)), Some((2, 15)));
        assert_eq!(id::parse_line(&id::line(14)), Some(14));
        assert_eq!(class::parse_actor(&class::actor("west")), Some("west"));
    }

    #[test]
    fn the_stylesheet_styles_the_classes_the_code_writes() {
        let css = include_str!("../static/style.css");
        for name in [
            class::ROOT,
            class::NOT_INTERACTIVE,
            class::HAS_SELECTION,
            class::IS_SELECTED,
            class::IS_RELATED,
            class::IS_LIT,
            class::IS_CURRENT,
            class::RENDERED,
            class::MENTION,
            class::NODE,
            class::EDGE,
        ] {
            assert!(
                css.contains(&format!(".{name}")),
                "style.css has no .{name}"
            );
        }
    }

    #[test]
    fn the_content_checker_keeps_actor_ids_off_the_pages_own() {
        use explainer_model::authoring::{RESERVED_IDS, RESERVED_PREFIXES};
        for own in [
            id::APP,
            id::CONTENT,
            id::ARTICLE,
            id::DIAGRAM,
            id::PANEL,
            id::PANEL_TITLE,
            id::DIAGRAM_TITLE,
            id::TIMELINE_TITLE,
            id::ARROWHEAD,
            id::PANEL_SLOT,
            id::EVIDENCE_MARK,
            id::TO_DIAGRAM,
            id::BACK_TO_READING,
        ] {
            assert!(RESERVED_IDS.contains(&own), "{own} is not reserved");
        }
        for made in [id::node("x"), id::cell(1, 2), id::line(3)] {
            assert!(
                RESERVED_PREFIXES.iter().any(|p| made.starts_with(p)),
                "{made}"
            );
        }
    }

    #[test]
    fn foreign_ids_do_not_parse() {
        assert_eq!(id::parse_node("node-"), None);
        assert_eq!(id::parse_node("panel"), None);
        assert_eq!(id::parse_cell("cell-2"), None);
        assert_eq!(id::parse_cell("cell-a-1"), None);
        assert_eq!(id::parse_line("line-x"), None);
        assert_eq!(class::parse_actor("mention"), None);
    }

    #[test]
    fn quote_addresses_round_trip_and_reject_junk() {
        let address = QuoteAddress { event: 3, quote: 1 };
        assert_eq!(QuoteAddress::parse(&address.format()), Some(address));
        for junk in ["", "3", "3/", "/1", "a/b", "-1/2", "1/2/3"] {
            assert_eq!(QuoteAddress::parse(junk), None, "{junk:?}");
        }
    }
}
