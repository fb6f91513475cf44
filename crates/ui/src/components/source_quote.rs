use crate::labels;
use digest_model::Source;
use leptos::prelude::*;

/// The public post the article digests: who said it, the quoted excerpt, and a link to the original.
#[component]
pub fn SourceQuote(source: Source) -> impl IntoView {
    let label = source.link_label();
    let platform = source.platform_display();
    let handle = source.handle();
    view! {
        <section class="digest-source" aria-labelledby="digest-source-heading">
            <h2 id="digest-source-heading">{labels::ORIGINAL_POST}</h2>
            <figure class="digest-source__figure">
                <blockquote class="digest-source__quote" cite=source.url.clone()>
                    <p>{source.quote}</p>
                </blockquote>
                <figcaption class="digest-source__caption">
                    <bdi class="digest-source__author">{handle}</bdi>
                    " on "
                    {platform}
                </figcaption>
            </figure>
            <a class="digest-source__link" href=source.url rel="external noopener noreferrer">
                {label}
            </a>
        </section>
    }
}
