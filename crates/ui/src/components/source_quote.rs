use crate::i18n::labels::{ui_lang, use_labels, Label, Labels};
use digest_model::Source;
use leptos::prelude::*;

/// The public post the article digests: who said it, the quoted excerpt, and a link to the original.
#[component]
pub fn SourceQuote(source: Source) -> impl IntoView {
    let t = use_labels();
    let platform = source.platform_display();
    let label = link_label(&t, &source);
    let handle = source.handle();
    // The handle is isolated (`bdi`): a right-to-left name cannot reorder the words around it.
    let (before, after) = t.around(Label::PostedOn, "author", &[("platform", &platform)]);
    view! {
        <section class="digest-source" aria-labelledby="digest-source-heading">
            <h2 id="digest-source-heading" lang=ui_lang()>{t.text(Label::OriginalPost)}</h2>
            <figure class="digest-source__figure">
                <blockquote class="digest-source__quote" cite=source.url.clone() dir="auto">
                    <p>{source.quote}</p>
                </blockquote>
                <figcaption class="digest-source__caption" lang=ui_lang()>
                    {(!before.is_empty()).then_some(before)}
                    <bdi class="digest-source__author">{handle}</bdi>
                    {after}
                </figcaption>
            </figure>
            <a class="digest-source__link" href=source.url rel="external noopener noreferrer" lang=ui_lang()>
                {label}
            </a>
        </section>
    }
}

/// "View on X", "View on LinkedIn", or for a platform we do not know, "View source".
pub fn link_label(t: &Labels, source: &Source) -> String {
    match source.platform_name() {
        Some(name) => t.fill(Label::ViewOn, &[("platform", name)]),
        None => t.text(Label::ViewSource),
    }
}
