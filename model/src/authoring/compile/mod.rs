//! Checks a content file and compiles it into an [`Explainer`]: one short function
//! per section of the file, in the order the sections depend on each other. Every
//! problem is collected, not just the first, and each names the item at fault and
//! what to do.

pub(crate) mod article;
mod claims;
mod diagram;
mod entities;
mod events;
pub(crate) mod ids;
mod relations;

use std::collections::HashMap;

use super::error::{line_column, ContentError, ErrorKind, Path, Severity};
use super::file::ContentFile;
use super::locate::Locator;
use crate::explainer::Explainer;
use crate::text::Line;

/// A compiled explainer, and what the checker would have the editor look at.
#[derive(Debug)]
pub struct Compiled {
    pub explainer: Explainer,
    pub warnings: Vec<ContentError>,
}

/// Reads `source` (the text of the content file named `file`) and compiles it. On
/// failure, the errors come first, then any warnings, each with its line and column.
pub fn compile(source: &str, file: &str) -> Result<Compiled, Vec<ContentError>> {
    let content: ContentFile = toml::from_str(source).map_err(|e| {
        let (line, column) = e.span().map(|s| line_column(source, s.start)).unzip();
        vec![ContentError {
            kind: ErrorKind::Syntax,
            severity: Severity::Error,
            file: file.into(),
            path: None,
            line,
            column,
            message: e.message().trim().to_string(),
            help: "fix the TOML at this place; the README's \"Explain another article\" shows a complete file".into(),
        }]
    })?;
    let locator = Locator::new(source);
    let place = |mut problems: Vec<ContentError>| {
        locator.place(&mut problems);
        problems
    };
    match compile_content(&content, file) {
        Ok(compiled) => Ok(Compiled {
            warnings: place(compiled.warnings),
            ..compiled
        }),
        Err(problems) => Err(place(problems)),
    }
}

/// Compiles a content file already read (as the studio holds it). Problems name
/// their item by path only; [`compile`] adds lines and columns.
pub fn compile_content(content: &ContentFile, file: &str) -> Result<Compiled, Vec<ContentError>> {
    let mut c = Compiler::new(content, file);
    let explainer = c.compile();
    let (mut errors, warnings): (Vec<_>, Vec<_>) =
        c.problems.into_iter().partition(ContentError::is_error);
    if errors.is_empty() {
        Ok(Compiled {
            explainer,
            warnings,
        })
    } else {
        errors.extend(warnings);
        Err(errors)
    }
}

/// The state of one compilation: the file, what has been resolved so far, and
/// the problems found.
struct Compiler<'a> {
    content: &'a ContentFile,
    file: &'a str,
    text: &'a str,
    lines: Vec<Line>,
    kinds: HashMap<String, usize>,
    actors: HashMap<String, usize>,
    people: HashMap<String, usize>,
    problems: Vec<ContentError>,
}

impl<'a> Compiler<'a> {
    fn new(content: &'a ContentFile, file: &'a str) -> Self {
        Compiler {
            content,
            file,
            text: &content.article.text,
            lines: Vec::new(),
            kinds: HashMap::new(),
            actors: HashMap::new(),
            people: HashMap::new(),
            problems: Vec::new(),
        }
    }

    fn compile(&mut self) -> Explainer {
        self.lines = self.article_lines();
        self.index_all_ids();
        let kinds = self.kinds();
        let people = self.people();
        let mentions = self.mentions(&people);
        let actors = self.actors(&people);
        let statements = self.statements();
        let relations = self.relations();
        let events = self.events();
        self.left_out();
        let diagram = self.diagram(&relations, &kinds);
        let source_url = self.source_url();
        let article = &self.content.article;
        Explainer {
            title: article.title.clone().into(),
            source: article.source.clone().into(),
            source_url: source_url.map(Into::into),
            licence: article
                .licence
                .as_deref()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| l.to_string().into()),
            context: article.context.iter().cloned().map(Into::into).collect(),
            text: self.text.to_string().into(),
            lines: std::mem::take(&mut self.lines).into(),
            mentions: mentions.into(),
            actors: actors.into(),
            people: people.into(),
            statements: statements.into(),
            kinds: kinds.into(),
            relations: relations.into(),
            events: events.into(),
            diagram,
        }
    }

    fn problem(
        &mut self,
        severity: Severity,
        kind: ErrorKind,
        at: Path,
        message: String,
        help: impl Into<String>,
    ) {
        self.problems.push(ContentError {
            kind,
            severity,
            file: self.file.into(),
            path: Some(at),
            line: None,
            column: None,
            message,
            help: help.into(),
        });
    }

    fn error(&mut self, kind: ErrorKind, at: Path, message: String, help: impl Into<String>) {
        self.problem(Severity::Error, kind, at, message, help);
    }
}

/// The path of a top-level list's item: `actors[2]`.
fn item(list: &'static str, index: usize) -> Path {
    Path::root().key(list).index(index)
}
