//! `digest-content`: checks a content folder and publishes what the app fetches and the site around it.
//! Every problem in every file is printed as `file:line:column: error[rule]: field: message (fix: how)`,
//! errors first, up to `--max-problems` of each kind; the exit code is 1 when there is any error, 2
//! for a usage error.

use clap::{Parser, Subcommand};
use digest_publish::content_cache::ContentCache;
use digest_publish::diagnostics::{capped, Problem, Severity};
use digest_publish::load::{load, Keep};
use digest_publish::{run, schema, Report, Target};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

// Pages are made on every core at once; glibc's allocator spent a seventh of a 100,000-article run
// in `_int_malloc` (perf), mimalloc a fraction of that.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "digest-content", version, about = "Checks digest content and publishes it")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// How many errors, and how many warnings, to print at most (0: all); the rest are counted.
    #[arg(long, global = true, value_name = "N", default_value_t = 50)]
    max_problems: usize,
}

/// Where publishing keeps what it wrote, to write only what changed the next time.
#[derive(clap::Args)]
struct CacheArgs {
    /// The folder for that record: never inside the output, so it is never deployed.
    #[arg(long, value_name = "DIR", default_value = ".digest-cache")]
    cache: PathBuf,
    /// Keep no record: every file is made again, and still written only when its bytes changed.
    #[arg(long, conflicts_with = "cache")]
    no_cache: bool,
}

impl CacheArgs {
    fn folder(&self) -> Option<&Path> {
        (!self.no_cache).then_some(self.cache.as_path())
    }
}

#[derive(Subcommand)]
enum Command {
    /// Reports every problem in every file; changes nothing.
    Check {
        /// The content folder: site.json and articles/*.json.
        content: PathBuf,
    },
    /// Checks, then writes what the app fetches into a folder (rewriting only what changed, removing
    /// what is gone).
    Build {
        content: PathBuf,
        data: PathBuf,
        #[command(flatten)]
        cache: CacheArgs,
    },
    /// Checks, then writes <dist>/data and, from <dist>/index.html (a Trunk build), a page per route,
    /// 404.html, feed.xml, feed.json, the sitemap, robots.txt and the Content-Security-Policy
    /// (rewriting only what changed, removing what is gone).
    Publish {
        content: PathBuf,
        dist: PathBuf,
        /// Where the site is deployed, base path included (overrides site.json's "url").
        #[arg(long, value_name = "URL")]
        site_url: Option<String>,
        /// Reading offline: a service worker (digest-sw.js) that keeps the app and what the reader
        /// opened or saved; without it, digest-sw.js removes any worker an earlier build installed.
        #[arg(long)]
        offline: bool,
        /// The app's page to make the route pages from, instead of <dist>/index.html: a new build's,
        /// so that the page served as the home page is replaced only by the new home page.
        #[arg(long, value_name = "FILE")]
        template: Option<PathBuf>,
        #[command(flatten)]
        cache: CacheArgs,
    },
    /// Writes the JSON Schemas of site.json and of an article, for editors, into a folder.
    Schema { out: PathBuf },
}

fn print_all(problems: &[Problem], max: usize) {
    for line in capped(problems, max) {
        eprintln!("{line}");
    }
}

fn report_failure(problems: &[Problem], max: usize) -> ExitCode {
    print_all(problems, max);
    let count = |severity| problems.iter().filter(|p| p.severity == severity).count();
    eprintln!(
        "digest-content: {} error(s), {} warning(s); nothing was published",
        count(Severity::Error),
        count(Severity::Warning)
    );
    ExitCode::FAILURE
}

/// What a run wrote, in one line.
fn published_line(report: &Report, into: &Path, pages: bool) -> String {
    let published = &report.published;
    let listing_pages: u32 = published.listings().iter().map(|l| published.pagination(l).pages()).sum();
    let articles = published.len();
    let what = if pages {
        format!("{articles} articles, {} route pages", usize::try_from(listing_pages).unwrap_or(0) + articles + 1)
    } else {
        format!("{articles} articles, {listing_pages} listing pages")
    };
    format!("digest-content: published {what} into {}: {}", into.display(), report.output)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let max = cli.max_problems;
    let finish = |result: Result<Report, Vec<Problem>>, into: &Path, pages: bool| match result {
        Ok(report) => {
            print_all(&report.warnings, max);
            println!("{}", published_line(&report, into, pages));
            ExitCode::SUCCESS
        }
        Err(problems) => report_failure(&problems, max),
    };
    match cli.command {
        Command::Check { content } => match load(&content, &mut ContentCache::none(), Keep::Metadata) {
            Ok(checked) => {
                print_all(&checked.warnings, max);
                println!(
                    "digest-content: {} articles in {} categories, no errors, {} warning(s)",
                    checked.articles.len(),
                    checked.site.categories.len(),
                    checked.warnings.len()
                );
                ExitCode::SUCCESS
            }
            Err(problems) => report_failure(&problems, max),
        },
        Command::Build { content, data, cache } => {
            finish(run(&content, Target::Data(&data), cache.folder()), &data, false)
        }
        Command::Publish { content, dist, site_url, offline, template, cache } => {
            let target =
                Target::Site { dist: &dist, site_url: site_url.as_deref(), offline, template: template.as_deref() };
            finish(run(&content, target, cache.folder()), &dist, true)
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
