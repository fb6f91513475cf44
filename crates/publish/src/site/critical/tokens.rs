//! The design tokens (`--digest-*` custom properties) of the rules a page inlines, written short: a
//! page of ours has no host to theme it and nothing reads a token by name, so a token used where its
//! value is shorter than naming it is replaced by its value, and the others are named `--a`, `--b`, ...,
//! the most used first. The whole stylesheet keeps the names hosts use.

/// What every token's name starts with (`style/tokens.css`).
const PREFIX: &str = "--digest-";

/// The rule that declares the tokens: the reader's root, of which every element that uses one is a
/// descendant or itself, so its value is the same wherever it is used.
const ROOT: &str = ".digest";

/// `css` (minified) with its tokens written short.
pub fn shorten(css: &str) -> String {
    let mut css = css.to_owned();
    while let Some(inlined) = inline_one(&css) {
        css = inlined;
    }
    rename(&css)
}

fn is_name(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Where a token is named in `css`.
#[derive(Debug, PartialEq, Eq)]
enum Use {
    /// `--x:value` in a rule's block: from `start` to `end`, the declaration without its separator.
    Declared { start: usize, end: usize, value_start: usize },
    /// `var(--x)`, from `start` to `end`.
    Read { start: usize, end: usize },
    /// Anywhere else (`var(--x,fallback)`, a name in a value): the token is left as it is.
    Other,
}

/// Each token's name, with where it is named (the name's offset, and how), in order of first use.
fn uses(css: &str) -> Vec<(String, Vec<(usize, Use)>)> {
    let mut found: Vec<(String, Vec<(usize, Use)>)> = Vec::new();
    let mut from = 0;
    while let Some(offset) = css.get(from..).and_then(|rest| rest.find(PREFIX)) {
        let start = from + offset;
        let name_end = css.get(start + 2..).and_then(|t| t.find(|c| !is_name(c))).map_or(css.len(), |n| start + 2 + n);
        let name = css.get(start..name_end).unwrap_or_default();
        let before = css.get(..start).unwrap_or_default();
        let after = css.get(name_end..).unwrap_or_default();
        let kind = if (before.ends_with('{') || before.ends_with(';')) && after.starts_with(':') {
            let value_start = name_end + 1;
            Use::Declared { start, end: value_start + value_length(after.get(1..).unwrap_or_default()), value_start }
        } else if before.ends_with("var(") && after.starts_with(')') {
            Use::Read { start: start - "var(".len(), end: name_end + 1 }
        } else {
            Use::Other
        };
        match found.iter_mut().find(|(known, _)| known == name) {
            Some((_, list)) => list.push((start, kind)),
            None => found.push((name.to_owned(), vec![(start, kind)])),
        }
        from = name_end;
    }
    found
}

/// The length of the declaration value that `rest` starts with: up to a `;` or `}` outside brackets
/// and strings.
fn value_length(rest: &str) -> usize {
    let mut depth = 0usize;
    let mut quote = None;
    let mut escaped = false;
    for (i, c) in rest.char_indices() {
        match (quote, c) {
            (Some(_), _) if escaped => escaped = false,
            (Some(_), '\\') => escaped = true,
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(' | '[') => depth += 1,
            (None, ')' | ']') => depth = depth.saturating_sub(1),
            (None, ';' | '}') if depth == 0 => return i,
            _ => {}
        }
    }
    rest.len()
}

/// The selector of the rule whose block holds `position`.
fn selector_at(css: &str, position: usize) -> &str {
    let before = css.get(..position).unwrap_or_default();
    let open = before.rfind('{').unwrap_or(0);
    let head = before.get(..open).unwrap_or_default();
    let start = head.rfind(['{', '}', ';']).map_or(0, |i| i + 1);
    head.get(start..).unwrap_or_default()
}

/// `css` with one token replaced by its value, where that makes it shorter: a token declared once,
/// by the root's rule, and read only as `var(--x)`.
fn inline_one(css: &str) -> Option<String> {
    for (_, named) in uses(css) {
        let list: Vec<Use> = named.into_iter().map(|(_, kind)| kind).collect();
        let [Use::Declared { start, end, value_start }] =
            list.iter().filter(|u| matches!(u, Use::Declared { .. })).collect::<Vec<_>>()[..]
        else {
            continue;
        };
        let reads: Vec<(usize, usize)> = list
            .iter()
            .filter_map(|u| match u {
                Use::Read { start, end } => Some((*start, *end)),
                _ => None,
            })
            .collect();
        if list.contains(&Use::Other) || reads.len() + 1 != list.len() || selector_at(css, *start) != ROOT {
            continue;
        }
        let value = css.get(*value_start..*end)?;
        // Written short, the token costs `--x:` and a separator, and `var(--x)` at each read.
        if reads.len() * value.len() >= value.len() + 5 + reads.len() * 8 {
            continue;
        }
        let mut out = String::with_capacity(css.len());
        let mut at = 0;
        // The declaration goes with the separator after it, or before it when it ends the block.
        let (cut_start, cut_end) = if css.get(*end..)?.starts_with(';') {
            (*start, end + 1)
        } else if css.get(..*start)?.ends_with(';') {
            (start - 1, *end)
        } else {
            (*start, *end)
        };
        let mut cuts: Vec<(usize, usize, &str)> = reads.iter().map(|&(s, e)| (s, e, value)).collect();
        cuts.push((cut_start, cut_end, ""));
        cuts.sort_unstable();
        for (s, e, with) in cuts {
            out.push_str(css.get(at..s)?);
            out.push_str(with);
            at = e;
        }
        out.push_str(css.get(at..)?);
        return Some(out);
    }
    None
}

/// `css` with each token named by a letter or two, the most used first.
fn rename(css: &str) -> String {
    let mut names = uses(css);
    names.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    let short = |index: usize| {
        let letter = |i: usize| char::from(b'a' + u8::try_from(i % 26).unwrap_or(0));
        match index / 26 {
            0 => format!("--{}", letter(index)),
            n => format!("--{}{}", letter(n - 1), letter(index)),
        }
    };
    let mut renames: Vec<(usize, usize, String)> = names
        .iter()
        .enumerate()
        .flat_map(|(index, (name, list))| list.iter().map(move |(start, _)| (*start, name.len(), short(index))))
        .collect();
    renames.sort_unstable();
    let mut out = String::with_capacity(css.len());
    let mut at = 0;
    for (start, length, short) in renames {
        out.push_str(css.get(at..start).unwrap_or_default());
        out.push_str(&short);
        at = start + length;
    }
    out.push_str(css.get(at..).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_values_replace_their_token_and_the_rest_are_named_by_use() {
        let css = ".digest{--digest-gap:1rem;--digest-brand:light-dark(#4338ca,#a5b4fc);color-scheme:light dark}\
            .a{margin:var(--digest-gap);color:var(--digest-brand)}.b{color:var(--digest-brand)}\
            .c{border-color:var(--digest-brand);padding:var(--digest-gap)}";
        assert_eq!(
            shorten(css),
            ".digest{--a:light-dark(#4338ca,#a5b4fc);color-scheme:light dark}.a{margin:1rem;color:var(--a)}\
             .b{color:var(--a)}.c{border-color:var(--a);padding:1rem}"
        );
    }

    #[test]
    fn a_token_declared_elsewhere_twice_or_read_with_a_fallback_keeps_its_name_written_short() {
        let css = ".x{--digest-a:1px}.y{margin:var(--digest-a)}\
            .digest{--digest-b:2px}.z .digest{--digest-b:3px}.y{margin:var(--digest-b)}\
            .digest{--digest-c:4px}.y{margin:var(--digest-c,0)}";
        assert_eq!(
            shorten(css),
            ".x{--b:1px}.y{margin:var(--b)}.digest{--a:2px}.z .digest{--a:3px}.y{margin:var(--a)}\
             .digest{--c:4px}.y{margin:var(--c,0)}"
        );
    }

    #[test]
    fn a_last_declaration_takes_its_separator_before_and_values_keep_their_brackets_and_strings() {
        let css = ".digest{color:red;--digest-font:\"A;}\",serif}p{font-family:var(--digest-font)}";
        assert_eq!(shorten(css), ".digest{color:red}p{font-family:\"A;}\",serif}");
        let alone = "@layer x{.digest{--digest-gap:1px}p{margin:var(--digest-gap)}}";
        assert_eq!(shorten(alone), "@layer x{.digest{}p{margin:1px}}");
    }
}
