//! Reading time, counted over everything the article view shows as prose.

use crate::model::Article;

/// Words a minute for an adult reading non-fiction on a screen.
const WORDS_PER_MINUTE: usize = 220;

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Whole minutes, rounded up, never less than one.
pub fn reading_minutes(article: &Article) -> u32 {
    let lists = [&article.steps, &article.who_benefits, &article.takeaways];
    let words = [&article.title, &article.summary, &article.why_it_matters, &article.source.quote]
        .into_iter()
        .chain(lists.into_iter().flatten())
        .map(|text| word_count(text))
        .sum::<usize>();
    u32::try_from(words.div_ceil(WORDS_PER_MINUTE).max(1)).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;

    fn article_with(summary_words: usize, steps: Vec<String>) -> Article {
        Article {
            slug: "s".into(),
            title: String::new(),
            category: "c".into(),
            published: "2026-01-01T00:00:00Z".into(),
            summary: vec!["word"; summary_words].join(" "),
            why_it_matters: String::new(),
            steps,
            who_benefits: vec![],
            takeaways: vec![],
            source: Source { author: "a".into(), platform: "x".into(), quote: String::new(), url: String::new() },
            tags: vec![],
            lang: None,
        }
    }

    #[test]
    fn short_articles_take_a_minute() {
        assert_eq!(reading_minutes(&article_with(0, vec![])), 1);
        assert_eq!(reading_minutes(&article_with(220, vec![])), 1);
    }

    #[test]
    fn rounds_up_and_counts_lists() {
        assert_eq!(reading_minutes(&article_with(221, vec![])), 2);
        assert_eq!(reading_minutes(&article_with(220, vec!["one more word".into()])), 2);
        assert_eq!(reading_minutes(&article_with(1100, vec![])), 5);
    }
}
