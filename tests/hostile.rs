//! The corpus of hostile datasets in `tests/fixtures/hostile/`: each file with the outcome
//! `expected.json` names for it (refused with a message, or loaded with so many services
//! kept and so many left out), and never a panic.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::path::Path;
use wegweiser::domain::contact::{mail_href, phone_href, safe_web_href};
use wegweiser::domain::directory::Directory;
use wegweiser::domain::load::load_dataset;

#[test]
fn every_hostile_dataset_has_its_expected_outcome() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let expected = expected.as_object().unwrap();
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".json") && name != "expected.json")
        .collect();
    files.sort();
    assert_eq!(
        files.len(),
        expected.len(),
        "every file has an expected outcome"
    );
    for file in &files {
        let name = file.trim_end_matches(".json");
        let want = &expected[name];
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let outcome = load_dataset(&text);
        match (want.get("refused").and_then(Value::as_str), outcome) {
            (Some(message), Err(error)) => assert!(
                error.to_string().contains(message),
                "{name}: refused with {error}, expected {message:?}"
            ),
            (Some(message), Ok(_)) => panic!("{name}: loaded, expected refusal {message:?}"),
            (None, Err(error)) => panic!("{name}: refused ({error}), expected to load"),
            (None, Ok(loaded)) => {
                assert_eq!(
                    loaded.dataset.services.len() as u64,
                    want["services"].as_u64().unwrap(),
                    "{name}: services kept"
                );
                assert_eq!(
                    loaded.skipped.len() as u64,
                    want["skipped"].as_u64().unwrap(),
                    "{name}: entries left out ({:?})",
                    loaded.skipped
                );
                assert_eq!(
                    loaded.repaired.len() as u64,
                    want.get("repaired").and_then(Value::as_u64).unwrap_or(0),
                    "{name}: entries read in part ({:?})",
                    loaded.repaired
                );
                if let Some(id) = want.get("no_links_in").and_then(Value::as_str) {
                    let service = loaded.dataset.services.iter().find(|s| s.id == id).unwrap();
                    for contact in &service.contacts {
                        let email = contact.email.as_deref().and_then(mail_href);
                        let phone = contact
                            .phone
                            .as_deref()
                            .and_then(|p| phone_href(p, "DE-RP"));
                        assert_eq!((email, phone), (None, None), "{name}: {contact:?}");
                    }
                    assert_eq!(service.url.as_deref().and_then(safe_web_href), None);
                }
                // The app's next step, indexing and hours, must not stall or panic either.
                let directory = Directory::from_loaded(loaded);
                assert!(!directory.services().is_empty());
            }
        }
        println!(
            "hostile {name}: as expected ({})",
            want["why"].as_str().unwrap_or("")
        );
    }
}

/// trunk's page as far as the prerender needs it: the head it fills in and the body.
const SHELL: &str = "<!DOCTYPE html><html><head><title>Wegweiser</title>\
    <meta name=\"description\" content=\"\" /></head><body><noscript>JS</noscript></body></html>";

/// Every hostile dataset that loads also goes through the prerender (issue 29): every page
/// is written, markup stays text, nothing unsafe becomes a link, and robots.txt keeps its
/// own lines whatever the file says.
#[test]
fn every_hostile_dataset_that_loads_renders_its_pages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut rendered = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if name == "expected" {
            continue;
        }
        let Ok(loaded) = load_dataset(&std::fs::read_to_string(&path).unwrap()) else {
            continue;
        };
        let out =
            std::env::temp_dir().join(format!("wegweiser-hostile-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("index.html"), SHELL).unwrap();
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_prerender"))
            .arg(&out)
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        for service in &loaded.dataset.services {
            let page =
                std::fs::read_to_string(out.join(format!("service/{}/index.html", service.id)))
                    .unwrap_or_else(|e| panic!("{name}: the page of {}: {e}", service.id));
            let body = &page[page.find("<body>").unwrap()..];
            assert!(
                !body.contains("<script"),
                "{name}: a script in {}",
                service.id
            );
            assert!(
                !body.contains("<b>") && !body.contains("<img"),
                "{name}: markup from the data in {}",
                service.id
            );
            assert!(
                !body.contains("href=\"javascript:"),
                "{name}: a javascript: link in {}",
                service.id
            );
        }
        let robots = std::fs::read_to_string(out.join("robots.txt")).unwrap();
        for line in robots.lines() {
            assert!(
                ["User-agent: ", "Allow: ", "Disallow: ", "Sitemap: https://"]
                    .iter()
                    .any(|start| line.starts_with(start)),
                "{name}: robots.txt line {line:?}"
            );
        }
        std::fs::remove_dir_all(&out).unwrap();
        rendered += 1;
        println!("hostile {name}: prerendered");
    }
    assert!(rendered >= 8, "prerendered {rendered} hostile datasets");
}
