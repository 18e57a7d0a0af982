//! The smallest Yew app worth measuring: one state hook and a click handler.

use yew::prelude::*;

#[function_component]
fn App() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    use_effect_with((), |_| {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("data-interactive", "");
        }
    });
    html! {
        <main>
            <h1>{ "Framework floor" }</h1>
            <button {onclick}>{ format!("Clicked {} times", *count) }</button>
        </main>
    }
}

// As in the explainer (src/main.rs): Talc instead of dlmalloc.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    yew::Renderer::<App>::new().render();
}
