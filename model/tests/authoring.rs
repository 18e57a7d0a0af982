//! The content checker as an editor meets it: a valid file compiles, and each kind
//! of mistake fails with a message that says where and what to do.

use explainer_model::authoring::{compile, ContentError};
use explainer_model::explainer::Target;

const MINIMAL: &str = include_str!("fixtures/minimal.toml");

/// Compiles `MINIMAL` with `from` replaced by `to`, expecting failure.
fn errors_after(from: &str, to: &str) -> Vec<ContentError> {
    assert!(MINIMAL.contains(from), "fixture lacks {from:?}");
    let source = MINIMAL.replacen(from, to, 1);
    compile(&source, "minimal.toml").expect_err("the broken file must not compile")
}

fn assert_error(errors: &[ContentError], needle: &str) -> ContentError {
    errors
        .iter()
        .find(|e| e.message.contains(needle))
        .unwrap_or_else(|| panic!("no error containing {needle:?} in {errors:#?}"))
        .clone()
}

#[test]
fn the_minimal_file_compiles_with_its_mentions() {
    let x = compile(MINIMAL, "minimal.toml").unwrap();
    assert_eq!(x.actors.len(), 2);
    let mentioned: Vec<&str> = x.mentions.iter().map(|m| x.span_text(m.span)).collect();
    assert_eq!(
        mentioned,
        [
            "Northport",
            "Northport",
            "Southbay",
            "Ana Ruiz",
            "Southbay",
            "Northport",
            "Ruiz"
        ]
    );
    assert_eq!(x.mentions[3].target, Target::Person(0));
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let e = &errors_after("width = 480", "width = = 480")[0];
    let line = MINIMAL.lines().position(|l| l == "width = 480").unwrap() + 1;
    assert_eq!((e.line, e.file.as_str()), (Some(line), "minimal.toml"));
    assert!(e.column.is_some());
}

#[test]
fn a_missing_required_field_is_named() {
    let e = &errors_after("verb = \"has a ferry deal with\"\n", "")[0];
    assert!(e.message.contains("verb"), "{e}");
}

#[test]
fn an_unknown_field_is_an_error_not_ignored() {
    let e = &errors_after("line = \"solid\"", "line = \"solid\"\ncolour = \"red\"")[0];
    assert!(e.message.contains("colour"), "{e}");
}

#[test]
fn an_unknown_actor_lists_the_known_ones() {
    let e = assert_error(
        &errors_after("actor = \"northport\"", "actor = \"nortport\""),
        "unknown actor \"nortport\"",
    );
    assert!(e.help.contains("northport, southbay"), "{e}");
    assert!(e.line.is_some());
}

#[test]
fn a_duplicate_id_is_an_error() {
    assert_error(
        &errors_after("id = \"southbay\"", "id = \"northport\""),
        "duplicate actor id \"northport\"",
    );
}

#[test]
fn a_quote_not_in_the_article_shows_the_closest_line() {
    let e = assert_error(
        &errors_after(
            "agreed on Monday to run a joint ferry\"]",
            "agreed on Tuesday to run a joint ferry\"]",
        ),
        "not found verbatim",
    );
    assert!(
        e.help.contains("Northport and Southbay agreed on Monday"),
        "{e}"
    );
}

#[test]
fn straight_quotes_for_curly_ones_are_caught() {
    assert_error(
        &errors_after(
            "called the deal “a first step”",
            "called the deal \\\"a first step\\\"",
        ),
        "not found verbatim",
    );
}

#[test]
fn a_quote_found_twice_must_be_lengthened() {
    let e = assert_error(
        &errors_after(
            "evidence = [\"Northport will pay most of the cost\"]",
            "evidence = [\"Ruiz said\"]",
        ),
        "occurs 2 times",
    );
    assert!(e.help.contains("lengthen"));
}

#[test]
fn an_alias_absent_from_the_text_is_an_error() {
    assert_error(
        &errors_after(
            "aliases = [\"Southbay\"]",
            "aliases = [\"Southbay\", \"South Bay\"]",
        ),
        "alias \"South Bay\" never occurs",
    );
}

#[test]
fn a_relation_to_oneself_is_an_error() {
    assert_error(
        &errors_after(
            "between = [\"northport\", \"southbay\"]",
            "between = [\"northport\", \"northport\"]",
        ),
        "relation of northport to itself",
    );
}

#[test]
fn an_unknown_relation_kind_is_an_error() {
    assert_error(
        &errors_after("kind = \"agrees\"", "kind = \"allies\""),
        "unknown kind \"allies\"",
    );
}

#[test]
fn an_empty_article_is_an_error() {
    let start = MINIMAL.find("text = '''").unwrap();
    let end = MINIMAL[start..].find("said.'''").unwrap() + start + "said.'''".len();
    let source = format!("{}text = ''''''{}", &MINIMAL[..start], &MINIMAL[end..]);
    let errors = compile(&source, "minimal.toml").unwrap_err();
    assert_error(&errors, "the article is empty");
}

#[test]
fn an_actor_never_mentioned_is_an_error() {
    let errors = errors_after(
        "id = \"southbay\"\nname = \"Southbay\"\naliases = [\"Southbay\"]",
        "id = \"southbay\"\nname = \"Southbay\"\naliases = []",
    );
    assert_error(&errors, "actor southbay is never mentioned");
}

#[test]
fn a_person_role_must_be_the_articles_words() {
    assert_error(
        &errors_after("role = \"Mayor\"", "role = \"Town mayor\""),
        "role \"Town mayor\"",
    );
}

#[test]
fn diagram_overlaps_fail_the_build() {
    let errors = errors_after("position = [370, 120]", "position = [130, 125]");
    assert_error(&errors, "diagram: nodes Northport and Southbay overlap");
}

#[test]
fn errors_print_as_file_line_column() {
    let e = assert_error(
        &errors_after("kind = \"agrees\"", "kind = \"allies\""),
        "unknown kind",
    );
    let shown = e.to_string();
    assert!(shown.starts_with("minimal.toml:"), "{shown}");
    assert!(shown.contains("\n  help: use one of: agrees"), "{shown}");
}

#[test]
fn an_event_dated_in_words_not_in_the_article_is_an_error() {
    let with_event = format!("{MINIMAL}\n[[events]]\nwhen = \"on Friday\"\nsummary = \"Deal\"\nevidence = [\"agreed on Monday\"]\nactors = [\"northport\"]\n");
    let errors = compile(&with_event, "minimal.toml").unwrap_err();
    assert_error(&errors, "event time \"on Friday\" is not in the article");
    let fixed = with_event.replace("on Friday", "on Monday");
    let x = compile(&fixed, "minimal.toml").unwrap();
    assert_eq!(x.events.len(), 1);
    assert_eq!(x.events[0].actors, vec![0]);
}

#[test]
fn an_actor_may_speak_in_its_own_name_and_an_unknown_speaker_is_an_error() {
    let own = MINIMAL.replace("speaker = \"ruiz\"", "speaker = \"northport\"");
    let x = compile(&own, "minimal.toml").unwrap();
    assert_eq!(
        x.statements[0].speaker,
        explainer_model::explainer::Speaker::Actor(0)
    );
    assert_error(
        &errors_after("speaker = \"ruiz\"", "speaker = \"rui\""),
        "unknown speaker \"rui\"",
    );
}

#[test]
fn an_article_with_long_names_and_no_positions_or_size_lays_out_cleanly() {
    const LONG_NAMES: &str = include_str!("fixtures/long-names.toml");
    let file: toml::Table = toml::from_str(LONG_NAMES).unwrap();
    assert!(!file.contains_key("diagram"));
    let actors = file["actors"].as_array().unwrap();
    assert!(actors.iter().all(|a| a.get("position").is_none()));
    let x = compile(LONG_NAMES, "long-names.toml").unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    let names: Vec<&str> = x.actors.iter().map(|a| a.name.as_ref()).collect();
    assert!(names.contains(&"The Lake Council of Northern Provinces"));
    let problems = explainer_model::layout::overlaps(&x.diagram, &names);
    assert!(problems.is_empty(), "{problems:#?}");
    // The size was chosen to fit: everything drawn lies within a small margin of it.
    let d = &x.diagram;
    let drawn = d.nodes.iter().chain(d.edges.iter().map(|e| &e.label));
    let (right, bottom) = drawn.fold((0.0f32, 0.0f32), |(r, b), x| {
        (r.max(x.right()), b.max(x.bottom()))
    });
    assert!(
        d.width - right <= 5.0 && d.height - bottom <= 5.0,
        "{}×{} for {right}×{bottom}",
        d.width,
        d.height
    );
}

#[test]
fn diagram_errors_say_what_to_do_and_doing_it_works() {
    // A diagram too small even for the pinned actors: each is named, with a way out.
    let source = MINIMAL.replacen("width = 480\nheight = 240", "width = 200\nheight = 100", 1);
    let errors = compile(&source, "minimal.toml").unwrap_err();
    let e = assert_error(&errors, "diagram: node Southbay sticks out of the diagram");
    assert!(
        e.help
            .contains("or remove `position` from Southbay so the layout can place it"),
        "{e}"
    );
    assert!(e.line.is_some(), "points at the actor: {e}");

    // Following that: no positions. Still too small, and it says how big to make it.
    let unpinned = source.replacen("position = [110, 120]\n", "", 1).replacen(
        "position = [370, 120]\n",
        "",
        1,
    );
    let errors = compile(&unpinned, "minimal.toml").unwrap_err();
    let e = assert_error(
        &errors,
        "diagram: the diagram's size, 200×100, is too small",
    );
    let (w, h) = e
        .help
        .rsplit_once("at least ")
        .and_then(|(_, size)| size.split_once('×'))
        .unwrap_or_else(|| panic!("{e}"));

    // Either way out works: the size it asks for, or none at all.
    let sized = unpinned.replacen(
        "width = 200\nheight = 100",
        &format!("width = {w}\nheight = {h}"),
        1,
    );
    compile(&sized, "minimal.toml").unwrap_or_else(|e| panic!("{e:?}"));
    let unsized_ = unpinned.replacen("[diagram]\nwidth = 200\nheight = 100\n", "", 1);
    assert!(!unsized_.contains("[diagram]"));
    compile(&unsized_, "minimal.toml").unwrap_or_else(|e| panic!("{e:?}"));
}
