//! The checker's findings in an editor's words: which item each one is about, by
//! its name ("Germany’s role", "the relation Germany – Mahan Air"), and its
//! message and advice with the content file's keys put as the studio's fields.
//! `content-check` keeps the file's own words for those who edit the file.

use explainer_model::authoring::{ContentFile, Path, Step};
use explainer_model::explainer::{midway, possessive};

/// The item `path` points to, as an editor knows it, and its field if any:
/// ("Germany’s role", Some("the summary")).
pub fn item_and_field(c: &ContentFile, path: &Path) -> (String, Option<String>) {
    let steps = path.0.as_slice();
    let (item, rest) = match steps {
        [Step::Key("actors"), Step::Index(i), rest @ ..] => match c.actors.get(*i) {
            Some(a) => actor_part(&a.name, rest),
            None => (format!("actor {}", i + 1), rest),
        },
        [Step::Key("people"), Step::Index(i), rest @ ..] => (
            c.people
                .get(*i)
                .map_or_else(|| format!("person {}", i + 1), |p| p.name.clone()),
            rest,
        ),
        [Step::Key("statements"), Step::Index(i), rest @ ..] => {
            let by = c
                .statements
                .get(*i)
                .and_then(|s| speaker_name(c, &s.speaker))
                .map(|n| format!(" by {n}"))
                .unwrap_or_default();
            (format!("statement {}{by}", i + 1), rest)
        }
        [Step::Key("relations"), Step::Index(i), rest @ ..] => {
            // As it reads ("Turkey trades with Russia"): two relations between the
            // same actors differ by their kind.
            let reads = c.relations.get(*i).map(|r| {
                let name = |id: &str| actor_name(c, id).unwrap_or_else(|| id.to_string());
                let (from, to) = (name(&r.between[0]), name(&r.between[1]));
                match c.kinds.iter().find(|k| k.id == r.kind) {
                    Some(kind) => format!(
                        "the relation “{}”",
                        crate::kinds::sentence(&from, &kind.verb, &to)
                    ),
                    None => format!("the relation {from} – {}", midway(&to)),
                }
            });
            (reads.unwrap_or_else(|| format!("relation {}", i + 1)), rest)
        }
        [Step::Key("events"), Step::Index(i), rest @ ..] => (
            c.events.get(*i).map_or_else(
                || format!("event {}", i + 1),
                |e| format!("the event “{}”", cut(&e.summary)),
            ),
            rest,
        ),
        [Step::Key("kinds"), Step::Index(i), rest @ ..] => (
            c.kinds.get(*i).map_or_else(
                || format!("kind {}", i + 1),
                |k| format!("the kind “{}”", k.label),
            ),
            rest,
        ),
        [Step::Key("left_out"), Step::Index(i), rest @ ..] => {
            (format!("passage left out {}", i + 1), rest)
        }
        [Step::Key("article"), rest @ ..] => ("the article".to_string(), rest),
        [Step::Key("diagram"), rest @ ..] => ("the diagram".to_string(), rest),
        _ => return ("the document".to_string(), None),
    };
    (item, field(rest))
}

/// The item and its field in one: "Germany’s role: the summary".
pub fn item_name(c: &ContentFile, path: &Path) -> String {
    match item_and_field(c, path) {
        (item, Some(field)) => format!("{item}: {field}"),
        (item, None) => item,
    }
}

fn actor_part<'p>(name: &str, rest: &'p [Step]) -> (String, &'p [Step]) {
    let whose = possessive(name);
    match rest {
        [Step::Key("role"), rest @ ..] => (format!("{whose} role"), rest),
        [Step::Key("stances"), Step::Index(s), rest @ ..] => {
            (format!("{whose} stance {}", s + 1), rest)
        }
        _ => (name.to_string(), rest),
    }
}

/// A field of an item, by the label the studio gives it.
fn field(rest: &[Step]) -> Option<String> {
    let key = rest.iter().find_map(|s| match s {
        Step::Key(k) => Some(*k),
        Step::Index(_) => None,
    })?;
    let index = rest.iter().find_map(|s| match s {
        Step::Index(i) => Some(*i),
        Step::Key(_) => None,
    });
    let name = match key {
        "summary" => "the summary",
        "evidence" => "the evidence",
        "according_to" => "who says so",
        "hedge_checked" => "the check of its hedges",
        "aliases" => "its words in the article",
        "position" => "its place in the diagram",
        "quote" => "the words",
        "speaker" => "the speaker",
        "between" => "the actors it relates",
        "kind" => "the kind",
        "when" => "when",
        "actors" => "the actors it involves",
        "id" => "the id",
        "name" => "the name",
        "label" => "the label",
        "verb" => "the verb",
        "title" => "the title",
        "url" => "the address",
        "text" => "the text",
        "reason" => "the reason",
        "role" => "the title",
        "actor" => "who they speak for",
        "width" | "height" => "its size",
        "caption_lines" => "the caption",
        "subheading_lines" => "the subheadings",
        _ => return None,
    };
    Some(match (index, key) {
        (Some(i), "evidence" | "aliases") => format!("{name} ({})", i + 1),
        _ => name.to_string(),
    })
}

fn actor_name(c: &ContentFile, id: &str) -> Option<String> {
    c.actors.iter().find(|a| a.id == id).map(|a| a.name.clone())
}

fn speaker_name(c: &ContentFile, id: &str) -> Option<String> {
    actor_name(c, id).or_else(|| c.people.iter().find(|p| p.id == id).map(|p| p.name.clone()))
}

fn cut(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// The checker's message or advice with the file's keys put as the studio's
/// fields, and no other code words.
pub fn for_editor(text: &str) -> String {
    let mut out = text.to_string();
    for (code, words) in [
        (
            "add `hedge_checked = true`",
            "tick “I checked that the summary keeps the evidence’s hedges and sources”",
        ),
        ("`hedge_checked = true`", "that tick"),
        ("give the claim an `according_to`", "choose who says so"),
        ("`according_to`", "“Who says so”"),
        ("the actors' `position`s", "the actors’ pinned places"),
        ("`position`", "pinned place"),
        ("`when`", "“When”"),
        ("`context`", "a context note"),
        // The same keys where a message names them unquoted.
        ("hedge_checked = true", "that tick"),
        ("hedge_checked", "the check of its hedges"),
        ("according_to", "“Who says so”"),
        ("left_out", "the passages left out"),
        ("caption_lines", "the caption"),
        ("subheading_lines", "the subheadings"),
    ] {
        out = out.replace(code, words);
    }
    // Any other key keeps its words, not its code quotes.
    out.replace('`', "")
}

#[cfg(test)]
mod tests {
    use super::*;
    use explainer_model::authoring::{ActorSpec, ClaimSpec, RelationSpec};

    fn content() -> ContentFile {
        let actor = |id: &str, name: &str| ActorSpec {
            id: id.into(),
            name: name.into(),
            aliases: vec![],
            role: ClaimSpec::default(),
            stances: vec![],
            position: None,
        };
        ContentFile {
            actors: vec![
                actor("germany", "Germany"),
                actor("us", "The United States"),
            ],
            relations: vec![RelationSpec {
                between: ["germany".into(), "us".into()],
                kind: "bans".into(),
                summary: String::new(),
                evidence: vec![],
                according_to: None,
                hedge_checked: false,
            }],
            ..ContentFile::default()
        }
    }

    #[test]
    fn items_are_named_as_the_editor_knows_them() {
        let c = content();
        let actors = Path::root().key("actors");
        assert_eq!(
            item_name(&c, &actors.index(0).key("role").key("summary")),
            "Germany’s role: the summary"
        );
        assert_eq!(
            item_name(
                &c,
                &actors
                    .index(1)
                    .key("stances")
                    .index(0)
                    .key("evidence")
                    .index(2)
            ),
            "the United States’ stance 1: the evidence (3)"
        );
        // Without its kind, by its actors; with it, as it reads, so two
        // relations between the same actors are told apart.
        assert_eq!(
            item_name(&c, &Path::root().key("relations").index(0).key("kind")),
            "the relation Germany – the United States: the kind"
        );
        let mut c = c;
        crate::kinds::add_starter(&mut c, 1);
        c.relations[0].kind = c.kinds[0].id.clone();
        let verb = c.kinds[0].verb.clone();
        assert_eq!(
            item_name(&c, &Path::root().key("relations").index(0).key("summary")),
            format!("the relation “Germany {verb} the United States”: the summary")
        );
        assert_eq!(item_name(&c, &Path::root()), "the document");
    }

    #[test]
    fn no_code_words_reach_the_editor() {
        for text in [
            "keep the evidence's hedge in the summary (\"is scheduled to\", \"would\", \"expects\"), or, if the summary is right as it is, add `hedge_checked = true`",
            "say who says so in the summary (\"X says\"), or give the claim an `according_to`; or, if it is right as it is, add `hedge_checked = true`",
            "remove the actors' `position`s so they are placed automatically",
            "give `when` in the article's own words, or leave it out and put a date in `context`",
            // As the compiler says it unquoted (compile/claims.rs).
            "the summary names a source, but neither its evidence nor its according_to does",
        ] {
            let words = for_editor(text);
            assert!(!words.contains('`') && !words.contains('_'), "{words}");
        }
    }
}
