//! bench: the search benchmark. Synthetic datasets of 1k, 10k and 50k services, a fixed set
//! of realistic queries (typos, prefixes, umlaut spellings, synonyms, compounds, filters),
//! each labelled with the services a person expects from the generator's ground truth.
//! Prints index build time, query latency p50/p95 and index memory, then runs the same data
//! and queries through Fuse.js (scripts/bench-fuse.mjs) and prints the latency ratio and the
//! recall of both.
//!
//!     cargo run --release --bin bench [-- --sizes 1000,10000 --no-fuse --max-p95-ms 1
//!                                         --min-recall 1 --min-precision 0.95]
//!
//! With `--max-p95-ms` it is also a budget check: it fails when a size's p95 is over it;
//! with `--min-recall` and `--min-precision`, when the labelled keyword queries' mean
//! recall or precision is below them.

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashSet;
use std::process::{Command, ExitCode};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;
use wegweiser_core::domain::dataset::{CostKind, Dataset, Service};
use wegweiser_core::domain::directory::Directory;
use wegweiser_core::domain::load::load_dataset;
use wegweiser_core::domain::search::fold::fold;
use wegweiser_core::domain::search::{Query, SearchIndex};
use wegweiser_tools::cli::Args;
use wegweiser_tools::questions::{ask_all, figures};
use wegweiser_tools::say;
use wegweiser_tools::synthetic::generate;

/// A query, and which services a person typing it wants.
struct Case {
    label: &'static str,
    query: Query,
    expected: fn(&Dataset, &Service) -> bool,
}

fn name_has(service: &Service, word: &str) -> bool {
    fold(service.name.get("de")).contains(&fold(word))
}

fn district_label<'a>(ds: &'a Dataset, service: &Service) -> &'a str {
    let location = service
        .location_id
        .as_deref()
        .and_then(|id| ds.location(id));
    let district = location
        .and_then(|l| l.district.as_deref())
        .and_then(|d| ds.district(d));
    district.map(|d| d.label.get("de")).unwrap_or("")
}

fn text(words: &str) -> Query {
    Query {
        text: words.to_string(),
        ..Query::default()
    }
}

/// A case that types `words` and sets no filter.
fn case(label: &'static str, words: &str, expected: fn(&Dataset, &Service) -> bool) -> Case {
    Case {
        label,
        query: text(words),
        expected,
    }
}

fn cases() -> Vec<Case> {
    vec![
        case("typo 'Pflge'", "Pflge", |_, s| {
            s.needs.iter().any(|n| n == "pflege")
        }),
        case("typo 'Fahrdinst'", "Fahrdinst", |_, s| {
            name_has(s, "Fahrdienst")
        }),
        case("typo 'Computerklub'", "Computerklub", |_, s| {
            name_has(s, "Computerclub")
        }),
        case("synonym 'Vergesslichkeit'", "Vergesslichkeit", |_, s| {
            s.needs.iter().any(|n| n == "demenz")
        }),
        case(
            "synonym 'Patientenverfügung'",
            "Patientenverfügung",
            |_, s| s.needs.iter().any(|n| n == "betreuung"),
        ),
        case("umlaut 'Begegnungsstaette'", "Begegnungsstaette", |_, s| {
            name_has(s, "Begegnungsstätte")
        }),
        case("umlaut 'Demenzcafe'", "Demenzcafe", |_, s| {
            name_has(s, "Demenzcafé")
        }),
        case("compound part 'büro'", "büro", |_, s| name_has(s, "büro")),
        case("prefix 'Pflegebera'", "Pflegebera", |_, s| {
            name_has(s, "Pflegeberatung")
        }),
        case(
            "two words 'Haushaltshilfe Caritas'",
            "Haushaltshilfe Caritas",
            |_, s| name_has(s, "Haushaltshilfe") && name_has(s, "Caritas"),
        ),
        Case {
            label: "word + district 'Nachbarschaftshilfe Nord'",
            query: text("Nachbarschaftshilfe Nord"),
            expected: |ds, s| {
                name_has(s, "Nachbarschaftshilfe")
                    && fold(district_label(ds, s)).starts_with("nord")
            },
        },
        Case {
            label: "text + filter free 'Besuchsdienst'",
            query: Query {
                free: true,
                ..text("Besuchsdienst")
            },
            expected: |_, s| {
                name_has(s, "Besuchsdienst")
                    && s.cost.as_ref().is_some_and(|c| c.kind == CostKind::Free)
            },
        },
        Case {
            label: "filters need=begegnung district=d3",
            query: Query {
                need: Some("begegnung".into()),
                district: Some("d3".into()),
                ..Query::default()
            },
            expected: |ds, s| {
                let in_district = s
                    .location_id
                    .as_deref()
                    .and_then(|id| ds.location(id))
                    .and_then(|l| l.district.as_deref())
                    == Some("d3");
                s.needs
                    .iter()
                    .any(|n| n == "begegnung" || n == "einsamkeit")
                    && (in_district || s.citywide)
            },
        },
    ]
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// What the app does with the file before its first results: read it, then build the
/// directory (calendar, hours, search index). Best of three, so a cold cache does not count.
/// Counts the bytes in use and their peak, so start-up prints what the data costs in memory
/// (natively, with 64-bit pointers; the wasm's are 32-bit and its figures somewhat smaller).
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on unchanged to the system allocator; only counts are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let now = IN_USE.fetch_add(new_size, Ordering::Relaxed) + new_size;
        PEAK.fetch_max(now, Ordering::Relaxed);
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn megabytes(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

fn start_up_figures(json: &str) {
    let mut read_ms = f64::INFINITY;
    let mut build_ms = f64::INFINITY;
    let mut words_ms = f64::INFINITY;
    for _ in 0..3 {
        let start = Instant::now();
        let loaded = match load_dataset(json) {
            Ok(loaded) => loaded,
            Err(e) => {
                say!("start-up: the synthetic file does not load: {e}");
                return;
            }
        };
        read_ms = read_ms.min(start.elapsed().as_secs_f64() * 1000.0);
        let start = Instant::now();
        let directory = Directory::from_loaded(loaded);
        build_ms = build_ms.min(start.elapsed().as_secs_f64() * 1000.0);
        let start = Instant::now();
        directory.index.prepare_words(&directory.dataset);
        words_ms = words_ms.min(start.elapsed().as_secs_f64() * 1000.0);
        drop(directory);
    }
    say!(
        "start-up: reading {:.1} MB of JSON {read_ms:.1} ms, building the directory {build_ms:.1} ms, then its word index {words_ms:.1} ms (when first needed)",
        json.len() as f64 / 1e6
    );
    memory_figures(json);
}

/// The memory the data takes in the app's steps, beyond the file's own text.
fn memory_figures(json: &str) {
    let base = IN_USE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let Ok(loaded) = load_dataset(json) else {
        return;
    };
    let read_peak = PEAK.load(Ordering::Relaxed) - base;
    let read = IN_USE.load(Ordering::Relaxed) - base;
    let directory = Directory::from_loaded(loaded);
    let built = IN_USE.load(Ordering::Relaxed) - base;
    directory.index.prepare_words(&directory.dataset);
    let with_words = IN_USE.load(Ordering::Relaxed) - base;
    let peak = PEAK.load(Ordering::Relaxed) - base;
    say!(
        "start-up memory beyond the file's {:.1} MB: read {:.1} MB (peak while reading {:.1} MB), directory {:.1} MB, with its word index {:.1} MB, peak {:.1} MB",
        megabytes(json.len()),
        megabytes(read),
        megabytes(read_peak),
        megabytes(built),
        megabytes(with_words),
        megabytes(peak)
    );
}

/// The labelled questions (tests/questions), asked as the app asks them, on a Monday
/// morning: success@3, MRR, zero-result rate and precision@3, per language and over all.
fn question_figures() {
    let monday =
        chrono::NaiveDate::from_ymd_opt(2026, 11, 23).and_then(|d| d.and_hms_opt(10, 30, 0));
    let Some(monday) = monday else { return };
    match ask_all(std::path::Path::new("."), monday) {
        Ok(outcomes) => {
            let (by_lang, all) = figures(&outcomes);
            say!("== questions ({}): {}", outcomes.len(), all.line());
            for (lang, figures) in &by_lang {
                say!("  {lang:<8} {}", figures.line());
            }
        }
        Err(e) => say!("questions: cannot be asked: {e}"),
    }
}

fn main() -> ExitCode {
    let args = match Args::parse(
        std::env::args().skip(1),
        &["sizes", "max-p95-ms", "min-recall", "min-precision"],
    ) {
        Ok(args) => args,
        Err(e) => {
            eprintln!("bench: {e}");
            return ExitCode::from(2);
        }
    };
    let sizes: Vec<usize> = args
        .get("sizes")
        .unwrap_or("1000,10000,50000")
        .split(',')
        .filter_map(|s| s.parse().ok())
        .collect();
    let out_dir = std::path::Path::new("target/bench");
    if let Err(e) = std::fs::create_dir_all(out_dir) {
        eprintln!("bench: cannot create {}: {e}", out_dir.display());
        return ExitCode::FAILURE;
    }
    let cases = cases();
    let mut failed = false;
    question_figures();
    for &size in &sizes {
        let dataset = generate(size, 1);
        let start = Instant::now();
        let index = SearchIndex::build(&dataset);
        index.prepare_words(&dataset);
        let build_ms = start.elapsed().as_secs_f64() * 1000.0;
        let repetitions = (200_000 / size).clamp(5, 50);
        let mut latencies = Vec::new();
        let mut recalls = Vec::new();
        let mut precisions = Vec::new();
        let mut labels = Vec::new();
        for case in &cases {
            let expected: HashSet<&str> = dataset
                .services
                .iter()
                .filter(|s| (case.expected)(&dataset, s))
                .map(|s| s.id.as_str())
                .collect();
            let mut hits = Vec::new();
            for _ in 0..repetitions {
                let start = Instant::now();
                hits = index.search(&dataset, &case.query, |_, _| true);
                latencies.push(start.elapsed().as_secs_f64() * 1000.0);
            }
            let found: HashSet<&str> = hits
                .iter()
                .map(|h| dataset.services[h.index].id.as_str())
                .collect();
            let recall = if expected.is_empty() {
                1.0
            } else {
                expected.intersection(&found).count() as f64 / expected.len() as f64
            };
            let precision = if found.is_empty() {
                1.0
            } else {
                expected.intersection(&found).count() as f64 / found.len() as f64
            };
            recalls.push(recall);
            precisions.push(precision);
            labels.push(serde_json::json!({
                "label": case.label,
                "query": case.query.to_query_string(),
                "expected": expected.iter().collect::<Vec<_>>(),
                "rust_recall": recall,
                "rust_results": found.len(),
            }));
        }
        latencies.sort_by(f64::total_cmp);
        let (p50, p95) = (percentile(&latencies, 0.5), percentile(&latencies, 0.95));
        let mean_recall = recalls.iter().sum::<f64>() / recalls.len() as f64;
        let mean_precision = precisions.iter().sum::<f64>() / precisions.len() as f64;
        if let Some(budget) = args.get("max-p95-ms").and_then(|b| b.parse::<f64>().ok()) {
            if p95 > budget {
                say!("OVER BUDGET: p95 {p95:.3} ms > {budget} ms at {size} services");
                failed = true;
            }
        }
        // The labelled keyword queries: a floor for their mean recall and precision.
        let floors = [
            ("recall", "min-recall", mean_recall),
            ("precision", "min-precision", mean_precision),
        ];
        for (what, option, value) in floors {
            if let Some(floor) = args.get(option).and_then(|f| f.parse::<f64>().ok()) {
                if value < floor {
                    say!("BELOW FLOOR: mean {what} {value:.3} < {floor} at {size} services");
                    failed = true;
                }
            }
        }
        say!(
            "== {size} services ({} terms, {} districts)",
            index.term_count(&dataset),
            dataset.districts.len()
        );
        say!("wegweiser: index build {build_ms:.1} ms, memory {:.1} MB, query p50 {:.3} ms, p95 {:.3} ms ({} runs), mean recall {:.3}, mean precision {:.3}",
            index.memory_bytes(&dataset) as f64 / 1e6, p50, p95, latencies.len(), mean_recall, mean_precision);
        for ((case, recall), precision) in cases.iter().zip(&recalls).zip(&precisions) {
            say!(
                "  {:<45} recall {recall:.3}  precision {precision:.3}",
                case.label
            );
        }
        let json = dataset.to_pretty_json();
        start_up_figures(&json);
        let data_path = out_dir.join(format!("synthetic-{size}.json"));
        let cases_path = out_dir.join(format!("cases-{size}.json"));
        let written = std::fs::write(&data_path, &json).and_then(|_| {
            std::fs::write(
                &cases_path,
                serde_json::to_string(&labels).unwrap_or_default(),
            )
        });
        if let Err(e) = written {
            eprintln!("bench: cannot write the data for Fuse.js: {e}");
            return ExitCode::FAILURE;
        }
        if args.flag("no-fuse") {
            continue;
        }
        let output = Command::new("node")
            .args(["scripts/bench-fuse.mjs"])
            .arg(&data_path)
            .arg(&cases_path)
            .output();
        match output {
            Ok(output) if output.status.success() => {
                let report: serde_json::Value =
                    serde_json::from_slice(&output.stdout).unwrap_or_default();
                let fuse_p50 = report["p50"].as_f64().unwrap_or(f64::NAN);
                let fuse_p95 = report["p95"].as_f64().unwrap_or(f64::NAN);
                let fuse_recall = report["mean_recall"].as_f64().unwrap_or(f64::NAN);
                let fuse_precision = report["mean_precision"].as_f64().unwrap_or(f64::NAN);
                say!("fuse.js:   index build {:.1} ms, query p50 {fuse_p50:.3} ms, p95 {fuse_p95:.3} ms, mean recall {fuse_recall:.3}, mean precision {fuse_precision:.3}",
                    report["build_ms"].as_f64().unwrap_or(f64::NAN));
                let per_case = report["recalls"].as_array().cloned().unwrap_or_default();
                let per_case_precision =
                    report["precisions"].as_array().cloned().unwrap_or_default();
                for ((case, recall), precision) in
                    cases.iter().zip(&per_case).zip(&per_case_precision)
                {
                    say!(
                        "  {:<45} recall {:.3}  precision {:.3}",
                        case.label,
                        recall.as_f64().unwrap_or(f64::NAN),
                        precision.as_f64().unwrap_or(f64::NAN)
                    );
                }
                say!("ratio: wegweiser is {:.0}x faster at p50, {:.0}x at p95; recall {mean_recall:.3} vs {fuse_recall:.3}; precision {mean_precision:.3} vs {fuse_precision:.3}",
                    fuse_p50 / p50, fuse_p95 / p95);
            }
            Ok(output) => {
                eprintln!(
                    "bench: Fuse.js run failed: {}",
                    String::from_utf8_lossy(&output.stderr)
                );
                failed = true;
            }
            Err(e) => {
                eprintln!("bench: cannot start node: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
