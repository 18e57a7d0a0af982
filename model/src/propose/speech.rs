//! Recognising speech in tokens: verbs ("said", "called for"), nouns of speech
//! ("warnings from"), and "according to".

use super::lexicon::{SPEECH_NOUNS, SPEECH_VERBS, SPEECH_VERBS_WITH_PARTICLE};
use super::tokens::Token;

/// Words that undo a speech verb: "has yet to comment", "did not say".
const NEGATIONS: &[&str] = &["not", "never", "to", "declined", "refused"];

/// If a speech verb starts at `i`, the index just past it. "called Tuesday for"
/// counts: one capitalised word (a day) may stand between verb and particle.
pub fn verb_at(tokens: &[Token], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    if !t.is_word() {
        return None;
    }
    let negated = i
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| NEGATIONS.iter().any(|n| p.is(n)));
    if negated {
        return None;
    }
    if SPEECH_VERBS.iter().any(|v| t.is(v)) {
        return Some(i + 1);
    }
    let (_, particles) = SPEECH_VERBS_WITH_PARTICLE.iter().find(|(v, _)| t.is(v))?;
    let is_particle = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|p| particles.iter().any(|w| p.is(w)))
    };
    if is_particle(i + 1) {
        Some(i + 2)
    } else if tokens.get(i + 1).is_some_and(Token::is_capitalised) && is_particle(i + 2) {
        Some(i + 3)
    } else {
        None
    }
}

/// If a noun of speech followed by "from" starts at `i` ("warnings from"), the index
/// of the word after "from", where its author is named.
pub fn noun_at(tokens: &[Token], i: usize) -> Option<usize> {
    let t = tokens.get(i)?;
    let from = tokens.get(i + 1)?;
    (SPEECH_NOUNS.iter().any(|n| t.is(n)) && from.is("from")).then_some(i + 2)
}

/// If "according to" starts at `i`, the index after it.
pub fn according_to_at(tokens: &[Token], i: usize) -> Option<usize> {
    let (a, b) = (tokens.get(i)?, tokens.get(i + 1)?);
    (a.is("according") && b.is("to")).then_some(i + 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::propose::tokens::tokenize;
    use crate::text::Span;

    fn verbs(text: &str) -> Vec<&str> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        (0..tokens.len())
            .filter_map(|i| {
                verb_at(&tokens, i).map(|end| {
                    &text[tokens[i].span.start as usize..tokens[end - 1].span.end as usize]
                })
            })
            .collect()
    }

    #[test]
    fn speech_verbs_with_and_without_particles() {
        assert_eq!(
            verbs("Turkey called Tuesday for a truce; he said; it was called off; they called on Kyiv"),
            ["called Tuesday for", "said", "called on"]
        );
    }

    #[test]
    fn negated_speech_is_not_speech() {
        assert!(
            verbs("Erdogan has yet to comment; she did not say; he declined to comment").is_empty()
        );
    }
}
