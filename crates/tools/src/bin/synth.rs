//! synth: writes a clearly synthetic dataset ("Beispielstadt (synthetisch)") for tests and
//! benchmarks.
//!
//!     cargo run --release --bin synth -- 10000 [--seed 1] > target/synthetic-10k.json

use std::process::ExitCode;
use wegweiser_tools::cli::{say, Args};
use wegweiser_tools::synthetic::generate;

fn main() -> ExitCode {
    let run = || -> Result<(), String> {
        let args = Args::parse(std::env::args().skip(1), &["seed"])?;
        let [count] = args.positional.as_slice() else {
            return Err("give the number of services".to_string());
        };
        let count: usize = count
            .parse()
            .map_err(|_| format!("\"{count}\" is not a number"))?;
        let seed: u64 = args
            .get("seed")
            .unwrap_or("1")
            .parse()
            .map_err(|_| "the seed is not a number".to_string())?;
        say(generate(count, seed).to_pretty_json().trim_end());
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("synth: {message}\nusage: synth COUNT [--seed N] > dataset.json");
            ExitCode::from(2)
        }
    }
}
