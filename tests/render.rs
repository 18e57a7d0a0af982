//! The pre-rendered page, as a reader without WebAssembly gets it: the article
//! verbatim, every mention linked, the diagram and the overview, in semantic HTML.

use std::rc::Rc;

use afp_explainer::ui::islands::Islands;
use afp_explainer::{explainer, App, AppProps};
use explainer_model::Explainer;

/// Renders the page as the build does: the static parts first, then the app.
async fn render_with(x: Rc<Explainer>) -> String {
    let islands = Rc::new(Islands::render(&x).await);
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        explainer: x,
        islands,
    })
    .render()
    .await
}

async fn render() -> String {
    render_with(explainer()).await
}

/// Text of an HTML fragment: tags and comments removed, entities decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let close = if rest[open..].starts_with("<!--") {
            rest[open..].find("-->").map(|i| i + 3)
        } else {
            rest[open..].find('>').map(|i| i + 1)
        };
        rest = &rest[open + close.expect("well-formed HTML")..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// The inner HTML of the element whose start tag contains `marker`, up to the
/// first `close` after it (line spans hold no nested spans, so that is theirs).
fn inner<'a>(html: &'a str, marker: &str, close: &str) -> Option<&'a str> {
    let at = html.find(marker)?;
    let body = at + html[at..].find('>')? + 1;
    let end = body + html[body..].find(close)?;
    Some(&html[body..end])
}

#[tokio::test(flavor = "current_thread")]
async fn every_line_of_the_article_is_shown_verbatim() {
    let html = render().await;
    let x = explainer();
    let mut shown = 0;
    for (i, line) in x.lines.iter().enumerate() {
        let expected = x.span_text(line.span);
        if expected.trim().is_empty() {
            continue;
        }
        let got = inner(&html, &format!(" id=\"line-{i}\""), "</span>")
            .unwrap_or_else(|| panic!("line {i} missing"));
        assert_eq!(text_of(got), expected, "line {i}");
        shown += 1;
    }
    // The supplied article: 36 lines, 11 of them blank.
    assert_eq!(shown, 25, "non-blank lines of the article");
    assert!(html.contains("<h2 class=\"subheading\"><span id=\"line-14\" class=\"line\">– Viable ceasefire –</span></h2>"));
}

#[tokio::test(flavor = "current_thread")]
async fn every_mention_is_a_link_named_for_its_actor() {
    let html = render().await;
    let x = explainer();
    let links: Vec<&str> = html
        .split("<a ")
        .skip(1)
        .map(|s| &s[..s.find("</a>").unwrap()])
        .filter(|s| s.contains("class=\"mention "))
        .collect();
    assert_eq!(links.len(), x.mentions.len());
    for (link, m) in links.iter().zip(x.mentions.iter()) {
        let actor = &x.actors[x.actor_of(m.target)];
        let visible = x.span_text(m.span);
        assert!(link.contains(&format!("href=\"#{}\"", actor.id)), "{link}");
        let named = visible == actor.name
            || link.contains(&format!("aria-label=\"{visible}, "))
                && link.contains(&format!("{}\"", actor.name));
        assert!(
            named,
            "accessible name of {visible:?} should start with it and name {}: {link}",
            actor.name
        );
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_overview_shows_the_diagram_and_a_line_per_actor() {
    let html = render().await;
    let x = explainer();
    assert!(html.contains("<article id=\"article\" aria-label=\"The AFP article\""));
    assert!(html.contains("<aside aria-label=\"Relationships and stances\""));
    assert!(html.contains("role=\"graphics-document\""));
    for actor in x.actors.iter() {
        assert!(
            html.contains(&format!("id=\"node-{}\"", actor.id)),
            "no node for {}",
            actor.id
        );
        assert!(
            html.contains(&format!(
                "aria-label=\"{}: {}\"",
                actor.name, actor.role.summary
            )),
            "node name of {}",
            actor.id
        );
        assert!(
            text_of(&html).contains(&format!("{}{}", actor.name, actor.role.summary)),
            "overview line for {}",
            actor.id
        );
    }
    for edge in x.diagram.edges.iter() {
        for label in edge.label_lines.iter() {
            assert!(
                html.contains(&format!(">{label}</tspan>")),
                "edge label {label}"
            );
        }
    }
    // Nothing is selected before the reader acts.
    assert!(!html.contains("is-selected"));
    assert!(html.contains("Context, not from the article: "));
}

#[tokio::test(flavor = "current_thread")]
async fn a_different_article_renders_with_its_own_actors() {
    // Nothing in the components is specific to the AFP article: a sample article of
    // our own renders with its actors linked and its claims shown.
    let source = include_str!("../model/tests/fixtures/minimal.toml");
    let other = Rc::new(explainer_model::authoring::compile(source, "minimal.toml").unwrap());
    let html = render_with(other).await;
    assert!(html.contains("Harbour towns agree on a ferry"));
    assert!(html.contains("href=\"#northport\""));
    assert!(html.contains("id=\"node-southbay\""));
    assert!(text_of(&html).contains("Agreed to a joint ferry and will pay most of it"));
    assert!(!html.contains("Turkey"));
}

#[tokio::test(flavor = "current_thread")]
async fn markup_in_a_content_file_is_shown_as_text() {
    let attack = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    let source = include_str!("../model/tests/fixtures/minimal.toml")
        .replace("Agreed to a joint ferry and will pay most of it", attack);
    let x = Rc::new(explainer_model::authoring::compile(&source, "minimal.toml").unwrap());
    let html = render_with(x).await;
    // The role line is in the overview and in the diagram's accessible names.
    assert!(!html.contains("<img src=x"));
    assert!(!html.contains("<script>"));
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;"),
        "shown as text"
    );
    assert!(text_of(&html).contains(attack));
}
