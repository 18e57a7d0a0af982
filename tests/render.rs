//! The pre-rendered page, as a reader without WebAssembly gets it: the article
//! verbatim, every mention linked, the diagram and the overview, in semantic HTML.
//! Read with an HTML parser, and by the names in `contract`, as the browser reads it.

use std::rc::Rc;

use explainer_model::Explainer;
use explainer_reader::contract::{attr, class, id};
use explainer_reader::ui::static_parts::StaticParts;
use explainer_reader::{Page, PageProps};
use scraper::{ElementRef, Html, Selector};

/// The shipped article's explainer, compiled from its content file as the build
/// compiles it.
fn explainer() -> Rc<explainer_model::Explainer> {
    thread_local! {
        static COMPILED: Rc<explainer_model::Explainer> = Rc::new(
            explainer_model::authoring::compile(
                include_str!("../content/afp-istanbul-2022-10-11.toml"),
                "content/afp-istanbul-2022-10-11.toml",
            )
            .expect("the shipped content compiles")
            .explainer,
        );
    }
    COMPILED.with(Rc::clone)
}

/// Renders the page as the build does: the static parts first, then the app.
async fn render_with(explainer: Rc<Explainer>) -> Html {
    let parts = StaticParts::render(&explainer).await;
    let html = yew::LocalServerRenderer::<Page>::with_props(PageProps { explainer, parts })
        .hydratable(false)
        .render()
        .await;
    Html::parse_fragment(&html)
}

async fn render() -> Html {
    render_with(explainer()).await
}

fn select(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e:?}"))
}

fn all<'a>(html: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    html.select(&select(css)).collect()
}

fn one<'a>(html: &'a Html, css: &str) -> ElementRef<'a> {
    html.select(&select(css))
        .next()
        .unwrap_or_else(|| panic!("no {css}"))
}

fn text(el: ElementRef) -> String {
    el.text().collect()
}

#[tokio::test(flavor = "current_thread")]
async fn the_article_is_credited_with_its_address_and_licence_when_given() {
    assert!(
        all(&render().await, ".credit").is_empty(),
        "none given, none shown"
    );
    let mut credited = (*explainer()).clone();
    credited.source_url = Some("https://example.org/a?b=1&c=2".into());
    credited.licence = Some("CC BY 2.5 <b>".into());
    let html = render_with(Rc::new(credited)).await;
    let credit = one(&html, ".credit");
    assert_eq!(text(credit), "The article: AFP, CC BY 2.5 <b>.");
    let link = one(&html, ".credit a");
    assert_eq!(link.attr("href"), Some("https://example.org/a?b=1&c=2"));
    assert_eq!(text(link), "AFP");
}

#[tokio::test(flavor = "current_thread")]
async fn every_line_of_the_article_is_shown_verbatim() {
    let html = render().await;
    let explainer = explainer();
    let mut shown = 0;
    for (i, line) in explainer.lines.iter().enumerate() {
        let expected = explainer.span_text(line.span);
        if expected.trim().is_empty() {
            continue;
        }
        let got = one(&html, &format!("#{} #{}", id::ARTICLE, id::line(i)));
        assert_eq!(text(got), expected, "line {i}");
        shown += 1;
    }
    // The supplied article: 36 lines, 11 of them blank.
    assert_eq!(shown, 25, "non-blank lines of the article");
    let subheading = one(&html, "h2.subheading");
    assert_eq!(text(subheading), "– Viable ceasefire –");
    assert_eq!(
        subheading.child_elements().next().unwrap().attr("id"),
        Some(id::line(14).as_str())
    );
}

#[tokio::test(flavor = "current_thread")]
async fn every_mention_is_a_link_named_for_its_actor() {
    let html = render().await;
    let explainer = explainer();
    let links = all(&html, &format!("#{} a.{}", id::ARTICLE, class::MENTION));
    assert_eq!(links.len(), explainer.mentions.len());
    for (link, m) in links.iter().zip(explainer.mentions.iter()) {
        let actor = &explainer.actors[explainer.actor_of(m.target)];
        let visible = explainer.span_text(m.span);
        assert_eq!(text(*link), visible);
        assert_eq!(link.attr("href"), Some(format!("#{}", actor.id).as_str()));
        assert!(link.value().has_class(
            &class::actor(&actor.id),
            scraper::CaseSensitivity::CaseSensitive
        ));
        // The same name (less "The") is not said twice: "United States" alone.
        let named = explainer_model::explainer::same_name(visible, &actor.name)
            || link.attr("aria-label").is_some_and(|label| {
                // Named midway, as a sentence would: "Western, the West".
                label.starts_with(&format!("{visible}, "))
                    && label.ends_with(&explainer_model::explainer::midway(&actor.name))
            });
        assert!(
            named,
            "accessible name of {visible:?} should start with it and name {}: {:?}",
            actor.name,
            link.attr("aria-label")
        );
        // No name is said twice ("German government source, A German government
        // source, Germany").
        if let Some(label) = link.attr("aria-label") {
            let parts: Vec<&str> = label.split(", ").collect();
            for (i, a) in parts.iter().enumerate() {
                assert!(
                    parts[i + 1..]
                        .iter()
                        .all(|b| !explainer_model::explainer::same_name(a, b)),
                    "{label:?} says a name twice"
                );
            }
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_overview_shows_the_diagram_and_a_line_per_actor() {
    let html = render().await;
    let explainer = explainer();
    assert_eq!(
        one(&html, "article").attr("aria-label"),
        Some("The AFP article")
    );
    assert_eq!(
        one(&html, "aside").attr("aria-label"),
        Some("Relationships and stances")
    );
    one(
        &html,
        &format!("#{} svg[role=graphics-document]", id::DIAGRAM),
    );
    let overview = text(one(&html, &format!("#{}", id::PANEL)));
    for (i, actor) in explainer.actors.iter().enumerate() {
        let node = one(&html, &format!("#{}", id::node(&actor.id)));
        assert_eq!(
            node.attr("aria-label"),
            Some(format!("{}: {}", actor.name, actor.role.summary).as_str())
        );
        assert_eq!(node.attr(attr::SELECT), Some(actor.id.as_ref()));
        assert_eq!(node.attr("tabindex"), Some(if i == 0 { "0" } else { "-1" }));
        assert!(
            overview.contains(&format!("{}{}", actor.name, actor.role.summary)),
            "overview line for {}",
            actor.id
        );
    }
    let labels: Vec<String> = all(&html, ".edge-label tspan")
        .into_iter()
        .map(text)
        .collect();
    for edge in explainer.diagram.edges.iter() {
        for label in edge.label_lines.iter() {
            assert!(
                labels.iter().any(|l| l == label.as_ref()),
                "edge label {label}"
            );
        }
    }
    // Nothing is selected before the reader acts.
    assert!(all(&html, &format!(".{}", class::IS_SELECTED)).is_empty());
    assert!(all(&html, &format!(".{}", class::HAS_SELECTION)).is_empty());
    assert!(text(one(&html, "header")).contains("Context, not from the article: "));
}

#[tokio::test(flavor = "current_thread")]
async fn every_static_control_names_what_it_stands_for() {
    let html = render().await;
    let explainer = explainer();
    let n = explainer.actors.len();
    assert_eq!(
        all(&html, &format!(".{}[{}]", class::NODE, attr::SELECT)).len(),
        n
    );
    assert_eq!(
        all(&html, &format!(".{}[{}]", class::CELL, attr::SELECT)).len(),
        n * n
    );
    assert_eq!(
        all(&html, &format!(".{}[{}]", class::EDGE, attr::SELECT)).len(),
        explainer.diagram.edges.len()
    );
    for r in 0..n {
        for c in 0..n {
            one(&html, &format!("#{}", id::cell(r, c)));
        }
    }
    let quotes = all(&html, &format!("button[{}]", attr::QUOTE));
    let expected: usize = explainer
        .events
        .iter()
        .map(|e| e.claim.evidence.len())
        .sum();
    assert_eq!(quotes.len(), expected);
    for button in quotes {
        let address =
            explainer_reader::contract::QuoteAddress::parse(button.attr(attr::QUOTE).unwrap())
                .expect("a well-formed address");
        let quote = explainer.events[address.event].claim.evidence[address.quote];
        assert!(text(button).contains(explainer.quote_text(&quote)));
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_different_article_renders_with_its_own_actors() {
    // Nothing in the components is specific to the AFP article: a sample article of
    // our own renders with its actors linked and its claims shown.
    let source = include_str!("../model/tests/fixtures/minimal.toml");
    let other = Rc::new(
        explainer_model::authoring::compile(source, "minimal.toml")
            .unwrap()
            .explainer,
    );
    let html = render_with(other).await;
    assert_eq!(text(one(&html, "h1")), "Harbour towns agree on a ferry");
    // Whatever the source's first letter, the kicker reads as English.
    assert_eq!(
        text(one(&html, ".kicker")),
        "Explainer of an article from Sample wire"
    );
    one(&html, "a.mention[href='#northport']");
    one(&html, &format!("#{}", id::node("southbay")));
    assert!(text(one(&html, &format!("#{}", id::PANEL)))
        .contains("Agreed to a joint ferry and will pay most of it"));
    assert!(!html.html().contains("Turkey"));
}

#[tokio::test(flavor = "current_thread")]
async fn markup_in_a_content_file_is_shown_as_text() {
    let attack = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    let source = include_str!("../model/tests/fixtures/minimal.toml")
        .replace("Agreed to a joint ferry and will pay most of it", attack);
    let other = Rc::new(
        explainer_model::authoring::compile(&source, "minimal.toml")
            .unwrap()
            .explainer,
    );
    let html = render_with(other).await;
    // The role line is in the overview and in the diagram's accessible names.
    assert!(all(&html, "img").is_empty());
    assert!(all(&html, "script").is_empty());
    assert!(text(one(&html, &format!("#{}", id::PANEL))).contains(attack));
    assert!(one(&html, &format!("#{}", id::node("northport")))
        .attr("aria-label")
        .unwrap()
        .contains(attack));
}

#[tokio::test(flavor = "current_thread")]
async fn the_timeline_and_the_table_say_who_says_so() {
    let html = render().await;
    let events: Vec<String> = all(&html, ".timeline .event-summary")
        .into_iter()
        .map(text)
        .collect();
    assert!(
        events.contains(&"Erdogan is scheduled to fly to Astana for talks with Kazakh President Tokayev, according to a Turkish official".to_string()),
        "{events:?}"
    );
    // Every row of the diagram's table names its source, or the article.
    let sources: Vec<String> = all(&html, ".relation-table tbody tr td:last-child")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(sources.len(), explainer().relations.len());
    assert!(sources.iter().any(|s| s == "a Turkish official"));
    assert!(sources.iter().any(|s| s == "the article"));
    // The diagram's edges say it to screen readers.
    let edge = one(&html, ".edge[data-select='turkey/kazakhstan']");
    assert_eq!(
        edge.attr("aria-label"),
        Some("Turkey is scheduled to hold leaders’ talks with Kazakhstan, according to a Turkish official")
    );
}

#[tokio::test(flavor = "current_thread")]
async fn no_actor_id_can_name_an_element_of_the_page() {
    // An actor's id is a link's fragment: were it also an element's id, a link to
    // the actor would jump to that element. The checker refuses reserved ids;
    // every id the page has must be one of them.
    use explainer_model::authoring::is_reserved;
    let page = render().await;
    let shell = Html::parse_document(include_str!("../index.html"));
    let mut ids: Vec<String> = [&page, &shell]
        .iter()
        .flat_map(|html| all(html, "[id]"))
        .filter_map(|el| el.value().id().map(str::to_string))
        .collect();
    ids.push(id::EVIDENCE_MARK.to_string()); // made only while evidence is marked
    assert!(ids.len() > 50, "{ids:?}");
    let loose: Vec<&String> = ids.iter().filter(|i| !is_reserved(i)).collect();
    assert!(loose.is_empty(), "ids an actor could take: {loose:?}");
}
