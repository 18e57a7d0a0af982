//! `content-check FILE...`: checks content files the way the build does, and says
//! what each one would show, so an editor can iterate without building the app.
//! `content-check --faithfulness FILE` prints the faithfulness review instead, and
//! `content-check --draft ARTICLE.txt` a draft content file to start from.

use std::process::ExitCode;

use explainer_model::authoring::{compile, faithfulness, ContentError, ContentFile};
use explainer_model::propose::{draft_toml, propose};
use explainer_model::Explainer;

const USAGE: &str = "usage: content-check FILE.toml...\n       content-check --faithfulness FILE.toml   (the faithfulness review, as Markdown)\n       content-check --draft ARTICLE.txt        (a draft content file proposed from the article)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
        Some(flag @ ("--faithfulness" | "--draft")) => match args.get(1) {
            Some(file) if args.len() == 2 && flag == "--draft" => draft(file),
            Some(file) if args.len() == 2 => review(file),
            _ => {
                eprintln!("{USAGE}");
                ExitCode::from(2)
            }
        },
        Some(_) => check_all(&args),
    }
}

fn read(file: &str) -> Option<String> {
    std::fs::read_to_string(file)
        .map_err(|e| eprintln!("{file}: error: cannot read it: {e}"))
        .ok()
}

fn report(problems: &[ContentError]) {
    for e in problems {
        eprintln!("{e}");
    }
}

fn check_all(files: &[String]) -> ExitCode {
    let mut failed = false;
    for file in files {
        let Some(source) = read(file) else {
            failed = true;
            continue;
        };
        match compile(&source, file) {
            Ok(compiled) => {
                report(&compiled.warnings);
                println!(
                    "{file}: ok: {}",
                    summary(&compiled.explainer, compiled.warnings.len())
                );
            }
            Err(problems) => {
                failed = true;
                report(&problems);
                let errors = problems.iter().filter(|e| e.is_error()).count();
                eprintln!(
                    "{file}: {errors} error(s), {} warning(s)",
                    problems.len() - errors
                );
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn summary(e: &Explainer, warnings: usize) -> String {
    let claims = e
        .actors
        .iter()
        .flat_map(|a| std::iter::once(&a.role).chain(a.stances.iter()))
        .chain(e.relations.iter().map(|r| &r.claim))
        .chain(e.events.iter().map(|ev| &ev.claim));
    let quotes: usize = claims.map(|c| c.evidence.len()).sum::<usize>() + e.statements.len();
    format!(
        "{} actors, {} people, {} mentions, {} relations in {} kinds, {} statements, {} events, {} evidence quotes, {} warning(s)",
        e.actors.len(),
        e.people.len(),
        e.mentions.len(),
        e.relations.len(),
        e.kinds.len(),
        e.statements.len(),
        e.events.len(),
        quotes,
        warnings
    )
}

fn review(file: &str) -> ExitCode {
    let Some(source) = read(file) else {
        return ExitCode::FAILURE;
    };
    let compiled = match compile(&source, file) {
        Ok(compiled) => compiled,
        Err(problems) => {
            report(&problems);
            eprintln!("{file}: fix the errors first; the review reads a file that compiles");
            return ExitCode::FAILURE;
        }
    };
    let content: ContentFile = toml::from_str(&source).expect("it compiled, so it parses");
    print!(
        "{}",
        faithfulness::review(&content, &compiled.explainer, file)
    );
    ExitCode::SUCCESS
}

/// `--draft ARTICLE.txt`: prints a draft content file proposed from the article.
fn draft(article: &str) -> ExitCode {
    let Some(text) = read(article) else {
        return ExitCode::FAILURE;
    };
    print!("{}", draft_toml(&text, &propose(&text)));
    ExitCode::SUCCESS
}
