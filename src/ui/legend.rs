//! The diagram's key: each kind of relationship with its line style, so kinds can
//! be told apart without colour.

use explainer_model::explainer::LineStyle;
use yew::prelude::*;

use super::context::use_ctx;

pub fn line_class(style: LineStyle) -> &'static str {
    match style {
        LineStyle::Solid => "line-solid",
        LineStyle::Dashed => "line-dashed",
        LineStyle::Dotted => "line-dotted",
    }
}

#[function_component]
pub fn Legend() -> Html {
    let ctx = use_ctx();
    let x = &ctx.x;
    let used = x.kinds.iter().enumerate().filter(|(k, _)| x.relations.iter().any(|r| r.kind == *k));
    html! {
        <ul class="legend" aria-label="Kinds of relationship">
            { for used.map(|(_, kind)| html! {
                <li>
                    <svg class="legend-swatch" viewBox="0 0 36 10" width="36" height="10" aria-hidden="true">
                        <line class={classes!("edge-line", line_class(kind.line))} x1="2" y1="5" x2="34" y2="5" />
                    </svg>
                    <span class="legend-label">{ &kind.label }</span>
                    <span class="legend-verb">{ format!(": {}", kind.verb) }</span>
                </li>
            }) }
        </ul>
    }
}
