//! The relationship diagram as inline SVG: one node per actor, one labelled edge per
//! related pair. A static part (see `static_parts`): rendered at build time in the
//! overview's state. Each node and edge carries the selection it stands for in
//! `data-select`; in the browser `controls` handles their clicks and keys (one tab
//! stop with a roving focus), and `reflect` shows the current selection on them.

use explainer_model::explainer::LineStyle;
use explainer_model::layout::{Edge, LABEL_FONT, LABEL_LINE, LABEL_PAD_Y, NODE_FONT};
use explainer_model::{Explainer, Selection};
use yew::prelude::*;

use crate::contract::{class, id};

/// The diagram as the overview shows it.
pub fn view(explainer: &Explainer) -> Html {
    let d = &explainer.diagram;
    let edges = d.edges.iter().map(|edge| edge_view(explainer, edge));
    let nodes = explainer.actors.iter().enumerate().map(|(i, actor)| {
        let n = d.nodes[i];
        html! {
            // The first node holds the diagram's one tab stop until the reader moves it.
            <g class={class::NODE} id={id::node(&actor.id)} role="graphics-symbol" aria-roledescription="actor"
                aria-label={format!("{}: {}", actor.name, actor.role.summary)}
                tabindex={if i == 0 { "0" } else { "-1" }}
                data-select={explainer.fragment(Selection::Actor(i))}>
                <rect class="node-box" x={(n.left()).px()} y={(n.top()).px()}
                    width={n.w.px()} height={n.h.px()} rx="8" />
                <text class="node-name" x={n.cx.px()} y={n.cy.px()} font-size={NODE_FONT.px()} aria-hidden="true">{ actor.name.as_ref() }</text>
            </g>
        }
    });

    html! {
        <section id={id::DIAGRAM} class="diagram" aria-labelledby={id::DIAGRAM_TITLE}>
            <h2 id={id::DIAGRAM_TITLE}>{ "Who relates to whom" }</h2>
            <p class="hint">{ "Select a name or a line. Keys: arrows move, Enter selects, Escape returns to the overview." }</p>
            <div class="diagram-tools">
                { finder(explainer) }
                { zoom(d) }
            </div>
            // Shown fitted to its box; zoomed in to read, it pans in its own scroll
            // (see page::diagram_css).
            <div class="diagram-scroll">
            <svg class="diagram-svg" viewBox={format!("0 0 {} {}", d.width.px(), d.height.px())} role="graphics-document"
                aria-label="Relationship diagram of the actors in the article">
                <defs>
                    <marker id={id::ARROWHEAD} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
                        <path class="arrowhead" d="M0,0 L10,5 L0,10 z" />
                    </marker>
                </defs>
                <g class="edges">{ for edges }</g>
                <g class="nodes">{ for nodes }</g>
            </svg>
            </div>
        </section>
    }
}

/// The search box: any name the article gives an actor or one of its people
/// (suggested as the reader types) selects that actor (`controls::find`).
fn finder(explainer: &Explainer) -> Html {
    let options = explainer.names().into_iter().map(|(name, actor)| {
        let actor_name = &explainer.actors[actor].name;
        // A suggestion that is not the actor's own name says whose it is.
        let whose = (name != actor_name.as_ref()).then(|| actor_name.to_string());
        html! { <option value={name.to_string()} label={whose}
        data-select={explainer.fragment(Selection::Actor(actor))} /> }
    });
    html! {
        <form class={class::FIND} role="search" aria-label="Find an actor in the diagram">
            <label for={id::FIND_NAME}>{ "Find" }</label>
            <input id={id::FIND_NAME} type="search" list={id::FIND_NAMES} autocomplete="off"
                placeholder="a name, a place, a person" enterkeyhint="search" />
            <button type="submit">{ "Show" }</button>
            <datalist id={id::FIND_NAMES}>{ for options }</datalist>
            <p id={id::FIND_NOTE} class="find-note" role="status"></p>
        </form>
    }
}

/// Where the diagram's text is too small to read when it fits its box, a switch
/// to its readable size, where it pans; CSS shows the switch only where the box is
/// narrower than that size (page::diagram_css), so no script is needed.
fn zoom(d: &explainer_model::layout::Diagram) -> Html {
    let (readable, _) = explainer_model::layout::min_display_size(d);
    if readable <= PHONE_BOX {
        return Html::default();
    }
    html! {
        <label class={class::ZOOM}>
            <input type="checkbox" />
            { "Zoom in to read" }
        </label>
    }
}

/// How wide the narrowest screen we design for (320 px) shows the diagram, less
/// the page's margins: a diagram readable at this width needs no zoom anywhere.
const PHONE_BOX: f32 = 296.0;

fn edge_view(explainer: &Explainer, edge: &Edge) -> Html {
    let d = &explainer.diagram;
    let (a, b) = (d.nodes[edge.a], d.nodes[edge.b]);
    // The visible line runs border to border, so an arrowhead lands on the box.
    let ((x1, y1), (x2, y2)) = (
        a.border_towards((b.cx, b.cy)),
        b.border_towards((a.cx, a.cy)),
    );
    let target = explainer.edge_target(edge);
    let ((x1, y1), (x2, y2)) = if target == Some(edge.a) {
        ((x2, y2), (x1, y1))
    } else {
        ((x1, y1), (x2, y2))
    };
    let marker = target.map(|_| format!("url(#{})", id::ARROWHEAD));
    let first = &explainer.relations[edge.relations[0]];
    let class = classes!(class::EDGE, line_class(explainer.kinds[first.kind].line));
    let name = edge
        .relations
        .iter()
        .map(|&r| {
            let relation = &explainer.relations[r];
            let sentence = explainer.relation_sentence(relation);
            match relation.claim.source {
                Some(source) => {
                    format!("{sentence}, according to {}", explainer.source_name(source))
                }
                None => sentence,
            }
        })
        .collect::<Vec<_>>()
        .join("; ");
    let label = edge.label;
    // The first line's baseline: the box's padding, then a line less its descent.
    let top = label.top() + LABEL_PAD_Y + LABEL_LINE - 4.0;
    html! {
        <g class={class} role="graphics-symbol" aria-roledescription="relationship" aria-label={name}
            data-select={explainer.fragment(Selection::pair(edge.a, edge.b))}>
            <line class="edge-hit" x1={a.cx.px()} y1={a.cy.px()} x2={b.cx.px()} y2={b.cy.px()} />
            <line class={classes!("edge-line", line_class(explainer.kinds[first.kind].line))} x1={x1.px()} y1={y1.px()} x2={x2.px()} y2={y2.px()} marker-end={marker} />
            <rect class="edge-label-box" x={label.left().px()} y={label.top().px()}
                width={label.w.px()} height={label.h.px()} rx="3" />
            <text class="edge-label" font-size={LABEL_FONT.px()} aria-hidden="true">
                { for edge.label_lines.iter().enumerate().map(|(i, line)| html! {
                    <tspan x={label.cx.px()} y={(top + i as f32 * LABEL_LINE).px()}>{ line.as_ref() }</tspan>
                }) }
            </text>
        </g>
    }
}

/// SVG coordinates as whole numbers. Integer formatting is much smaller in wasm
/// than float formatting, and sub-unit precision shows nothing at these sizes.
trait Px {
    fn px(self) -> String;
}

impl Px for f32 {
    fn px(self) -> String {
        (self.round() as i32).to_string()
    }
}

pub fn line_class(style: LineStyle) -> &'static str {
    match style {
        LineStyle::Solid => "line-solid",
        LineStyle::Dashed => "line-dashed",
        LineStyle::Dotted => "line-dotted",
    }
}
