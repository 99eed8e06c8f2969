//! export: writes the services of a dataset as CSV, one row per service, for a spreadsheet.
//!
//!     cargo run --bin export -- public/data/services.json > services.csv [--delimiter ,]
//!
//! The file has a BOM and `;` between fields (what German Excel expects); `--delimiter ,`
//! for LibreOffice's default. Edit it, then bring it back with `import`.

use std::process::ExitCode;
use wegweiser_core::domain::load::load_dataset;
use wegweiser_tools::cli::{read_file, Args};
use wegweiser_tools::spreadsheet::export_services;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!(
                "export: {message}\nusage: export DATASET.json [--delimiter ;|,] > services.csv"
            );
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let args = Args::parse(std::env::args().skip(1), &["delimiter"])?;
    let [path] = args.positional.as_slice() else {
        return Err("give exactly one dataset file".to_string());
    };
    let delimiter = match args.get("delimiter").unwrap_or(";") {
        ";" => ';',
        "," => ',',
        other => return Err(format!("delimiter \"{other}\" is not ; or ,")),
    };
    let loaded = load_dataset(&read_file(path)?).map_err(|e| format!("{path}: {e}"))?;
    if !loaded.skipped.is_empty() {
        return Err(format!(
            "{path} has entries that cannot be read: run check first"
        ));
    }
    wegweiser_tools::cli::say(export_services(&loaded.dataset, delimiter).trim_end_matches("\r\n"));
    Ok(())
}
