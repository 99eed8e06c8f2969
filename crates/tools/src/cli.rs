//! Small helpers shared by the data keepers' command-line tools (`src/bin/`).

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds since the Unix epoch, from the system clock (tools only; the domain never
/// reads a clock).
pub fn now_unix_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

pub fn today_utc() -> NaiveDate {
    DateTime::from_timestamp_millis(now_unix_ms())
        .map(|d| d.date_naive())
        .unwrap_or_default()
}

pub fn parse_date(value: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map_err(|_| format!("\"{value}\" is not a date (YYYY-MM-DD)"))
}

pub fn parse_local_datetime(value: &str) -> Result<NaiveDateTime, String> {
    NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M")
        .map_err(|_| format!("\"{value}\" is not a local date and time (YYYY-MM-DDTHH:MM)"))
}

/// `println!` for the tools, through [`say`].
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => { $crate::cli::say(&format!($($arg)*)) };
}

/// Prints a line; a closed pipe (`at … | head`) ends the tool quietly instead of panicking.
pub fn say(line: &str) {
    use std::io::Write;
    if writeln!(std::io::stdout().lock(), "{line}").is_err() {
        std::process::exit(0);
    }
}

pub fn read_file(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

/// Splits `--name value` options from positional arguments.
pub struct Args {
    pub options: Vec<(String, String)>,
    pub positional: Vec<String>,
}

impl Args {
    pub fn parse(args: impl Iterator<Item = String>, valued: &[&str]) -> Result<Args, String> {
        let mut options = Vec::new();
        let mut positional = Vec::new();
        let mut args = args.peekable();
        while let Some(arg) = args.next() {
            if let Some(name) = arg.strip_prefix("--") {
                if valued.contains(&name) {
                    let value = args
                        .next()
                        .ok_or_else(|| format!("--{name} needs a value"))?;
                    options.push((name.to_string(), value));
                } else {
                    options.push((name.to_string(), String::new()));
                }
            } else {
                positional.push(arg);
            }
        }
        Ok(Args {
            options,
            positional,
        })
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn flag(&self, name: &str) -> bool {
        self.options.iter().any(|(n, _)| n == name)
    }
}
