//! The relationship diagram as inline SVG: one node per actor, one labelled edge per
//! related pair. Nodes form one tab stop with a roving focus (arrow keys move,
//! Enter or Space selects); edges select the relationship they draw.

use explainer_model::explainer::LineStyle;
use explainer_model::layout::{nearest_in_direction, Edge, LABEL_FONT, LABEL_LINE, NODE_FONT};
use explainer_model::Selection;
use gloo::utils::document;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::context::Ctx;
use crate::state::Action;

/// `focus` is the actor holding the diagram's one tab stop (roving tabindex).
pub fn view(ctx: &Ctx, focus: &UseStateHandle<usize>) -> Html {
    let x = &ctx.x;
    let d = &x.diagram;
    let selection = ctx.selection();

    let edges = d.edges.iter().map(|edge| edge_view(ctx, edge));
    let neighbours = match selection {
        Selection::Actor(a) => x.neighbours(a),
        _ => Vec::new(),
    };
    let nodes = x.actors.iter().enumerate().map(|(i, actor)| {
        let n = d.nodes[i];
        let related = neighbours.contains(&i);
        let class = classes!(
            "node",
            selection.involves(i).then_some("is-selected"),
            related.then_some("is-related")
        );
        let onkeydown = {
            let (ctx, focus) = (ctx.clone(), focus.clone());
            Callback::from(move |e: KeyboardEvent| on_node_key(&ctx, &focus, i, e))
        };
        let onfocus = {
            let focus = focus.clone();
            Callback::from(move |_| focus.set(i))
        };
        html! {
            <g class={class} id={format!("node-{}", actor.id)} role="graphics-symbol" aria-roledescription="actor"
                aria-label={format!("{}: {}", actor.name, actor.role.summary)}
                aria-current={selection.involves(i).then_some("true")}
                tabindex={if **focus == i { "0" } else { "-1" }}
                onclick={ctx.select_on_click(Selection::Actor(i))} {onkeydown} {onfocus}>
                <rect class="node-box" x={(n.left()).px()} y={(n.top()).px()}
                    width={n.w.px()} height={n.h.px()} rx="8" />
                <text class="node-name" x={n.cx.px()} y={n.cy.px()} font-size={NODE_FONT.px()} aria-hidden="true">{ actor.name.as_ref() }</text>
            </g>
        }
    });

    html! {
        <section id="diagram" class="diagram" aria-labelledby="diagram-title">
            <h2 id="diagram-title">{ "Who relates to whom" }</h2>
            <p class="hint">{ "Select a name or a line. Keys: arrows move, Enter selects, Escape returns to the overview." }</p>
            <svg class="diagram-svg" viewBox={format!("0 0 {} {}", d.width.px(), d.height.px())} role="graphics-document"
                aria-label="Relationship diagram of the actors in the article">
                <defs>
                    <marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
                        <path class="arrowhead" d="M0,0 L10,5 L0,10 z" />
                    </marker>
                </defs>
                <g class="edges">{ for edges }</g>
                <g class="nodes">{ for nodes }</g>
            </svg>
        </section>
    }
}

fn edge_view(ctx: &Ctx, edge: &Edge) -> Html {
    let x = &ctx.x;
    let d = &x.diagram;
    let (a, b) = (d.nodes[edge.a], d.nodes[edge.b]);
    // The visible line runs border to border, so an arrowhead lands on the box.
    let ((x1, y1), (x2, y2)) = (
        a.border_towards((b.cx, b.cy)),
        b.border_towards((a.cx, a.cy)),
    );
    let target = x.edge_target(edge);
    let ((x1, y1), (x2, y2)) = if target == Some(edge.a) {
        ((x2, y2), (x1, y1))
    } else {
        ((x1, y1), (x2, y2))
    };
    let marker = target.map(|_| "url(#arrowhead)");
    let selection = ctx.selection();
    let selected = match selection {
        Selection::Actor(s) => edge.a == s || edge.b == s,
        Selection::Pair(p, q) => (p, q) == (edge.a, edge.b),
        Selection::Overview => false,
    };
    let first = &x.relations[edge.relations[0]];
    let class = classes!(
        "edge",
        line_class(x.kinds[first.kind].line),
        selected.then_some("is-selected")
    );
    let name = edge
        .relations
        .iter()
        .map(|&r| x.relation_sentence(&x.relations[r]))
        .collect::<Vec<_>>()
        .join("; ");
    let label = edge.label;
    let top = label.top() + LABEL_LINE - 4.0;
    let pair = Selection::pair(edge.a, edge.b);
    html! {
        <g class={class} role="graphics-symbol" aria-roledescription="relationship" aria-label={name}
            onclick={ctx.select_on_click(pair)}>
            <line class="edge-hit" x1={a.cx.px()} y1={a.cy.px()} x2={b.cx.px()} y2={b.cy.px()} />
            <line class={classes!("edge-line", line_class(x.kinds[first.kind].line))} x1={x1.px()} y1={y1.px()} x2={x2.px()} y2={y2.px()} marker-end={marker} />
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

/// Roving focus: arrows move to the nearest actor that way, Home and End to the
/// first and last; Enter and Space select.
fn on_node_key(ctx: &Ctx, focus: &UseStateHandle<usize>, index: usize, e: KeyboardEvent) {
    let nodes = &ctx.x.diagram.nodes;
    let direction = match e.key().as_str() {
        "ArrowRight" => Some((1.0, 0.0)),
        "ArrowLeft" => Some((-1.0, 0.0)),
        "ArrowDown" => Some((0.0, 1.0)),
        "ArrowUp" => Some((0.0, -1.0)),
        _ => None,
    };
    let target = match (e.key().as_str(), direction) {
        (_, Some((dx, dy))) => nearest_in_direction(nodes, index, dx, dy),
        ("Home", _) => Some(0),
        ("End", _) => Some(nodes.len() - 1),
        ("Enter" | " ", _) => {
            e.prevent_default();
            ctx.dispatch(Action::Select(Selection::Actor(index)));
            return;
        }
        _ => return,
    };
    e.prevent_default();
    if let Some(next) = target {
        focus.set(next);
        let id = format!("node-{}", ctx.x.actors[next].id);
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|el| el.dyn_into::<web_sys::SvgElement>().ok())
        {
            let _ = el.focus();
        }
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
