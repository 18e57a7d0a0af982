//! `content-check FILE...`: checks content files the way the build does, and says
//! what each one would show, so an editor can iterate without building the app.
//! `content-check --draft ARTICLE.txt` prints a draft content file to start from.

use std::process::ExitCode;

use explainer_model::authoring::compile;
use explainer_model::propose::{draft_toml, propose};

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, article] = files.as_slice() {
        if flag == "--draft" {
            return draft(article);
        }
    }
    if files.is_empty() {
        eprintln!("usage: content-check FILE.toml...\n       content-check --draft ARTICLE.txt");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for file in &files {
        let source = match std::fs::read_to_string(file) {
            Ok(source) => source,
            Err(e) => {
                eprintln!("{file}: error: cannot read it: {e}");
                failed = true;
                continue;
            }
        };
        match compile(&source, file) {
            Ok(x) => {
                let quotes: usize = x
                    .actors
                    .iter()
                    .map(|a| {
                        a.role.evidence.len()
                            + a.stances.iter().map(|s| s.evidence.len()).sum::<usize>()
                    })
                    .sum::<usize>()
                    + x.relations
                        .iter()
                        .map(|r| r.claim.evidence.len())
                        .sum::<usize>()
                    + x.statements.len()
                    + x.events
                        .iter()
                        .map(|e| e.claim.evidence.len())
                        .sum::<usize>();
                println!(
                    "{file}: ok: {} actors, {} people, {} mentions, {} relations in {} kinds, {} statements, {} events, {} evidence quotes",
                    x.actors.len(),
                    x.people.len(),
                    x.mentions.len(),
                    x.relations.len(),
                    x.kinds.len(),
                    x.statements.len(),
                    x.events.len(),
                    quotes
                );
            }
            Err(errors) => {
                failed = true;
                for e in &errors {
                    eprintln!("{e}");
                }
                eprintln!("{file}: {} error(s)", errors.len());
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `--draft ARTICLE.txt`: prints a draft content file proposed from the article.
fn draft(article: &str) -> ExitCode {
    match std::fs::read_to_string(article) {
        Ok(text) => {
            print!("{}", draft_toml(&text, &propose(&text)));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{article}: error: cannot read it: {e}");
            ExitCode::FAILURE
        }
    }
}
