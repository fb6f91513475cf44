use digest_model::Paths;
use leptos::prelude::*;

/// What the digest is, and where everything starts.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let paths = expect_context::<Paths>();
    view! {
        <footer class="digest-footer">
            <p>
                "Each article digests one public post and links to it. "
                <a href=paths.home()>"All articles"</a>
            </p>
        </footer>
    }
}
