//! check: validates dataset files against the schema and its meaning.
//!
//!     cargo run --bin check -- public/data/services.json [--today 2026-11-21]
//!
//! Prints every problem with its JSON path; exits 1 when there is an error (warnings, such
//! as an entry not verified for over a year, do not fail).

use std::process::ExitCode;
use wegweiser::cli::{parse_date, read_file, today_utc, Args};
use wegweiser::domain::validate::{check_dataset, Severity};
use wegweiser::say;

fn main() -> ExitCode {
    match run() {
        Ok(ok) => ok,
        Err(message) => {
            eprintln!("check: {message}\nusage: check FILE... [--today YYYY-MM-DD]");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let args = Args::parse(std::env::args().skip(1), &["today"])?;
    if args.positional.is_empty() {
        return Err("no dataset file given".to_string());
    }
    let today = args
        .get("today")
        .map(parse_date)
        .transpose()?
        .unwrap_or_else(today_utc);
    let mut failed = false;
    for path in &args.positional {
        let findings = check_dataset(&read_file(path)?, today);
        let errors = findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count();
        for finding in &findings {
            say!("{path}: {finding}");
        }
        say!(
            "{path}: {errors} errors, {} warnings",
            findings.len() - errors
        );
        failed |= errors > 0;
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
