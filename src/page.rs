//! Finishing a page Trunk has built (feature `publish`: natively at build time, and
//! in the studio's wasm when it publishes): fill its mount with the pre-rendered
//! app and the content as data, set its title and description, inline its
//! stylesheet, write the boot tag and preload links with integrity hashes, and add
//! a strict Content-Security-Policy.
//! Trunk writes no loader of its own: `Trunk.toml`'s `pattern_script` leaves a
//! marker element naming the JS glue and the wasm, and this module replaces it. The
//! HTML is rewritten with lol_html (as Trunk itself does), never cut as text.

use base64::Engine;
use lol_html::html_content::{ContentType, Element};
use lol_html::{element, rewrite_str, HandlerResult, RewriteStrSettings};
use sha2::{Digest, Sha256, Sha384};

use crate::contract::id;

/// The attribute of the element `Trunk.toml`'s `pattern_script` writes; its
/// `data-glue` and `data-wasm` name the files Trunk built.
pub const BOOT_MARKER: &str = "data-explainer-boot";

/// The policy, as a meta tag and (see README, Deploy) as a header: scripts,
/// images and fetches from this origin only, plus wasm compilation; styles from
/// this origin or the one inline stylesheet, named by its hash; frames from this
/// origin (the studio's previews). `images` is the img-src: the studio also
/// draws its share card from a `blob:` image.
pub fn csp(style_hash: &str, images: &str) -> String {
    format!("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' '{style_hash}'; img-src {images}; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'")
}

/// CSS that keeps the diagram readable on any screen. It fits its box; where the
/// box is at least as wide as the size at which its text is 11 CSS px, it is never
/// drawn smaller than that (a tall diagram scrolls rather than shrinks). Where the
/// box is narrower, the whole diagram still shows, and a switch (`.zoom`, shown
/// only there) draws it at that size, panning in its own region: no script needed.
pub fn diagram_css(d: &explainer_model::layout::Diagram) -> String {
    let (width, height) = explainer_model::layout::min_display_size(d);
    let readable = format!(".zoom{{display:none}}.diagram-svg{{min-height:{height}px}}");
    // On phones the diagram's region also takes the page's margins (1.5rem, see
    // style.css): it is that much wider than the section the query measures.
    let phone = width - 24.0;
    format!(
        ".diagram{{container-type:inline-size}}\
         @container (min-width:{width}px){{{readable}}}\
         @media (max-width:59.99rem){{@container (min-width:{phone}px){{{readable}}}}}\
         .diagram:has(.zoom :checked) .diagram-svg{{min-width:{width}px;min-height:{height}px;max-height:none}}"
    )
}

/// `sha384-…`, the form `integrity` attributes take.
pub fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// `sha256-…` of an inline stylesheet, the form CSP names it by.
pub fn style_hash(css: &str) -> String {
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(css.as_bytes()))
    )
}

/// What a built page refers to: read before anything is rewritten, because the
/// integrity hashes depend on the files these name.
#[derive(Debug, PartialEq, Eq)]
pub struct Built {
    /// The JS glue and the wasm, as the marker names them (e.g. `/app-1.js`).
    pub glue: String,
    pub wasm: String,
    /// The stylesheet Trunk linked, if any (`/style-1.css`).
    pub stylesheet: Option<String>,
    /// Other files the page links (its icon), which a copy of the site needs too.
    pub linked: Vec<String>,
}

fn rewrite(
    page: &str,
    handlers: Vec<(
        std::borrow::Cow<'_, lol_html::Selector>,
        lol_html::ElementContentHandlers<'_>,
    )>,
) -> Result<String, String> {
    let mut settings = RewriteStrSettings::new();
    for handler in handlers {
        settings = settings.append_element_content_handler(handler);
    }
    rewrite_str(page, settings).map_err(|e| format!("cannot rewrite the page: {e}"))
}

/// Reads what the page Trunk wrote refers to.
pub fn read_built(page: &str) -> Result<Built, String> {
    let mut glue = None;
    let mut wasm = None;
    let mut stylesheet = None;
    let mut linked = Vec::new();
    rewrite(
        page,
        vec![
            element!(format!("script[{BOOT_MARKER}]"), |el| {
                glue = el.get_attribute("data-glue");
                wasm = el.get_attribute("data-wasm");
                Ok(())
            }),
            element!("link[rel=stylesheet]", |el| {
                stylesheet = stylesheet.take().or(el.get_attribute("href"));
                Ok(())
            }),
            element!("link[rel=icon]", |el| {
                linked.extend(el.get_attribute("href"));
                Ok(())
            }),
        ],
    )?;
    let missing = |what: &str| {
        format!("no <script {BOOT_MARKER}> with a {what}: is Trunk.toml's pattern_script set?")
    };
    Ok(Built {
        glue: glue.ok_or_else(|| missing("data-glue"))?,
        wasm: wasm.ok_or_else(|| missing("data-wasm"))?,
        stylesheet,
        linked,
    })
}

/// What a page's wasm starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start<'a> {
    /// The reader: the content file the page links, fetched beside the wasm and
    /// handed to the wasm's `start`; in a frame, the embed script too (`FRAMED`,
    /// by its address and integrity hash), which only framed pages download.
    WithContent { embed: (&'a str, &'a str) },
    /// A page whose wasm needs nothing more (the studio).
    Alone,
}

/// The external boot script. It fetches the wasm with its integrity hash (and
/// the reader's content file with its own), and if the app cannot start
/// (blocked, failed, or very slow) it marks the page so a quiet note shows; the
/// pre-rendered article stays readable throughout. In a frame, it loads the embed
/// script (`FRAMED`).
pub fn boot_script(glue: &str, wasm: &str, wasm_integrity: &str, start: Start) -> String {
    let init =
        format!("init({{ module_or_path: fetch('{wasm}', {{ integrity: '{wasm_integrity}' }}) }})");
    let (import, run, framed) = match start {
        Start::WithContent {
            embed: (embed_src, embed_integrity),
        } => (
            "init, { start }",
            format!(
                "const link = document.getElementById('{content}');\n\
                 const content = fetch(link.href, {{ integrity: link.integrity }}).then((r) => r.ok ? r.arrayBuffer() : Promise.reject(new Error(`content: ${{r.status}}`)));\n\
                 {init}.then(() => content).then((bytes) => start(new Uint8Array(bytes)))",
                content = id::CONTENT
            ),
            format!(
                "if (parent !== window) document.head.append(Object.assign(document.createElement('script'), {{ type: 'module', src: '{embed_src}', integrity: '{embed_integrity}' }}));\n"
            ),
        ),
        Start::Alone => ("init", init, String::new()),
    };
    format!(
        "// Starts the explainer; generated by src/page.rs.\n\
         import {import} from '{glue}';\n\
         const root = document.documentElement;\n\
         {framed}\
         const unavailable = () => {{ if (!root.hasAttribute('{interactive}')) root.classList.add('{not_interactive}'); }};\n\
         requestAnimationFrame(() => setTimeout(() => root.classList.add('{rendered}'), 0));\n\
         setTimeout(unavailable, 15000);\n\
         {run}.catch((e) => {{ unavailable(); console.warn('explainer: interactive features unavailable', e); }});\n",
        interactive = crate::contract::attr::INTERACTIVE,
        not_interactive = crate::contract::class::NOT_INTERACTIVE,
        rendered = crate::contract::class::RENDERED,
    )
}

/// The embed script, which a reader's page loads only in a frame (an embed).
/// The page tells the embedding page its height
/// whenever it changes, so the frame fits the page and never scrolls inside. The
/// embed code's script answers with where the frame is on the screen (`VIEW`: how
/// far the frame's top is above the screen's, and the screen's height), from which
/// the page works out the part of it on screen, which
/// the page's stylesheet follows (`.framed`, `--view-*`) for what must stay on
/// screen: the side column, the phone's bottom sheet. When focus moves out of that
/// part (evidence marked in the text, a jump), the page asks to be scrolled there
/// (`REVEAL`). Without the script (a plain frame) none of this happens, and the
/// page scrolls inside its frame as on any screen.
pub const FRAMED: &str = "// Keeps a framed reader's page in step with the page that embeds it; generated by src/page.rs.\n\
{\n\
  const root = document.documentElement;\n\
  const post = (message) => parent.postMessage(message, '*');\n\
  const height = () => root.getBoundingClientRect().height;\n\
  let view = null;\n\
  new ResizeObserver(() => post({ explainerHeight: Math.ceil(height()) })).observe(root);\n\
  addEventListener('message', (e) => {\n\
    const v = e.source === parent && e.data && e.data.explainerView;\n\
    if (!Array.isArray(v)) return;\n\
    const h = height();\n\
    // The part of the frame on screen: from its top, or the screen's, to its\n\
    // end, or the screen's.\n\
    const top = Math.max(0, Math.min(v[0], h));\n\
    const shown = Math.max(0, Math.min(h, v[0] + v[1]) - top);\n\
    view = [top, shown, v[1]];\n\
    root.classList.add('framed');\n\
    root.style.setProperty('--view-top', top + 'px');\n\
    root.style.setProperty('--view-height', shown + 'px');\n\
    root.style.setProperty('--view-bottom', (h - top - shown) + 'px');\n\
  });\n\
  addEventListener('focusin', (e) => {\n\
    const r = e.target.getBoundingClientRect();\n\
    if (view && (r.top < view[0] || r.bottom > view[0] + view[1])) post({ explainerReveal: Math.max(0, r.top - view[2] / 8) });\n\
  });\n\
}\n";

/// The boot script of a built page, named by its content like Trunk's files, so
/// it can be cached forever.
pub struct Boot {
    pub name: String,
    pub js: String,
    pub integrity: String,
}

/// A file's name by its content (`boot-<hash>.js`), like Trunk's files, so it can
/// be cached forever, and its integrity hash.
pub fn hashed_name(stem: &str, extension: &str, bytes: &[u8]) -> (String, String) {
    let integrity = integrity(bytes);
    let hash = integrity["sha384-".len()..][..16].replace(['/', '+'], "_");
    (format!("{stem}-{hash}.{extension}"), integrity)
}

impl Boot {
    pub fn new(built: &Built, wasm_integrity: &str, start: Start) -> Boot {
        let js = boot_script(&built.glue, &built.wasm, wasm_integrity, start);
        let (name, integrity) = hashed_name("boot", "js", js.as_bytes());
        Boot {
            name,
            js,
            integrity,
        }
    }

    /// Its address, in the folder the page links the glue from.
    pub fn src(&self, built: &Built) -> String {
        beside(&built.glue, &self.name)
    }
}

/// The address of the file `name` in the folder of the file at `href`.
pub fn beside(href: &str, name: &str) -> String {
    let base = &href[..href.len() - href.rsplit('/').next().unwrap_or(href).len()];
    format!("{base}{name}")
}

/// The messages between a framed reader's page and the embed code's script
/// (`publish::embed_code`), as `FRAMED` spells them: the page's height in CSS px,
/// the part of the frame shown ([top, height]), and a place in the frame to show.
pub mod embed {
    pub const HEIGHT: &str = "explainerHeight";
    pub const VIEW: &str = "explainerView";
    pub const REVEAL: &str = "explainerReveal";
}

/// Everything the finished page needs, computed from the final files.
pub struct Finish<'a> {
    pub built: &'a Built,
    /// The pre-rendered app for the mount; none for a page that renders in the
    /// browser only (the studio).
    pub app_html: Option<&'a str>,
    pub title: Option<&'a str>,
    /// The page's description, and its tags for link previews (Open Graph,
    /// Twitter cards, canonical address); none for the studio.
    pub meta: Option<&'a Meta>,
    /// The content file (`content::encode`): its address and integrity hash.
    pub content: Option<(&'a str, &'a str)>,
    /// The stylesheet's text, to inline in place of its link.
    pub css: Option<&'a str>,
    pub boot_src: &'a str,
    pub boot_integrity: &'a str,
    pub glue_integrity: &'a str,
    pub wasm_integrity: &'a str,
}

/// Rewrites the page Trunk wrote into the finished one.
pub fn finish(page: &str, f: &Finish) -> Result<String, String> {
    if let Some(css) = f.css {
        // HTML ends the element at `</style` in any case.
        if css.to_ascii_lowercase().contains("</style") {
            return Err("the stylesheet contains </style".into());
        }
    }
    let style_hash = style_hash(f.css.unwrap_or_default());
    let mut found = (false, false, f.app_html.is_none());
    let content = f.content.map_or_else(String::new, |(href, integrity)| {
        format!(
            "<link id={} rel=preload as=fetch href=\"{}\" integrity=\"{integrity}\" crossorigin>",
            id::CONTENT,
            quote(href)
        )
    });
    let head = format!(
        "<link rel=modulepreload href=\"{glue}\" integrity=\"{gi}\" crossorigin>\
         <link rel=preload as=fetch type=application/wasm href=\"{wasm}\" integrity=\"{wi}\" crossorigin>\
         {content}<script type=module src=\"{boot}\" integrity=\"{bi}\"></script>",
        glue = quote(&f.built.glue),
        gi = f.glue_integrity,
        wasm = quote(&f.built.wasm),
        wi = f.wasm_integrity,
        boot = quote(f.boot_src),
        bi = f.boot_integrity,
    );
    let csp = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        // The reader loads images from its own folder only; the studio (a page
        // with no pre-rendered app) also from the blobs it makes.
        csp(
            &style_hash,
            if f.app_html.is_some() {
                "'self'"
            } else {
                "'self' blob:"
            }
        )
    );
    let page = rewrite(
        page,
        vec![
            element!("meta[charset]", |el| {
                el.after(&csp, ContentType::Html);
                found.0 = true;
                Ok(())
            }),
            element!(format!("script[{BOOT_MARKER}]"), |el| {
                el.replace(&head, ContentType::Html);
                found.1 = true;
                Ok(())
            }),
            element!("link[rel=stylesheet]", |el| {
                // Only the stylesheet whose text was read takes its place.
                let css = f
                    .css
                    .filter(|_| el.get_attribute("href") == f.built.stylesheet);
                inline_style(el, css)
            }),
            element!("title", |el| {
                if let Some(title) = f.title {
                    el.set_inner_content(title, ContentType::Text);
                }
                if let Some(meta) = f.meta {
                    el.after(&meta.tags(), ContentType::Html);
                }
                Ok(())
            }),
            element!("meta[name=description]", |el| {
                if let Some(meta) = f.meta {
                    // Escaped as the other tags are (lol_html escapes only quotes).
                    el.set_attribute("content", &quote(&meta.description))?;
                }
                Ok(())
            }),
            element!(format!("#{}", id::APP), |el| {
                if let Some(app) = f.app_html {
                    el.set_inner_content(app, ContentType::Html);
                    found.2 = true;
                }
                Ok(())
            }),
        ],
    )?;
    match found {
        (false, _, _) => Err("no <meta charset> to put the CSP after".into()),
        (_, false, _) => Err(format!("no <script {BOOT_MARKER}> to replace")),
        (_, _, false) => Err(format!("no <div id=\"{}\"> to render into", id::APP)),
        _ => Ok(page),
    }
}

/// `value` as a quoted attribute's text.
pub(crate) fn quote(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The address of the folder a page is served from, given the page's address as
/// an editor types it: `…/ceasefire` and `…/ceasefire/index.html` are
/// `…/ceasefire/`, so files beside the page resolve against it.
pub fn folder_address(address: &str) -> String {
    // An address with a query or a fragment is the editor's to keep as it is.
    if address.contains(['?', '#']) {
        return address.to_string();
    }
    let path_start = address.find("://").map_or(0, |i| i + 3);
    let path = &address[path_start..];
    match path.rfind('/') {
        // A last part with a dot names a file; the folder is before it.
        Some(i) if path[i + 1..].contains('.') => address[..path_start + i + 1].to_string(),
        Some(i) if i + 1 == path.len() => address.to_string(),
        _ => format!("{address}/"),
    }
}

/// What a page says of itself to search engines and link previews.
#[derive(Clone, Debug, PartialEq)]
pub struct Meta {
    pub title: String,
    pub description: String,
    /// Where the page will live (`https://example.org/explainers/ceasefire/`),
    /// when known: it makes the canonical link and `og:url`, and the image's
    /// address absolute.
    pub address: Option<String>,
    /// The share card beside the page (`publish::SHARE_PNG`), and its text
    /// alternative.
    pub image: String,
    pub image_alt: String,
}

impl Meta {
    /// The tags that go after the title. Twitter reads the Open Graph title,
    /// description and image; it needs only its card type.
    pub fn tags(&self) -> String {
        let folder = self.address.as_deref().map(folder_address);
        let image = match &folder {
            Some(folder) => format!("{folder}{}", self.image),
            None => self.image.clone(),
        };
        let mut tags = format!(
            "<meta property=og:type content=article>\
             <meta property=og:title content=\"{title}\">\
             <meta property=og:description content=\"{description}\">\
             <meta property=og:image content=\"{image}\">\
             <meta property=og:image:width content=1200><meta property=og:image:height content=630>\
             <meta property=og:image:alt content=\"{alt}\">\
             <meta name=twitter:card content=summary_large_image>",
            title = quote(&self.title),
            description = quote(&self.description),
            image = quote(&image),
            alt = quote(&self.image_alt),
        );
        if let Some(folder) = &folder {
            tags += &format!(
                "<link rel=canonical href=\"{a}\"><meta property=og:url content=\"{a}\">",
                a = quote(folder)
            );
        }
        tags
    }
}

fn inline_style(el: &mut Element, css: Option<&str>) -> HandlerResult {
    if let Some(css) = css {
        el.replace(&format!("<style>{css}</style>"), ContentType::Html);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page as a release build writes it: minified, attributes unquoted.
    const RELEASE: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>Explainer</title>\
        <link href=/style-1.css integrity=sha384-CSS rel=stylesheet>\
        <script data-explainer-boot data-glue=/app-1.js data-wasm=/app-1_bg.wasm type=module></script>\
        <body><div id=app></div></body></html>";

    /// The same page as a debug build (`trunk serve`) writes it.
    const DEBUG: &str = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\" /><title>Explainer</title>\
        <link rel=\"stylesheet\" href=\"/style-1.css\" integrity=\"sha384-CSS\"/>\
        <script type=\"module\" data-explainer-boot data-glue=\"/app-1.js\" data-wasm=\"/app-1_bg.wasm\"></script>\
        </head><body><div id=\"app\"></div></body></html>";

    fn finish_page(page: &str, css: Option<&str>) -> Result<String, String> {
        let built = read_built(page)?;
        finish(
            page,
            &Finish {
                built: &built,
                app_html: Some("<p>hi &amp; bye</p>"),
                title: Some("A & <B>"),
                meta: None,
                content: Some(("/content-1.bin", "sha384-DATA")),
                css,
                boot_src: "/boot-1.js",
                boot_integrity: "sha384-BOOT",
                glue_integrity: "sha384-GLUE",
                wasm_integrity: "sha384-WASM",
            },
        )
    }

    #[test]
    fn reads_what_the_page_refers_to_in_either_form() {
        for page in [RELEASE, DEBUG] {
            assert_eq!(
                read_built(page).unwrap(),
                Built {
                    glue: "/app-1.js".into(),
                    wasm: "/app-1_bg.wasm".into(),
                    stylesheet: Some("/style-1.css".into()),
                    linked: vec![],
                }
            );
        }
        assert!(read_built("<html><body></body></html>").is_err());
    }

    #[test]
    fn the_finished_page_has_no_inline_script_and_a_strict_policy() {
        for page in [RELEASE, DEBUG] {
            let page = finish_page(page, Some("a{b:c}")).unwrap();
            assert!(!page.contains(BOOT_MARKER), "{page}");
            assert!(page.contains(
                "<script type=module src=\"/boot-1.js\" integrity=\"sha384-BOOT\"></script>"
            ));
            assert!(page.contains("href=\"/app-1.js\" integrity=\"sha384-GLUE\""));
            assert!(page.contains("href=\"/app-1_bg.wasm\" integrity=\"sha384-WASM\""));
            assert!(page.contains("<meta http-equiv=\"Content-Security-Policy\""));
            assert!(page.contains(&format!("style-src 'self' '{}'", style_hash("a{b:c}"))));
            assert!(!page.contains("'unsafe-inline'") && !page.contains("'unsafe-eval'"));
            assert!(page.contains("<style>a{b:c}</style>") && !page.contains("stylesheet"));
            assert!(page.contains("<p>hi &amp; bye</p></div>"));
            assert!(page.contains("<link id=explainer-content rel=preload as=fetch href=\"/content-1.bin\" integrity=\"sha384-DATA\" crossorigin>"));
            assert!(page.contains("<title>A &amp; &lt;B&gt;</title>"));
            // The policy comes before anything it governs.
            let policy = page.find("Content-Security-Policy").unwrap();
            assert!(policy < page.find("<style>").unwrap());
            assert!(policy < page.find("<script").unwrap());
        }
    }

    #[test]
    fn a_page_without_a_mount_or_marker_is_refused() {
        assert!(finish_page(&RELEASE.replace("id=app", "id=other"), None).is_err());
        let built = read_built(RELEASE).unwrap();
        let no_marker = RELEASE.replace(BOOT_MARKER, "data-other");
        let f = Finish {
            built: &built,
            app_html: None,
            title: None,
            meta: None,
            content: None,
            css: None,
            boot_src: "/b.js",
            boot_integrity: "i",
            glue_integrity: "g",
            wasm_integrity: "w",
        };
        assert!(finish(&no_marker, &f).is_err());
    }

    #[test]
    fn only_the_stylesheet_read_is_inlined() {
        let two = RELEASE.replace(
            "<script data-explainer-boot",
            "<link href=/print-1.css rel=stylesheet><script data-explainer-boot",
        );
        let page = finish_page(&two, Some("a{b:c}")).unwrap();
        assert_eq!(page.matches("<style>").count(), 1, "{page}");
        assert!(page.contains("href=/print-1.css"), "{page}");
    }

    #[test]
    fn a_stylesheet_that_could_close_its_element_is_refused() {
        assert!(finish_page(RELEASE, Some("a{}</style><script>")).is_err());
        assert!(finish_page(RELEASE, Some("a{}</STYLE><script>")).is_err());
    }

    #[test]
    fn the_boot_script_fetches_the_wasm_with_its_hash() {
        let boot = boot_script(
            "/app-1.js",
            "/app-1_bg.wasm",
            "sha384-WASM",
            Start::WithContent {
                embed: ("/embed-1.js", "sha384-EMBED"),
            },
        );
        assert!(boot.contains("import init, { start } from '/app-1.js'"));
        // The content file the page links, with its hash, and then `start`.
        assert!(boot.contains("getElementById('explainer-content')"));
        assert!(boot.contains("fetch(link.href, { integrity: link.integrity })"));
        assert!(boot.contains("start(new Uint8Array(bytes))"));
        let alone = boot_script("/app-1.js", "/app-1_bg.wasm", "sha384-WASM", Start::Alone);
        assert!(alone.contains("import init from '/app-1.js'"));
        assert!(alone.contains("fetch('/app-1_bg.wasm', { integrity: 'sha384-WASM' })"));
        assert!(!alone.contains("start(") && !alone.contains("explainer-content"));
        // Only the reader, in a frame, loads the embed script, which talks to the
        // embedding page in the embed code's words.
        assert!(boot.contains("if (parent !== window) document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: '/embed-1.js', integrity: 'sha384-EMBED' }));"));
        assert!(!alone.contains("embed"));
        for message in [embed::HEIGHT, embed::VIEW, embed::REVEAL] {
            assert!(FRAMED.contains(message), "{message}");
        }
        assert!(boot.contains("fetch('/app-1_bg.wasm', { integrity: 'sha384-WASM' })"));
    }

    /// The smallest text size, in CSS px, at which `diagram_css` draws `d` zoomed
    /// in to read (and at which it draws it in a box at least that wide).
    fn smallest_text(d: &explainer_model::layout::Diagram) -> f32 {
        let css = diagram_css(d);
        let zoomed = css.split(".zoom :checked").nth(1).expect("a zoomed rule");
        assert!(css.contains(&format!(
            "@container (min-width:{}px)",
            explainer_model::layout::min_display_width(d).ceil()
        )));
        let width: f32 = zoomed
            .split("min-width:")
            .nth(1)
            .and_then(|s| s.split("px").next())
            .and_then(|n| n.parse().ok())
            .expect("a min-width in px");
        let font = explainer_model::layout::LABEL_FONT.min(explainer_model::layout::NODE_FONT);
        font * width / d.width
    }

    #[test]
    fn the_diagram_is_never_drawn_too_small_to_read() {
        assert!(smallest_text(&crate::testing::afp().diagram) >= 11.0);
        // A 20-actor diagram with long names: far wider than a phone, so it
        // scrolls in its region there, with its text still at least 11 px.
        let names: Vec<String> = (0..20)
            .map(|i| format!("The Council of Province Number {i:02}"))
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let edges = (0..20)
            .map(|i| explainer_model::layout::EdgeInput {
                a: i,
                b: (i + 1) % 20,
                relations: vec![i],
                label_lines: vec!["neighbours".into()],
            })
            .collect();
        let d = explainer_model::layout::layout(explainer_model::layout::LayoutInput {
            names: &names,
            pinned: &[None; 20],
            edges,
            size: None,
        })
        .expect("it lays out");
        assert!(explainer_model::layout::min_display_width(&d) > 358.0);
        assert!(smallest_text(&d) >= 11.0);
    }

    #[test]
    fn a_pages_address_is_taken_as_its_folder() {
        for (typed, folder) in [
            ("https://example.org/x/", "https://example.org/x/"),
            (
                "https://example.org/explainers/ceasefire",
                "https://example.org/explainers/ceasefire/",
            ),
            ("https://example.org/x/index.html", "https://example.org/x/"),
            ("http://a.b", "http://a.b/"),
            ("https://example.org", "https://example.org/"),
        ] {
            assert_eq!(folder_address(typed), folder, "{typed}");
        }
    }

    #[test]
    fn integrity_is_sha384_base64() {
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
