//! Labelled form controls, each with the id of the item it edits (see
//! `field_id`), so a problem can take the editor to it: text, a choice, a tick,
//! the article's quotes with a remove button each, and a collapsible card.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::{use_ctx, UiAction};

#[derive(Properties, PartialEq)]
pub struct TextProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub multiline: bool,
    /// A line under the field: what it is for, or what it must be.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Report the value when the editor leaves the field or presses Enter, not on
    /// every key: for ids, which other items refer to.
    #[prop_or_default]
    pub on_commit: bool,
}

/// The text in the input or textarea an event came from.
fn value_of(target: Option<web_sys::EventTarget>) -> Option<String> {
    let target = target?;
    Some(match target.dyn_ref::<HtmlTextAreaElement>() {
        Some(area) => area.value(),
        None => target.unchecked_into::<HtmlInputElement>().value(),
    })
}

#[function_component]
pub fn TextField(p: &TextProps) -> Html {
    let oninput = {
        let onchange = p.onchange.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(value) = value_of(e.target()) {
                onchange.emit(value);
            }
        })
    };
    let onchange = {
        let onchange = p.onchange.clone();
        Callback::from(move |e: Event| {
            if let Some(value) = value_of(e.target()) {
                onchange.emit(value);
            }
        })
    };
    let (oninput, onchange) = if p.on_commit {
        (Callback::noop(), onchange)
    } else {
        (oninput, Callback::noop())
    };
    let hint_id = format!("{}-hint", p.id);
    let described = p.hint.as_ref().map(|_| hint_id.clone());
    html! {
        <div class="st-field">
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            if p.multiline {
                <textarea id={p.id.clone()} value={p.value.clone()} {oninput} {onchange} rows="2" aria-describedby={described.clone()} />
            } else {
                <input type="text" id={p.id.clone()} value={p.value.clone()} {oninput} {onchange} aria-describedby={described.clone()} />
            }
            if let Some(hint) = &p.hint {
                <p class="st-hint" id={hint_id}>{ hint.clone() }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(String, String)>,
    pub value: AttrValue,
    pub onchange: Callback<String>,
}

#[function_component]
pub fn SelectField(p: &SelectProps) -> Html {
    let onchange = {
        let onchange = p.onchange.clone();
        Callback::from(move |e: Event| {
            onchange.emit(e.target_unchecked_into::<HtmlSelectElement>().value());
        })
    };
    html! {
        <div class="st-field">
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            <select id={p.id.clone()} {onchange}>
                { for p.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == *p.value}>{ label }</option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub onchange: Callback<bool>,
}

#[function_component]
pub fn CheckField(p: &CheckProps) -> Html {
    let onchange = {
        let onchange = p.onchange.clone();
        Callback::from(move |e: Event| {
            onchange.emit(e.target_unchecked_into::<HtmlInputElement>().checked());
        })
    };
    html! {
        <div class="st-field st-check">
            <input type="checkbox" id={p.id.clone()} checked={p.checked} {onchange} />
            <label for={p.id.clone()}>{ p.label.clone() }</label>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuotesProps {
    /// The list's id; each item's is `{id}-{index}`.
    pub id: AttrValue,
    pub label: AttrValue,
    pub items: Vec<String>,
    /// Takes the words out (by the words: the same words are there once).
    pub onremove: Callback<String>,
    /// What to say when the list is empty.
    pub empty: AttrValue,
    /// Chips (aliases) rather than quotes.
    #[prop_or_default]
    pub chips: bool,
}

/// The article's words attached to an item, each removable. They are added from
/// the passage bar only, so they are always the article's own.
#[function_component]
pub fn QuoteList(p: &QuotesProps) -> Html {
    let items = p.items.iter().enumerate().map(|(i, text)| {
        let onclick = {
            let (onremove, text) = (p.onremove.clone(), text.clone());
            Callback::from(move |_| onremove.emit(text.clone()))
        };
        let shown = if p.chips { html! { text } } else { html! { <q>{ text }</q> } };
        html! {
            <li>
                <span id={format!("{}-{i}", p.id)} tabindex="-1">{ shown }</span>
                <button type="button" class="st-remove" {onclick} aria-label={format!("Remove “{text}”")}>{ "×" }</button>
            </li>
        }
    });
    html! {
        <div class="st-field" id={p.id.clone()} tabindex="-1">
            <p class="st-label">{ p.label.clone() }</p>
            if p.items.is_empty() {
                <p class="st-hint">{ p.empty.clone() }</p>
            } else {
                <ul class={if p.chips { "st-chips" } else { "st-quotes" }}>{ for items }</ul>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// The card's id, as `card_id` makes it.
    pub id: AttrValue,
    /// Its item, which the card stays open or closed for.
    pub item: crate::edit::Item,
    pub title: AttrValue,
    #[prop_or_default]
    pub subtitle: AttrValue,
    /// Problems the checker finds in this item.
    #[prop_or_default]
    pub problems: usize,
    pub children: Html,
}

/// One item of a list, open or closed as the editor left it.
#[function_component]
pub fn Card(p: &CardProps) -> Html {
    let ctx = use_ctx();
    let draft = ctx.studio.draft;
    let open = ctx.ui.open.contains(&(draft, p.item));
    let ontoggle = {
        let (ui, item) = (ctx.ui.clone(), p.item);
        Callback::from(move |e: Event| {
            let open = e
                .target_unchecked_into::<web_sys::Element>()
                .has_attribute("open");
            ui.dispatch(UiAction::Toggle(draft, item, open));
        })
    };
    html! {
        <details class="st-card" id={p.id.clone()} {open} {ontoggle}>
            <summary>
                <span class="st-card-title">{ p.title.clone() }</span>
                if !p.subtitle.is_empty() { <span class="st-card-subtitle">{ p.subtitle.clone() }</span> }
                if p.problems > 0 {
                    <span class="st-badge">{ if p.problems == 1 { "1 problem".to_string() } else { format!("{} problems", p.problems) } }</span>
                }
            </summary>
            if open { <div class="st-card-body">{ p.children.clone() }</div> }
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct PickerProps {
    pub label: AttrValue,
    /// Called with the file the editor chose.
    pub on_open: Callback<web_sys::File>,
}

/// A button that opens the file picker for an article (.txt) or a content file
/// (.toml).
#[function_component]
pub fn FilePicker(p: &PickerProps) -> Html {
    let input = use_node_ref();
    let onclick = {
        let input = input.clone();
        Callback::from(move |_| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let onchange = {
        let on_open = p.on_open.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                on_open.emit(file);
            }
            // The same file can be chosen again.
            input.set_value("");
        })
    };
    html! {
        <>
            <button type="button" {onclick}>{ p.label.clone() }</button>
            <input ref={input} type="file" class="sr-only" tabindex="-1" aria-hidden="true" accept=".txt,.toml,text/plain" {onchange} />
        </>
    }
}
