//! The domain with synthetic cities (the generator lives with the tools): filters, memory
//! and the agenda's paging behave in a city of thousands of services.

use wegweiser_core::domain::agenda::{days_per_page, AgendaQuery};
use wegweiser_core::domain::directory::Directory;
use wegweiser_core::domain::search::Query;
use wegweiser_core::testing::at;
use wegweiser_tools::synthetic::generate;

#[test]
fn language_and_step_free_filters_keep_only_what_matches() {
    let synthetic = Directory::new(generate(300, 3));
    let turkish = synthetic.search(
        &Query {
            language: Some("tr".into()),
            ..Query::default()
        },
        at("2026-11-23 10:30"),
    );
    assert!(!turkish.is_empty());
    assert!(turkish.iter().all(|h| synthetic.dataset.services[h.index]
        .languages
        .contains(&"tr".to_string())));
    let step_free = synthetic.search(
        &Query {
            step_free: true,
            ..Query::default()
        },
        at("2026-11-23 10:30"),
    );
    assert!(!step_free.is_empty() && step_free.len() < 300);
}

#[test]
fn memory_grows_with_the_data() {
    let small = Directory::new(generate(1_000, 1));
    let large = Directory::new(generate(10_000, 1));
    let (a, b) = (
        small.index.memory_bytes(&small.dataset),
        large.index.memory_bytes(&large.dataset),
    );
    assert!(b > 5 * a && b < 15 * a, "roughly proportional: {a} → {b}");
}

#[test]
fn ten_thousand_services_show_two_days_of_the_agenda_per_page() {
    let big = Directory::new(generate(10_000, 7));
    let per_page = days_per_page(&big, &AgendaQuery::default(), at("2026-12-01 08:00"));
    assert_eq!(per_page, 2, "10,000 services: two days per page");
}

/// The app reads the file as it arrives over the network, in pieces of any size: a city,
/// the bundled dataset and the Dortmund fixture read the same as when read whole.
#[test]
fn a_file_read_as_it_arrives_is_the_file_read_whole() {
    use wegweiser_core::domain::load::{load_dataset, DatasetReader};
    let city = serde_json::to_string_pretty(&generate(500, 5)).unwrap();
    let bundled = std::fs::read_to_string("../../public/data/services.json").unwrap();
    let dortmund = std::fs::read_to_string("../../tests/fixtures/dortmund.json").unwrap();
    for text in [city, bundled, dortmund] {
        let whole = load_dataset(&text).unwrap();
        assert!(whole.dataset.services.len() > 10);
        for size in [97, 4096, 65536] {
            let mut reader = DatasetReader::new();
            for piece in text.as_bytes().chunks(size) {
                reader.push(piece).unwrap();
            }
            assert!(reader.finish().unwrap() == whole, "pieces of {size}");
        }
    }
}
