//! The limits and patterns of valid content: the bottom of the model, named by the types
//! (`model.rs`, for their schemas), by validation (`validate/`) and by the schemas (`schema.rs`).

/// Length limits, in characters, so that one runaway field cannot freeze a phone.
pub mod limits {
    pub const SLUG: usize = 80;
    pub const TITLE: usize = 200;
    pub const SUMMARY: usize = 1_000;
    pub const PARAGRAPH: usize = 3_000;
    pub const LIST_ITEM: usize = 600;
    pub const LIST_ITEMS: usize = 30;
    pub const QUOTE: usize = 2_000;
    pub const HANDLE: usize = 64;
    pub const URL: usize = 2_048;
    pub const TAGS: usize = 12;
    pub const CATEGORIES: usize = 50;
    pub const TAG_PROMOS: usize = 100;
    pub const LANGUAGE_TAG: usize = 35;
    pub const LABEL: usize = 600;
    pub const PAGE_SIZE: u32 = 100;
}

/// Regular expressions (ECMA 262, as JSON Schema uses them) for the fields' rules.
pub mod patterns {
    /// Characters that cannot be published: C0 controls but tab, line feed, carriage return, vertical
    /// tab and form feed; DEL and C1 controls but next line; noncharacters.
    macro_rules! unfit {
        () => {
            "\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u0084\\u0086-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF"
        };
    }
    /// Text that can be published, not blank.
    pub const TEXT: &str = concat!("^(?=[\\s\\S]*\\S)[^", unfit!(), "]*$");
    /// Text that can be published, possibly empty.
    pub const PUBLISHABLE: &str = concat!("^[^", unfit!(), "]*$");
    pub const SLUG: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
    pub const LANGUAGE_TAG: &str = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";
    pub const DATE_TIME: &str = "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$";
    /// A handle: no spaces, controls or invisible characters.
    pub const HANDLE: &str =
        "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]+$";
    /// An absolute http(s) URL with a host, without spaces or invisible characters.
    pub const WEB_URL: &str = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]+([/?#][^\\s\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]*)?$";
    /// A web URL, or a path on the hosting site such as `/courses`.
    pub const WEB_URL_OR_SITE_PATH: &str = "^([Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]+([/?#][^\\s\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]*)?|/(?!/)[^\\s\\\\\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]*)$";
}
