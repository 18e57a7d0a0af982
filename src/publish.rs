//! A finished reader's page of any explainer. The build's pre-renderer and the
//! studio's Publish step both make their page here, from the same kit of the
//! reader's built files, so the two come out the same but for the content: one
//! reader wasm, any article, no rebuild.

use std::rc::Rc;

use explainer_model::Explainer;
use serde::{Deserialize, Serialize};

use crate::page::{
    beside, diagram_css, finish, hashed_name, integrity, read_built, Boot, Finish, Meta, Start,
    FRAMED,
};
use crate::ui::static_parts::StaticParts;
use crate::{content, Page, PageProps};

/// The file beside the reader's page that the studio publishes from.
pub const KIT_FILE: &str = "publish-kit.json";

/// What publishing a page needs from the reader's build.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Kit {
    /// The page as Trunk wrote it, before it was finished.
    pub template: String,
    /// The stylesheet it links, which the finished page inlines.
    pub css: String,
    /// The files the finished page loads besides the boot script (the JS glue,
    /// the wasm, the icon), by name, in the reader's folder.
    pub files: Vec<String>,
}

/// The share card's PNG beside the page, and the diagram as SVG. Not named by
/// content: the page names them, and the studio's page must be the build's
/// though the two draw the PNG differently (resvg, a browser's canvas).
pub const SHARE_PNG: &str = "share.png";
pub const DIAGRAM_SVG: &str = "diagram.svg";

/// A finished page: `index.html` and the files made for it (the boot script,
/// the content, the embed script, the diagram as SVG), by name, and the share
/// card as SVG, which the caller draws as `SHARE_PNG` (natively, or in a browser).
#[derive(Debug, PartialEq)]
pub struct Finished {
    pub index_html: String,
    pub made: Vec<(String, Vec<u8>)>,
    pub card_svg: String,
}

/// The part of `href` after the folder the page links its files from: the file's
/// name in the site (`./app-1.js` and `/app-1.js` are `app-1.js`).
pub fn file_name(href: &str) -> &str {
    href.rsplit('/').next().unwrap_or(href)
}

/// The files a page built from `template` loads, besides its boot script.
pub fn files_of(template: &str) -> Result<Vec<String>, String> {
    let built = read_built(template)?;
    Ok([built.glue, built.wasm]
        .into_iter()
        .chain(built.linked)
        .map(|href| file_name(&href).to_string())
        .collect())
}

/// The whole page's HTML, rendered as the reader first sees it.
pub async fn render_app(explainer: Rc<Explainer>) -> String {
    let parts = StaticParts::render(&explainer).await;
    // Plain HTML, not hydratable: the browser renders only the panel's slot anew.
    yew::LocalServerRenderer::<Page>::with_props(PageProps { explainer, parts })
        .hydratable(false)
        .render()
        .await
}

/// One sentence for link previews and search results, from the explainer alone.
pub fn description(explainer: &Explainer) -> String {
    // Named as a sentence names them: "…, the United States and NATO".
    let names: Vec<String> = explainer
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| match i {
            0 => a.name.to_string(),
            _ => explainer_model::explainer::midway(&a.name),
        })
        .collect();
    let who = match names.as_slice() {
        [] => String::new(),
        [one] => format!(": {one}"),
        [rest @ .., last] => format!(": {} and {last}", rest.join(", ")),
    };
    format!("Who stands where{who}. Each claim is shown with the article’s own words.")
}

/// Finishes the reader's page for `explainer` from the kit. `app_html` is
/// `render_app`'s; `read` gives the bytes of a file the page loads, by name,
/// whose integrity hashes the page carries; `address` is where the page will be
/// served from, when known.
pub fn finish_reader(
    kit: &Kit,
    explainer: &Explainer,
    app_html: &str,
    address: Option<&str>,
    read: &dyn Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<Finished, String> {
    let built = read_built(&kit.template)?;
    let wasm_integrity = integrity(&read(file_name(&built.wasm))?);
    let glue_integrity = integrity(&read(file_name(&built.glue))?);
    let (embed_name, embed_integrity) = hashed_name("embed", "js", FRAMED.as_bytes());
    let embed_src = beside(&built.glue, &embed_name);
    let boot = Boot::new(
        &built,
        &wasm_integrity,
        Start::WithContent {
            embed: (&embed_src, &embed_integrity),
        },
    );
    let css = kit.css.clone() + &diagram_css(&explainer.diagram);
    let meta = Meta {
        title: explainer.title.to_string(),
        description: description(explainer),
        address: address.map(str::to_string),
        image: SHARE_PNG.into(),
        image_alt: format!("{}: a diagram of who relates to whom", explainer.title),
    };
    let data = content::encode(explainer);
    let (data_name, data_integrity) = hashed_name("content", "bin", &data);
    let index_html = finish(
        &kit.template,
        &Finish {
            built: &built,
            app_html: Some(app_html),
            title: Some(&explainer.title),
            meta: Some(&meta),
            content: Some((&beside(&built.glue, &data_name), &data_integrity)),
            css: Some(&css),
            boot_src: &boot.src(&built),
            boot_integrity: &boot.integrity,
            glue_integrity: &glue_integrity,
            wasm_integrity: &wasm_integrity,
        },
    )?;
    Ok(Finished {
        index_html,
        made: vec![
            (boot.name, boot.js.into_bytes()),
            (data_name, data),
            (embed_name, FRAMED.as_bytes().to_vec()),
            (
                DIAGRAM_SVG.into(),
                crate::share::diagram_svg(explainer).into_bytes(),
            ),
        ],
        card_svg: crate::share::card_svg(explainer),
    })
}

/// The codes an editor pastes where the page is to appear: a frame that the
/// page's own height sizes, with a link to the page after it; and a plain frame
/// for a CMS that strips scripts. The script listens only to its own frame: it
/// takes the height the page posts, tells the page which part of the frame is on
/// screen (so the page keeps its panel there), and scrolls to where the page asks
/// (`page::embed`).
pub struct EmbedCode {
    pub responsive: String,
    pub plain: String,
}

pub fn embed_code(address: &str, title: &str) -> EmbedCode {
    use crate::page::embed::{HEIGHT, REVEAL, VIEW};
    let a = crate::page::quote(&crate::page::folder_address(address));
    let t = crate::page::quote(title);
    let frame = |height: u32| {
        format!("<iframe src=\"{a}\" title=\"{t}\" style=\"width:100%;height:{height}px;border:0\" loading=\"lazy\"></iframe>")
    };
    EmbedCode {
        responsive: format!(
            "<div class=\"explainer-embed\">{frame}<p><a href=\"{a}\">{t}</a></p>\
             <script>(function(){{var f=document.currentScript.parentNode.querySelector('iframe');\
             function view(){{var r=f.getBoundingClientRect();f.contentWindow.postMessage({{{VIEW}:[-r.top,innerHeight]}},'*')}}\
             addEventListener('scroll',view,{{passive:true}});addEventListener('resize',view);\
             addEventListener('message',function(e){{if(e.source!==f.contentWindow||!e.data)return;\
             var h=e.data.{HEIGHT},y=e.data.{REVEAL};\
             if(typeof h==='number'&&h>0){{f.style.height=Math.ceil(h)+'px';view()}}\
             if(typeof y==='number')scrollTo(0,scrollY+f.getBoundingClientRect().top+y)}})}})()</script></div>",
            frame = frame(900),
        ),
        plain: frame(2400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>Explainer</title>\
        <meta name=description content=generic>\
        <link href=./favicon-1.svg rel=icon><link href=./style-1.css rel=stylesheet>\
        <script data-explainer-boot data-glue=./app-1.js data-wasm=./app-1_bg.wasm type=module></script>\
        <body><div id=app></div></body></html>";

    fn kit() -> Kit {
        Kit {
            template: TEMPLATE.into(),
            css: "a{b:c}".into(),
            files: files_of(TEMPLATE).unwrap(),
        }
    }

    fn read(name: &str) -> Result<Vec<u8>, String> {
        match name {
            "app-1.js" | "app-1_bg.wasm" => Ok(name.as_bytes().to_vec()),
            _ => Err(format!("no {name}")),
        }
    }

    #[test]
    fn the_kit_names_every_file_the_page_loads() {
        assert_eq!(kit().files, ["app-1.js", "app-1_bg.wasm", "favicon-1.svg"]);
    }

    #[test]
    fn a_finished_page_carries_its_content_description_and_relative_links() {
        let explainer = crate::testing::afp();
        let page = finish_reader(&kit(), &explainer, "<p>app</p>", None, &read).unwrap();
        let html = &page.index_html;
        let [(boot, _), (data, bytes), (embed, _), (diagram, _)] = &page.made[..] else {
            panic!("a boot script, a content file, an embed script and the diagram");
        };
        assert_eq!(diagram, DIAGRAM_SVG);
        assert!(
            html.contains("<meta property=og:image content=\"share.png\">"),
            "{html}"
        );
        assert!(html.contains("<meta name=twitter:card content=summary_large_image>"));
        assert!(embed.starts_with("embed-") && embed.ends_with(".js"));
        assert!(boot.starts_with("boot-") && boot.ends_with(".js"));
        assert!(html.contains(&format!("src=\"./{boot}\"")), "{html}");
        assert!(html.contains(&format!(
            "<link id=explainer-content rel=preload as=fetch href=\"./{data}\" integrity=\"{}\" crossorigin>",
            integrity(bytes)
        )));
        assert_eq!(
            content::decode(bytes).unwrap(),
            content::as_decoded(explainer.clone())
        );
        assert!(
            html.contains("content=\"Who stands where: Turkey, "),
            "{html}"
        );
        assert!(html.contains("<meta property=og:title content=\""));
        assert!(
            !html.contains("rel=canonical"),
            "no address, no canonical link"
        );
        let placed = finish_reader(
            &kit(),
            &explainer,
            "",
            Some("https://example.org/x/"),
            &read,
        )
        .unwrap();
        assert!(placed
            .index_html
            .contains("<link rel=canonical href=\"https://example.org/x/\">"));
        assert!(placed
            .index_html
            .contains("<meta property=og:image content=\"https://example.org/x/share.png\">"));
    }

    #[test]
    fn the_embed_code_frames_the_page_and_listens_to_its_own_frame_only() {
        let code = embed_code("https://example.org/a/?b=1&c=\"2\"", "Turkey & <Russia>");
        assert!(code.responsive.contains(
            "src=\"https://example.org/a/?b=1&amp;c=&quot;2&quot;\" title=\"Turkey &amp; &lt;Russia&gt;\""
        ));
        assert!(code
            .responsive
            .contains("if(e.source!==f.contentWindow||!e.data)return;"));
        assert!(code.responsive.contains("e.data.explainerHeight"));
        assert!(code
            .responsive
            .contains("postMessage({explainerView:[-r.top,innerHeight]},'*')"));
        assert!(code.responsive.contains("e.data.explainerReveal"));
        assert!(code
            .responsive
            .contains("<a href=\"https://example.org/a/?b=1&amp;c=&quot;2&quot;\">"));
        assert!(code.plain.starts_with("<iframe ") && !code.plain.contains("<script"));
    }

    #[test]
    fn the_description_names_the_actors_as_a_sentence_does() {
        let d = description(&crate::testing::afp());
        assert!(d.starts_with("Who stands where: Turkey, "), "{d}");
        assert!(
            d.contains(", the United States, ") && d.ends_with("own words."),
            "{d}"
        );
    }

    #[test]
    fn a_missing_file_is_an_error_that_names_it() {
        let explainer = crate::testing::afp();
        let none = |name: &str| Err(format!("cannot fetch {name}"));
        let error = finish_reader(&kit(), &explainer, "", None, &none).unwrap_err();
        assert!(error.contains("app-1_bg.wasm"), "{error}");
    }
}
