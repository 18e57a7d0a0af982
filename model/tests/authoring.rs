//! The content checker as an editor meets it: a valid file compiles, and each kind
//! of mistake fails with its kind, at the exact line and column of the key or
//! value at fault, with a message that says what to do.

use explainer_model::authoring::{compile, ContentError, ErrorKind, Severity};
use explainer_model::explainer::{Source, Speaker, Target};

const MINIMAL: &str = include_str!("fixtures/minimal.toml");

/// `MINIMAL` with `from` replaced by `to`.
fn edited(from: &str, to: &str) -> String {
    assert!(MINIMAL.contains(from), "fixture lacks {from:?}");
    MINIMAL.replacen(from, to, 1)
}

/// Compiles `source`, expecting failure.
fn errors_of(source: &str) -> Vec<ContentError> {
    compile(source, "minimal.toml").expect_err("the broken file must not compile")
}

fn find(errors: &[ContentError], kind: ErrorKind) -> ContentError {
    errors
        .iter()
        .find(|e| e.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} in {errors:#?}"))
        .clone()
}

/// The error of `kind` whose message says `words` (several of one kind may stand).
fn find_saying(errors: &[ContentError], kind: ErrorKind, words: &str) -> ContentError {
    errors
        .iter()
        .find(|e| e.kind == kind && e.message.contains(words))
        .unwrap_or_else(|| panic!("no {kind:?} saying {words:?} in {errors:#?}"))
        .clone()
}

/// The 1-based line and column where the `nth` (0-based) `needle` starts in `source`.
fn position(source: &str, needle: &str, nth: usize) -> (usize, usize) {
    let at = source
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} not in the source"))
        .0;
    let before = &source[..at];
    (
        before.matches('\n').count() + 1,
        before.rsplit('\n').next().unwrap().chars().count() + 1,
    )
}

/// Asserts `e` is placed at the `nth` `needle` of `source`.
fn assert_at(e: &ContentError, source: &str, needle: &str, nth: usize) {
    let (line, column) = position(source, needle, nth);
    assert_eq!((e.line, e.column), (Some(line), Some(column)), "{e}");
}

#[test]
fn the_minimal_file_compiles_with_its_mentions() {
    let compiled = compile(MINIMAL, "minimal.toml").unwrap();
    assert!(compiled.warnings.is_empty(), "{:#?}", compiled.warnings);
    let x = compiled.explainer;
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
    let source = edited("width = 480", "width = = 480");
    let e = find(&errors_of(&source), ErrorKind::Syntax);
    assert_eq!(e.file, "minimal.toml");
    // At the second `=`, the one too many.
    assert_at(&e, &source, "= 480", 0);
}

#[test]
fn a_missing_required_field_is_named() {
    let source = edited("verb = \"has a ferry deal with\"\n", "");
    let e = find(&errors_of(&source), ErrorKind::Syntax);
    assert!(e.message.contains("verb"), "{e}");
    // At the table that lacks it.
    assert_at(&e, &source, "[[kinds]]", 0);
}

#[test]
fn an_unknown_field_is_an_error_not_ignored() {
    let source = edited("line = \"solid\"", "line = \"solid\"\ncolour = \"red\"");
    let e = find(&errors_of(&source), ErrorKind::Syntax);
    assert!(e.message.contains("colour"), "{e}");
    assert_at(&e, &source, "colour", 0);
}

#[test]
fn an_unknown_actor_lists_the_known_ones() {
    let source = edited("actor = \"northport\"", "actor = \"nortport\"");
    let e = find(&errors_of(&source), ErrorKind::UnknownId);
    assert!(e.help.contains("northport, southbay"), "{e}");
    assert_at(&e, &source, "\"nortport\"", 0);
    assert_eq!(e.path.unwrap().to_string(), "people[0].actor");
}

#[test]
fn a_duplicate_id_is_reported_where_the_second_one_is() {
    let source = edited("id = \"southbay\"", "id = \"northport\"");
    let e = find(&errors_of(&source), ErrorKind::DuplicateId);
    assert!(
        e.message.contains("duplicate actor id \"northport\""),
        "{e}"
    );
    // Not at the first actor, which is right.
    assert_at(&e, &source, "\"northport\"", 1);
}

#[test]
fn a_malformed_id_is_an_error() {
    let source = edited("id = \"southbay\"", "id = \"South Bay\"");
    let e = find(&errors_of(&source), ErrorKind::MalformedId);
    assert_at(&e, &source, "\"South Bay\"", 0);
}

#[test]
fn a_quote_not_in_the_article_shows_the_closest_line() {
    let source = edited(
        "agreed on Monday to run a joint ferry\"]",
        "agreed on Tuesday to run a joint ferry\"]",
    );
    let e = find(&errors_of(&source), ErrorKind::QuoteNotFound);
    assert!(
        e.help.contains("Northport and Southbay agreed on Monday"),
        "{e}"
    );
    assert_at(&e, &source, "\"agreed on Tuesday", 0);
    assert_eq!(
        e.path.unwrap().to_string(),
        "actors[0].stances[0].evidence[0]"
    );
}

#[test]
fn straight_quotes_for_curly_ones_are_caught() {
    let source = edited(
        "called the deal “a first step”",
        "called the deal \\\"a first step\\\"",
    );
    let e = find(&errors_of(&source), ErrorKind::QuoteNotFound);
    assert_at(&e, &source, "\"called the deal", 0);
}

#[test]
fn a_quote_found_twice_must_be_lengthened() {
    let source = edited(
        "evidence = [\"Northport will pay most of the cost\"]",
        "evidence = [\"Ruiz said\"]",
    );
    let e = find(&errors_of(&source), ErrorKind::QuoteRepeated);
    assert!(e.help.contains("lengthen"));
    assert_at(&e, &source, "\"Ruiz said\"", 0);
}

#[test]
fn a_quote_across_a_line_break_is_an_error() {
    let source = edited(
        "evidence = [\"Northport will pay most of the cost\"]",
        "evidence = [\"run a joint ferry, Mayor Ana Ruiz said.\\nSouthbay\"]",
    );
    let e = find(&errors_of(&source), ErrorKind::QuoteCrossesLine);
    assert_at(&e, &source, "\"run a joint ferry, Mayor", 0);
}

#[test]
fn an_alias_absent_from_the_text_is_an_error() {
    let source = edited(
        "aliases = [\"Southbay\"]",
        "aliases = [\"Southbay\", \"South Bay\"]",
    );
    let e = find(&errors_of(&source), ErrorKind::AliasNotFound);
    assert!(
        e.message.contains("alias \"South Bay\" never occurs"),
        "{e}"
    );
    assert_at(&e, &source, "\"South Bay\"", 0);
}

#[test]
fn an_alias_of_two_entities_is_an_error() {
    let source = edited(
        "aliases = [\"Ana Ruiz\", \"Ruiz\"]",
        "aliases = [\"Ana Ruiz\", \"Southbay\"]",
    );
    let e = find(&errors_of(&source), ErrorKind::AliasShared);
    assert_at(&e, &source, "\"Southbay\"]", 1);
}

#[test]
fn a_relation_to_oneself_is_an_error() {
    let source = edited(
        "between = [\"northport\", \"southbay\"]",
        "between = [\"northport\", \"northport\"]",
    );
    let e = find(&errors_of(&source), ErrorKind::SelfRelation);
    assert!(e.message.contains("relation of northport to itself"), "{e}");
    assert_at(&e, &source, "\"northport\"]", 0);
}

#[test]
fn an_unknown_relation_kind_is_an_error() {
    let source = edited("kind = \"agrees\"", "kind = \"allies\"");
    let e = find(&errors_of(&source), ErrorKind::UnknownId);
    assert!(e.message.contains("unknown kind \"allies\""), "{e}");
    assert!(e.help.contains("use one of: agrees"), "{e}");
    assert_at(&e, &source, "\"allies\"", 0);
}

#[test]
fn the_articles_address_and_licence_are_kept_and_only_a_web_address_is_taken() {
    let credited = edited(
        "source = \"Sample wire\"",
        "source = \"Sample wire\"\nurl = \"https://example.org/news/ferry\"\nlicence = \"CC BY 2.5\"",
    );
    let e = compile(&credited, "minimal.toml")
        .expect("it compiles")
        .explainer;
    assert_eq!(
        e.source_url.as_deref(),
        Some("https://example.org/news/ferry")
    );
    assert_eq!(e.licence.as_deref(), Some("CC BY 2.5"));
    for bad in [
        "javascript:alert(1)",
        "example.org/news",
        "https://",
        "https://a b",
    ] {
        let source = edited(
            "source = \"Sample wire\"",
            &format!("source = \"Sample wire\"\nurl = \"{bad}\""),
        );
        let e = find(&errors_of(&source), ErrorKind::BadAddress);
        assert_at(&e, &source, &format!("\"{bad}\""), 0);
    }
}

#[test]
fn an_empty_article_is_reported_at_its_text() {
    let start = MINIMAL.find("text = '''").unwrap();
    let end = MINIMAL[start..].find("said.'''").unwrap() + start + "said.'''".len();
    let source = format!("{}text = ''''''{}", &MINIMAL[..start], &MINIMAL[end..]);
    let e = find(&errors_of(&source), ErrorKind::EmptyArticle);
    assert_at(&e, &source, "''''''", 0);
}

#[test]
fn a_caption_on_a_blank_line_is_an_error() {
    let source = edited("caption_lines = [1]", "caption_lines = [4]");
    let e = find(&errors_of(&source), ErrorKind::BadLineNumber);
    assert_at(&e, &source, "4]", 0);
}

#[test]
fn an_actor_never_mentioned_is_an_error() {
    let source = edited(
        "id = \"southbay\"\nname = \"Southbay\"\naliases = [\"Southbay\"]",
        "id = \"southbay\"\nname = \"Southbay\"\naliases = []",
    );
    let e = find(&errors_of(&source), ErrorKind::NeverMentioned);
    assert!(
        e.message.contains("actor southbay is never mentioned"),
        "{e}"
    );
    assert_at(&e, &source, "[]", 0);
}

#[test]
fn a_person_role_must_be_the_articles_words() {
    let source = edited("role = \"Mayor\"", "role = \"Town mayor\"");
    let e = find(&errors_of(&source), ErrorKind::RoleNotInArticle);
    assert_at(&e, &source, "\"Town mayor\"", 0);
}

#[test]
fn an_empty_summary_is_an_error() {
    let source = edited("summary = \"Wants the ferry\"", "summary = \"\"");
    let e = find(&errors_of(&source), ErrorKind::EmptySummary);
    assert_at(&e, &source, "\"\"", 0);
}

#[test]
fn diagram_overlaps_fail_the_build() {
    let source = edited("position = [370, 120]", "position = [130, 125]");
    let e = find(&errors_of(&source), ErrorKind::Layout);
    assert!(
        e.message.contains("Northport") && e.message.contains("Southbay"),
        "{e}"
    );
    assert_at(&e, &source, "[110, 120]", 0);
}

#[test]
fn errors_print_as_file_line_column() {
    let source = edited("kind = \"agrees\"", "kind = \"allies\"");
    let e = find(&errors_of(&source), ErrorKind::UnknownId);
    let (line, column) = position(&source, "\"allies\"", 0);
    let shown = e.to_string();
    assert!(
        shown.starts_with(&format!("minimal.toml:{line}:{column}: error: ")),
        "{shown}"
    );
    assert!(shown.contains("\n  help: use one of: agrees"), "{shown}");
}

#[test]
fn an_event_dated_in_words_not_in_the_article_is_an_error() {
    let with_event = format!("{MINIMAL}\n[[events]]\nwhen = \"on Friday\"\nsummary = \"Deal\"\nevidence = [\"agreed on Monday\"]\nactors = [\"northport\"]\n");
    let e = find(&errors_of(&with_event), ErrorKind::WhenNotInArticle);
    assert_at(&e, &with_event, "\"on Friday\"", 0);
    let fixed = with_event.replace("on Friday", "on Monday");
    let x = compile(&fixed, "minimal.toml").unwrap().explainer;
    assert_eq!(x.events.len(), 1);
    assert_eq!(x.events[0].actors, vec![0]);
}

#[test]
fn an_actor_may_speak_in_its_own_name_and_an_unknown_speaker_is_an_error() {
    let own = edited("speaker = \"ruiz\"", "speaker = \"northport\"");
    let x = compile(&own, "minimal.toml").unwrap().explainer;
    assert_eq!(x.statements[0].speaker, Speaker::Actor(0));
    let source = edited("speaker = \"ruiz\"", "speaker = \"rui\"");
    let e = find(&errors_of(&source), ErrorKind::UnknownId);
    assert!(e.message.contains("unknown speaker \"rui\""), "{e}");
    assert_at(&e, &source, "\"rui\"", 0);
}

/// Two events with dates, in the order given.
fn dated_events(first: &str, second: &str) -> String {
    format!("{MINIMAL}\n[[events]]\nsummary = \"First\"\nevidence = [\"agreed on Monday\"]\nactors = [\"northport\"]\ndate = \"{first}\"\n\n[[events]]\nsummary = \"Second\"\nevidence = [\"Northport will pay most of the cost\"]\nactors = [\"northport\"]\ndate = \"{second}\"\n")
}

#[test]
fn the_timeline_must_follow_its_dates() {
    assert!(compile(&dated_events("2022-09-15", "2022-09-21"), "m.toml").is_ok());
    // A month and a day in it do not contradict each other.
    assert!(compile(&dated_events("2022-09", "2022-09-15"), "m.toml").is_ok());
    let source = dated_events("2022-09-21", "2022-09-15");
    let e = find(&errors_of(&source), ErrorKind::TimelineOrder);
    assert!(e.message.contains("\"Second\" (2022-09-15)"), "{e}");
    assert_at(&e, &source, "\"2022-09-15\"", 0);
    let source = dated_events("2022-09-21", "21 September");
    let e = find(&errors_of(&source), ErrorKind::BadDate);
    assert_at(&e, &source, "\"21 September\"", 0);
}

#[test]
fn a_source_is_an_id_or_the_articles_words() {
    let by_person = edited(
        "summary = \"Wants the ferry\"",
        "summary = \"Wants the ferry\"\naccording_to = \"ruiz\"",
    );
    let x = compile(&by_person, "m.toml").unwrap().explainer;
    assert_eq!(x.actors[0].stances[0].source, Some(Source::Person(0)));
    let by_words = edited(
        "summary = \"Wants the ferry\"",
        "summary = \"Wants the ferry\"\naccording_to = \"Southbay officials\"",
    );
    let x = compile(&by_words, "m.toml").unwrap().explainer;
    let Some(Source::Words(quote)) = x.actors[0].stances[0].source else {
        panic!("a source in the article's words");
    };
    assert_eq!(x.quote_text(&quote), "Southbay officials");
    assert_eq!(x.source_name(Source::Words(quote)), "Southbay officials");
    let source = edited(
        "summary = \"Wants the ferry\"",
        "summary = \"Wants the ferry\"\naccording_to = \"the harbour master\"",
    );
    let e = find(&errors_of(&source), ErrorKind::UnknownSource);
    assert_at(&e, &source, "\"the harbour master\"", 0);
}

#[test]
fn a_summary_that_drops_a_hedge_is_a_warning_that_can_be_overruled() {
    // The evidence reports speech ("said"); a summary stating it as fact warns.
    let source = edited(
        "role.evidence = [\"Northport will pay most of the cost\"]",
        "role.evidence = [\"Northport will pay most of the cost, Ruiz said.\"]",
    );
    let compiled = compile(&source, "m.toml").expect("a warning does not fail the file");
    let w = find(&compiled.warnings, ErrorKind::HedgeDropped);
    assert_eq!(w.severity, Severity::Warning);
    assert!(w.to_string().contains(": warning: "), "{w}");
    assert_at(&w, &source, "\"Agreed to a joint ferry", 0);
    // Saying who says so in the summary, or naming the source, answers it.
    let attributed = source.replace(
        "role.summary = \"Agreed to a joint ferry and will pay most of it\"",
        "role.summary = \"Agreed to a joint ferry and will pay most of it, its mayor says\"",
    );
    assert!(compile(&attributed, "m.toml").unwrap().warnings.is_empty());
    let overruled = source.replace(
        "role.summary = \"Agreed to a joint ferry and will pay most of it\"",
        "role.summary = \"Agreed to a joint ferry and will pay most of it\"\nrole.hedge_checked = true",
    );
    assert!(compile(&overruled, "m.toml").unwrap().warnings.is_empty());
}

/// The warnings of `source`, which must compile.
fn warnings_of(source: &str) -> Vec<ContentError> {
    compile(source, "minimal.toml")
        .expect("a warning does not fail the file")
        .warnings
}

#[test]
fn a_summary_that_names_a_source_its_claim_does_not_back_is_a_warning() {
    // Ruiz said something else; nothing the relation cites is hers.
    let source = edited(
        "summary = \"They agreed to run a joint ferry\"",
        "summary = \"They agreed to run a joint ferry, Ruiz said\"",
    );
    let w = find_saying(&warnings_of(&source), ErrorKind::HedgeDropped, "\"Ruiz\"");
    assert!(
        w.message
            .contains("neither its evidence nor its according_to"),
        "{w}"
    );
    assert_at(
        &w,
        &source,
        "\"They agreed to run a joint ferry, Ruiz said\"",
        0,
    );
    // Citing the words where she says so backs it.
    let cited = source.replace(
        "evidence = [\"Northport and Southbay agreed on Monday to run a joint ferry\"]",
        "evidence = [\"Northport and Southbay agreed on Monday to run a joint ferry, Mayor Ana Ruiz said.\"]",
    );
    assert!(warnings_of(&cited).is_empty(), "{:#?}", warnings_of(&cited));
    // So does a quote the file gives her as a statement, though it says only "He".
    let stated = source.replace(
        "evidence = [\"Northport and Southbay agreed on Monday to run a joint ferry\"]",
        "evidence = [\"Northport will pay most of the cost\"]",
    );
    assert!(
        !warnings_of(&stated)
            .iter()
            .any(|w| w.message.contains("\"Ruiz\"")),
        "{:#?}",
        warnings_of(&stated)
    );
}

#[test]
fn a_summary_that_names_its_according_to_again_is_a_warning() {
    // The page writes "…, according to Ana Ruiz" after the summary.
    for summary in [
        "Wants the ferry, Ruiz said",
        "Wants the ferry, the mayor said",
    ] {
        let source = edited(
            "summary = \"Wants the ferry\"",
            &format!("summary = \"{summary}\"\naccording_to = \"ruiz\""),
        );
        let w = find_saying(
            &warnings_of(&source),
            ErrorKind::HedgeDropped,
            "names its source",
        );
        assert_at(&w, &source, &format!("\"{summary}\""), 0);
    }
    let once = edited(
        "summary = \"Wants the ferry\"",
        "summary = \"Wants the ferry\"\naccording_to = \"ruiz\"",
    );
    assert!(warnings_of(&once).is_empty(), "{:#?}", warnings_of(&once));
}

#[test]
fn a_kinds_verb_is_read_between_the_two_names_of_each_relation() {
    // "Northport has a ferry deal with the The Bay".
    let doubled = edited(
        "verb = \"has a ferry deal with\"",
        "verb = \"has a ferry deal with the\"",
    )
    .replacen("name = \"Southbay\"", "name = \"The Bay\"", 1);
    let w = find_saying(
        &warnings_of(&doubled),
        ErrorKind::HedgeDropped,
        "Northport has a ferry deal with the The Bay",
    );
    assert!(w.message.contains("\"the\" meets \"the\""), "{w}");
    assert_at(&w, &doubled, "\"agrees\"", 1);
    // Every quote only plans it: the sentence must say so too.
    let planned = edited(
        "summary = \"They agreed to run a joint ferry\"\nevidence = [\"Northport and Southbay agreed on Monday to run a joint ferry\"]",
        "summary = \"Northport will pay most of the ferry\"\nevidence = [\"Northport will pay most of the cost\"]",
    );
    let w = find_saying(
        &warnings_of(&planned),
        ErrorKind::HedgeDropped,
        "the page's sentence",
    );
    assert!(
        w.message
            .contains("\"Northport has a ferry deal with Southbay\" states it as done"),
        "{w}"
    );
    assert_at(&w, &planned, "\"agrees\"", 1);
    let hedged = planned.replace(
        "verb = \"has a ferry deal with\"",
        "verb = \"will share a ferry with\"",
    );
    assert!(
        warnings_of(&hedged).is_empty(),
        "{:#?}",
        warnings_of(&hedged)
    );
}

#[test]
fn the_sample_articles_raise_no_warnings() {
    for (name, source) in [
        (
            "river-towns.toml",
            include_str!("fixtures/samples/river-towns.toml"),
        ),
        (
            "carmaker-strike.toml",
            include_str!("fixtures/samples/carmaker-strike.toml"),
        ),
    ] {
        let compiled = compile(source, name).unwrap_or_else(|e| panic!("{name}: {e:#?}"));
        let shown: Vec<String> = compiled.warnings.iter().map(ToString::to_string).collect();
        assert!(shown.is_empty(), "{}", shown.join("\n"));
    }
}

#[test]
fn errors_are_std_errors_with_kinds() {
    let e = find(
        &errors_of(&edited("kind = \"agrees\"", "kind = \"allies\"")),
        ErrorKind::UnknownId,
    );
    let as_std: &dyn std::error::Error = &e;
    assert!(as_std.to_string().contains("unknown kind"));
}

#[test]
fn an_article_with_long_names_and_no_positions_or_size_lays_out_cleanly() {
    const LONG_NAMES: &str = include_str!("fixtures/long-names.toml");
    let file: toml::Table = toml::from_str(LONG_NAMES).unwrap();
    assert!(!file.contains_key("diagram"));
    let actors = file["actors"].as_array().unwrap();
    assert!(actors.iter().all(|a| a.get("position").is_none()));
    let x = compile(LONG_NAMES, "long-names.toml")
        .unwrap_or_else(|errors| {
            panic!(
                "{}",
                errors
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        })
        .explainer;
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
    let e = find_saying(
        &errors,
        ErrorKind::Layout,
        "diagram: node Southbay sticks out of the diagram",
    );
    assert!(
        e.help
            .contains("or remove `position` from Southbay so the layout can place it"),
        "{e}"
    );
    // At the position to move.
    assert_at(&e, &source, "[370, 120]", 0);

    // Following that: no positions. Still too small, and it says how big to make it.
    let unpinned = source.replacen("position = [110, 120]\n", "", 1).replacen(
        "position = [370, 120]\n",
        "",
        1,
    );
    let errors = compile(&unpinned, "minimal.toml").unwrap_err();
    let e = find_saying(
        &errors,
        ErrorKind::Layout,
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

#[test]
fn an_actor_id_that_names_a_part_of_the_page_is_an_error() {
    let source = edited("id = \"southbay\"", "id = \"diagram\"");
    let e = find(&errors_of(&source), ErrorKind::MalformedId);
    assert!(e.message.contains("names a part of the page"), "{e}");
    assert_at(&e, &source, "\"diagram\"", 0);
}

#[test]
fn a_person_and_an_actor_may_not_share_an_id() {
    let source = edited("id = \"ruiz\"", "id = \"northport\"");
    let e = find(&errors_of(&source), ErrorKind::DuplicateId);
    assert!(e.message.contains("also an actor's id"), "{e}");
    assert_at(&e, &source, "\"northport\"", 1);
}

#[test]
fn an_empty_source_is_an_error() {
    let source = edited(
        "summary = \"Wants the ferry\"",
        "summary = \"Wants the ferry\"\naccording_to = \"\"",
    );
    let e = find(&errors_of(&source), ErrorKind::UnknownSource);
    assert_at(&e, &source, "\"\"", 0);
}
