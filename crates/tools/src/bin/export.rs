//! export: writes the services of a dataset as CSV, one row per service, for a spreadsheet;
//! with `--needs`, the needs, one row per need with the phrases that lead to it.
//!
//!     cargo run --bin export -- public/data/services.json > services.csv [--delimiter ,]
//!     cargo run --bin export -- public/data/services.json --needs > needs.csv
//!
//! The file has a BOM and `;` between fields (what German Excel expects); `--delimiter ,`
//! for LibreOffice's default. Edit it, then bring it back with `import`.

use std::process::ExitCode;
use wegweiser_core::domain::load::load_dataset;
use wegweiser_tools::cli::{read_file, Args};
use wegweiser_tools::need_sheet::export_needs;
use wegweiser_tools::spreadsheet::export_services;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!(
                "export: {message}\nusage: export DATASET.json [--needs] [--delimiter ;|,] > services.csv"
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
    let sheet = if args.flag("needs") {
        export_needs(&loaded.dataset, delimiter)
    } else {
        export_services(&loaded.dataset, delimiter)
    };
    wegweiser_tools::cli::say(sheet.trim_end_matches("\r\n"));
    Ok(())
}
