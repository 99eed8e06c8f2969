//! English.

use super::Strings;

pub static STRINGS: Strings = Strings {
    app_name: "Wegweiser",
    tagline: "Help and services for older people",
    skip_link: "Skip to content",
    nav_label: "Main navigation",
    loading: "Loading the services …",
    services_heading: "Services",
    services_count: |n| match n {
        0 => "No services".to_string(),
        1 => "1 service".to_string(),
        n => format!("{n} services"),
    },
    skipped_entries: |n| match n {
        1 => "1 entry in the data is faulty and is not shown.".to_string(),
        n => format!("{n} entries in the data are faulty and are not shown."),
    },
    error_heading: "The services could not be loaded",
    error_unreachable: "There is no connection right now. Please check the internet connection.",
    error_status: |status| format!("The server did not deliver the data (error {status})."),
    error_malformed: |line, column| {
        format!("The data file is damaged (line {line}, column {column}).")
    },
    error_not_dataset: "The loaded file contains no services.",
    error_version: "The data file is for a newer version of Wegweiser. Please reload the page.",
    error_invalid: |part| format!("A part of the data file is faulty: “{part}”."),
    error_hint: "Please try again in a moment.",
    retry: "Try again",
    help_heading: "Help by phone",
    call: |phone| format!("Call: {phone}"),
    footer_label: "Help and contact",
    page_title: |city| format!("Wegweiser {city} – help in later life"),
    not_found_heading: "This page does not exist",
    not_found_text: "The link may be out of date, or the service no longer exists.",
    back_to_start: "Back to the start page",
};
