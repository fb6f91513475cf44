use digest_ui::i18n::labels::{use_labels, Label};
use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The keys, each pressed in turn (`g` then `h`), and what they do.
const KEYS: &[(&[&str], Label)] = &[
    (&["j"], Label::KeyNext),
    (&["k"], Label::KeyPrevious),
    (&["o"], Label::KeyOpen),
    (&["s"], Label::KeySave),
    (&["/"], Label::KeySearch),
    (&["g", "h"], Label::KeyHome),
    (&["g", "s"], Label::KeySavedPage),
    (&["?"], Label::KeyHelp),
];

/// The keyboard shortcuts, listed in the reader's language: a modal dialog while `open`. Escape or
/// Close closes it, and the focus goes back where it was.
#[component]
pub fn KeysHelp(open: RwSignal<bool>) -> impl IntoView {
    let t = use_labels();
    let dialog = NodeRef::<Dialog>::new();
    let back_to = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |_| {
        let Some(dialog) = dialog.get() else { return };
        if open.get() && !dialog.open() {
            back_to.set_value(document().active_element().and_then(|e| e.dyn_into().ok()));
            let _ = dialog.show_modal();
        } else if !open.get() && dialog.open() {
            dialog.close();
        }
    });
    let closed = move |_| {
        open.set(false);
        if let Some(element) = back_to.try_update_value(Option::take).flatten() {
            let _ = element.focus();
        }
    };
    let then = t.text(Label::KeyThen);
    view! {
        <dialog class="digest-keys" data-digest-live="" node_ref=dialog aria-labelledby="digest-keys-title" on:close=closed>
            <h2 class="digest-keys__title" id="digest-keys-title">{t.text(Label::KeysTitle)}</h2>
            <dl class="digest-keys__list">
                {KEYS
                    .iter()
                    .map(|(keys, label)| {
                        let then = then.clone();
                        view! {
                            <div class="digest-keys__row">
                                <dt class="digest-keys__keys">
                                    {keys
                                        .iter()
                                        .enumerate()
                                        .map(|(i, key)| {
                                            let joint = (i > 0).then(|| format!(" {then} "));
                                            view! { {joint} <kbd class="digest-keys__key">{*key}</kbd> }
                                        })
                                        .collect_view()}
                                </dt>
                                <dd class="digest-keys__does">{t.text(*label)}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
            <button type="button" class="digest-button" on:click=move |_| open.set(false)>
                {t.text(Label::KeysClose)}
            </button>
        </dialog>
    }
}
