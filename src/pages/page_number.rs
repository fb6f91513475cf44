use digest_model::listing::parse_page_param;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;

/// The page of a listing on screen: 1 at the listing's own address, `N` at `…/page/N`; `None` (not
/// found) for anything but a positive whole number. Addresses that are not a page's own (an old link's
/// `?page=N`, `…/page/1`) show that page and are moved to its address: `path_of(N)`, without the base
/// path (the router adds it).
pub fn use_page_number(path_of: impl Fn(u32) -> String + Send + Sync + 'static) -> Memo<Option<u32>> {
    let params = use_params_map();
    let query = use_query_map();
    let page = Memo::new(move |_| {
        let in_query = query.read().get("page");
        let in_path = params.read().get("page");
        let (page, own_address) = match (in_query, in_path) {
            (Some(text), _) => (parse_page_param(Some(&text)), false),
            (None, None) => (Some(1), true),
            (None, Some(text)) => {
                let page = parse_page_param(Some(&text));
                (page, page != Some(1))
            }
        };
        (page, own_address)
    });
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let (Some(number), false) = page.get() {
            navigate(&path_of(number), NavigateOptions { replace: true, ..NavigateOptions::default() });
        }
    });
    Memo::new(move |_| page.get().0)
}
