//! The studio's export: every shipped content file, read and written back out,
//! compiles to the same explainer, and reads back to the same file; and none
//! raises a warning.

use explainer_model::authoring::{compile, compile_content, export, ContentFile};

fn round_trip(name: &str, source: &str) {
    let compiled = compile(source, name).expect("the file compiles");
    // They are shown as examples: none may say more than its evidence.
    assert!(
        compiled.warnings.is_empty(),
        "{name}: {:?}",
        compiled.warnings
    );
    let before = compiled.explainer;
    let content: ContentFile = toml::from_str(source).unwrap();
    let exported = export(&content).unwrap();
    let after = compile(&exported, name)
        .unwrap_or_else(|e| panic!("{name}: the export does not compile: {e:?}\n{exported}"))
        .explainer;
    assert_eq!(before, after, "{name}: compiled before and after differ");
    let reread: ContentFile = toml::from_str(&exported).unwrap();
    assert_eq!(reread, content, "{name}: the file reads back differently");
    assert_eq!(
        export(&reread).unwrap(),
        exported,
        "{name}: a second export differs"
    );
}

#[test]
fn the_shipped_and_sample_files_survive_export() {
    round_trip(
        "afp",
        include_str!("../../content/afp-istanbul-2022-10-11.toml"),
    );
    round_trip("minimal", include_str!("fixtures/minimal.toml"));
    round_trip(
        "river-towns",
        include_str!("fixtures/samples/river-towns.toml"),
    );
    round_trip(
        "carmaker-strike",
        include_str!("fixtures/samples/carmaker-strike.toml"),
    );
}

#[test]
fn an_article_with_awkward_characters_survives_export() {
    // Backslashes, both kinds of triple quote and a tab: the article's text must
    // come back byte for byte whatever it holds.
    let awkward = "\nA path: C:\\ferry\\ \"\"\" ''' tab\tend.";
    let mut content: ContentFile = toml::from_str(include_str!("fixtures/minimal.toml")).unwrap();
    content.article.text.push_str(awkward);
    let before = compile_content(&content, "awkward").unwrap().explainer;
    let exported = export(&content).unwrap();
    let after = compile(&exported, "awkward").unwrap().explainer;
    assert_eq!(before, after);
    assert!(after.text.ends_with(awkward));
}
