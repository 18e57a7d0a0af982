//! Finishing the built page (native, feature `ssr`): put the pre-rendered app into
//! Trunk's `index.html`, inline the stylesheet (with the rules that light up a
//! selection's mentions), replace Trunk's inline loader with an external boot
//! script that fetches the wasm with its integrity hash, and add a strict
//! Content-Security-Policy. Pure string functions, so they are tested directly.

use base64::Engine;
use explainer_model::Explainer;
use sha2::{Digest, Sha256, Sha384};

/// The policy, as a meta tag and (see README, Deploy) as a header: scripts,
/// images and fetches from this origin only, plus wasm compilation; styles from
/// this origin or the one inline stylesheet, named by its hash.
pub fn csp(style_hash: &str) -> String {
    format!("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' '{style_hash}'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'")
}

/// CSS that lights up the mentions of whatever `data-selected` names on the root.
/// Generated from the content's ids, so selecting never re-renders the article:
/// one attribute changes, and the browser restyles the matching links.
pub fn selection_css(x: &Explainer) -> String {
    let selectors: Vec<String> = x
        .actors
        .iter()
        .map(|a| format!(".explainer[data-selected~=\"{0}\"] .actor-{0}", a.id))
        .collect();
    format!("{} {{ --lit-bg: var(--select-bg); --lit-line: var(--select-line); --lit-style: solid; }}\n", selectors.join(",\n"))
}

/// Replaces the stylesheet link with the same CSS inline, plus `extra`, so the
/// first paint needs no second request. Returns the page and the CSP hash.
pub fn inline_stylesheet(page: &str, css: &str, extra: &str) -> Result<(String, String), String> {
    let link = page
        .split('<')
        .find(|tag| {
            tag.starts_with("link ")
                && (tag.contains("rel=stylesheet") || tag.contains("rel=\"stylesheet\""))
        })
        .ok_or("no stylesheet link to inline")?;
    let link = format!("<{link}");
    let style = format!("{css}\n{extra}");
    if style.contains("</style") {
        return Err("the stylesheet contains </style".into());
    }
    let hash = format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(style.as_bytes()))
    );
    Ok((
        page.replacen(&link, &format!("<style>{style}</style>"), 1),
        hash,
    ))
}

/// The element the client hydrates; Trunk's minifier (release builds) drops the quotes.
const MOUNTS: [&str; 2] = ["<div id=\"app\"></div>", "<div id=app></div>"];

/// `sha384-…`, the form `integrity` attributes take.
pub fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

pub fn fill_mount(page: &str, rendered: &str) -> Result<String, String> {
    let mount = MOUNTS.iter().find(|m| page.contains(*m)).ok_or_else(|| {
        format!(
            "no empty {} to render into (already pre-rendered?)",
            MOUNTS[0]
        )
    })?;
    Ok(page.replacen(mount, &format!("<div id=\"app\">{rendered}</div>"), 1))
}

pub fn set_title(page: &str, title: &str) -> Result<String, String> {
    let start = page.find("<title>").ok_or("no <title>")? + "<title>".len();
    let end = page[start..].find("</title>").ok_or("no </title>")? + start;
    let escaped = title.replace('&', "&amp;").replace('<', "&lt;");
    Ok(format!("{}{}{}", &page[..start], escaped, &page[end..]))
}

/// What Trunk's inline loader loads, read from the page Trunk wrote.
#[derive(Debug, PartialEq, Eq)]
pub struct Loader {
    /// The inline `<script type=module>…</script>` element, verbatim.
    pub element: String,
    pub js: String,
    pub wasm: String,
    pub wasm_integrity: String,
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(&text[from..to])
}

pub fn find_loader(page: &str) -> Result<Loader, String> {
    let open = ["<script type=module>", "<script type=\"module\">"]
        .iter()
        .find_map(|tag| page.find(tag))
        .ok_or("no inline module script from Trunk")?;
    let close = page[open..]
        .find("</script>")
        .ok_or("unclosed loader script")?
        + open
        + "</script>".len();
    let element = &page[open..close];
    let js = between(element, "from '", "'").ok_or("loader imports no script")?;
    let wasm = between(element, "module_or_path: '", "'").ok_or("loader loads no wasm")?;
    let link = page
        .split("<link ")
        .find(|l| l.contains(&format!("href={wasm} ")) || l.contains(&format!("href=\"{wasm}\"")))
        .ok_or("no preload link for the wasm")?;
    let wasm_integrity = between(link, "integrity=", " ")
        .or_else(|| between(link, "integrity=", ">"))
        .ok_or("wasm preload has no integrity")?
        .trim_matches('"');
    Ok(Loader {
        element: element.to_string(),
        js: js.to_string(),
        wasm: wasm.to_string(),
        wasm_integrity: wasm_integrity.to_string(),
    })
}

/// The external boot script. It fetches the wasm with its integrity hash, and if
/// the app cannot start (blocked, failed, or very slow) it marks the page so a
/// quiet note shows; the pre-rendered article stays readable throughout.
pub fn boot_script(loader: &Loader) -> String {
    format!(
        "// Starts the explainer; generated at build time by src/page.rs.\n\
         import init from '{js}';\n\
         const root = document.documentElement;\n\
         const unavailable = () => {{ if (!root.hasAttribute('data-interactive')) root.classList.add('not-interactive'); }};\n\
         setTimeout(unavailable, 15000);\n\
         init({{ module_or_path: fetch('{wasm}', {{ integrity: '{integrity}' }}) }}).catch((e) => {{ unavailable(); console.warn('explainer: interactive features unavailable', e); }});\n",
        js = loader.js,
        wasm = loader.wasm,
        integrity = loader.wasm_integrity,
    )
}

/// Replaces the inline loader with `<script type=module src=… integrity=…>` and
/// adds the CSP meta tag right after the charset, before anything it governs.
pub fn secure(
    page: &str,
    loader: &Loader,
    boot_src: &str,
    boot_integrity: &str,
    style_hash: &str,
) -> Result<String, String> {
    let external =
        format!("<script type=module src=\"{boot_src}\" integrity=\"{boot_integrity}\"></script>");
    let page = page.replacen(&loader.element, &external, 1);
    // `<meta charset=utf-8>` once minified, `<meta charset="utf-8" />` in debug builds.
    let start = page
        .find("<meta charset")
        .ok_or("no <meta charset> to put the CSP after")?;
    let end = page[start..].find('>').ok_or("unclosed <meta charset>")? + start + 1;
    let charset = &page[start..end];
    let policy = csp(style_hash);
    Ok(page.replacen(
        charset,
        &format!("{charset}<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"),
        1,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>Explainer</title>\
        <script type=module>import init, * as bindings from '/app-1.js';\nconst wasm = await init({ module_or_path: '/app-1_bg.wasm' });</script>\
        <link crossorigin href=/app-1.js integrity=sha384-JS rel=modulepreload>\
        <link as=fetch crossorigin href=/app-1_bg.wasm integrity=sha384-WASM rel=preload type=application/wasm>\
        <body><div id=app></div></body></html>";

    /// The loader of either test page: both load the same files.
    fn loader_of(page: &str) -> Loader {
        let l = find_loader(page).unwrap();
        assert_eq!(
            (l.js.as_str(), l.wasm.as_str(), l.wasm_integrity.as_str()),
            ("/app-1.js", "/app-1_bg.wasm", "sha384-WASM")
        );
        l
    }

    #[test]
    fn reads_trunks_loader() {
        let l = loader_of(TRUNK);
        assert!(boot_script(&l).contains("fetch('/app-1_bg.wasm', { integrity: 'sha384-WASM' })"));
    }

    #[test]
    fn the_finished_page_has_no_inline_script_and_a_strict_policy() {
        let l = find_loader(TRUNK).unwrap();
        let page = secure(
            &fill_mount(TRUNK, "<p>hi</p>").unwrap(),
            &l,
            "/boot-1.js",
            "sha384-BOOT",
            "sha256-CSS",
        )
        .unwrap();
        assert!(!page.contains("<script type=module>"));
        assert!(page.contains(
            "<script type=module src=\"/boot-1.js\" integrity=\"sha384-BOOT\"></script>"
        ));
        assert!(page.contains("<meta charset=utf-8><meta http-equiv=\"Content-Security-Policy\""));
        assert!(page.contains("<div id=\"app\"><p>hi</p></div>"));
        assert!(page.contains("style-src 'self' 'sha256-CSS'"));
        assert!(!page.contains("'unsafe-inline'") && !page.contains("'unsafe-eval'"));
    }

    /// The same page as a debug build (`trunk serve`) writes it: not minified.
    const TRUNK_DEBUG: &str = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\" /><title>Explainer</title>\
        <link rel=\"stylesheet\" href=\"/style-1.css\" integrity=\"sha384-CSS\"/>\
        <link rel=\"modulepreload\" href=\"/app-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-JS\">\
        <link rel=\"preload\" href=\"/app-1_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-WASM\" as=\"fetch\" type=\"application/wasm\">\
        <script type=\"module\">\nimport init, * as bindings from '/app-1.js';\nconst wasm = await init({ module_or_path: '/app-1_bg.wasm' });\n</script>\
        </head><body><div id=\"app\"></div></body></html>";

    #[test]
    fn a_debug_build_page_is_finished_as_a_release_one() {
        let l = loader_of(TRUNK_DEBUG);
        let (page, hash) = inline_stylesheet(TRUNK_DEBUG, "a{b:c}", "").unwrap();
        assert!(page.contains("<style>a{b:c}\n</style>") && !page.contains("rel=\"stylesheet\""));
        let page = secure(
            &fill_mount(&page, "<p>hi</p>").unwrap(),
            &l,
            "/boot-1.js",
            "sha384-BOOT",
            &hash,
        )
        .unwrap();
        assert!(!page.contains("<script type=\"module\">"));
        assert!(
            page.contains("<meta charset=\"utf-8\" /><meta http-equiv=\"Content-Security-Policy\"")
        );
        assert!(page.contains("<div id=\"app\"><p>hi</p></div>"));
    }

    #[test]
    fn the_stylesheet_goes_inline_with_its_hash() {
        let page =
            "<meta charset=utf-8><link href=/style-1.css integrity=sha384-X rel=stylesheet><body>";
        let (page, hash) = inline_stylesheet(page, "a{b:c}", "d{e:f}").unwrap();
        assert_eq!(
            page,
            "<meta charset=utf-8><style>a{b:c}\nd{e:f}</style><body>"
        );
        assert_eq!(
            hash,
            format!(
                "sha256-{}",
                base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"a{b:c}\nd{e:f}"))
            )
        );
    }

    #[test]
    fn selection_css_names_every_actor() {
        let x = crate::explainer();
        let css = selection_css(&x);
        for a in x.actors.iter() {
            assert!(css.contains(&format!(
                ".explainer[data-selected~=\"{0}\"] .actor-{0}",
                a.id
            )));
        }
    }

    #[test]
    fn a_page_without_a_mount_is_refused() {
        assert!(fill_mount("<body></body>", "x").is_err());
    }

    #[test]
    fn titles_are_escaped() {
        assert_eq!(
            set_title("<title>x</title>", "A & <B>").unwrap(),
            "<title>A &amp; &lt;B></title>"
        );
    }

    #[test]
    fn integrity_is_sha384_base64() {
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
