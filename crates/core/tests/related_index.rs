//! The fast related-articles index picks exactly what the quadratic definition picks.

use digest_core::related::{related, RelatedIndex};
use digest_core::{Article, Source};
use proptest::prelude::*;

fn article((slug, category, day, tags): (usize, usize, u32, Vec<usize>)) -> Article {
    Article {
        slug: format!("a{slug}"),
        title: String::new(),
        category: format!("c{category}"),
        published: format!("2026-11-{day:02}T00:00:00Z"),
        summary: String::new(),
        why_it_matters: String::new(),
        steps: vec![],
        who_benefits: vec![],
        takeaways: vec![],
        source: Source { author: "a".into(), platform: "x".into(), quote: String::new(), url: String::new() },
        tags: tags.into_iter().map(|t| format!("t{t}")).collect(),
    }
}

proptest! {
    #[test]
    fn index_equals_definition(
        specs in prop::collection::vec((0usize..3, 1u32..28, prop::collection::vec(0usize..6, 0..4)), 1..40),
        limit in 0usize..5,
    ) {
        let all: Vec<Article> =
            specs.into_iter().enumerate().map(|(i, (c, d, t))| article((i, c, d, t))).collect();
        let index = RelatedIndex::new(&all);
        for a in &all {
            let fast: Vec<&str> = index.related(a, limit).into_iter().map(|r| r.slug.as_str()).collect();
            let slow: Vec<&str> = related(a, &all, limit).into_iter().map(|r| r.slug.as_str()).collect();
            prop_assert_eq!(fast, slow, "for {}", a.slug);
        }
    }
}
