//! Waiting for a later browser task: futures that resolve from a timer or when the browser is idle,
//! so that the work after them runs once the browser has had its turn (input, rendering) instead of
//! in the task before it. [`later`] is the start's verb, awaited.

use leptos::prelude::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Resolves after `ms` milliseconds, in a later task.
pub async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, i32::try_from(ms).unwrap_or(i32::MAX));
    });
    let _ = JsFuture::from(promise).await;
}

/// Ends the current task: what follows runs in the next one.
pub async fn later() {
    sleep(0).await;
}

/// Resolves when the browser has nothing more pressing to do (`requestIdleCallback`), or in the next
/// task in browsers without it.
pub async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let request = js_sys::Reflect::get(&window(), &"requestIdleCallback".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let requested = request.is_some_and(|request| request.call1(&window(), &resolve).is_ok());
        if !requested {
            let _ = window().set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
}
