//! Reusable views, one public component per file.

pub mod announcer;
pub mod calendar_link;
pub mod copy_button;
pub mod empty_result;
pub mod event_details;
pub mod filter_bar;
pub mod help_contact;
pub mod hours_view;
pub mod icon;
pub mod kiosk_bar;
pub mod links;
pub mod load_error;
pub mod onscreen_keyboard;
pub mod qr_code;
pub mod read_aloud;
pub mod save_button;
pub mod search_form;
pub mod service_card;
pub mod share_button;
pub mod site_nav;
pub mod skip_link;
pub mod status_bar;
pub mod take_away;
pub mod with_data;

use crate::domain::route::Route;
use crate::domain::search::Query;

/// The results page's address for a query.
pub fn results_href(query: &Query) -> String {
    Route::Results(query.clone()).href()
}
