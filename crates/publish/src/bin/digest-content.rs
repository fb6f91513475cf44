//! `digest-content`: checks a content folder and publishes what the app fetches and the site around it.
//! Every problem in every file is printed as `file:line:column: error[rule]: field: message (fix: how)`;
//! the exit code is 1 when there is any, 2 for a usage error.

use clap::{Parser, Subcommand};
use digest_publish::diagnostics::{Problem, Severity};
use digest_publish::{load::load, run, schema, Target};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "digest-content", version, about = "Checks digest content and publishes it")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Reports every problem in every file; changes nothing.
    Check {
        /// The content folder: site.json and articles/*.json.
        content: PathBuf,
    },
    /// Checks, then writes what the app fetches into a folder (emptied first).
    Build { content: PathBuf, data: PathBuf },
    /// Checks, then writes <dist>/data and, from <dist>/index.html (a Trunk build), a page per route,
    /// 404.html, feed.xml, feed.json, sitemap.xml, robots.txt and the Content-Security-Policy.
    Publish {
        content: PathBuf,
        dist: PathBuf,
        /// Where the site is deployed, base path included (overrides site.json's "url").
        #[arg(long, value_name = "URL")]
        site_url: Option<String>,
    },
    /// Writes the JSON Schemas of site.json and of an article, for editors, into a folder.
    Schema { out: PathBuf },
}

fn print_all(problems: &[Problem]) {
    for problem in problems {
        eprintln!("{problem}");
    }
}

fn report_failure(problems: &[Problem]) -> ExitCode {
    print_all(problems);
    let count = |severity| problems.iter().filter(|p| p.severity == severity).count();
    eprintln!(
        "digest-content: {} error(s), {} warning(s); nothing was published",
        count(Severity::Error),
        count(Severity::Warning)
    );
    ExitCode::FAILURE
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Check { content } => match load(&content) {
            Ok(checked) => {
                print_all(&checked.warnings);
                println!(
                    "digest-content: {} articles in {} categories, no errors, {} warning(s)",
                    checked.articles.len(),
                    checked.site.categories.len(),
                    checked.warnings.len()
                );
                ExitCode::SUCCESS
            }
            Err(problems) => report_failure(&problems),
        },
        Command::Build { content, data } => match run(&content, Target::Data(&data)) {
            Ok((published, warnings)) => {
                print_all(&warnings);
                println!(
                    "digest-content: published {} articles, {} feed pages, {} categories into {}",
                    published.articles.len(),
                    published.feed.len(),
                    published.categories.len(),
                    data.display()
                );
                ExitCode::SUCCESS
            }
            Err(problems) => report_failure(&problems),
        },
        Command::Publish { content, dist, site_url } => {
            match run(&content, Target::Site { dist: &dist, site_url: site_url.as_deref() }) {
                Ok((published, warnings)) => {
                    print_all(&warnings);
                    println!(
                        "digest-content: published {} articles, {} route pages into {}",
                        published.articles.len(),
                        published.articles.len() + published.categories.len() + 2,
                        dist.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(problems) => report_failure(&problems),
            }
        }
        Command::Schema { out } => match schema::write(&out) {
            Ok(files) => {
                println!("digest-content: wrote {}", files.join(", "));
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("digest-content: cannot write the schemas into {}: {err}", out.display());
                ExitCode::FAILURE
            }
        },
    }
}
