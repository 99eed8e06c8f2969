//! Reusable views, one public component per file.

pub mod help_contact;
pub mod load_error;
pub mod service_list;
pub mod skip_link;
pub mod with_data;
