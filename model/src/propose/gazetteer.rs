//! The gazetteer: countries (generated table) and bodies (hand table) with every
//! form an article may name them by, and where those forms occur in a text.

use super::gazetteer_data::COUNTRIES;
use super::wire_names::{BODIES, DISPLAY_NAMES, EXTRA_FORMS, NOT_PLACES};
use crate::authoring::find::{longest_first, whole_words};
use crate::text::Span;

/// One country or territory of the generated table.
pub struct Country {
    /// ISO 3166-1 alpha-3.
    pub code: &'static str,
    pub name: &'static str,
    pub names: &'static [&'static str],
    pub capitals: &'static [&'static str],
    pub demonyms: &'static [&'static str],
}

/// How a form names its place; it decides what a mention can be: an institution can
/// speak, a capital after "in" is only a setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormKind {
    Name,
    Capital,
    Demonym,
    /// A city or address standing for a government ("Washington").
    Metonym,
    /// A seat of power that speaks ("the Kremlin said"): it may become a speaker.
    Institution,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// Becomes the actor's id.
    pub id: String,
    pub name: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlaceHit {
    pub span: Span,
    /// Index into [`Gazetteer::places`].
    pub place: usize,
    pub kind: FormKind,
}

pub struct Gazetteer {
    pub places: Vec<Place>,
    forms: Vec<(String, Option<usize>, FormKind)>,
}

/// A lowercase, dash-separated id from a name ("United States" → "united-states").
pub fn slug(name: &str) -> String {
    let mut id = String::new();
    for c in name.chars() {
        let plain = match c {
            'à'..='å' | 'À'..='Å' => 'a',
            'ç' | 'Ç' => 'c',
            'è'..='ë' | 'È'..='Ë' => 'e',
            'ì'..='ï' | 'Ì'..='Ï' => 'i',
            'ñ' | 'Ñ' => 'n',
            'ò'..='ö' | 'Ò'..='Ö' | 'ø' => 'o',
            'ù'..='ü' | 'Ù'..='Ü' => 'u',
            c => c,
        };
        if plain.is_ascii_alphanumeric() {
            id.push(plain.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('-') && !plain.is_alphabetic() {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_string()
}

/// Demonyms in "-an" and "-i" have plurals that name the people ("Ukrainians").
fn plural(demonym: &str) -> Option<String> {
    (demonym.ends_with("an") || demonym.ends_with('i')).then(|| format!("{demonym}s"))
}

impl Gazetteer {
    pub fn new() -> Self {
        let mut places = Vec::new();
        // Forms that are never places come first, so they win a tie with a place's
        // form of the same words ("Victoria").
        let mut forms: Vec<(String, Option<usize>, FormKind)> = NOT_PLACES
            .iter()
            .map(|f| (f.to_string(), None, FormKind::Name))
            .collect();
        let added_by_hand = |form: &str| {
            EXTRA_FORMS.iter().any(|(_, _, f)| *f == form)
                || BODIES.iter().any(|b| b.forms.contains(&form))
        };
        for country in COUNTRIES {
            let index = places.len();
            let name = DISPLAY_NAMES
                .iter()
                .find(|(code, _)| *code == country.code)
                .map_or(country.name, |(_, name)| name);
            places.push(Place {
                id: slug(name),
                name,
            });
            let generated = [
                (country.names, FormKind::Name),
                (country.capitals, FormKind::Capital),
                (country.demonyms, FormKind::Demonym),
            ];
            for (list, kind) in generated {
                // The hand table wins a form it gives elsewhere ("Brussels").
                for form in list.iter().filter(|f| !added_by_hand(f)) {
                    forms.push((form.to_string(), Some(index), kind));
                    if kind == FormKind::Demonym {
                        forms.extend(plural(form).map(|p| (p, Some(index), kind)));
                    }
                }
            }
            for (_, kind, form) in EXTRA_FORMS.iter().filter(|(c, ..)| *c == country.code) {
                forms.push((form.to_string(), Some(index), *kind));
                if *kind == FormKind::Demonym {
                    forms.extend(plural(form).map(|p| (p, Some(index), *kind)));
                }
            }
        }
        for body in BODIES {
            let index = places.len();
            places.push(Place {
                id: body.id.to_string(),
                name: body.name,
            });
            forms.extend(
                body.forms
                    .iter()
                    .map(|f| (f.to_string(), Some(index), FormKind::Name)),
            );
        }
        Gazetteer { places, forms }
    }

    /// Every place named in `text`, as whole words, the longest form winning where
    /// forms overlap ("Western Sahara" over "Western").
    pub fn find(&self, text: &str) -> Vec<PlaceHit> {
        let mut found = Vec::new();
        for (i, (form, _, _)) in self.forms.iter().enumerate() {
            if text.contains(form.as_str()) {
                found.extend(whole_words(text, form).into_iter().map(|s| (s, i)));
            }
        }
        longest_first(found)
            .into_iter()
            .filter_map(|(span, i)| {
                let (_, place, kind) = &self.forms[i];
                place.map(|place| PlaceHit {
                    span,
                    place,
                    kind: *kind,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(text: &str) -> Vec<(&str, &str)> {
        let g = Gazetteer::new();
        g.find(text)
            .into_iter()
            .map(|h| (&text[h.span.range()], g.places[h.place].name))
            .collect()
    }

    #[test]
    fn names_capitals_demonyms_and_metonyms_find_their_country() {
        assert_eq!(
            named("Turkey’s envoy met Kazakh and Ukrainian officials in Kyiv; the Kremlin and Washington"),
            [
                ("Turkey", "Turkey"),
                ("Kazakh", "Kazakhstan"),
                ("Ukrainian", "Ukraine"),
                ("Kyiv", "Ukraine"),
                ("Kremlin", "Russia"),
                ("Washington", "United States"),
            ]
        );
    }

    #[test]
    fn a_hyphenated_pair_yields_both_countries() {
        assert_eq!(
            named("the Ukrainian-Russian war"),
            [("Ukrainian", "Ukraine"), ("Russian", "Russia")]
        );
    }

    #[test]
    fn bodies_blocs_and_the_longest_form_win() {
        assert_eq!(
            named("NATO and the EU joined Western sanctions; Western Sahara; Brussels"),
            [
                ("NATO", "NATO"),
                ("EU", "European Union"),
                ("Western", "The West"),
                ("Western Sahara", "Western Sahara"),
                ("Brussels", "European Union"),
            ]
        );
    }

    #[test]
    fn ambiguous_forms_and_words_inside_words_are_not_places() {
        assert_eq!(
            named("Victoria Stanley of New Mexico, Russians’ Turkeys"),
            [("Russians", "Russia")]
        );
        assert_eq!(named("Russians")[0].1, "Russia");
    }

    #[test]
    fn ids_are_plain_slugs() {
        assert_eq!(slug("United States"), "united-states");
        assert_eq!(slug("Côte d'Ivoire"), "cote-d-ivoire");
        assert_eq!(slug("The West"), "the-west");
    }
}
