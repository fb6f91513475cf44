//! Active reading time: the time an article was on screen while the reader did something (scrolled,
//! pressed a key, touched the page). A page left open while the reader is away does not count.

/// Longer than this without a sign of the reader, and the gap counts as this much only.
pub const IDLE_MS: f64 = 30_000.0;

/// The active time of one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ActiveTime {
    since: Option<f64>,
    total: f64,
}

impl ActiveTime {
    /// Starts counting at `now` (milliseconds on any monotonic clock).
    pub fn starting(now: f64) -> Self {
        Self { since: Some(now), total: 0.0 }
    }

    /// A sign of the reader at `now`: the time since the last one counts, up to [`IDLE_MS`].
    pub fn touch(&mut self, now: f64) {
        self.count(now);
        self.since = Some(now);
    }

    /// The page was hidden at `now`: counting stops until the next [`touch`](Self::touch).
    pub fn pause(&mut self, now: f64) {
        self.count(now);
        self.since = None;
    }

    /// Whole milliseconds counted so far, until `now`.
    pub fn ms(&self, now: f64) -> u64 {
        let running = self.since.map_or(0.0, |since| gap(since, now));
        // Float to integer: saturating, and never negative by construction.
        (self.total + running).round() as u64
    }

    fn count(&mut self, now: f64) {
        if let Some(since) = self.since {
            self.total += gap(since, now);
        }
    }
}

fn gap(since: f64, now: f64) -> f64 {
    (now - since).clamp(0.0, IDLE_MS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_time_with_the_reader_and_caps_time_away() {
        let mut time = ActiveTime::starting(0.0);
        time.touch(10_000.0);
        time.touch(15_000.0);
        assert_eq!(time.ms(15_000.0), 15_000);
        // Ten minutes without a sign: thirty seconds of it count.
        time.touch(615_000.0);
        assert_eq!(time.ms(615_000.0), 45_000);
        time.pause(616_000.0);
        assert_eq!(time.ms(700_000.0), 46_000, "hidden time does not count");
        time.touch(800_000.0);
        time.touch(802_000.0);
        assert_eq!(time.ms(802_000.0), 48_000);
    }

    #[test]
    fn a_clock_going_back_counts_nothing() {
        let mut time = ActiveTime::starting(5_000.0);
        time.touch(1_000.0);
        assert_eq!(time.ms(1_000.0), 0);
    }
}
