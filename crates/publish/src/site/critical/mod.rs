//! The rules of the app's stylesheet that a kind of page can use, to be inlined into its pages: the
//! rest comes with the app, which links the whole stylesheet before it starts (public/digest-start.js).
//!
//! What a page inlines is what its first paint needs: it shows exactly as with the whole sheet. A rule
//! is kept when one of its selectors matches an element of the kind's specimen pages (`specimen.rs`),
//! read by an HTML5 parser as a browser would, with `<html>` as a reader without JavaScript gets it and
//! as the `<head>` script marks it (JavaScript on, each theme, a promo dismissed). A selector is
//! matched without its pseudo-elements (their element is what must exist) and the attributes our
//! scripts toggle before the app (`hidden`, `open`). A selector that needs a state the reader causes
//! (`:hover`, `:focus`, `:checked`, ...) is left to the whole sheet: the start script links it once the
//! page has painted, and a reader without JavaScript gets it from a `<noscript>` link (`shell.rs`).
//! Where such a state is negated (`:not(:hover)`), the rule is kept.
//!
//! The kept rules stay in the stylesheet's `@layer` and order, without `!important`: a page of ours has
//! no other stylesheet to win over, and once the app links the whole sheet, its `!important`
//! declarations and later order decide every property exactly as the sheet alone does.
//!
//! What only a host page or a reader's action needs is left out of the kept rules as well, since the
//! whole sheet brings it: the `.digest ` each selector starts from (a page of ours is the reader alone,
//! so it is dropped where the rest of the selector picks the same elements of every specimen), the
//! declarations a first paint never shows (the pointer's `cursor`, transitions, and animation timings
//! when no kept rule runs an animation), and the tokens' long names (`tokens.rs`). Rules with the same
//! declarations, and media rules with the same query, are joined where no rule between them can tell.
//!
//! The steps, in [`used_css`]'s order: `pick.rs` (the rules, keyframes and tokens kept), `lean.rs`
//! (what a first paint never shows, the root's compound), `join.rs`, `tokens.rs`. `matching.rs` has
//! the specimens as a browser holds them and how a selector is matched against them; `rules.rs`,
//! what every step reads of lightningcss's rule tree.

mod join;
mod lean;
mod matching;
mod pick;
mod rules;
mod tokens;

use crate::error::Result;
use lightningcss::stylesheet::{ParserOptions, PrinterOptions, StyleSheet};
use matching::{with_root_marks, Specimens};
use rules::css_error;

fn print(sheet: &StyleSheet<'_, '_>) -> Result<String> {
    Ok(sheet.to_css(PrinterOptions { minify: true, ..PrinterOptions::default() }).map_err(css_error)?.code)
}

/// The rules of `css` that the pages `specimens` (whole HTML documents) can use, minified.
pub fn used_css(css: &str, specimens: &[String]) -> Result<String> {
    let mut documents = Vec::new();
    for specimen in specimens {
        documents.extend(with_root_marks(specimen)?);
    }
    let mut sheet = StyleSheet::parse(css, ParserOptions::default()).map_err(css_error)?;
    let mut kept_text = String::new();
    pick::keep_used(&mut sheet.rules, &documents, &mut kept_text)?;
    let animated = lean::names_animation(&sheet.rules);
    lean::drop_unpainted(&mut sheet.rules, animated);
    pick::drop_unnamed_keyframes(&mut sheet.rules, &kept_text)?;
    pick::drop_unused_properties(&mut sheet.rules)?;
    let specimens = Specimens::new(&documents);
    lean::without_root_class(&mut sheet.rules, &specimens)?;
    join::join_alike(&mut sheet.rules, &specimens)?;
    Ok(tokens::shorten(&print(&sheet)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHEET: &str = "@layer digest{.digest{--digest-x:1px;--digest-y:var(--digest-z);--digest-z:2px;\
        --digest-unused:3px;color:red!important;text-wrap:balance!important;margin:var(--digest-y)!important;padding:var(--digest-x)!important}.digest .used{margin:0!important}\
        .digest .unused,.digest .used-too{padding:0!important}.digest a:hover{color:blue!important}\
        :root:not([data-digest-js]) .digest .app{display:none!important}\
        :root[data-digest-theme=dark] .digest{color:#fff!important}\
        @media (width>=40rem){.digest .unused{margin:1px!important}.digest .used{margin:2px!important}}\
        .digest .spin{animation:1s digest-spin!important}@keyframes digest-spin{to{rotate:1turn}}\
        @keyframes digest-fade{to{opacity:0}}}";

    #[test]
    fn keeps_what_the_page_can_use_in_the_sheets_order_without_important_and_unused_tokens() {
        let page = "<!doctype html><html><body><div class=digest><p class=used-too>x</p>\
            <p class=used>y</p><a href=/>z</a><p class=app></p></div></body></html>";
        assert_eq!(
            used_css(SHEET, &[page.to_owned()]).unwrap(),
            "@layer digest{.digest{color:red;text-wrap:balance;margin:2px;padding:1px}.used{margin:0}.used-too{padding:0}\
             :root:not([data-digest-js]) .app{display:none}:root[data-digest-theme=dark] .digest{color:#fff}\
             @media (width>=40rem){.used{margin:2px}}}"
        );
    }

    #[test]
    fn leaves_out_the_root_class_where_it_picks_the_same_elements_and_what_no_first_paint_shows() {
        let sheet = "@layer digest{.digest *,.digest .bar::-webkit-progress-bar{box-sizing:border-box!important}\
            .digest .bar{cursor:pointer!important;transition:width .2s!important;color:red!important}\
            .digest b{color:blue!important}.digest .x:after{content:\"x\"!important}\
            .digest .only-cursor{cursor:pointer!important}\
            @media (prefers-reduced-motion:reduce){.digest *{transition-duration:.01ms!important;animation-duration:.01ms!important}}}";
        let page = "<html><body><div class=digest><progress class=bar></progress><p class='x only-cursor'>\
            <b>in</b></p></div><b>out</b></body></html>";
        assert_eq!(
            used_css(sheet, &[page.to_owned()]).unwrap(),
            "@layer digest{.digest *,.bar::-webkit-progress-bar{box-sizing:border-box}.bar{color:red}\
             .digest b{color:#00f}.x:after{content:\"x\"}}"
        );
        let animated = format!(
            "{sheet}.digest .spin{{animation:1s digest-spin!important}}@keyframes digest-spin{{to{{rotate:1turn}}}}"
        );
        let page = "<html><body><div class=digest><i class=spin></i></div></body></html>";
        let css = used_css(&animated, &[page.to_owned()]).unwrap();
        assert!(css.contains("animation-duration:.01ms") && !css.contains("transition"), "{css}");
    }

    #[test]
    fn keyframes_go_with_the_rules_that_name_them() {
        let page = "<div class=digest><i class=spin></i></div>";
        let css = used_css(SHEET, &[page.to_owned()]).unwrap();
        assert!(css.contains("@keyframes digest-spin"), "{css}");
        assert!(!css.contains("digest-fade"), "{css}");
    }
}
