//! Small line icons beside need names (never instead of words): decorative, hidden from
//! screen readers, drawn inline so nothing is loaded. Which one a need gets, if any:
//! `domain::icons::need_icon`.

use leptos::prelude::*;

/// The drawing of each of `domain::icons::NEED_ICONS`.
fn path(name: &str) -> Option<&'static str> {
    Some(match name {
        "info" => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 10v7M12 7v.5",
        "care" => "M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z",
        "memory" => "M9 4a4 4 0 0 0-4 4v1a3 3 0 0 0 0 6a4 4 0 0 0 4 4h1V4zM15 4a4 4 0 0 1 4 4v1a3 3 0 0 1 0 6a4 4 0 0 1-4 4h-1V4z",
        "document" => "M6 3h9l4 4v14H6zM9 11h7M9 15h7M9 7h4",
        "people" => "M8 11a3 3 0 1 0 0-6a3 3 0 0 0 0 6M16 11a3 3 0 1 0 0-6a3 3 0 0 0 0 6M2 20c0-3 3-5 6-5s6 2 6 5M12 20c0-3 2-5 4-5s6 2 6 5",
        "heart" => "M12 20s-8-5-8-11a4.5 4.5 0 0 1 8-2.5A4.5 4.5 0 0 1 20 9c0 6-8 11-8 11z",
        "hand" => "M7 12V6a1.5 1.5 0 0 1 3 0v5V4a1.5 1.5 0 0 1 3 0v7V5a1.5 1.5 0 0 1 3 0v8c0 4-2 7-6 7s-6-3-7-6l-1-3a1.5 1.5 0 0 1 3-1z",
        "tablet" => "M6 3h12v18H6zM11 18h2",
        "globe" => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18",
        "house" => "M3 11l9-7l9 7M6 9v11h12V9M10 20v-6h4v6",
        "bus" => "M5 4h14v13H5zM5 12h14M8 20v-3M16 20v-3M8 15h.5M15.5 15h.5",
        "health" => "M10 4h4v6h6v4h-6v6h-4v-6H4v-4h6z",
        "home-help" => "M3 11l9-7l9 7M6 9v11h12V9M9 15l2 2l4-4",
        _ => return None,
    })
}

/// The icon `name`; nothing for a name the app does not draw.
#[component]
pub fn NeedIcon(name: &'static str) -> impl IntoView {
    path(name).map(|d| {
        view! {
            <svg class="ww-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
                <path d=d fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
        }
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_icon_a_need_may_name_is_drawn() {
        for name in crate::domain::icons::NEED_ICONS {
            assert!(super::path(name).is_some(), "{name}");
        }
        assert_eq!(super::path("circle"), None);
    }
}
