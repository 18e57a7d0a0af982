//! The parts of the page whose HTML never changes once it has loaded: the header,
//! the article, the timeline, the diagram and its key, the pair grid, the diagram
//! as a table and the print-only stances. The build renders them to HTML once and
//! the reader's browser keeps that HTML as it is, so their view code and words stay
//! out of the reader's wasm. What a selection changes on them (classes and ARIA
//! states) is written by `reflect`. The studio's preview, which has no build step,
//! renders the same views live.

use explainer_model::Explainer;
use yew::prelude::*;

/// Declares the static parts: each one's name and the view that renders it. Adding
/// a part is one line here, and one `parts.view(Part::…)` where the page lays it out.
macro_rules! static_parts {
    ($($part:ident => $view:path),* $(,)?) => {
        /// A static part of the page.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Part {
            $($part),*
        }

        impl Part {
            /// Every part, in the order their HTML is kept in [`StaticParts::Rendered`].
            pub const ALL: &'static [Part] = &[$(Part::$part),*];

            pub fn view(self, explainer: &Explainer) -> Html {
                match self {
                    $(Part::$part => $view(explainer)),*
                }
            }
        }
    };
}

static_parts! {
    Header => crate::ui::header::view,
    Article => crate::ui::article::view,
    Timeline => crate::ui::timeline::view,
    Diagram => crate::ui::diagram::view,
    Legend => crate::ui::legend::view,
    Matrix => crate::ui::matrix::view,
    Table => crate::ui::relation_table::view,
    Print => crate::ui::print_stances::view,
}

/// Where the static parts' HTML comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum StaticParts {
    /// At build time: each part's HTML, in [`Part::ALL`] order, rendered once.
    Rendered(std::rc::Rc<Vec<String>>),
    /// In the studio's preview: Yew renders the parts from the content, live.
    Live,
}

impl StaticParts {
    pub fn view(&self, part: Part, explainer: &Explainer) -> Html {
        match self {
            StaticParts::Rendered(html) => {
                Html::from_html_unchecked(AttrValue::from(html[part as usize].clone()))
            }
            StaticParts::Live => part.view(explainer),
        }
    }
}

mod render {
    use std::rc::Rc;

    use explainer_model::Explainer;
    use yew::prelude::*;

    use super::{Part, StaticParts};

    #[derive(Properties, PartialEq)]
    struct PartProps {
        explainer: Rc<Explainer>,
        part: Part,
    }

    #[function_component]
    fn PartView(props: &PartProps) -> Html {
        props.part.view(&props.explainer)
    }

    impl StaticParts {
        /// Renders every static part to HTML, as the build does before pre-rendering.
        pub async fn render(explainer: &Rc<Explainer>) -> Self {
            let mut html = Vec::with_capacity(Part::ALL.len());
            for &part in Part::ALL {
                let props = PartProps {
                    explainer: explainer.clone(),
                    part,
                };
                html.push(
                    yew::LocalServerRenderer::<PartView>::with_props(props)
                        .hydratable(false)
                        .render()
                        .await,
                );
            }
            StaticParts::Rendered(Rc::new(html))
        }
    }
}
