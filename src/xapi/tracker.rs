//! What is worth a statement while a reader goes through one article: opening it, each quarter read
//! and each step ticked (progressed), and reaching its end or ticking every step (completed, once).

/// What happened to the article that is worth recording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Happening {
    Experienced,
    /// How far through the article the reader is, 0-100: the larger of how far they read and the
    /// share of its steps they ticked.
    Progressed(u8),
    Completed,
}

/// One article open in front of the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    pub slug: String,
    read: u8,
    /// The share of steps ticked at the most, in percent, and how many that was.
    ticked: (u8, usize),
    reported: u8,
    completed: bool,
}

impl Reading {
    /// The reader opened `slug`; `completed` when they completed it before (it is not completed
    /// twice).
    pub fn open(slug: &str, completed: bool) -> (Self, Happening) {
        let reading = Self { slug: slug.to_owned(), read: 0, ticked: (0, 0), reported: 0, completed };
        (reading, Happening::Experienced)
    }

    /// The reader's position was stored: `percent` of the article read, 100 at its end.
    pub fn read(&mut self, percent: u8) -> Option<Happening> {
        let percent = percent.min(100);
        if percent <= self.read {
            return None;
        }
        self.read = percent;
        if percent == 100 {
            return self.complete();
        }
        (quarter(self.progress()) > quarter(self.reported)).then(|| self.progressed())?
    }

    /// The reader ticked or unticked a step: `done` of `total` are ticked. Each step ticked for the
    /// first time is progress; unticking is not.
    pub fn steps(&mut self, done: usize, total: usize) -> Option<Happening> {
        let done = done.min(total);
        if total == 0 || done <= self.ticked.1 {
            return None;
        }
        self.ticked = (u8::try_from(done * 100 / total).unwrap_or(100), done);
        if done == total {
            return self.complete();
        }
        self.progressed()
    }

    fn progress(&self) -> u8 {
        self.read.max(self.ticked.0)
    }

    fn progressed(&mut self) -> Option<Happening> {
        if self.completed {
            return None;
        }
        self.reported = self.progress().max(self.reported);
        Some(Happening::Progressed(self.reported))
    }

    fn complete(&mut self) -> Option<Happening> {
        (!std::mem::replace(&mut self.completed, true)).then_some(Happening::Completed)
    }
}

/// 0 below 25 %, 1 from 25 %, 2 from 50 %, 3 from 75 %.
fn quarter(percent: u8) -> u8 {
    percent / 25
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open() -> Reading {
        Reading::open("a", false).0
    }

    #[test]
    fn reading_reports_each_quarter_once_then_completes() {
        let mut r = open();
        let seen: Vec<_> = [10, 20, 30, 40, 55, 60, 80, 99, 100, 100].into_iter().filter_map(|p| r.read(p)).collect();
        assert_eq!(
            seen,
            [Happening::Progressed(30), Happening::Progressed(55), Happening::Progressed(80), Happening::Completed]
        );
    }

    #[test]
    fn each_step_ticked_progresses_and_the_last_completes() {
        let mut r = open();
        assert_eq!(r.steps(1, 4), Some(Happening::Progressed(25)));
        assert_eq!(r.steps(0, 4), None, "unticking records nothing");
        assert_eq!(r.steps(1, 4), None, "ticking it again is not new progress");
        assert_eq!(r.steps(2, 4), Some(Happening::Progressed(50)));
        assert_eq!(r.steps(3, 4), Some(Happening::Progressed(75)));
        assert_eq!(r.steps(4, 4), Some(Happening::Completed));
        assert_eq!(r.read(100), None, "completed once");
    }

    #[test]
    fn progress_is_the_larger_of_reading_and_steps() {
        let mut r = open();
        assert_eq!(r.read(60), Some(Happening::Progressed(60)));
        assert_eq!(r.steps(1, 5), Some(Happening::Progressed(60)), "a tick is progress, at 60 % read");
        assert_eq!(r.read(70), None);
        assert_eq!(r.read(76), Some(Happening::Progressed(76)));
    }

    #[test]
    fn an_article_completed_before_is_experienced_but_not_completed_again() {
        let (mut r, first) = Reading::open("a", true);
        assert_eq!(first, Happening::Experienced);
        assert_eq!(r.read(50), None);
        assert_eq!(r.read(100), None);
        assert_eq!(r.steps(3, 3), None);
    }

    #[test]
    fn articles_without_steps_and_odd_values_are_harmless() {
        let mut r = open();
        assert_eq!(r.steps(0, 0), None);
        assert_eq!(r.steps(3, 0), None);
        assert_eq!(r.read(250), Some(Happening::Completed));
    }
}
