//! The whole page, as the build renders it to HTML (and the studio's preview
//! renders it live): the skip links, the reading column (header, article,
//! timeline) and the side column (diagram, the interactive panel's slot, key, grid,
//! table, print-only stances).

use std::rc::Rc;

use explainer_model::Explainer;
use yew::prelude::*;

use super::interactive::Interactive;
use super::static_parts::{Part, StaticParts};
use crate::contract::{class, id};

#[derive(Properties, Clone)]
pub struct PageProps {
    pub explainer: Rc<Explainer>,
    /// Where the static parts' HTML comes from: rendered once, or live.
    pub parts: StaticParts,
}

impl PartialEq for PageProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.explainer, &other.explainer) && self.parts == other.parts
    }
}

#[function_component]
pub fn Page(props: &PageProps) -> Html {
    let explainer = &props.explainer;
    let part = |part: Part| props.parts.view(part, explainer);
    html! {
        <div class={class::ROOT}>
            <nav class="skip-links" aria-label="Skip links">
                <a href={format!("#{}", id::ARTICLE)}>{ "Skip to the article" }</a>
                <a href={format!("#{}", id::DIAGRAM)}>{ "Skip to the diagram" }</a>
            </nav>
            // On phones, where the diagram comes after the whole article, a control
            // that stays on screen reaches it in one tap (see `reach`).
            <a id={id::TO_DIAGRAM} class="reach" href={format!("#{}", id::DIAGRAM)}>{ "Diagram ↓" }</a>
            <a id={id::BACK_TO_READING} class="reach" href={format!("#{}", id::ARTICLE)} hidden=true>{ "↑ Back to reading" }</a>
            <div class="reading">
                { part(Part::Header) }
                <main>
                    { part(Part::Article) }
                    { part(Part::Timeline) }
                </main>
            </div>
            <aside class="side" aria-label="Relationships and stances">
                { part(Part::Diagram) }
                // The panel right under the diagram, so a selection shows at once;
                // the key and the other views of the same relationships follow.
                // In the reader's browser, Yew renders into this slot only.
                <div id={id::PANEL_SLOT} class="panel-slot">
                    <Interactive explainer={explainer.clone()} />
                </div>
                { part(Part::Legend) }
                { part(Part::Matrix) }
                { part(Part::Table) }
                { part(Part::Print) }
            </aside>
        </div>
    }
}
