//! The parts of the page whose HTML never changes once it has loaded: the header,
//! the article, the timeline, the diagram and its key, the pair grid, the diagram as
//! a table and the print-only stances. They are rendered to HTML once, at build time, and the
//! browser keeps that HTML as it is: Yew hydrates a raw-HTML node by adopting what
//! is there without reading it. So their view code and words stay out of the wasm,
//! and hydration skips them. What a selection changes on them (classes and ARIA
//! states) is written by `selectable`, and mentions light up through CSS.

use yew::prelude::*;

/// Each static part's HTML: filled at build time, empty in the browser.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Islands {
    pub header: String,
    pub article: String,
    pub timeline: String,
    pub diagram: String,
    pub legend: String,
    pub matrix: String,
    pub table: String,
    pub print: String,
}

/// A static part as a raw-HTML node. In the browser the string is empty, and stays
/// empty, so Yew never replaces the pre-rendered HTML it adopted.
pub fn island(html: &str) -> Html {
    Html::from_html_unchecked(AttrValue::from(html.to_string()))
}

#[cfg(feature = "static-parts")]
mod render {
    use std::rc::Rc;

    use explainer_model::Explainer;
    use yew::prelude::*;

    use super::Islands;
    use crate::ui::{
        article, diagram, header, legend, matrix, print_stances, relation_table, timeline,
    };

    #[derive(Clone, Copy, PartialEq)]
    enum Which {
        Header,
        Article,
        Timeline,
        Diagram,
        Legend,
        Matrix,
        Table,
        Print,
    }

    #[derive(Properties, PartialEq)]
    struct PartProps {
        x: Rc<Explainer>,
        which: Which,
    }

    #[function_component]
    fn Part(props: &PartProps) -> Html {
        let x = &props.x;
        match props.which {
            Which::Header => header::view(x),
            Which::Article => article::view(x),
            Which::Timeline => timeline::view(x),
            Which::Diagram => diagram::view(x),
            Which::Legend => legend::view(x),
            Which::Matrix => matrix::view(x),
            Which::Table => relation_table::view(x),
            Which::Print => print_stances::view(x),
        }
    }

    async fn part(x: &Rc<Explainer>, which: Which) -> String {
        let props = PartProps {
            x: x.clone(),
            which,
        };
        yew::LocalServerRenderer::<Part>::with_props(props)
            .hydratable(false)
            .render()
            .await
    }

    impl Islands {
        /// Renders every static part, as the build does before pre-rendering.
        pub async fn render(x: &Rc<Explainer>) -> Self {
            Islands {
                header: part(x, Which::Header).await,
                article: part(x, Which::Article).await,
                timeline: part(x, Which::Timeline).await,
                diagram: part(x, Which::Diagram).await,
                legend: part(x, Which::Legend).await,
                matrix: part(x, Which::Matrix).await,
                table: part(x, Which::Table).await,
                print: part(x, Which::Print).await,
            }
        }
    }
}
