pub(crate) mod rc;
pub(crate) mod text;
pub(crate) mod weekday;
