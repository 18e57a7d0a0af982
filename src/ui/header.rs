//! The page's header: what this page is, and the context notes from outside the
//! article, labelled as such. A static part (see `static_parts`).

use explainer_model::Explainer;
use yew::prelude::*;

pub fn view(explainer: &Explainer) -> Html {
    html! {
        <header class="page-header">
            <p class="kicker">{ kicker(&explainer.source) }</p>
            <h1>{ explainer.title.as_ref() }</h1>
            { credit(explainer) }
            <p class="hint">
                { "The whole article is below. Names of countries, people and institutions are links: select one, in the text or in the diagram, to see where it stands, in the article’s own words. What the page says is the article’s own reporting unless it names a source (“according to…”)." }
            </p>
            { for explainer.context.iter().map(|note| html! {
                <p class="context"><span class="context-label">{ "Context, not from the article: " }</span>{ note }</p>
            }) }
        </header>
    }
}

/// The article's credit, with its address and licence as the editor gave them;
/// nothing when the content gives neither.
fn credit(explainer: &Explainer) -> Html {
    if explainer.source_url.is_none() && explainer.licence.is_none() {
        return Html::default();
    }
    let source = match explainer.source.trim() {
        "" => "its source",
        source => source,
    };
    html! {
        <p class="credit">
            { "The article: " }
            if let Some(url) = &explainer.source_url {
                // In a new tab: embedded, the page is in a frame, which the
                // source's site may refuse to be shown in.
                <a href={url.to_string()} target="_blank" rel="noopener">{ source }</a>
            } else {
                { source }
            }
            if let Some(licence) = &explainer.licence {
                { format!(", {licence}") }
            }
            { "." }
        </p>
    }
}

/// What this page is, naming the article's source when the content gives one.
fn kicker(source: &str) -> String {
    match source.trim() {
        "" => "Explainer of an article".to_string(),
        source => format!("Explainer of an article from {source}"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_kicker_reads_as_english_with_or_without_a_source() {
        assert_eq!(super::kicker("AFP"), "Explainer of an article from AFP");
        assert_eq!(super::kicker(" "), "Explainer of an article");
    }
}
