//! The diagram's key: which kinds each line style draws, and what an arrow means,
//! so kinds can be told apart without colour.

use explainer_model::explainer::LineStyle;
use explainer_model::Explainer;
use yew::prelude::*;

use super::diagram::line_class;

pub fn view(explainer: &Explainer) -> Html {
    let used = |k: usize| explainer.relations.iter().any(|r| r.kind == k);
    let rows = [LineStyle::Solid, LineStyle::Dashed, LineStyle::Dotted].into_iter().filter_map(|style| {
        let labels: Vec<&str> = explainer.kinds.iter().enumerate().filter(|(k, kind)| kind.line == style && used(*k)).map(|(_, kind)| kind.label.as_ref()).collect();
        (!labels.is_empty()).then(|| {
            html! {
                <li>
                    <svg class="legend-swatch" viewBox="0 0 36 10" width="36" height="10" aria-hidden="true">
                        <line class={classes!("edge-line", line_class(style))} x1="2" y1="5" x2="34" y2="5" />
                    </svg>
                    <span>{ labels.join(", ") }</span>
                </li>
            }
        })
    });
    html! {
        <ul class="legend" aria-label="Key to the diagram">
            { for rows }
            <li>
                <svg class="legend-swatch" viewBox="0 0 36 10" width="36" height="10" aria-hidden="true">
                    <line class="edge-line line-solid" x1="2" y1="5" x2="26" y2="5" />
                    <path class="arrowhead" d="M24,1 L33,5 L24,9 z" />
                </svg>
                <span>{ "who acts on whom; a line without an arrow is mutual or mixed" }</span>
            </li>
        </ul>
    }
}
