//! `digest-synth <count> <content-dir>`: writes a site.json and `count` synthetic, valid articles, for
//! the scale benchmark (`scripts/bench-content.sh`), shaped like a real archive rather than a uniform
//! one: dozens of categories of very different sizes, hundreds of tags with a long tail (both Zipf),
//! five years of dates with bursts around news, and text from a few words up to the validation
//! limits. Deterministic: the same count gives the same files.

use clap::Parser;
use digest_model::rules::limits;
use digest_model::time::civil_from_days;
use digest_model::{Article, Category, Promo, Site, Source};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const WORDS: &[&str] = &[
    "model",
    "evaluation",
    "retrieval",
    "agent",
    "latency",
    "prompt",
    "context",
    "dataset",
    "inference",
    "policy",
    "team",
    "workflow",
    "benchmark",
    "open",
    "weights",
    "cost",
    "quality",
    "users",
    "tools",
    "review",
    "safety",
    "deploy",
    "measure",
    "cache",
    "schema",
    "local",
    "fine-tune",
    "router",
    "trust",
    "réseau",
    "Modell",
    "análisis",
    "データ",
    "نموذج",
    "embedding",
    "tokens",
    "GPU",
    "latence",
    "coût",
];
const PLATFORMS: &[&str] = &["x", "linkedin", "mastodon", "bluesky", "threads", "youtube", "github", "blog"];
const CATEGORIES: usize = 36;
const TAGS: usize = 400;
const AUTHORS: usize = 2000;
/// Five years of days, ending on 2026-11-26.
const DAYS: u64 = 5 * 365;
/// News bursts: many articles within a few days.
const BURSTS: u64 = 24;

/// A small linear congruential generator: reproducible without a dependency.
struct Lcg(u64);

impl Lcg {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next_u64() % u64::try_from(n.max(1)).unwrap_or(1)).unwrap_or(0)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    fn word(&mut self) -> &'static str {
        WORDS.get(self.below(WORDS.len())).copied().unwrap_or("word")
    }

    /// A sentence of about `words` words.
    fn sentence(&mut self, words: usize) -> String {
        let text: Vec<&str> = (0..words.max(1)).map(|_| self.word()).collect();
        format!("{}.", text.join(" "))
    }

    /// Text of at most `max` characters: usually short, sometimes right at the limit.
    fn text(&mut self, typical_words: usize, max: usize) -> String {
        let words = if self.chance(3) { max / 4 } else { typical_words / 2 + self.below(typical_words) };
        let mut text = String::new();
        let mut chars = 0;
        while chars < words * 5 {
            let words = 8 + self.below(10);
            let sentence = self.sentence(words);
            chars += sentence.chars().count() + 1;
            text.push_str(&sentence);
            text.push(' ');
        }
        text.chars().take(max).collect::<String>().trim().to_owned()
    }

    /// An index in `0..n` drawn from a Zipf-like distribution: index 0 is the most likely.
    fn zipf(&mut self, n: usize, weights: &[f64]) -> usize {
        let total = weights.last().copied().unwrap_or(1.0);
        let point = (self.next_u64() % 1_000_000) as f64 / 1_000_000.0 * total;
        weights.partition_point(|&w| w < point).min(n.saturating_sub(1))
    }
}

/// Cumulative weights 1/k^s for k in 1..=n.
fn zipf_weights(n: usize, s: f64) -> Vec<f64> {
    let mut total = 0.0;
    (1..=n)
        .map(|k| {
            total += 1.0 / (k as f64).powf(s);
            total
        })
        .collect()
}

/// Days since 1970-01-01 as `YYYY-MM-DD`.
fn civil(days: i64) -> String {
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

struct Shape {
    authors: Vec<f64>,
    categories: Vec<f64>,
    tags: Vec<f64>,
    bursts: Vec<u64>,
}

fn article(i: usize, rng: &mut Lcg, shape: &Shape) -> Article {
    const LAST_DAY: i64 = 20_783; // 2026-11-26
    let day = if rng.chance(30) {
        let burst = shape.bursts.get(rng.below(shape.bursts.len())).copied().unwrap_or(0);
        burst + rng.next_u64() % 4
    } else {
        rng.next_u64() % DAYS
    };
    let date = civil(LAST_DAY - i64::try_from(day).unwrap_or(0));
    let author = format!("author_{}", rng.zipf(AUTHORS, &shape.authors));
    let tag_count = 1 + rng.below(6);
    let mut tags: Vec<String> = (0..tag_count).map(|_| format!("tag-{}", rng.zipf(TAGS, &shape.tags))).collect();
    tags.sort();
    tags.dedup();
    let list = |rng: &mut Lcg, typical: usize| -> Vec<String> {
        let n = if rng.chance(2) { limits::LIST_ITEMS } else { rng.below(typical + 1) };
        (0..n).map(|_| rng.text(14, limits::LIST_ITEM)).collect()
    };
    Article {
        slug: format!("synthetic-article-{i}"),
        title: format!("Article {i}: {}", rng.text(8, limits::TITLE - 20)),
        category: format!("category-{}", rng.zipf(CATEGORIES, &shape.categories)),
        published: format!("{date}T{:02}:{:02}:00Z", rng.below(24), rng.below(60)),
        summary: rng.text(40, limits::SUMMARY),
        why_it_matters: rng.text(80, limits::PARAGRAPH),
        steps: list(rng, 7),
        who_benefits: list(rng, 4),
        takeaways: list(rng, 7),
        source: Source {
            url: format!("https://social.example/{author}/posts/{i}"),
            author,
            platform: PLATFORMS.get(rng.below(PLATFORMS.len())).copied().unwrap_or("blog").to_owned(),
            quote: rng.text(40, limits::QUOTE),
        },
        tags,
        lang: None,
    }
}

fn site() -> Site {
    Site {
        version: 1,
        title: "Synthetic digest".to_owned(),
        description: "Generated articles for the scale benchmark.".to_owned(),
        url: Some("https://bench.example".to_owned()),
        page_size: 10,
        categories: (0..CATEGORIES)
            .map(|k| Category {
                slug: format!("category-{k}"),
                name: format!("Category {k}"),
                description: format!("Articles of category {k}."),
            })
            .collect(),
        promo: Some(Promo {
            heading: "Want to go deeper?".to_owned(),
            text: "Courses.".to_owned(),
            cta: "Explore courses".to_owned(),
            url: "/courses".to_owned(),
        }),
        category_promos: Default::default(),
        tag_promos: Vec::new(),
        locale: None,
        labels: Default::default(),
    }
}

fn write(dir: &Path, count: usize) -> std::io::Result<()> {
    let articles = dir.join("articles");
    std::fs::create_dir_all(&articles)?;
    std::fs::write(dir.join("site.json"), serde_json::to_vec_pretty(&site()).map_err(std::io::Error::other)?)?;
    let mut rng = Lcg(42);
    let shape = Shape {
        authors: zipf_weights(AUTHORS, 0.8),
        categories: zipf_weights(CATEGORIES, 1.1),
        tags: zipf_weights(TAGS, 1.0),
        bursts: (0..BURSTS).map(|_| rng.next_u64() % DAYS).collect(),
    };
    for i in 0..count {
        let article = article(i, &mut rng, &shape);
        let json = serde_json::to_vec_pretty(&article).map_err(std::io::Error::other)?;
        std::fs::write(articles.join(format!("{}.json", article.slug)), json)?;
    }
    Ok(())
}

#[derive(Parser)]
#[command(name = "digest-synth", about = "Writes a synthetic content folder shaped like a real archive")]
struct Cli {
    /// How many articles.
    count: usize,
    /// The content folder to write (site.json and articles/).
    content: PathBuf,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match write(&cli.content, cli.count) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("digest-synth: {err}");
            ExitCode::FAILURE
        }
    }
}
