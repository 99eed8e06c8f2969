//! import: puts the services of a spreadsheet (CSV from `export`) back into a dataset.
//!
//!     cargo run --bin import -- public/data/services.json services.csv [--out new.json]
//!     cargo run --bin import -- public/data/services.json needs.csv --needs
//!
//! With `--needs` the file is the needs sheet of `export --needs`: the phrases of each need
//! in it are put back.
//! Hand-written hours ("Mo–Fr 10–12 Uhr") are normalised where unambiguous, and every
//! rewrite is reported; what cannot be read is reported by row and nothing is written.
//! The result is checked like `check` does. Without --out the dataset file is replaced.

use std::process::ExitCode;
use wegweiser_core::domain::load::load_dataset;
use wegweiser_tools::cli::{read_file, today_utc, Args};
use wegweiser_tools::need_sheet::import_needs;
use wegweiser_tools::say;
use wegweiser_tools::spreadsheet::import_services;
use wegweiser_tools::validate::{check_dataset, Severity};

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!(
                "import: {message}\nusage: import DATASET.json SERVICES.csv|NEEDS.csv [--needs] [--out OUT.json]"
            );
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let args = Args::parse(std::env::args().skip(1), &["out"])?;
    let [dataset_path, csv_path] = args.positional.as_slice() else {
        return Err("give the dataset file and the CSV file".to_string());
    };
    let mut dataset = load_dataset(&read_file(dataset_path)?)
        .map_err(|e| format!("{dataset_path}: {e}"))?
        .dataset;
    let sheet = read_file(csv_path)?;
    let report = if args.flag("needs") {
        import_needs(&mut dataset, &sheet)
    } else {
        import_services(&mut dataset, &sheet)
    };
    for change in &report.changes {
        say!("changed: {change}");
    }
    for warning in &report.warnings {
        say!("warning: {warning}");
    }
    for error in &report.errors {
        say!("error: {error}");
    }
    if !report.errors.is_empty() {
        say!("{} errors: nothing written", report.errors.len());
        return Ok(ExitCode::FAILURE);
    }
    let json = dataset.to_pretty_json();
    let findings = check_dataset(&json, today_utc());
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    for finding in &findings {
        say!("{finding}");
    }
    if errors > 0 {
        say!("the result has {errors} errors: nothing written");
        return Ok(ExitCode::FAILURE);
    }
    let out = args.get("out").unwrap_or(dataset_path);
    std::fs::write(out, json).map_err(|e| format!("cannot write {out}: {e}"))?;
    say!(
        "{} services and {} needs written to {out}",
        dataset.services.len(),
        dataset.needs.len()
    );
    Ok(ExitCode::SUCCESS)
}
