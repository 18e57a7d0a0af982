//! The shipped content file: the article is exactly as supplied, and every quote,
//! alias and role in the annotations is the article's own words. These checks read
//! the TOML directly, independently of the compiler they also exercise.

use explainer_model::authoring::compile;
use sha2::{Digest, Sha256};
use toml::Value;

const CONTENT: &str = include_str!("../../content/afp-istanbul-2022-10-11.toml");

/// SHA-256 of the article file the user supplied (36 lines, no final newline).
const SUPPLIED_ARTICLE_SHA256: &str =
    "7e83e034e4a43289eaa9a7ce1064d5fd4f826c9ce460b45eb637730edfd58414";

fn compiled() -> explainer_model::authoring::Compiled {
    compile(CONTENT, "afp.toml").unwrap_or_else(|e| {
        panic!(
            "{}",
            e.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

fn content() -> Value {
    Value::Table(toml::from_str(CONTENT).expect("the content file is valid TOML"))
}

fn article(v: &Value) -> &str {
    v["article"]["text"].as_str().unwrap()
}

#[test]
fn the_article_is_byte_for_byte_the_supplied_one() {
    let v = content();
    let text = article(&v);
    let digest: String = Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(digest, SUPPLIED_ARTICLE_SHA256);
    assert_eq!(text.lines().count(), 36);
}

/// Every string under a key named `key`, anywhere in the file.
fn strings_under<'a>(v: &'a Value, key: &str, out: &mut Vec<&'a str>) {
    match v {
        Value::Table(t) => {
            for (k, child) in t {
                if k == key {
                    match child {
                        Value::String(s) => out.push(s),
                        Value::Array(items) => out.extend(items.iter().filter_map(Value::as_str)),
                        _ => {}
                    }
                }
                strings_under(child, key, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| strings_under(i, key, out)),
        _ => {}
    }
}

#[test]
fn every_quote_occurs_verbatim_exactly_once() {
    let v = content();
    let text = article(&v);
    let mut quotes = Vec::new();
    strings_under(&v, "evidence", &mut quotes);
    strings_under(&v, "quote", &mut quotes);
    assert!(quotes.len() > 60, "only {} quotes found", quotes.len());
    for q in quotes {
        assert_eq!(
            text.matches(q).count(),
            1,
            "quote not found exactly once: {q:?}"
        );
    }
}

#[test]
fn every_alias_and_person_role_is_in_the_article() {
    let v = content();
    let text = article(&v);
    let mut words = Vec::new();
    strings_under(&v, "aliases", &mut words);
    for p in v["people"].as_array().unwrap() {
        words.extend(p.get("role").and_then(Value::as_str));
    }
    for w in words {
        assert!(text.contains(w), "not in the article: {w:?}");
    }
}

#[test]
fn the_content_compiles_with_every_actor_the_story_needs() {
    let x = compiled().explainer;
    let ids: Vec<&str> = x.actors.iter().map(|a| a.id.as_ref()).collect();
    for needed in [
        "turkey",
        "russia",
        "ukraine",
        "united-states",
        "kazakhstan",
        "nato",
        "west",
    ] {
        assert!(ids.contains(&needed), "missing actor {needed}");
    }
    // Each capital, institution, person and adjective the issue names is linked.
    let mentioned: Vec<&str> = x.mentions.iter().map(|m| x.span_text(m.span)).collect();
    for word in [
        "Ankara",
        "Moscow",
        "Kremlin",
        "Kyiv",
        "Washington",
        "Astana",
        "Erdogan",
        "Cavusoglu",
        "Turkish diplomat",
        "Turkish official",
        "Putin",
        "Dmitry Peskov",
        "Dmytro Kuleba",
        "Kassym-Jomart Tokayev",
        "Turkish",
        "Russian",
        "Ukrainian",
        "Kazakh",
        "Western",
        "NATO",
        "United States",
    ] {
        assert!(mentioned.contains(&word), "{word:?} is not linked");
    }
    for (i, actor) in x.actors.iter().enumerate() {
        assert!(
            !actor.role.evidence.is_empty(),
            "{} has no evidence for its role",
            actor.id
        );
        assert!(
            x.mentions.iter().any(|m| x.actor_of(m.target) == i),
            "{} is never mentioned",
            actor.id
        );
    }
}

#[test]
fn the_content_raises_no_warnings() {
    let warnings = compiled().warnings;
    assert!(
        warnings.is_empty(),
        "{}",
        warnings
            .iter()
            .map(|w| w.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_diagram_has_no_overlaps() {
    let x = compiled().explainer;
    let names: Vec<&str> = x.actors.iter().map(|a| a.name.as_ref()).collect();
    let problems = explainer_model::layout::overlaps(&x.diagram, &names);
    assert!(problems.is_empty(), "{problems:#?}");
    // A 390 px phone shows it 358 px wide, with text of at least 11 px.
    let shown = explainer_model::layout::min_display_width(&x.diagram);
    assert!(shown <= 358.0, "needs {shown} px on screen");
}

#[test]
fn the_faithfulness_review_is_up_to_date_and_leaves_nothing_out_unexplained() {
    let content: explainer_model::authoring::ContentFile = toml::from_str(CONTENT).unwrap();
    let file = "content/afp-istanbul-2022-10-11.toml";
    let review =
        explainer_model::authoring::faithfulness::review(&content, &compiled().explainer, file);
    let committed = include_str!("../../docs/faithfulness.md");
    assert!(
        review == committed,
        "docs/faithfulness.md is stale: regenerate it with\n  cargo run -p explainer-model --features authoring --bin content-check -- --faithfulness {file} > docs/faithfulness.md"
    );
    assert!(!review.contains("no reason given"), "{review}");
}

#[test]
fn statements_are_direct_exactly_when_the_article_opens_quotation_marks_on_them() {
    let x = compiled().explainer;
    let mut direct = 0;
    for s in x.statements.iter() {
        let text = x.quote_text(&s.quote);
        // A phrase quoted inside reported speech ("called for a “just peace”")
        // does not make the statement the speaker's own words.
        let opens_a_quotation = text.starts_with('“');
        assert_eq!(
            s.direct,
            opens_a_quotation,
            "direct = {} but the quote {} with a quotation mark: {text:?}",
            s.direct,
            if opens_a_quotation {
                "opens"
            } else {
                "does not open"
            }
        );
        direct += usize::from(s.direct);
    }
    assert!(direct >= 4, "only {direct} direct statements");
}

#[test]
fn turkey_reads_as_a_go_between_not_as_a_side() {
    let x = compiled().explainer;
    let turkey = x.actors.iter().position(|a| &*a.id == "turkey").unwrap();
    let russia = x.actors.iter().position(|a| &*a.id == "russia").unwrap();
    // What the diagram's accessible name, the table and the panel say of the pair.
    let sentences: Vec<String> = x
        .relations_between(turkey, russia)
        .map(|(_, r)| x.relation_sentence(r))
        .collect();
    assert_eq!(
        sentences,
        [
            "Turkey is to hold a leaders’ meeting with Russia",
            "Turkey has a president with a good working relationship, despite disagreements, with the president of Russia",
            "Turkey has long sought to broker truce talks involving Russia",
            "Turkey rejects the annexation of Ukrainian provinces by Russia",
            "Turkey has a president keen to boost trade with Russia",
        ]
    );
    for r in x.relations.iter() {
        let sentence = x.relation_sentence(r);
        assert!(!sentence.contains("talks with Russia"), "{sentence}");
        assert!(!sentence.contains("talks with Ukraine"), "{sentence}");
        if sentence.contains("truce talks") {
            assert!(
                r.claim
                    .summary
                    .contains("that neither side particularly wants"),
                "{sentence}: {}",
                r.claim.summary
            );
        }
    }
}
