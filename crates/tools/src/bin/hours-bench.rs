//! hours-bench: how long one evaluation of opening hours takes, over a corpus of real-world
//! expressions (tests/fixtures/hours-corpus.txt, and every expression of the two bundled
//! datasets). Each expression is evaluated as the app does: the state at 120 instants
//! across a year (holidays and both DST nights included), the next 7 days, and the weekly
//! summary.
//!
//!     cargo run --release --bin hours-bench [-- --max-ms 5]
//!
//! Prints p50, p99 and max per evaluation kind; with `--max-ms` it fails when any state
//! (with its next change) or next-7-days evaluation took longer (the test command uses
//! 5 ms). The weekly summary is printed for the record.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use std::process::ExitCode;
use std::time::Instant;
use wegweiser_core::domain::dataset::Access;
use wegweiser_core::domain::hours::{next_days, parse_hours, state_at, summarize, Calendar};
use wegweiser_core::domain::load::load_dataset;
use wegweiser_tools::cli::{read_file, Args};
use wegweiser_tools::say;

const CORPUS: &str = "tests/fixtures/hours-corpus.txt";
const DATASETS: [&str; 2] = ["public/data/services.json", "tests/fixtures/dortmund.json"];
/// The corpus must stay this large, or the figures say little.
const MIN_EXPRESSIONS: usize = 60;

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("hours-bench: {message}\nusage: hours-bench [--max-ms 5]");
            ExitCode::from(2)
        }
    }
}

/// The corpus: its own lines, then the datasets' expressions, each once.
fn expressions() -> Result<Vec<String>, String> {
    let mut all: Vec<String> = read_file(CORPUS)?
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    for path in DATASETS {
        let loaded = load_dataset(&read_file(path)?).map_err(|e| format!("{path}: {e}"))?;
        all.extend(
            loaded
                .dataset
                .services
                .iter()
                .filter_map(|s| s.hours.as_ref().and_then(|h| h.osm.clone())),
        );
    }
    let mut seen = std::collections::HashSet::new();
    all.retain(|e| seen.insert(e.clone()));
    Ok(all)
}

/// 120 instants across 2026: every third day at a changing hour, plus the days that are
/// hard (holidays, the DST nights, the year end).
fn instants() -> Vec<NaiveDateTime> {
    let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    let mut all: Vec<NaiveDateTime> = (0..110)
        .map(|i| (start + Duration::days(i * 3)).and_hms_opt((7 + i as u32 * 5) % 24, 30, 0))
        .map(Option::unwrap_or_default)
        .collect();
    for (y, m, d, h) in [
        (2026, 3, 29, 2),
        (2026, 10, 25, 2),
        (2026, 4, 6, 10),
        (2026, 6, 4, 10),
        (2026, 11, 1, 10),
        (2026, 12, 24, 11),
        (2026, 12, 31, 23),
        (2027, 1, 1, 0),
        (2026, 7, 1, 9),
        (2026, 2, 28, 23),
    ] {
        if let Some(at) = NaiveDate::from_ymd_opt(y, m, d).and_then(|d| d.and_hms_opt(h, 30, 0)) {
            all.push(at);
        }
    }
    all
}

/// A single timing over this is measured twice more and the fastest kept: a real stall is
/// slow every time, a pause of the process (another job on the machine) is not.
const RETIME_OVER_MS: f64 = 0.5;

struct Timings {
    label: &'static str,
    millis: Vec<f64>,
    /// The slowest first measurement, before outliers were timed again.
    raw_max: f64,
}

impl Timings {
    fn new(label: &'static str) -> Self {
        Timings {
            label,
            millis: Vec::new(),
            raw_max: 0.0,
        }
    }

    fn time<T>(&mut self, work: impl Fn() -> T) -> T {
        let once = || {
            let start = Instant::now();
            let out = work();
            (start.elapsed().as_secs_f64() * 1000.0, out)
        };
        let (mut took, out) = once();
        self.raw_max = self.raw_max.max(took);
        if took > RETIME_OVER_MS {
            for _ in 0..2 {
                took = took.min(once().0);
            }
        }
        self.millis.push(took);
        out
    }

    fn max(&self) -> f64 {
        self.millis.iter().copied().fold(0.0, f64::max)
    }

    fn report(&mut self) {
        self.millis.sort_by(f64::total_cmp);
        let at = |q: f64| self.millis[((self.millis.len() - 1) as f64 * q) as usize];
        say!(
            "{:<16} {:>5} evaluations  p50 {:.4} ms  p99 {:.4} ms  max {:.4} ms  (first timing max {:.4} ms)",
            self.label,
            self.millis.len(),
            at(0.5),
            at(0.99),
            self.max(),
            self.raw_max
        );
    }
}

fn run() -> Result<ExitCode, String> {
    let args = Args::parse(std::env::args().skip(1), &["max-ms"])?;
    let max_ms: Option<f64> = args
        .get("max-ms")
        .map(|v| {
            v.parse()
                .map_err(|_| format!("--max-ms {v} is not a number"))
        })
        .transpose()?;
    let calendar = Calendar::new("DE-RP", "Europe/Berlin").map_err(|e| e.to_string())?;
    let access = Access::default();
    let expressions = expressions()?;
    let instants = instants();
    let mut parse = Timings::new("parse");
    let mut state = Timings::new("state now");
    let mut week = Timings::new("next 7 days");
    let mut summary = Timings::new("weekly summary");
    let mut slowest: (f64, String) = (0.0, String::new());
    let mut unreadable = Vec::new();
    for expression in &expressions {
        let Ok(hours) = parse.time(|| parse_hours(expression, &calendar)) else {
            unreadable.push(expression.clone());
            continue;
        };
        for (i, &now) in instants.iter().enumerate() {
            let before = state.millis.len();
            state.time(|| state_at(&access, Some(&hours), now));
            let took = state.millis[before];
            if took > slowest.0 {
                slowest = (took, format!("state of {expression:?} at {now}"));
            }
            if i % 12 == 0 {
                for (timings, kind) in [(&mut week, "next 7 days"), (&mut summary, "summary")] {
                    let before = timings.millis.len();
                    if kind == "summary" {
                        timings.time(|| summarize(&hours, &calendar, now.date()));
                    } else {
                        timings.time(|| next_days(&hours, &calendar, None, now.date(), 7));
                    }
                    let took = timings.millis[before];
                    if kind != "summary" && took > slowest.0 {
                        slowest = (
                            took,
                            format!("{kind} of {expression:?} from {}", now.date()),
                        );
                    }
                }
            }
        }
    }
    let evaluated = expressions.len() - unreadable.len();
    say!(
        "hours corpus: {} expressions ({evaluated} readable, {} refused as unreadable), {} instants each",
        expressions.len(),
        unreadable.len(),
        instants.len()
    );
    for expression in &unreadable {
        say!("  refused (a clear error in the app, never a stall): {expression:?}");
    }
    for timings in [&mut parse, &mut state, &mut week, &mut summary] {
        timings.report();
    }
    say!("slowest evaluation: {:.4} ms, {}", slowest.0, slowest.1);
    // The budget covers what every results page and card evaluates: the state now (with
    // its next change) and the next 7 days. The weekly summary, built once per detail page,
    // is printed for the record.
    let max = state.max().max(week.max());
    if evaluated < MIN_EXPRESSIONS {
        say!("FAIL: only {evaluated} readable expressions; the corpus needs {MIN_EXPRESSIONS}");
        return Ok(ExitCode::FAILURE);
    }
    if let Some(limit) = max_ms {
        if max > limit {
            say!("FAIL: the slowest evaluation took {max:.3} ms, over {limit} ms");
            return Ok(ExitCode::FAILURE);
        }
        say!("ok: every evaluation within {limit} ms (max {max:.3} ms)");
    }
    Ok(ExitCode::SUCCESS)
}
