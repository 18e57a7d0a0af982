//! The names the diagram's search box suggests and matches: every actor's own
//! name, then the other ways the article names it or its people, once each.

use explainer_model::authoring::compile;
use explainer_model::Explainer;

fn explainer(source: &str) -> Explainer {
    compile(source, "content.toml")
        .expect("the content compiles")
        .explainer
}

fn names_of(x: &Explainer, id: &str) -> Vec<String> {
    let actor = x.actor_index(id).expect("the actor exists");
    x.names()
        .into_iter()
        .filter(|&(_, a)| a == actor)
        .map(|(n, _)| n.to_string())
        .collect()
}

#[test]
fn an_actor_goes_by_its_name_its_aliases_and_its_peoples_names() {
    let x = explainer(include_str!("../../content/afp-istanbul-2022-10-11.toml"));
    let turkey = names_of(&x, "turkey");
    assert_eq!(turkey[0], "Turkey", "its own name first");
    for alias in ["Ankara", "Turkish", "Erdogan", "Recep Tayyip Erdogan"] {
        assert!(turkey.iter().any(|n| n == alias), "{alias} in {turkey:?}");
    }
    assert!(names_of(&x, "russia").iter().any(|n| n == "Dmitry Peskov"));
    assert!(names_of(&x, "united-states")
        .iter()
        .any(|n| n == "Washington"));
}

#[test]
fn each_name_is_suggested_once_ignoring_case() {
    for source in [
        include_str!("../../content/afp-istanbul-2022-10-11.toml"),
        include_str!("../../e2e-engines/fixtures/twenty-actors.toml"),
    ] {
        let x = explainer(source);
        let names = x.names();
        assert!(names.len() > x.actors.len(), "aliases are suggested too");
        for (i, (a, _)) in names.iter().enumerate() {
            assert!(
                names[i + 1..]
                    .iter()
                    .all(|(b, _)| !a.eq_ignore_ascii_case(b)),
                "{a} twice"
            );
        }
        for (i, actor) in x.actors.iter().enumerate() {
            assert_eq!(names[i], (actor.name.as_ref(), i));
        }
    }
}
