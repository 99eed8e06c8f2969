//! check: validates dataset files against the schema and its meaning.
//!
//!     cargo run --bin check -- public/data/services.json [--today 2026-11-21]
//!     cargo run --bin check -- --strict --sources tests/fixtures/sources public/data/services.json
//!
//! Prints every problem with its JSON path; exits 1 when there is an error (warnings, such
//! as an entry not verified for over a year, do not fail). `--strict` also names, per
//! entry, every claim that has no quote from its source, and with `--sources DIR` checks
//! that each quote is found word for word in one of the texts in DIR.

use std::process::ExitCode;
use wegweiser_tools::cli::{parse_date, read_file, today_utc, Args};
use wegweiser_tools::say;
use wegweiser_tools::validate::{
    check_dataset, check_sourcing, sort_in_file_order, Severity, SourceTexts,
};

fn main() -> ExitCode {
    match run() {
        Ok(ok) => ok,
        Err(message) => {
            eprintln!("check: {message}\nusage: check FILE... [--today YYYY-MM-DD] [--strict [--sources DIR]]");
            ExitCode::from(2)
        }
    }
}

/// Every file in `dir`, read as text (the source texts the quotes come from).
fn read_sources(dir: &str) -> Result<SourceTexts, String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {dir}: {e}"))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("{dir} holds no source texts (*.txt)"));
    }
    let texts = paths
        .iter()
        .map(|path| read_file(&path.to_string_lossy()))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(SourceTexts::new(texts.iter().map(String::as_str)))
}

fn run() -> Result<ExitCode, String> {
    let args = Args::parse(std::env::args().skip(1), &["today", "sources"])?;
    if args.positional.is_empty() {
        return Err("no dataset file given".to_string());
    }
    let today = args
        .get("today")
        .map(parse_date)
        .transpose()?
        .unwrap_or_else(today_utc);
    let strict = args.flag("strict");
    let sources = args.get("sources").map(read_sources).transpose()?;
    if sources.is_some() && !strict {
        return Err("--sources goes with --strict".to_string());
    }
    let mut failed = false;
    for path in &args.positional {
        let text = read_file(path)?;
        let mut findings = check_dataset(&text, today);
        if strict {
            findings.extend(check_sourcing(&text, sources.as_ref()));
            sort_in_file_order(&mut findings);
        }
        let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
        let errors = count(Severity::Error);
        for finding in &findings {
            say!("{path}: {finding}");
        }
        say!(
            "{path}: {errors} errors, {} warnings{}",
            count(Severity::Warning),
            if strict {
                format!(", {} notes", count(Severity::Note))
            } else {
                String::new()
            }
        );
        failed |= errors > 0;
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
