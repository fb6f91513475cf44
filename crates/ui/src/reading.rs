//! How far the reader got in each article they opened, and how that is stored: one storage value for
//! the last [`LIMIT`] articles, one line each, `slug position time`, most recently read first, in whole
//! numbers (the position in ten-thousandths, the time in seconds). Plain lines of whole numbers, not
//! JSON with decimals: the start module then carries no code to read and write them (about 6 kB of
//! brotli for decimals alone). A position is
//! the share of the article scrolled past, from 0 (its top at the top of the screen) to 1 (its end on
//! screen); the first and last [`MARGIN`] of it do not count: a reader who only opened an article has
//! not started it, and one at its last lines has finished it.

/// At most this many articles are remembered.
pub const LIMIT: usize = 200;

/// Below this share an article is not started; above `1 - MARGIN` it is finished.
pub const MARGIN: f64 = 0.05;

/// Where the reader is in one article.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Progress {
    /// Read to `position` (between [`MARGIN`] and `1 - MARGIN`): the card shows it, and the article
    /// offers to go back to it.
    Partly(f64),
    /// Read to its end.
    Finished,
}

impl Progress {
    /// What a scroll position means, or `None` when the article has not been started.
    pub fn at(position: f64) -> Option<Self> {
        if !position.is_finite() || position < MARGIN {
            None
        } else if position > 1.0 - MARGIN {
            Some(Self::Finished)
        } else {
            Some(Self::Partly(position))
        }
    }

    /// As a whole percentage, for the card and the host's events.
    pub fn percent(self) -> u8 {
        match self {
            Self::Partly(position) => (position * 100.0).round().clamp(0.0, 100.0) as u8,
            Self::Finished => 100,
        }
    }

    /// The share read, 0 to 1.
    pub fn position(self) -> f64 {
        match self {
            Self::Partly(position) => position,
            Self::Finished => 1.0,
        }
    }
}

/// A stretch of the page, top to bottom, in CSS pixels: the article, or what the screen shows of the
/// page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    pub top: f64,
    pub height: f64,
}

impl Span {
    /// The share of `article` scrolled past when the screen shows `self`: 0 with its top at the top of
    /// the screen (or below), 1 with its end on screen. An article shorter than the screen is read
    /// once all of it is on screen.
    pub fn position_in(self, article: Span) -> f64 {
        let travel = article.height - self.height;
        if travel <= 0.0 {
            let whole = self.top <= article.top && self.top + self.height >= article.top + article.height;
            return if whole { 1.0 } else { 0.0 };
        }
        ((self.top - article.top) / travel).clamp(0.0, 1.0)
    }

    /// Where the screen's top goes to show `article` at `position` on a screen `height` tall.
    pub fn top_at(article: Span, height: f64, position: f64) -> f64 {
        article.top + position * (article.height - height).max(0.0)
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Entry {
    slug: String,
    progress: Progress,
    /// When it was read there, in seconds since 1970.
    at: u64,
}

/// The remembered articles, most recently read first, each slug once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReadingLog {
    entries: Vec<Entry>,
}

/// Why a stored value was not read.
#[derive(Debug, PartialEq)]
pub struct Unreadable(pub String);

impl ReadingLog {
    /// Reads the stored value. Anything that is not one (hand-edited, another version's, hostile)
    /// is refused whole, with what was wrong, for the console: positions are a convenience.
    pub fn from_stored(stored: &str) -> Result<Self, Unreadable> {
        let mut log = Self::default();
        for line in stored.lines().rev().filter(|line| !line.is_empty()) {
            let (slug, position, at) =
                row(line).ok_or_else(|| Unreadable(format!("{line:?} is not \"slug position time\"")))?;
            if let Some(progress) = Progress::at(f64::from(position) / f64::from(SCALE)) {
                log.record(slug, progress, at);
            }
        }
        Ok(log)
    }

    /// The value to store.
    pub fn to_stored(&self) -> String {
        self.entries.iter().map(|e| format!("{} {} {}\n", e.slug, scaled(e.progress.position()), e.at)).collect()
    }

    pub fn get(&self, slug: &str) -> Option<Progress> {
        self.entries.iter().find(|e| e.slug == slug).map(|e| e.progress)
    }

    /// Remembers that `slug` was read to `progress` at `at`; the oldest entry goes past [`LIMIT`].
    /// A reader who goes back to the top of a finished article has still finished it.
    pub fn record(&mut self, slug: &str, progress: Progress, at: u64) {
        let previous = self.entries.iter().position(|e| e.slug == slug).map(|i| self.entries.remove(i));
        let progress = match (previous.map(|e| e.progress), progress) {
            (Some(Progress::Finished), Progress::Partly(_)) => Progress::Finished,
            (_, progress) => progress,
        };
        self.entries.insert(0, Entry { slug: slug.to_owned(), progress, at });
        self.entries.truncate(LIMIT);
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// One stored line: a slug (no spaces, at most 200 bytes), a position, a time.
fn row(line: &str) -> Option<(&str, u16, u64)> {
    let mut fields = line.split(' ');
    let (slug, position, at) = (fields.next()?, fields.next()?.parse().ok()?, fields.next()?.parse().ok()?);
    let fits = fields.next().is_none() && !slug.is_empty() && slug.len() <= 200 && position <= SCALE;
    fits.then_some((slug, position, at))
}

/// A stored position's unit: ten-thousandths.
const SCALE: u16 = 10_000;

fn scaled(position: f64) -> u16 {
    (position.clamp(0.0, 1.0) * f64::from(SCALE)).round() as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_and_last_five_percent_do_not_count() {
        assert_eq!(Progress::at(0.0), None);
        assert_eq!(Progress::at(0.049), None);
        assert_eq!(Progress::at(0.05), Some(Progress::Partly(0.05)));
        assert_eq!(Progress::at(0.95), Some(Progress::Partly(0.95)));
        assert_eq!(Progress::at(0.951), Some(Progress::Finished));
        assert_eq!(Progress::at(f64::NAN), None);
        assert_eq!(Progress::Partly(0.424).percent(), 42);
        assert_eq!(Progress::Finished.percent(), 100);
    }

    #[test]
    fn positions_from_the_screen_and_back() {
        let article = Span { top: 200.0, height: 3000.0 };
        let screen = |top| Span { top, height: 800.0 };
        assert_eq!(screen(0.0).position_in(article), 0.0);
        assert_eq!(screen(200.0).position_in(article), 0.0);
        assert_eq!(screen(1300.0).position_in(article), 0.5);
        assert_eq!(screen(2400.0).position_in(article), 1.0);
        assert_eq!(screen(9000.0).position_in(article), 1.0);
        assert_eq!(Span::top_at(article, 800.0, 0.5), 1300.0);
        let short = Span { top: 100.0, height: 500.0 };
        assert_eq!(screen(0.0).position_in(short), 1.0);
        assert_eq!(screen(300.0).position_in(short), 0.0);
        assert_eq!(Span::top_at(short, 800.0, 0.7), 100.0);
    }

    #[test]
    fn keeps_the_latest_position_of_each_article_newest_first() {
        let mut log = ReadingLog::default();
        log.record("a", Progress::Partly(0.2), 1);
        log.record("b", Progress::Partly(0.5), 2);
        log.record("a", Progress::Partly(0.3), 3);
        assert_eq!(log.get("a"), Some(Progress::Partly(0.3)));
        assert_eq!(log.to_stored(), "a 3000 3\nb 5000 2\n");
        assert_eq!(ReadingLog::from_stored(&log.to_stored()), Ok(log));
    }

    #[test]
    fn a_finished_article_stays_finished() {
        let mut log = ReadingLog::default();
        log.record("a", Progress::Finished, 1);
        log.record("a", Progress::Partly(0.1), 2);
        assert_eq!(log.get("a"), Some(Progress::Finished));
    }

    #[test]
    fn remembers_the_last_two_hundred() {
        let mut log = ReadingLog::default();
        for i in 0..LIMIT + 5 {
            log.record(&format!("s{i}"), Progress::Partly(0.5), i as u64);
        }
        assert_eq!(log.len(), LIMIT);
        assert_eq!(log.get("s4"), None);
        assert!(log.get("s5").is_some() && log.get(&format!("s{}", LIMIT + 4)).is_some());
        let stored = log.to_stored();
        assert_eq!(ReadingLog::from_stored(&stored).map(|l| l.len()), Ok(LIMIT));
    }

    #[test]
    fn corrupted_or_hostile_values_are_refused_with_a_reason() {
        for bad in [
            "{",
            "null",
            "a 20000 1",
            "a -5 1",
            "a 0.5 1",
            " 5000 1",
            "a 5000",
            "a 5000 1 x",
            "a\t5000\t1",
            "a 5000 1\n<script> 1 2 3",
        ] {
            let error = ReadingLog::from_stored(bad).expect_err(bad);
            assert!(!error.0.is_empty());
        }
        assert_eq!(ReadingLog::from_stored(""), Ok(ReadingLog::default()));
    }

    proptest::proptest! {
        /// Whatever is stored under our key, reading it is a typed answer, never a panic.
        #[test]
        fn any_stored_text_reads_without_panicking(text in "\\PC*") {
            let _ = ReadingLog::from_stored(&text);
        }
    }
}
