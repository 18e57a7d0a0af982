//! Relation hints: a sentence that pairs two actors around a cue the tool knows
//! ("sanctions against", "pressure from", "NATO member") suggests a relation of a
//! kind, with the smallest clause holding all three as evidence.

use super::lexicon::is_setting;
use super::mentions::{actor_of, Mention};
use super::proposals::{PersonProposal, RelationHint, RelationKind};
use super::sentences::Document;
use super::tokens::{tokenize, Token};
use crate::explainer::LineStyle;
use crate::text::{find_passage, Span};

/// Which actor acts: the one before the cue ("Russia’s annexation of Ukraine"),
/// the one after it ("pressure from the United States"), or neither (mutual).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    Forward,
    Backward,
    Mutual,
}
use Direction::*;

const fn kind(
    id: &'static str,
    label: &'static str,
    verb: &'static str,
    line: LineStyle,
    directed: bool,
) -> RelationKind {
    RelationKind {
        id,
        label,
        verb,
        line,
        directed,
    }
}

const CEASEFIRE: RelationKind = kind(
    "calls-for-ceasefire",
    "ceasefire call",
    "calls for a ceasefire in",
    LineStyle::Dotted,
    true,
);
const SANCTIONS: RelationKind = kind(
    "sanctions",
    "sanctions",
    "imposes sanctions on",
    LineStyle::Dashed,
    true,
);
const PRESSURES: RelationKind = kind(
    "pressures",
    "pressures",
    "pressures",
    LineStyle::Dashed,
    true,
);
const GOOD_RELATIONS: RelationKind = kind(
    "good-relations",
    "good ties",
    "has good relations with",
    LineStyle::Solid,
    false,
);
const MEETS: RelationKind = kind("meets", "meeting", "meets", LineStyle::Dotted, false);
const AT_WAR: RelationKind = kind(
    "at-war",
    "at war",
    "is at war with",
    LineStyle::Solid,
    false,
);
const ATTACKS: RelationKind = kind("attacks", "attacks", "attacks", LineStyle::Solid, true);
const ANNEXES: RelationKind = kind(
    "annexes",
    "annexation",
    "has annexed territory of",
    LineStyle::Solid,
    true,
);
const MEMBER_OF: RelationKind = kind(
    "member-of",
    "member of",
    "is a member of",
    LineStyle::Solid,
    true,
);
const TRADE: RelationKind = kind("trade", "trade", "trades with", LineStyle::Solid, false);
const SUPPORTS: RelationKind = kind("supports", "supports", "supports", LineStyle::Solid, true);
const AGREEMENT: RelationKind = kind(
    "agreement",
    "agreement",
    "has an agreement with",
    LineStyle::Solid,
    false,
);
const CRITICISES: RelationKind = kind(
    "criticises",
    "criticises",
    "criticises",
    LineStyle::Dashed,
    true,
);

/// Cues, longest first so "called for a ceasefire in" wins over shorter ones.
const CUES: &[(&str, RelationKind, Direction)] = &[
    ("called for a ceasefire in", CEASEFIRE, Forward),
    ("calls for a ceasefire in", CEASEFIRE, Forward),
    ("call for a ceasefire in", CEASEFIRE, Forward),
    ("good working relationship with", GOOD_RELATIONS, Mutual),
    ("good relations with", GOOD_RELATIONS, Mutual),
    ("good ties with", GOOD_RELATIONS, Mutual),
    ("close ties with", GOOD_RELATIONS, Mutual),
    ("sanctions against", SANCTIONS, Forward),
    ("sanctions on", SANCTIONS, Forward),
    ("pressure from", PRESSURES, Backward),
    ("pressure on", PRESSURES, Forward),
    ("annexation of", ANNEXES, Forward),
    ("meeting between", MEETS, Mutual),
    ("talks between", MEETS, Mutual),
    ("talks with", MEETS, Mutual),
    ("trade with", TRADE, Mutual),
    ("member of", MEMBER_OF, Forward),
    ("members of", MEMBER_OF, Forward),
    ("attacks on", ATTACKS, Forward),
    ("strikes on", ATTACKS, Forward),
    ("strikes targeting", ATTACKS, Forward),
    ("offensive against", ATTACKS, Forward),
    ("invasion of", ATTACKS, Forward),
    ("support for", SUPPORTS, Forward),
    ("agreement with", AGREEMENT, Mutual),
    ("deal with", AGREEMENT, Mutual),
    ("war with", AT_WAR, Mutual),
    ("war against", AT_WAR, Mutual),
    ("annexed", ANNEXES, Forward),
    ("invaded", ATTACKS, Forward),
    ("pressured", PRESSURES, Forward),
    ("backs", SUPPORTS, Forward),
    ("backed", SUPPORTS, Forward),
    ("condemned", CRITICISES, Forward),
    ("criticised", CRITICISES, Forward),
    ("criticized", CRITICISES, Forward),
    ("meet", MEETS, Mutual),
    ("meets", MEETS, Mutual),
    ("met", MEETS, Mutual),
    ("war", AT_WAR, Mutual),
    // "NATO member Turkey": the member follows.
    ("member", MEMBER_OF, Backward),
];

/// Where a cue occurs in `tokens`, as token indexes [start, end).
fn cue_at(tokens: &[Token], i: usize, cue: &str) -> Option<usize> {
    let mut k = i;
    for word in cue.split(' ') {
        if !tokens.get(k).is_some_and(|t| t.is(word)) {
            return None;
        }
        k += 1;
    }
    Some(k)
}

pub fn find(doc: &Document, mentions: &[Mention], people: &[PersonProposal]) -> Vec<RelationHint> {
    let mut hints: Vec<RelationHint> = Vec::new();
    for sentence in &doc.sentences {
        let tokens = tokenize(doc.text, sentence.span);
        // Each mention's actor and first token; places after "in" are settings.
        // Each mention's first token, actor, and whether it only sets the scene.
        let actors: Vec<(usize, usize, bool)> = mentions
            .iter()
            .filter(|m| sentence.span.contains(m.span))
            .filter_map(|m| {
                // The token holding the mention: "Ukrainian-Russian" holds two.
                let i = tokens.iter().position(|t| t.span.end > m.span.start)?;
                let setting = is_setting(tokens[..i].iter().rev());
                Some((i, actor_of(m, people), setting))
            })
            .collect();
        let mut used_to = 0;
        for i in 0..tokens.len() {
            if i < used_to {
                continue;
            }
            let Some((end, kind, direction)) = CUES
                .iter()
                .find_map(|(cue, kind, dir)| cue_at(&tokens, i, cue).map(|e| (e, *kind, *dir)))
            else {
                continue;
            };
            used_to = end;
            // The actor after the cue must be in the cue's own clause: in "“The
            // Ukrainian-Russian war continues,” added the Turkish diplomat", the
            // diplomat is not at war.
            let clause_end = (end..tokens.len())
                .find(|&k| is_break(&tokens[k]))
                .unwrap_or(tokens.len());
            // A cue's own last word is no locative: "pressure from the United States".
            let right_after = |k: usize| k == end || (k == end + 1 && tokens[end].is("the"));
            let in_reach: Vec<(usize, usize)> = actors
                .iter()
                .filter(|(k, _, setting)| *k < clause_end && (!setting || right_after(*k)))
                .map(|&(k, actor, _)| (k, actor))
                .collect();
            let Some((first, second)) = pair(&in_reach, i, end, direction) else {
                continue;
            };
            let (from, to) = match direction {
                Backward => (second.1, first.1),
                _ => (first.1, second.1),
            };
            let lo = first.0.min(i);
            let hi = (second.0 + 1).max(end);
            let evidence = smallest_clause(doc, &tokens, lo, hi, sentence.span);
            let cue = Span::new(
                tokens[i].span.start as usize,
                tokens[end - 1].span.end as usize,
            );
            let duplicate = hints.iter().any(|h| {
                h.kind == kind
                    && ((h.from, h.to) == (from, to)
                        || (!kind.directed && (h.from, h.to) == (to, from)))
            });
            if !duplicate {
                hints.push(RelationHint {
                    from,
                    to,
                    kind,
                    cue,
                    evidence,
                });
            }
        }
    }
    hints
}

/// The two actors a cue relates: the nearest before and the nearest after it; or,
/// for a mutual cue with none after, the two nearest before ("Turkey and Russia
/// meet"). Returns them in text order, as (token index, actor).
fn pair(
    actors: &[(usize, usize)],
    start: usize,
    end: usize,
    direction: Direction,
) -> Option<((usize, usize), (usize, usize))> {
    let before: Vec<(usize, usize)> = actors
        .iter()
        .rev()
        .filter(|(i, _)| *i < start)
        .copied()
        .collect();
    let after = actors.iter().find(|(i, _)| *i >= end).copied();
    match after {
        // The nearest actor before that is not the one after: in "Erdogan, who met
        // Putin, is keen to boost trade with Moscow", Putin and Moscow are one actor.
        Some(a) => before.iter().find(|(_, x)| *x != a.1).map(|&b| (b, a)),
        // "Turkey and Russia meet", "the Ukrainian-Russian war": two actors joined
        // right before the cue, not any two earlier in the sentence.
        None if direction == Mutual => {
            let first = *before.first()?;
            let second = *before.iter().find(|(_, x)| *x != first.1)?;
            let close = start - first.0 <= 3 && first.0 - second.0 <= 2;
            close.then_some((second, first))
        }
        None => None,
    }
}

/// From the start of the comma- or dash-separated part holding token `lo` to the
/// end of the part holding token `hi - 1`, within the sentence; the whole sentence
/// if that clause is not unique in the article.
fn is_break(t: &Token) -> bool {
    [",", ";", "–", "—", ":", "”"].iter().any(|b| t.is_mark(b))
}

fn smallest_clause(doc: &Document, tokens: &[Token], lo: usize, hi: usize, sentence: Span) -> Span {
    let start = (0..lo)
        .rev()
        .find(|&k| is_break(&tokens[k]))
        .map_or(0, |k| k + 1);
    let end = (hi..tokens.len())
        .find(|&k| is_break(&tokens[k]))
        .unwrap_or(tokens.len());
    let mut end = end;
    if start >= end {
        return sentence;
    }
    // A clause that opens a quotation ends with it: "as a “serious violation”".
    let opens = tokens[start..end].iter().filter(|t| t.is_mark("“")).count();
    let closes = tokens[start..end].iter().filter(|t| t.is_mark("”")).count();
    if opens > closes && tokens.get(end).is_some_and(|t| t.is_mark("”")) {
        end += 1;
    }
    // A quotation's opening mark before the clause is not part of it.
    let start = if tokens[start].is_mark("“") && closes == 0 {
        start + 1
    } else {
        start
    };
    let span = Span::new(
        tokens[start].span.start as usize,
        tokens[end - 1].span.end as usize,
    );
    if find_passage(doc.text, &doc.text[span.range()]).is_ok() {
        span
    } else {
        sentence
    }
}

#[cfg(test)]
mod tests {
    use crate::propose::propose;

    /// (from, to, kind, evidence) of each hint for `text`.
    fn hints(text: &str) -> Vec<(String, String, &'static str, &str)> {
        let p = propose(text);
        p.relations
            .iter()
            .map(|r| {
                (
                    p.actors[r.from].name.clone(),
                    p.actors[r.to].name.clone(),
                    r.kind.id,
                    &text[r.evidence.range()],
                )
            })
            .collect()
    }

    fn hint(
        from: &str,
        to: &str,
        kind: &'static str,
        evidence: &'static str,
    ) -> (String, String, &'static str, &'static str) {
        (from.to_string(), to.to_string(), kind, evidence)
    }

    #[test]
    fn cues_pair_the_actors_around_them_in_their_direction() {
        assert_eq!(
            hints("Turkey refrained from joining Western sanctions against Russia.\nAnkara has succumbed to pressure from the United States, Washington said."),
            [
                hint("The West", "Russia", "sanctions", "Turkey refrained from joining Western sanctions against Russia."),
                hint("United States", "Turkey", "pressures", "Ankara has succumbed to pressure from the United States"),
            ]
        );
    }

    #[test]
    fn a_member_follows_its_alliance_and_a_hyphenated_pair_is_at_war() {
        assert_eq!(
            hints("NATO member Turkey, which stays neutral, met Russia.\n“As the Ukrainian-Russian war continues, it worsens,” he said."),
            [
                hint("Turkey", "NATO", "member-of", "NATO member Turkey"),
                hint("Turkey", "Russia", "meets", "NATO member Turkey, which stays neutral, met Russia."),
                hint("Ukraine", "Russia", "at-war", "As the Ukrainian-Russian war continues"),
            ]
        );
    }

    #[test]
    fn a_place_after_in_is_a_setting_not_a_party() {
        assert_eq!(
            hints("The leaders of Turkey and Russia meet in the Kazakh capital Astana."),
            [hint(
                "Turkey",
                "Russia",
                "meets",
                "The leaders of Turkey and Russia meet in the Kazakh capital Astana."
            )]
        );
    }
}
