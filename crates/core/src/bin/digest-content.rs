//! `digest-content`: checks a content folder and publishes what the app fetches.
//!
//! ```text
//! digest-content check <content-dir>
//! digest-content build <content-dir> <data-dir>
//! digest-content publish <content-dir> <dist-dir> [--site-url URL]
//! ```
//! Every problem in every file is printed as `file:line:column: error: field: message`; the exit code
//! is 1 when there is any, 2 for a usage error.

use digest_core::content_dir::{build, load, publish_into, Problem, Severity};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: digest-content check <content-dir>
       digest-content build <content-dir> <data-dir>
       digest-content publish <content-dir> <dist-dir> [--site-url URL]

check    reports every problem in every file; changes nothing
build    checks, then writes what the app fetches into <data-dir>
publish  checks, then writes <dist-dir>/data and, from <dist-dir>/index.html (a Trunk build), a page
         per route, 404.html, feed.xml, feed.json, sitemap.xml and robots.txt";

fn print_all(problems: &[Problem]) {
    for problem in problems {
        eprintln!("{problem}");
    }
}

fn count(problems: &[Problem], severity: Severity) -> usize {
    problems.iter().filter(|p| p.severity == severity).count()
}

fn report_failure(problems: &[Problem]) -> ExitCode {
    print_all(problems);
    let (errors, warnings) = (count(problems, Severity::Error), count(problems, Severity::Warning));
    eprintln!("digest-content: {errors} error(s), {warnings} warning(s); nothing was published");
    ExitCode::FAILURE
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["check", dir] => match load(Path::new(dir)) {
            Ok(content) => {
                print_all(&content.warnings);
                println!(
                    "digest-content: {} articles in {} categories, no errors, {} warning(s)",
                    content.articles.len(),
                    content.site.categories.len(),
                    content.warnings.len()
                );
                ExitCode::SUCCESS
            }
            Err(problems) => report_failure(&problems),
        },
        ["build", dir, out] => match build(Path::new(dir), Path::new(out)) {
            Ok((published, warnings)) => {
                print_all(&warnings);
                println!(
                    "digest-content: published {} articles, {} feed pages, {} categories into {out}",
                    published.articles.len(),
                    published.feed.len(),
                    published.categories.len()
                );
                ExitCode::SUCCESS
            }
            Err(problems) => report_failure(&problems),
        },
        ["publish", dir, dist] | ["publish", dir, dist, "--site-url", _] => {
            let site_url = args.get(4).copied();
            match publish_into(Path::new(dir), Path::new(dist), site_url) {
                Ok((published, warnings)) => {
                    print_all(&warnings);
                    println!(
                        "digest-content: published {} articles, {} route pages into {dist}",
                        published.articles.len(),
                        published.articles.len() + published.categories.len() + 2
                    );
                    ExitCode::SUCCESS
                }
                Err(problems) => report_failure(&problems),
            }
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
