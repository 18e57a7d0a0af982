//! Who said what: quotations with their attribution (direct), sentences built on a
//! speech verb, "according to" or "warnings from" (reported), and "He said:"
//! without quotation marks (reported), each with its speaker resolved.

use super::lexicon::{GROUP_PRONOUNS, LOCATIVES, PERSONAL_PRONOUNS, SAY_THAT, SPEECH_ADVERBS};
use super::mentions::{Entity, Mention};
use super::proposals::{Speaker, StatementProposal};
use super::quotes::{self, QuotePiece};
use super::sentences::{Document, Sentence};
use super::speech;
use super::tokens::{tokenize, Token, TokenKind};
use crate::text::{find_passage, Span};

/// Prepositions whose object is not the subject: "pressure from the United States".
const PREPOSITIONS: &[&str] = &[
    "of", "with", "for", "by", "on", "between", "against", "about",
];

/// A token of a sentence that is outside every quotation.
struct Clause<'a> {
    tokens: Vec<Token<'a>>,
    /// Whether each token lies inside a quote piece.
    quoted: Vec<bool>,
    mentions: Vec<Mention>,
}

impl Clause<'_> {
    fn mention_at(&self, i: usize) -> Option<&Mention> {
        let t = &self.tokens[i];
        self.mentions
            .iter()
            .find(|m| m.span.start <= t.span.start && t.span.end <= m.span.end)
    }

    /// Mentions outside quotations, each with the index of its first token.
    fn mentions_outside(&self) -> Vec<(usize, Mention)> {
        let mut found: Vec<(usize, Mention)> = Vec::new();
        for i in 0..self.tokens.len() {
            if self.quoted[i] {
                continue;
            }
            if let Some(m) = self.mention_at(i) {
                if found.last().is_none_or(|(_, last)| *last != *m) {
                    found.push((i, *m));
                }
            }
        }
        found
    }

    fn first_verb(&self) -> Option<(usize, usize)> {
        (0..self.tokens.len())
            .filter(|&i| !self.quoted[i])
            .find_map(|i| speech::verb_at(&self.tokens, i).map(|end| (i, end)))
    }

    /// A mention that is the object of a preposition, or owns something ("Russia’s").
    fn is_oblique(&self, i: usize, m: &Mention) -> bool {
        let mut k = i;
        while k > 0 && self.tokens[k - 1].is("the") {
            k -= 1;
        }
        let after_preposition = k > 0
            && PREPOSITIONS
                .iter()
                .chain(LOCATIVES)
                .any(|p| self.tokens[k - 1].is(p));
        let end = self.tokens[i..]
            .iter()
            .position(|t| t.span.start >= m.span.end)
            .map(|p| p + i);
        let possessive = end.is_some_and(|e| self.tokens[e].kind == TokenKind::Possessive);
        after_preposition || possessive
    }

    /// Whether the words before `verb` are all quoted: nothing but a quotation
    /// and punctuation comes first, so the subject may follow the verb
    /// ("“…,” said he"). In "The school board said it could not", it does not.
    fn verb_leads(&self, verb: usize) -> bool {
        (0..verb).all(|i| self.quoted[i] || !self.tokens[i].is_word())
    }

    /// A pronoun standing right before the verb ("he said"), or, with `after`,
    /// right after it ("said he").
    fn pronoun_near(&self, verb: usize, verb_end: usize, after: bool) -> Option<&Token<'_>> {
        let mut k = verb;
        while k > 0 && SPEECH_ADVERBS.iter().any(|a| self.tokens[k - 1].is(a)) {
            k -= 1;
        }
        let is_pronoun = |t: &Token| {
            PERSONAL_PRONOUNS
                .iter()
                .chain(GROUP_PRONOUNS)
                .any(|p| t.is(p))
        };
        if after {
            self.tokens.get(verb_end).filter(|t| is_pronoun(t))
        } else {
            k.checked_sub(1)
                .map(|b| &self.tokens[b])
                .filter(|t| is_pronoun(t))
        }
    }
}

/// Who has spoken so far: "he said" is the last person who spoke.
#[derive(Default)]
struct Context {
    last_person: Option<usize>,
    last_speaker: Option<Speaker>,
    last_line: Option<usize>,
}

impl Context {
    fn pronoun(&self, t: &Token) -> Option<Speaker> {
        if PERSONAL_PRONOUNS.iter().any(|p| t.is(p)) {
            self.last_person.map(Speaker::Person)
        } else {
            self.last_speaker
        }
    }

    fn record(&mut self, speaker: Speaker, line: usize) {
        if let Speaker::Person(p) = speaker {
            self.last_person = Some(p);
        }
        self.last_speaker = Some(speaker);
        self.last_line = Some(line);
    }
}

fn speaker_of(m: &Mention) -> Speaker {
    match m.entity {
        Entity::Actor(a) => Speaker::Actor(a),
        Entity::Person(p) => Speaker::Person(p),
    }
}

pub fn find(doc: &Document, mentions: &[Mention]) -> Vec<StatementProposal> {
    let pieces = quotes::find(doc);
    let mut statements = Vec::new();
    let mut context = Context::default();
    let mut handled_quotations: Vec<usize> = Vec::new();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let clause = clause(doc, sentence, &pieces, mentions);
        let inside: Vec<&QuotePiece> = pieces
            .iter()
            .filter(|p| p.span.start < sentence.span.end && sentence.span.start < p.span.end)
            .collect();
        let standalone: Vec<&QuotePiece> = inside
            .iter()
            .copied()
            .filter(|p| is_standalone(&clause, sentence, p))
            .collect();
        if !standalone.is_empty()
            || inside
                .iter()
                .any(|p| handled_quotations.contains(&p.quotation))
        {
            for piece in standalone {
                if handled_quotations.contains(&piece.quotation) {
                    continue;
                }
                handled_quotations.push(piece.quotation);
                direct(
                    doc,
                    index,
                    piece,
                    &pieces,
                    mentions,
                    &mut context,
                    &mut statements,
                );
            }
            continue;
        }
        if let Some(statement) = reported(doc.text, sentence, &clause, &context) {
            context.record(statement.speaker, sentence.line);
            statements.push(statement);
        }
    }
    statements.sort_by_key(|s| s.span.start);
    statements
}

fn clause<'a>(
    doc: &'a Document,
    sentence: &Sentence,
    pieces: &[QuotePiece],
    mentions: &[Mention],
) -> Clause<'a> {
    let tokens = tokenize(doc.text, sentence.span);
    let quoted = tokens
        .iter()
        .map(|t| pieces.iter().any(|p| p.span.contains(t.span)))
        .collect();
    Clause {
        tokens,
        quoted,
        mentions: mentions
            .iter()
            .filter(|m| sentence.span.contains(m.span))
            .copied()
            .collect(),
    }
}

/// A quotation stands alone, as a statement of its own, when it opens its sentence
/// or follows "said:" or "said,"; one that follows a speech verb without them
/// ("called for a “just peace”") is part of the reported sentence.
fn is_standalone(clause: &Clause, sentence: &Sentence, piece: &QuotePiece) -> bool {
    let first = clause
        .tokens
        .iter()
        .position(|t| !t.is_mark("–") && !t.is_mark("—"));
    let opens = first.is_some_and(|f| clause.tokens[f].span.start >= piece.span.start)
        || piece.span.start <= sentence.span.start;
    let before = clause
        .tokens
        .iter()
        .rposition(|t| t.span.end <= piece.span.start);
    let introduced = before.is_some_and(|b| {
        (clause.tokens[b].is_mark(":") || clause.tokens[b].is_mark(","))
            && (0..b).any(|i| speech::verb_at(&clause.tokens, i).is_some())
    });
    opens || introduced
}

/// A quotation's statements, one per piece, with the speaker its attribution
/// names; a quotation with no attribution continues the last speaker if they spoke
/// on this line or the one before, and is dropped otherwise.
fn direct(
    doc: &Document,
    index: usize,
    first: &QuotePiece,
    pieces: &[QuotePiece],
    mentions: &[Mention],
    context: &mut Context,
    statements: &mut Vec<StatementProposal>,
) {
    let parts: Vec<&QuotePiece> = pieces
        .iter()
        .filter(|p| p.quotation == first.quotation)
        .collect();
    let last = parts[parts.len() - 1];
    let closing = doc.sentences[index..]
        .iter()
        .find(|s| s.span.start < last.span.end.max(s.span.start + 1) && last.span.end <= s.span.end)
        .unwrap_or(&doc.sentences[index]);
    let mut attribution = None;
    for sentence in [closing, &doc.sentences[index]] {
        let clause = clause(doc, sentence, pieces, mentions);
        if let Some((verb, end)) = clause.first_verb() {
            attribution = attributed(&clause, verb, end, context, true);
            if attribution.is_some() {
                break;
            }
        }
    }
    let line = first.line;
    let continues = context
        .last_line
        .is_some_and(|l| l == line || previous_text_line(doc, line) == Some(l));
    let speaker = match attribution {
        Some((speaker, span)) => Some((speaker, Some(span))),
        None if continues => context.last_speaker.map(|s| (s, None)),
        None => None,
    };
    let Some((speaker, said_by)) = speaker else {
        return;
    };
    for part in parts {
        statements.push(StatementProposal {
            speaker,
            span: part.span,
            direct: true,
            attribution: said_by.filter(|s| doc.line_of(s.start) == part.line),
        });
    }
    context.record(speaker, last.line);
}

fn previous_text_line(doc: &Document, line: usize) -> Option<usize> {
    (0..line)
        .rev()
        .find(|&l| !doc.text[doc.lines[l].range()].trim().is_empty())
}

/// The speaker a speech verb's clause names, and the words that name them.
/// `inverted` allows the speaker after the verb ("added the Turkish diplomat").
fn attributed(
    clause: &Clause,
    verb: usize,
    verb_end: usize,
    context: &Context,
    inverted: bool,
) -> Option<(Speaker, Span)> {
    if let Some(p) = clause.pronoun_near(verb, verb_end, false) {
        return context.pronoun(p).map(|s| (s, p.span));
    }
    let outside = clause.mentions_outside();
    let is_person = |m: &Mention| matches!(m.entity, Entity::Person(_));
    let after_verb = outside
        .iter()
        .find(|(i, m)| *i >= verb_end && *i < verb_end + 6 && is_person(m));
    if let (true, Some((_, m))) = (inverted, after_verb) {
        return Some((speaker_of(m), m.span));
    }
    let before: Vec<&(usize, Mention)> = outside.iter().filter(|(i, _)| *i < verb).collect();
    if let Some((_, m)) = before.iter().rev().find(|(_, m)| is_person(m)) {
        return Some((speaker_of(m), m.span));
    }
    let subject = before
        .iter()
        .find(|(i, m)| !clause.is_oblique(*i, m))
        .or(before.last());
    if let Some((_, m)) = subject {
        return Some((speaker_of(m), m.span));
    }
    // "said he" only when the verb leads its clause: in "Quayle said she would" or
    // "The school board said it could not", the pronoun is what was said, not
    // who said it.
    let inverted_pronoun = clause
        .verb_leads(verb)
        .then(|| clause.pronoun_near(verb, verb_end, true))
        .flatten();
    if let Some(p) = inverted_pronoun {
        return context.pronoun(p).map(|s| (s, p.span));
    }
    // "…, said the agency": a plain verb's subject may follow it closely; a verb with
    // a particle takes an object there ("called for the agency to publish").
    let plain = verb_end == verb + 1;
    outside
        .iter()
        .find(|(i, _)| plain && *i >= verb_end && *i <= verb_end + 2)
        .map(|(_, m)| (speaker_of(m), m.span))
}

/// A reported statement: the sentence, or what follows "He said:".
fn reported(
    text: &str,
    sentence: &Sentence,
    clause: &Clause,
    context: &Context,
) -> Option<StatementProposal> {
    let tokens = &clause.tokens;
    let statement = |speaker: Speaker, span: Span, by: Span| StatementProposal {
        speaker,
        span,
        direct: false,
        attribution: Some(by),
    };
    // "according to X" names the source, whatever verbs the sentence has.
    // A person after it ("Ukraine’s emergency services") before an actor ("Ukraine").
    if let Some(after) = (0..tokens.len()).find_map(|i| speech::according_to_at(tokens, i)) {
        let named: Vec<Mention> = clause
            .mentions_outside()
            .into_iter()
            .filter(|(i, _)| *i >= after)
            .map(|(_, m)| m)
            .collect();
        let source = named
            .iter()
            .find(|m| matches!(m.entity, Entity::Person(_)))
            .or(named.first());
        if let Some(m) = source {
            return Some(statement(speaker_of(m), sentence.span, m.span));
        }
    }
    if let Some((verb, end)) = clause.first_verb() {
        let (speaker, by) = attributed(clause, verb, end, context, false)?;
        // "He said: The more the better." reports what follows the colon; "The
        // Kremlin confirmed that Putin will…" reports what follows the verb, not
        // the article's framing around it.
        let said_from = match tokens.get(end) {
            Some(colon) if colon.is_mark(":") => Some(end + 1),
            _ if by.end <= tokens[verb].span.start => what_follows(tokens, verb, end),
            _ => None,
        };
        // Narrowed only where the words still point to one place in the article.
        let span = said_from
            .filter(|&k| tokens[k..].iter().any(Token::is_word))
            .map(|k| Span::new(tokens[k].span.start as usize, sentence.span.end as usize))
            .filter(|s| find_passage(text, &text[s.range()]).is_ok())
            .unwrap_or(sentence.span);
        return Some(statement(speaker, span, by));
    }
    // "warnings from Washington": the author follows "from".
    let author = (0..tokens.len()).find_map(|i| speech::noun_at(tokens, i).map(|a| (i, a)));
    if let Some((noun, after)) = author {
        let (_, m) = clause
            .mentions_outside()
            .into_iter()
            .find(|(i, _)| *i == after || *i == after + 1)?;
        let span = Span::new(tokens[noun].span.start as usize, sentence.span.end as usize);
        return Some(statement(speaker_of(&m), span, m.span));
    }
    None
}

/// Where what was said starts, after the speech verb at `verb` (ending at `end`):
/// past "that", and past the listener of "told" ("told AFP that").
fn what_follows(tokens: &[Token], verb: usize, end: usize) -> Option<usize> {
    if end != verb + 1 || !SAY_THAT.iter().any(|v| tokens[verb].is(v)) {
        return None;
    }
    let that = (end..tokens.len().min(end + 4)).find(|&k| tokens[k].is("that"));
    let tells = tokens[verb].is("told") || tokens[verb].is("tells");
    match that {
        Some(k) if tells || k == end => Some(k + 1),
        _ if tells => None,
        _ => Some(end),
    }
    .filter(|&k| k < tokens.len())
}

#[cfg(test)]
mod tests {
    use crate::propose::{propose, Speaker};

    /// (speaker's name, direct, quote) of each statement proposed for `text`.
    fn said(text: &str) -> Vec<(String, bool, &str)> {
        let p = propose(text);
        p.statements
            .iter()
            .map(|s| {
                let who = match s.speaker {
                    Speaker::Person(i) => p.people[i].name.clone(),
                    Speaker::Actor(i) => p.actors[i].name.clone(),
                };
                (who, s.direct, &text[s.span.range()])
            })
            .collect()
    }

    #[test]
    fn a_quotation_is_direct_and_its_attribution_names_the_speaker() {
        assert_eq!(
            said("“Preparations are underway,” Kremlin spokesman Dmitry Peskov told reporters."),
            [(
                "Dmitry Peskov".to_string(),
                true,
                "“Preparations are underway,”"
            )]
        );
    }

    #[test]
    fn a_title_as_speaker_is_the_last_person_of_that_country_with_a_title() {
        let text = "Turkey spoke. Foreign Minister Mevlut Cavusoglu said the talks had failed.\n“The war goes on,” added the Turkish diplomat, who called for an immediate ceasefire.";
        let found = said(text);
        assert_eq!(
            found[1],
            ("Mevlut Cavusoglu".to_string(), true, "“The war goes on,”")
        );
        // The relative clause is part of the quotation's sentence, not a second statement.
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn a_reported_statement_holds_what_was_said_not_who_said_it() {
        let quotes = |text: &'static str| -> Vec<&'static str> {
            said(text).into_iter().map(|(_, _, q)| q).collect()
        };
        assert_eq!(
            quotes("The Kremlin confirmed that Putin will meet Erdogan on Thursday."),
            ["Putin will meet Erdogan on Thursday."]
        );
        assert_eq!(
            quotes("A Turkish official earlier told AFP that the meeting was set for Thursday."),
            ["the meeting was set for Thursday."]
        );
        // An object that is not what was said stays: whom they urged, and to do what.
        assert_eq!(
            quotes("The Harbour Union urged both sides to meet."),
            ["The Harbour Union urged both sides to meet."]
        );
    }

    #[test]
    fn an_unknown_subject_is_not_taken_for_the_last_speaker() {
        // "it" is what the board said, not a pointer back to the union.
        let text = "“We will not go back,” the Harbour Union said.\nThe school board said it could not afford more staff.";
        let found = said(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Harbour Union");
    }

    #[test]
    fn he_said_with_a_colon_and_no_quotation_marks_is_reported() {
        let text = "Foreign Minister Mevlut Cavusoglu of Turkey said talks were needed.\nThere must be a ceasefire. He said: The more the better.";
        let found = said(text);
        assert_eq!(
            found[1],
            (
                "Mevlut Cavusoglu".to_string(),
                false,
                "The more the better."
            )
        );
    }

    #[test]
    fn a_quotation_over_a_line_break_is_one_statement_per_line() {
        let text = "Marrowby’s mayor, Tomas Breck, objected.\n“Hold the river back at Ellisford\nand it comes over the weir,” Breck said after the vote.";
        let found = said(text);
        assert_eq!(
            found,
            [
                (
                    "Tomas Breck".to_string(),
                    true,
                    "“Hold the river back at Ellisford"
                ),
                (
                    "Tomas Breck".to_string(),
                    true,
                    "and it comes over the weir,”"
                ),
            ]
        );
    }

    #[test]
    fn a_quotation_over_a_line_break_with_nobody_named_is_dropped() {
        let text = "Rain fell on Ellisford and Ellisford.\n“Hold the river back\nand it comes over the weir,” the report ended.";
        assert!(said(text).is_empty(), "{:?}", said(text));
    }

    #[test]
    fn a_fragment_quoted_after_a_speech_verb_is_reported_speech() {
        let text = "Turkey spoke. During the interview, Foreign Minister Mevlut Cavusoglu called for a “just peace” based on Ukraine’s integrity.";
        let found = said(text);
        assert_eq!(found.len(), 1);
        assert!(!found[0].1);
        assert!(found[0].2.starts_with("During the interview"));
    }

    #[test]
    fn according_to_names_the_source_and_negated_speech_is_none() {
        let text = "Erdogan has yet to comment on the strikes, killing 19 people, according to Ukraine’s emergency services.";
        assert_eq!(said(text)[0].0, "Ukraine’s emergency services");
        assert_eq!(said(text).len(), 1);
    }

    #[test]
    fn a_country_speaks_in_its_own_name() {
        let found = said(
            "Istanbul (AFP) – Turkey called Tuesday for a ceasefire in Ukraine, days before talks.",
        );
        assert_eq!(found[0].0, "Turkey");
        assert!(found[0]
            .2
            .starts_with("Turkey called Tuesday for a ceasefire"));
    }
}
