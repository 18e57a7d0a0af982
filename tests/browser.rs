//! Component behaviour in a real browser (wasm-bindgen-test in headless Chromium):
//! a click, tap or key press changes the shared state, and both views follow.

#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use explainer_reader::contract::class;
use explainer_reader::ui::static_parts::StaticParts;
use explainer_reader::{Page, PageProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, KeyboardEvent, KeyboardEventInit, MouseEvent, MouseEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// The shipped article's explainer, compiled from its content file as the build
/// compiles it.
fn explainer() -> Rc<explainer_model::Explainer> {
    thread_local! {
        static COMPILED: Rc<explainer_model::Explainer> = Rc::new(
            explainer_model::authoring::compile(
                include_str!("../content/afp-istanbul-2022-10-11.toml"),
                "content/afp-istanbul-2022-10-11.toml",
            )
            .expect("the shipped content compiles")
            .explainer,
        );
    }
    COMPILED.with(Rc::clone)
}

struct Mounted {
    root: Element,
    app: Option<yew::AppHandle<Page>>,
}

impl Mounted {
    async fn new() -> Self {
        let path = gloo::utils::window().location().pathname().unwrap();
        Self::at(&path).await
    }

    /// Mounts the app on a fresh root after setting the URL to `url`, since the app
    /// reads the fragment on mount.
    async fn at(url: &str) -> Self {
        Self::showing(explainer(), url).await
    }

    async fn showing(explainer: Rc<explainer_model::Explainer>, url: &str) -> Self {
        gloo::utils::window()
            .history()
            .unwrap()
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
            .unwrap();
        let root = gloo::utils::document().create_element("div").unwrap();
        gloo::utils::body().append_child(&root).unwrap();
        let app = yew::Renderer::<Page>::with_root_and_props(
            root.clone(),
            PageProps {
                parts: StaticParts::render(&explainer).await,
                explainer,
            },
        )
        .render();
        yew::scheduler::flush().await;
        Mounted {
            root,
            app: Some(app),
        }
    }

    fn one(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no {selector}"))
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().dyn_into().unwrap())
            .collect()
    }

    fn panel_title(&self) -> String {
        self.one("#panel-title").text_content().unwrap()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

async fn click(el: &Element) {
    click_with(el, MouseEventInit::new()).await;
}

async fn click_with(el: &Element, init: MouseEventInit) {
    init.set_bubbles(true);
    init.set_cancelable(true);
    el.dispatch_event(&MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

async fn key(el: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    el.dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn clicking_a_mention_selects_its_actor_in_both_views() {
    let page = Mounted::new().await;
    assert_eq!(page.panel_title(), "Where each one stands");
    click(&page.one("a.mention.actor-kazakhstan")).await;
    assert_eq!(page.panel_title(), "Kazakhstan");
    assert!(page
        .one("#node-kazakhstan")
        .class_list()
        .contains("is-selected"));
    // Its mentions, and only its, are lit.
    let lit = page.all(&format!("a.{}", class::IS_LIT));
    assert!(lit.len() >= 3);
    assert_eq!(lit.len(), page.all("a.mention.actor-kazakhstan").len());
    assert!(lit
        .iter()
        .all(|a| a.class_list().contains("actor-kazakhstan")));
    // Another actor moves the light.
    click(&page.one("a.mention.actor-nato")).await;
    assert!(page
        .all(&format!("a.{}", class::IS_LIT))
        .iter()
        .all(|a| a.class_list().contains("actor-nato")));
    click(&page.one("a.mention.actor-kazakhstan")).await;
    assert_eq!(
        gloo::utils::window().location().hash().unwrap(),
        "#kazakhstan"
    );
}

#[wasm_bindgen_test]
async fn links_clicked_to_open_elsewhere_are_left_to_the_browser() {
    let page = Mounted::new().await;
    // The window hears the click last (after the app's root): it notes whether
    // the app kept the browser from following the link, then keeps the test
    // page where it is.
    let app_prevented = Rc::new(Cell::new(false));
    let _stay = {
        let app_prevented = app_prevented.clone();
        gloo::events::EventListener::new_with_options(
            &gloo::utils::window(),
            "click",
            gloo::events::EventListenerOptions::enable_prevent_default(),
            move |e| {
                app_prevented.set(e.default_prevented());
                e.prevent_default();
            },
        )
    };
    let with = |set: fn(&MouseEventInit)| {
        let init = MouseEventInit::new();
        set(&init);
        init
    };
    let asks_elsewhere: [fn(&MouseEventInit); 3] = [
        |i| i.set_ctrl_key(true),
        |i| i.set_shift_key(true),
        |i| i.set_meta_key(true),
    ];
    for set in asks_elsewhere {
        click_with(&page.one("a.mention.actor-kazakhstan"), with(set)).await;
        assert_eq!(page.panel_title(), "Where each one stands");
        assert!(!app_prevented.get(), "a mention");
    }
    // The panel's own links (Yew handlers) too.
    click(&page.one("a.mention.actor-kazakhstan")).await;
    assert!(app_prevented.get(), "a plain click selects instead");
    let relation = page.one("#panel a.relation-link");
    for set in asks_elsewhere {
        click_with(&relation, with(set)).await;
        assert_eq!(page.panel_title(), "Kazakhstan");
        assert!(!app_prevented.get(), "a panel link");
    }
}

#[wasm_bindgen_test]
async fn clicking_a_node_and_an_edge_selects_actor_then_pair() {
    let page = Mounted::new().await;
    click(&page.one("#node-nato")).await;
    assert_eq!(page.panel_title(), "NATO");
    let edge = page
        .all("g.edge")
        .into_iter()
        .find(|e| {
            e.get_attribute("aria-label")
                .unwrap()
                .contains("The United States pressures Turkey")
        })
        .unwrap();
    click(&edge).await;
    assert_eq!(page.panel_title(), "Turkey and the United States");
    assert!(page
        .one("#panel")
        .text_content()
        .unwrap()
        .contains("Ankara has succumbed to pressure from the United States"));
}

#[wasm_bindgen_test]
async fn keyboard_moves_through_the_diagram_selects_and_clears() {
    let page = Mounted::new().await;
    let first = page.one("#node-turkey");
    assert_eq!(first.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(page.all(".node[tabindex='0']").len(), 1, "one tab stop");
    // The layout is automatic: the node above Turkey is whichever the model says.
    let x = explainer();
    let turkey = x.actor_index("turkey").unwrap();
    let above = explainer_model::layout::nearest_in_direction(&x.diagram.nodes, turkey, 0.0, -1.0)
        .expect("some node is above Turkey");
    let (id, name) = (
        x.actors[above].id.to_string(),
        x.actors[above].name.to_string(),
    );
    key(&first, "ArrowUp").await;
    let next = page.one(&format!("#node-{id}"));
    assert_eq!(next.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(first.get_attribute("tabindex").as_deref(), Some("-1"));
    key(&next, "Enter").await;
    assert_eq!(page.panel_title(), name);
    key(&next, "Escape").await;
    assert_eq!(page.panel_title(), "Where each one stands");
    assert!(page.all(".is-selected").is_empty());
}

#[wasm_bindgen_test]
async fn evidence_is_marked_in_the_article() {
    let page = Mounted::new().await;
    click(&page.one("#node-west")).await;
    click(&page.one("#panel button.evidence")).await;
    let mark = page.one("mark#evidence-mark");
    let line = mark.closest(".line").unwrap().unwrap();
    assert!(line
        .text_content()
        .unwrap()
        .contains("Turkey refrained from joining Western sanctions against Russia."));
    let marked: String = page
        .all("mark")
        .iter()
        .map(|m| m.text_content().unwrap())
        .collect();
    assert_eq!(
        marked,
        "Turkey refrained from joining Western sanctions against Russia."
    );
}

#[wasm_bindgen_test]
async fn marks_span_mentions_and_leave_the_article_as_it_was() {
    let page = Mounted::new().await;
    let article = page.one("#article");
    let before = article.inner_html();
    click(&page.one("#node-united-states")).await;
    // This quote runs across three mentions (Washington, Turkey, Russia).
    click(&page.one("#panel button.evidence")).await;
    let marked: String = page
        .all("mark")
        .iter()
        .map(|m| m.text_content().unwrap())
        .collect();
    assert!(page.all("mark").len() > 1, "one mark per run of text");
    assert!(marked.contains("Washington for Turkey to either restrict economic ties with Russia"));
    assert_eq!(page.all("#evidence-mark").len(), 1);
    // Another piece of evidence moves the mark; clearing removes it without a trace.
    click(&page.all("#panel button.evidence")[1]).await;
    assert_eq!(page.all("#evidence-mark").len(), 1);
    key(&page.one("#node-united-states"), "Escape").await;
    assert!(page.all("mark").is_empty());
    assert_eq!(article.inner_html(), before);
}

#[wasm_bindgen_test]
async fn a_fragment_in_the_url_is_applied_on_mount() {
    let page = Mounted::at("#russia/ukraine").await;
    assert_eq!(page.panel_title(), "Russia and Ukraine");
}

#[wasm_bindgen_test]
async fn a_different_article_is_linked_and_selectable() {
    // Nothing in the app is specific to the AFP story: the test fixture's own
    // article, compiled here from its content file, works the same way.
    let source = include_str!("../model/tests/fixtures/minimal.toml");
    let other = Rc::new(
        explainer_model::authoring::compile(source, "minimal.toml")
            .unwrap()
            .explainer,
    );
    let path = gloo::utils::window().location().pathname().unwrap();
    let page = Mounted::showing(other, &path).await;
    assert_eq!(page.all("a.mention").len(), 7);
    click(&page.one("a.mention.actor-southbay")).await;
    assert_eq!(page.panel_title(), "Southbay");
    click(&page.one("#node-northport")).await;
    assert_eq!(page.panel_title(), "Northport");
    assert!(page
        .one("#panel")
        .text_content()
        .unwrap()
        .contains("Northport will pay most of the cost"));
}

#[wasm_bindgen_test]
async fn claims_say_who_says_so_and_statements_how_they_were_said() {
    let page = Mounted::new().await;
    click(&page.one("#node-russia")).await;
    let claims: Vec<String> = page
        .all("#panel .claims .claim-summary")
        .iter()
        .map(|p| p.text_content().unwrap())
        .collect();
    assert!(
        claims.contains(&"Its mass strikes on Ukrainian cities killed 19 people and wounded more than 100, according to Ukraine’s emergency services".to_string()),
        "{claims:?}"
    );
    assert!(claims.contains(&"Has stepped up its attacks on Ukrainian cities".to_string()));
    let said: Vec<String> = page
        .all("#panel .person .speech")
        .iter()
        .map(|s| s.text_content().unwrap())
        .collect();
    assert!(said.contains(&"In their words: ".to_string()));
    assert!(said.contains(&"Reported: ".to_string()));
}
