//! Reading what the app (or the publisher) provides: one typed accessor, [`use_service`], for every
//! service a view reads. Services are provided before any view is built, so a missing one is a bug:
//! a test built with debug assertions stops at it with the service's name; a reader's tab logs it to
//! the console and goes on with an inert stand-in ([`Service::missing`]), never a panic.

use leptos::prelude::*;

/// A value provided once, as context, to every view.
pub trait Service: Clone + Send + Sync + 'static {
    /// What a view gets where the service was not provided: inert, so that the rest of the page works.
    fn missing() -> Self;
}

/// The provided `T`, or its inert stand-in after saying that it is missing.
pub fn use_service<T: Service>() -> T {
    use_context::<T>().unwrap_or_else(|| {
        missing(std::any::type_name::<T>());
        T::missing()
    })
}

#[cold]
fn missing(name: &str) {
    leptos::logging::error!("digest: {name} was read by a view but never provided (provide it before the views)");
    debug_assert!(false, "digest: {name} was read by a view but never provided (provide it before the views)");
}

impl Service for digest_model::Paths {
    fn missing() -> Self {
        Self::new("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone)]
    struct Provided(u8);

    impl Service for Provided {
        fn missing() -> Self {
            Self(0)
        }
    }

    #[test]
    fn a_provided_service_is_read() {
        let owner = Owner::new();
        owner.with(|| {
            provide_context(Provided(7));
            assert_eq!(use_service::<Provided>().0, 7);
        });
    }

    #[test]
    #[should_panic(expected = "Provided was read by a view but never provided")]
    fn a_missing_service_stops_a_test_with_its_name() {
        Owner::new().with(use_service::<Provided>);
    }
}
