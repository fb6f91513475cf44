//! Every word of the reader's interface, in one typed table with English defaults, for the app and
//! the pre-rendered pages alike. A locale's table (bundled translations with the site's overrides,
//! `data/locales/<lang>.json`, made by the content command) replaces any of them by key.
//!
//! `{name}` in a text is filled in by the caller ([`Labels::fill`]); a [`Plural`] has one text per
//! plural category of the locale (`min_read.one`, `min_read.other`, and in Arabic also `.zero`,
//! `.two`, `.few`, `.many`), chosen by [`plural::category`].

use super::locales::language;
use super::{format, plural};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::LazyLock;

macro_rules! table {
    (
        labels { $($label:ident $key:literal = $english:literal,)* }
        plurals { $($plural:ident $pkey:literal = $one:literal, $other:literal,)* }
    ) => {
        /// A text of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Label { $($label,)* }

        impl Label {
            pub const ALL: &'static [Label] = &[$(Label::$label,)*];

            /// Its key in a locale's table.
            pub fn key(self) -> &'static str {
                match self { $(Label::$label => $key,)* }
            }

            pub fn english(self) -> &'static str {
                match self { $(Label::$label => $english,)* }
            }
        }

        /// A text of the interface that says a number, in one form per plural category.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Plural { $($plural,)* }

        impl Plural {
            pub const ALL: &'static [Plural] = &[$(Plural::$plural,)*];

            /// Its key in a locale's table, before `.one`, `.other`, ...
            pub fn key(self) -> &'static str {
                match self { $(Plural::$plural => $pkey,)* }
            }

            /// English's two forms: `one` and `other`.
            pub fn english(self) -> [&'static str; 2] {
                match self { $(Plural::$plural => [$one, $other],)* }
            }
        }
    };
}

table! {
    labels {
        WhyItMatters "why_it_matters" = "Why it matters",
        Steps "steps" = "How to implement this in your domain",
        WhoBenefits "who_benefits" = "Who benefits",
        Takeaways "takeaways" = "Key takeaways",
        OriginalPost "original_post" = "The original post",
        PostedOn "posted_on" = "{author} on {platform}",
        ViewOn "view_on" = "View on {platform}",
        ViewSource "view_source" = "View source",
        Category "category" = "Category",
        Latest "latest" = "Latest",
        LatestPage "latest_page" = "Latest, page {page}",
        FeedPageTitle "feed_page_title" = "Page {page} · {site}",
        CategoryPageTitle "category_page_title" = "{category}, page {page}",
        NoArticles "no_articles" = "No articles yet.",
        NoArticlesInCategory "no_articles_in_category" = "No articles in this category yet.",
        NotFound "not_found" = "Page not found",
        NotFoundDescription "not_found_description" = "There is nothing at this address.",
        NotFoundText "not_found_text" = "There is nothing at this address. It may have moved, or the link may be mistyped.",
        BackToLatest "back_to_latest" = "Back to the latest articles",
        Saved "saved" = "Saved articles",
        SavedLink "saved_link" = "Saved",
        SavedDescription "saved_description" = "The articles you saved to read later, kept in this browser.",
        SavedLoading "saved_loading" = "Your saved articles appear here once the page has loaded.",
        SavedNeedsApp "saved_needs_app" = "Saved articles are kept by this site's reader in your browser, and it needs JavaScript, which is off here or could not load. Every article can still be read from the latest or from its category.",
        NothingSaved "nothing_saved" = "Nothing saved yet. Press Save on an article to keep it here for later.",
        SavedUnreadable "saved_unreadable" = "Some of your saved articles could not be read, so they were left out of the list.",
        SavedNotStored "saved_not_stored" = "Your browser is not keeping saved articles (its storage is full or blocked): they will be lost when this page closes.",
        Save "save" = "Save",
        SavedButton "saved_button" = "Saved",
        Search "search" = "Search",
        SearchLabel "search_label" = "Search articles",
        SearchPlaceholder "search_placeholder" = "Search",
        SearchIntro "search_intro" = "Type a word or two in the search box to find articles.",
        SearchNeedsApp "search_needs_app" = "Searching needs JavaScript, which is off here or could not load. Every article can still be read from the latest or from its category.",
        SearchBrowse "search_browse" = "Try other words, or browse a category:",
        SearchTitle "search_title" = "Search: {query}",
        NoResults "no_results" = "No results for “{query}”.",
        Searching "searching" = "Searching…",
        ShowMoreResults "show_more_results" = "Show more results",
        SearchUnavailable "search_unavailable" = "Search is unavailable right now",
        Categories "categories" = "Categories",
        Pages "pages" = "Pages",
        PageOf "page_of" = "Page {page} of {pages}",
        Newer "newer" = "← Newer",
        Older "older" = "Older →",
        MoreIn "more_in" = "More in {category}",
        RelatedArticles "related_articles" = "Related articles",
        AllIn "all_in" = "All in {category} →",
        Share "share" = "Share",
        LinkCopied "link_copied" = "Link copied to the clipboard.",
        LinkNotCopied "link_not_copied" = "Your browser did not allow copying. The link is {url}",
        SkipToContent "skip_to_content" = "Skip to content",
        CopyAll "copy_all" = "Copy all",
        CopyRefused "copy_refused" = "Your browser did not allow copying. Select the list and copy it instead.",
        ShowFewer "show_fewer" = "Show fewer",
        Reset "reset" = "Reset",
        TicksUnreadable "ticks_unreadable" = "Your saved ticks for this article could not be read, so they were reset.",
        TicksNotStored "ticks_not_stored" = "Your browser is not saving ticks (storage is full or blocked): they will be lost on reload.",
        PromoDismiss "promo_dismiss" = "Dismiss the courses suggestion",
        Footer "footer" = "Each article digests one public post and links to it.",
        AllArticles "all_articles" = "All articles",
        ThemeSystem "theme_system" = "System",
        ThemeLight "theme_light" = "Light",
        ThemeDark "theme_dark" = "Dark",
        ThemeToggle "theme_toggle" = "Colour theme: {theme}. Change theme",
        LoadingArticles "loading_articles" = "Loading articles…",
        LoadingArticle "loading_article" = "Loading the article…",
        TryAgain "try_again" = "Try again",
        TryingAgain "trying_again" = "Trying again…",
        Dismiss "dismiss" = "Dismiss",
        Reload "reload" = "Reload",
        Crashed "crashed" = "Something went wrong and this page stopped working.",
        StaleCopy "stale_copy" = "You are seeing a saved copy: the latest could not be loaded, so it may be out of date.",
        StaticCopy "static_copy" = "{problem}: the live version of this page could not be loaded, so you are reading the copy published with it.",
        StaticCopyControls "static_copy_controls" = "Ticking steps and copying takeaways work once it loads.",
        OfflineKept "offline_kept" = "You are offline. Articles you opened or saved still open; the rest loads when you are back online.",
        Offline "offline" = "You are offline. What is on screen stays; the rest loads when you are back online.",
        ErrorNotFound "error_not_found" = "Not found",
        ErrorOffline "error_offline" = "You are offline",
        ErrorNetwork "error_network" = "Could not reach the server",
        ErrorTimeout "error_timeout" = "The server is taking too long",
        ErrorServer "error_server" = "The server had a problem",
        ErrorBroken "error_broken" = "This content is broken",
        ExplainNotFound "explain_not_found" = "There is nothing at this address. It may have moved or been removed.",
        ExplainOffline "explain_offline" = "Reconnect and this will load by itself.",
        ExplainNetwork "explain_network" = "The content could not be downloaded. Check your connection and try again.",
        ExplainTimeout "explain_timeout" = "No answer came within {seconds} seconds. The connection may be slow: try again.",
        ExplainServer "explain_server" = "It answered with error {status}. This is usually temporary: try again in a moment.",
        ExplainServerAfter "explain_server_after" = "It answered with error {status}. This is usually temporary: try again in {seconds} seconds.",
        ExplainBroken "explain_broken" = "A content file could not be read. The site's operator can fix it; the details are below.",
        NotSetUp "not_set_up" = "This reader is not set up right",
        New "new" = "New",
        ReadFinished "read_finished" = "Read",
        ContinueReading "continue_reading" = "Continue where you left off",
        ContinueWhere "continue_where" = "You read {percent}% of this article.",
        KeysTitle "keys_title" = "Keyboard shortcuts",
        KeysClose "keys_close" = "Close",
        KeyThen "key_then" = "then",
        KeyNext "key_next" = "Next article",
        KeyPrevious "key_previous" = "Previous article",
        KeyOpen "key_open" = "Open the article",
        KeySave "key_save" = "Save the article, or take it out of the saved ones",
        KeySearch "key_search" = "Search",
        KeyHome "key_home" = "Go to the latest articles",
        KeySavedPage "key_saved_page" = "Go to your saved articles",
        KeyHelp "key_help" = "Show these shortcuts",
        Listen "listen" = "Listen",
        ListenPause "listen_pause" = "Pause",
        ListenResume "listen_resume" = "Resume",
        ListenStop "listen_stop" = "Stop",
        ListenReading "listen_reading" = "Reading aloud",
        ListenPaused "listen_paused" = "Paused",
        ListenFinished "listen_finished" = "Finished reading",
        ListenFailed "listen_failed" = "Your browser could not read this aloud.",
        ListenUnavailable "listen_unavailable" = "Listening could not be loaded. Check your connection and press Listen again.",
    }
    plurals {
        MinRead "min_read" = "{n} min read", "{n} min read",
        Results "results" = "{n} result for “{query}”", "{n} results for “{query}”",
        SavedCount "saved_count" = "{n} article, most recently saved first.", "{n} articles, most recently saved first.",
        StepsDone "steps_done" = "{done} of {n} done", "{done} of {n} done",
        TakeawaysCopied "takeaways_copied" = "Copied {n} takeaway to the clipboard.", "Copied {n} takeaways to the clipboard.",
        ShowAll "show_all" = "Show all {n}", "Show all {n}",
        ReadPercent "read_percent" = "{n}% read", "{n}% read",
    }
}

/// The interface's texts in one locale, provided as context by the app and the publisher
/// ([`use_labels`]). A copyable handle: a locale's table is made once and kept for the whole run.
#[derive(Clone, Copy, Debug)]
pub struct Labels(&'static Table);

#[derive(Debug)]
struct Table {
    /// As chosen (`pt-BR`): dates, numbers and plurals follow it.
    locale: String,
    /// By key; what is missing is English.
    texts: HashMap<String, String>,
}

static ENGLISH: LazyLock<Table> = LazyLock::new(|| Table { locale: "en".to_owned(), texts: HashMap::new() });

impl Default for Labels {
    fn default() -> Self {
        Self::english()
    }
}

impl PartialEq for Labels {
    fn eq(&self, other: &Self) -> bool {
        self.0.locale == other.0.locale && self.0.texts == other.0.texts
    }
}

impl Labels {
    pub fn english() -> Self {
        Self(&ENGLISH)
    }

    /// `locale`'s texts from `table` (keys as in [`Label::key`] and [`Plural::key`]). Kept for the
    /// rest of the run: an app or a publish makes one.
    pub fn new(locale: &str, texts: HashMap<String, String>) -> Self {
        Self(Box::leak(Box::new(Table { locale: locale.to_owned(), texts })))
    }

    /// The table published for a locale: a JSON object of strings.
    pub fn from_json(locale: &str, json: &str) -> Result<Self, String> {
        let table: HashMap<String, String> = serde_json::from_str(json).map_err(|e| e.to_string())?;
        Ok(Self::new(locale, table))
    }

    pub fn locale(&self) -> &'static str {
        &self.0.locale
    }

    /// For `dir` attributes.
    pub fn dir(&self) -> &'static str {
        if matches!(language(self.locale()).as_str(), "ar" | "he" | "fa" | "ur") {
            "rtl"
        } else {
            "ltr"
        }
    }

    fn lookup(&self, key: &str) -> Option<&'static str> {
        self.0.texts.get(key).map(String::as_str)
    }

    pub fn get(&self, label: Label) -> &'static str {
        self.lookup(label.key()).unwrap_or_else(|| label.english())
    }

    /// The text, owned, for a view.
    pub fn text(&self, label: Label) -> String {
        self.get(label).to_owned()
    }

    /// The text with each `{name}` replaced by its value.
    pub fn fill(&self, label: Label, values: &[(&str, &str)]) -> String {
        fill(self.get(label), values)
    }

    /// The text on either side of `{name}`, each with `values` filled in, for a view that puts markup of
    /// its own in that place; a text without `{name}` (a site's own words) comes whole, first.
    pub fn around(&self, label: Label, name: &str, values: &[(&str, &str)]) -> (String, String) {
        let text = self.get(label);
        let (before, after) = text.split_once(&format!("{{{name}}}")).unwrap_or((text, ""));
        (fill(before, values), fill(after, values))
    }

    /// The form for `n` of `plural` with `{n}` (in the locale's digits) and each `{name}` filled in.
    pub fn count(&self, plural: Plural, n: usize, values: &[(&str, &str)]) -> String {
        let category = plural::category(self.locale(), n);
        let [one, other] = plural.english();
        let key = plural.key();
        let text = self
            .lookup(&format!("{key}.{category}"))
            .or_else(|| self.lookup(&format!("{key}.other")))
            .unwrap_or(if category == "one" && n == 1 { one } else { other });
        let number = format::number(self.locale(), n);
        let mut all = vec![("n", number.as_str())];
        all.extend_from_slice(values);
        fill(text, &all)
    }

    /// "4 min read".
    pub fn reading_time(&self, minutes: u32) -> String {
        self.count(Plural::MinRead, usize::try_from(minutes).unwrap_or(usize::MAX), &[])
    }

    /// Every key a table may hold.
    pub fn keys() -> Vec<String> {
        let mut keys: Vec<String> = Label::ALL.iter().map(|l| l.key().to_owned()).collect();
        for plural in Plural::ALL {
            for category in plural::CATEGORIES {
                keys.push(format!("{}.{category}", plural.key()));
            }
        }
        keys
    }
}

fn fill(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = text.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Inside content written in another language than the interface's (an article with its own
/// `lang`), the interface's language, for the labels and controls among that content to declare.
#[derive(Clone, Debug, Default)]
pub struct UiLang(pub Option<String>);

/// What a label or control among an article's text sets as its `lang` (nothing when the article is
/// in the interface's language).
pub fn ui_lang() -> Option<String> {
    use_context::<UiLang>().and_then(|lang| lang.0)
}

/// The labels in context, or English.
pub fn use_labels() -> Labels {
    use_context::<Labels>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique() {
        let keys = Labels::keys();
        let unique: std::collections::HashSet<&String> = keys.iter().collect();
        assert_eq!(unique.len(), keys.len());
    }

    #[test]
    fn missing_texts_are_english_and_plurals_follow_the_locale() {
        let en = Labels::english();
        assert_eq!(en.get(Label::Latest), "Latest");
        assert_eq!(en.count(Plural::MinRead, 4, &[]), "4 min read");
        assert_eq!(en.reading_time(4), "4 min read");
        assert_eq!(en.count(Plural::Results, 1, &[("query", "rag")]), "1 result for “rag”");
        assert_eq!(en.count(Plural::Results, 2, &[("query", "rag")]), "2 results for “rag”");
        let table = [("results.few", "{n} نتائج"), ("results.other", "{n} نتيجة"), ("latest", "الأحدث")];
        let ar = Labels::new("ar", table.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect());
        assert_eq!(ar.get(Label::Latest), "الأحدث");
        assert_eq!(ar.get(Label::Share), "Share");
        assert_eq!(ar.count(Plural::Results, 3, &[]), "3 نتائج");
        assert_eq!(ar.count(Plural::Results, 100, &[]), "100 نتيجة");
        assert_eq!(ar.dir(), "rtl");
        let around = en.around(Label::PostedOn, "author", &[("platform", "X")]);
        assert_eq!(around, (String::new(), " on X".to_owned()));
        let own = Labels::new("en", [("posted_on".to_owned(), "Posted".to_owned())].into());
        assert_eq!(own.around(Label::PostedOn, "author", &[]), ("Posted".to_owned(), String::new()));
        assert_eq!(Labels::new("pt-BR", HashMap::new()).dir(), "ltr");
    }
}
