//! `digest-content`: checks a content folder and publishes what the app fetches.
//!
//! ```text
//! digest-content check <content-dir>
//! digest-content build <content-dir> <out-dir>
//! ```
//! Every problem in every file is printed as `file:line:column: error: field: message`; the exit code
//! is 1 when there is any, 2 for a usage error.

use digest_core::content_dir::{build, load, Problem};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: digest-content check <content-dir>\n       digest-content build <content-dir> <out-dir>";

fn report(problems: &[Problem]) -> ExitCode {
    for problem in problems {
        eprintln!("{problem}");
    }
    let s = if problems.len() == 1 { "" } else { "s" };
    eprintln!("digest-content: {} problem{s}; nothing was published", problems.len());
    ExitCode::FAILURE
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["check", dir] => match load(Path::new(dir)) {
            Ok(content) => {
                println!(
                    "digest-content: {} articles in {} categories, all valid",
                    content.articles.len(),
                    content.site.categories.len()
                );
                ExitCode::SUCCESS
            }
            Err(problems) => report(&problems),
        },
        ["build", dir, out] => match build(Path::new(dir), Path::new(out)) {
            Ok(published) => {
                println!(
                    "digest-content: published {} articles, {} feed pages, {} categories into {out}",
                    published.articles.len(),
                    published.feed.len(),
                    published.categories.len()
                );
                ExitCode::SUCCESS
            }
            Err(problems) => report(&problems),
        },
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
