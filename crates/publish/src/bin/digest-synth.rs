//! `digest-synth <count> <content-dir>`: writes a site.json and `count` synthetic, valid articles, for
//! the scale benchmark (`scripts/bench-content.sh`). Deterministic: the same count gives the same files.

use digest_model::{Article, Category, Promo, Site, Source};
use std::path::Path;
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
];
const CATEGORIES: &[(&str, &str)] = &[
    ("models-research", "Models & Research"),
    ("tools-workflows", "Tools & Workflows"),
    ("policy-practice", "Policy & Practice"),
];
const PLATFORMS: &[&str] = &["x", "linkedin", "mastodon", "bluesky", "blog"];

/// A small linear congruential generator: reproducible without a dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        usize::try_from((self.0 >> 33) % below.max(1) as u64).unwrap_or(0)
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from.get(self.next(from.len())).copied().unwrap_or("word")
    }

    fn sentence(&mut self, words: usize) -> String {
        let mut text: Vec<&str> = (0..words).map(|_| self.pick(WORDS)).collect();
        if let Some(first) = text.first_mut() {
            *first = "The";
        }
        format!("{}.", text.join(" "))
    }
}

fn article(i: usize, rng: &mut Lcg) -> Article {
    let (category, _) = CATEGORIES.get(i % CATEGORIES.len()).copied().unwrap_or(("models-research", ""));
    let day = 1 + i % 28;
    let month = 1 + (i / 28) % 12;
    let year = 2026 - i64::try_from(i / (28 * 12)).unwrap_or(0);
    let author = format!("author_{}", rng.next(500));
    Article {
        slug: format!("synthetic-article-{i}"),
        title: format!("Synthetic article {i}: {}", rng.sentence(6)),
        category: category.to_owned(),
        published: format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:00Z", rng.next(24), rng.next(60)),
        summary: [rng.sentence(18), rng.sentence(14)].join(" "),
        why_it_matters: [rng.sentence(20), rng.sentence(20), rng.sentence(12)].join(" "),
        steps: (0..3 + rng.next(3)).map(|_| rng.sentence(12)).collect(),
        who_benefits: (0..rng.next(4)).map(|_| rng.sentence(5)).collect(),
        takeaways: (0..2 + rng.next(5)).map(|_| rng.sentence(9)).collect(),
        source: Source {
            url: format!("https://social.example/{author}/posts/{i}"),
            author,
            platform: rng.pick(PLATFORMS).to_owned(),
            quote: [rng.sentence(16), rng.sentence(10)].join(" "),
        },
        tags: (0..1 + rng.next(3)).map(|_| format!("tag-{}", rng.next(40))).collect(),
    }
}

fn write(dir: &Path, count: usize) -> std::io::Result<()> {
    let articles = dir.join("articles");
    std::fs::create_dir_all(&articles)?;
    let site = Site {
        version: 1,
        title: "Synthetic digest".to_owned(),
        description: "Generated articles for the scale benchmark.".to_owned(),
        url: Some("https://bench.example".to_owned()),
        page_size: 10,
        categories: CATEGORIES
            .iter()
            .map(|(slug, name)| Category {
                slug: (*slug).to_owned(),
                name: (*name).to_owned(),
                description: String::new(),
            })
            .collect(),
        promo: Some(Promo {
            heading: "Want to go deeper?".to_owned(),
            text: "Courses.".to_owned(),
            cta: "Explore courses".to_owned(),
            url: "/courses".to_owned(),
        }),
    };
    std::fs::write(dir.join("site.json"), serde_json::to_vec_pretty(&site).map_err(std::io::Error::other)?)?;
    let mut rng = Lcg(42);
    for i in 0..count {
        let article = article(i, &mut rng);
        let json = serde_json::to_vec_pretty(&article).map_err(std::io::Error::other)?;
        std::fs::write(articles.join(format!("{}.json", article.slug)), json)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(count), Some(dir)) = (args.first().and_then(|n| n.parse::<usize>().ok()), args.get(1)) else {
        eprintln!("usage: digest-synth <count> <content-dir>");
        return ExitCode::from(2);
    };
    match write(Path::new(dir), count) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("digest-synth: {err}");
            ExitCode::FAILURE
        }
    }
}
