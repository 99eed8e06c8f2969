//! Search behaviour with German examples, on the two real cities.

use super::*;
use crate::domain::directory::Directory;
use crate::testing::{
    at, dortmund_directory as dortmund, kaiserslautern_directory as kaiserslautern,
};

fn ids(directory: &Directory, query: &Query) -> Vec<String> {
    directory
        .search(query, at("2026-11-23 10:30"))
        .iter()
        .map(|h| directory.dataset.services[h.index].id.clone())
        .collect()
}

fn text(directory: &Directory, words: &str) -> Vec<String> {
    ids(
        directory,
        &Query {
            text: words.to_string(),
            ..Query::default()
        },
    )
}

#[test]
fn typos_are_forgiven() {
    let do_ = dortmund();
    let care = text(&do_, "Pflege");
    assert!(
        care.contains(&"haeusliche-entlastung".to_string()),
        "{care:?}"
    );
    // A typo finds what the word finds, except compounds that merely end in it
    // ("Wohlfahrtspflege"): parts of compounds are matched exactly, not with typos.
    for (typo, what) in [
        ("Pflge", "one letter missing"),
        ("Plfege", "two letters swapped"),
    ] {
        let found = text(&do_, typo);
        assert!(
            found.iter().all(|id| care.contains(id)),
            "{typo}: {found:?}"
        );
        for id in [
            "haeusliche-entlastung",
            "demenzbetreuungsgruppen",
            "seniorenbesuchsdienst",
        ] {
            assert!(
                found.contains(&id.to_string()),
                "{what}: {typo} misses {id}"
            );
        }
    }
    let kl = kaiserslautern();
    let guardianship = text(&kl, "Betreuungsverein");
    assert!(
        guardianship.contains(&"betreuungsverein-awo".to_string()),
        "{guardianship:?}"
    );
    assert_eq!(
        text(&kl, "Betreungsverien")[..4],
        guardianship[..4],
        "two edits in a long word"
    );
}

#[test]
fn short_words_need_to_be_exact_or_a_prefix() {
    let kl = kaiserslautern();
    assert!(text(&kl, "AWO").contains(&"betreuungsverein-awo".to_string()));
    assert!(
        text(&kl, "AVO").is_empty(),
        "no typo tolerance under four letters"
    );
}

#[test]
fn umlauts_in_every_spelling() {
    let kl = kaiserslautern();
    let office = "stadtteilbuero-innenstadt-west".to_string();
    for spelling in [
        "Königstraße",
        "Koenigstrasse",
        "konigstrasse",
        "KÖNIGSTRASSE",
    ] {
        assert!(text(&kl, spelling).contains(&office), "{spelling}");
    }
    // "Spätaussiedler" is a synonym of the need "Migration".
    let migration = text(&kl, "Spätaussiedler");
    assert!(
        migration.contains(&"landsmannschaft-sprechstunde".to_string()),
        "{migration:?}"
    );
    assert_eq!(text(&kl, "Spaetaussiedler"), migration);
    assert_eq!(text(&kl, "Spataussiedler"), migration);
}

#[test]
fn compound_words_are_found_by_their_parts() {
    let do_ = dortmund();
    // The twelve offices by name come first; the meeting-place counts that say "ask the
    // Seniorenbüro" follow.
    let found: Vec<String> = text(&do_, "Seniorenbüro");
    let offices = &found[..12];
    assert!(
        offices.iter().all(|id| id.starts_with("seniorenbuero-")),
        "{found:?}"
    );
    assert!(found[12..]
        .iter()
        .all(|id| id.starts_with("begegnungsorte-")));
    let by_prefix = text(&do_, "senioren");
    assert!(
        offices.iter().all(|o| by_prefix.contains(o)),
        "{by_prefix:?}"
    );
    assert!(
        by_prefix.contains(&"seniorenbesuchsdienst".to_string()),
        "also other compounds"
    );
    let by_part = text(&do_, "büro");
    assert!(offices.iter().all(|o| by_part.contains(o)), "{by_part:?}");
    assert_eq!(text(&do_, "buero"), by_part);
}

#[test]
fn prefixes_match_while_typing() {
    let kl = kaiserslautern();
    for typed in ["Gem", "Gemeinde", "Gemeindeschw", "gemeindeschwester"] {
        assert_eq!(
            text(&kl, typed).first().map(String::as_str),
            Some("gemeindeschwester-plus"),
            "{typed}"
        );
    }
    assert_eq!(
        text(&kl, "Gemeindeshcwe").first().map(String::as_str),
        Some("gemeindeschwester-plus"),
        "typo while typing"
    );
}

#[test]
fn synonyms_find_the_need() {
    let do_ = dortmund();
    let dementia = text(&do_, "Vergesslichkeit");
    assert!(
        dementia.contains(&"demenzbetreuungsgruppen".to_string()),
        "{dementia:?}"
    );
    assert!(
        dementia.contains(&"haeusliche-entlastung".to_string()),
        "{dementia:?}"
    );
    let kl = kaiserslautern();
    assert!(text(&kl, "Vorsorgevollmacht").contains(&"sprechzeit-vorsorge-betreuung".to_string()));
    assert!(
        text(&kl, "power of attorney").contains(&"sprechzeit-vorsorge-betreuung".to_string()),
        "English synonyms"
    );
}

#[test]
fn every_word_must_match_somewhere() {
    let kl = kaiserslautern();
    let both = text(&kl, "Sprechstunde Seniorenbeirat");
    assert_eq!(
        both.first().map(String::as_str),
        Some("seniorenbeirat-sprechstunde"),
        "{both:?}"
    );
    assert!(text(&kl, "Seniorenbeirat Fahrrad").is_empty());
    assert_eq!(
        text(&kl, "Hilfe für die Vorsorge"),
        text(&kl, "Hilfe Vorsorge"),
        "stopwords are ignored"
    );
}

#[test]
fn ranking_exact_name_then_prefix_then_need_then_other_fields() {
    let kl = kaiserslautern();
    let results = text(&kl, "Seniorenbeirat der Stadt Kaiserslautern");
    assert_eq!(
        results.first().map(String::as_str),
        Some("seniorenbeirat"),
        "exact name first"
    );
    let hits = kl.search(
        &Query {
            text: "Seniorenbeirat".into(),
            ..Query::default()
        },
        at("2026-11-23 10:30"),
    );
    assert!(
        hits[0].tier == 1 && hits[1].tier == 1,
        "names starting with the word come first"
    );
    // "Beratung" is a need label: services with that need rank above ones that only say
    // "beraten" somewhere in a text.
    let do_ = dortmund();
    let advice = do_.search(
        &Query {
            text: "Beratung".into(),
            ..Query::default()
        },
        at("2026-11-23 10:30"),
    );
    let need_hits = advice
        .iter()
        .take_while(|h| {
            do_.dataset.services[h.index]
                .needs
                .contains(&"beratung".to_string())
        })
        .count();
    assert!(need_hits >= 13, "need matches first: {need_hits}");
}

#[test]
fn an_exact_name_with_small_words_ranks_first() {
    let kl = kaiserslautern();
    let hits = kl.search(
        &Query {
            text: "Mietertreff der Bau AG".into(),
            ..Query::default()
        },
        at("2026-11-23 10:30"),
    );
    assert_eq!(
        (hits[0].tier, kl.dataset.services[hits[0].index].id.as_str()),
        (0, "mietertreff-bau-ag")
    );
}

#[test]
fn very_long_queries_are_cut_not_slow() {
    let kl = kaiserslautern();
    let essay = "Pflege ".repeat(400);
    assert_eq!(text(&kl, &essay), text(&kl, "Pflege"));
}

#[test]
fn ties_are_broken_deterministically() {
    let do_ = dortmund();
    let first = text(&do_, "Seniorenbüro");
    assert_eq!(first, text(&do_, "Seniorenbüro"));
    // The twelve offices match by name with equal scores.
    let names: Vec<String> = first[..12]
        .iter()
        .map(|id| super::fold::fold(do_.dataset.service(id).unwrap().name.get("de")))
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "equal scores are ordered by (folded) name");
}

#[test]
fn need_filter_includes_sub_needs() {
    let do_ = dortmund();
    let meeting = ids(
        &do_,
        &Query {
            need: Some("begegnung".into()),
            ..Query::default()
        },
    );
    assert!(
        meeting.contains(&"seniorenbesuchsdienst".to_string()),
        "einsamkeit is a sub-need of begegnung"
    );
    let lonely = ids(
        &do_,
        &Query {
            need: Some("einsamkeit".into()),
            ..Query::default()
        },
    );
    assert!(!lonely.contains(&"kulsa".to_string()));
    assert!(ids(
        &do_,
        &Query {
            need: Some("gibt-es-nicht".into()),
            ..Query::default()
        }
    )
    .is_empty());
}

#[test]
fn district_filter_keeps_citywide_services() {
    let kl = kaiserslautern();
    let west = ids(
        &kl,
        &Query {
            district: Some("innenstadt-west-kotten".into()),
            ..Query::default()
        },
    );
    assert!(west.contains(&"stadtteilbuero-innenstadt-west".to_string()));
    assert!(west.contains(&"seniorenbeirat".to_string()), "citywide");
    let hills = ids(
        &kl,
        &Query {
            district: Some("betzenberg".into()),
            ..Query::default()
        },
    );
    assert!(!hills.contains(&"stadtteilbuero-innenstadt-west".to_string()));
    assert!(hills.contains(&"integrationsbeauftragter".to_string()));
    let do_ = dortmund();
    let aplerbeck = ids(
        &do_,
        &Query {
            district: Some("aplerbeck".into()),
            ..Query::default()
        },
    );
    assert!(aplerbeck.contains(&"seniorenbuero-aplerbeck".to_string()));
    assert!(
        aplerbeck.contains(&"staedtische-begegnungszentren".to_string()),
        "service area"
    );
    assert!(!aplerbeck.contains(&"seniorenbuero-brackel".to_string()));
    let nowhere = ids(
        &do_,
        &Query {
            district: Some("atlantis".into()),
            ..Query::default()
        },
    );
    assert!(
        nowhere
            .iter()
            .all(|id| do_.dataset.service(id).unwrap().citywide),
        "an unknown district is not 'all'"
    );
}

#[test]
fn open_now_and_open_today_use_the_hours_engine() {
    let kl = kaiserslautern();
    let query = Query {
        open: Some(OpenFilter::Now),
        ..Query::default()
    };
    // Tuesday 1 December 2026, 12:30: the Seniorenbeirat's first-Tuesday hour.
    let open: Vec<String> = kl
        .search(&query, at("2026-12-01 12:30"))
        .iter()
        .map(|h| kl.dataset.services[h.index].id.clone())
        .collect();
    assert_eq!(open, vec!["seniorenbeirat-sprechstunde"]);
    let today = Query {
        open: Some(OpenFilter::Today),
        ..Query::default()
    };
    let later: Vec<String> = kl
        .search(&today, at("2026-12-01 13:00"))
        .iter()
        .map(|h| kl.dataset.services[h.index].id.clone())
        .collect();
    assert!(
        later.contains(&"stadtteilbuero-innenstadt-west".to_string()),
        "opens again at 14:00: {later:?}"
    );
    assert!(later.contains(&"seniorenbeirat-sprechstunde".to_string()));
    assert!(
        !later.contains(&"gemeindeschwester-plus".to_string()),
        "its hour ended at 12:00"
    );
    // On a holiday nothing with PH off is open.
    assert!(kl.search(&query, at("2026-06-04 10:30")).is_empty());
}

#[test]
fn flag_filters() {
    let do_ = dortmund();
    let home = ids(
        &do_,
        &Query {
            home_visits: true,
            ..Query::default()
        },
    );
    assert_eq!(home, vec!["haeusliche-entlastung", "seniorenbesuchsdienst"]);
    let free = ids(
        &do_,
        &Query {
            free: true,
            ..Query::default()
        },
    );
    assert_eq!(free, vec!["seniorenbesuchsdienst"]);
    let walk_in = ids(
        &do_,
        &Query {
            walk_in: true,
            text: "Aplerbeck".into(),
            ..Query::default()
        },
    );
    assert_eq!(
        walk_in,
        vec!["seniorenbuero-aplerbeck", "staedtische-begegnungszentren"],
        "the second covers Aplerbeck"
    );
}

#[test]
fn nearest_needs_for_an_empty_result() {
    let kl = kaiserslautern();
    let need_id = |i: usize| kl.dataset.needs[i].id.as_str();
    let near: Vec<&str> = kl
        .index
        .nearest_needs("Pflgeheim", 3)
        .into_iter()
        .map(need_id)
        .collect();
    assert_eq!(near.first(), Some(&"pflege"), "{near:?}");
    let near: Vec<&str> = kl
        .index
        .nearest_needs("vergesslich Oma", 3)
        .into_iter()
        .map(need_id)
        .collect();
    assert_eq!(near.first(), Some(&"demenz"), "{near:?}");
    assert!(kl.index.nearest_needs("xyzzy", 3).is_empty());
}

#[test]
fn a_one_megabyte_word_is_indexed_in_bounded_work() {
    let mut dataset = kaiserslautern().dataset;
    let long = "pflege".repeat(200_000);
    dataset.services[0].summary = crate::domain::text::LocalText::plain(&long);
    let directory = Directory::new(dataset);
    // The word is cut to 64 letters, so it adds at most 61 inner suffixes, not a million.
    let index = SearchIndex::build(&directory.dataset);
    let longest = index.longest_term_chars(&directory.dataset);
    assert!(
        longest <= crate::domain::search::fold::MAX_WORD_CHARS,
        "{longest}"
    );
    assert!(
        !text(&directory, "Pflege").is_empty(),
        "search still works beside it"
    );
}

#[test]
fn a_pasted_essay_asks_about_ten_words_at_most() {
    let kl = kaiserslautern();
    let essay = "Pflegeheim ".repeat(10_000) + "Demenz";
    // Only the first ten words count, so "Demenz" at the end changes nothing.
    assert_eq!(
        kl.index.nearest_needs(&essay, 3),
        kl.index.nearest_needs("Pflegeheim", 3)
    );
}

#[test]
fn a_district_beyond_the_sixteen_bit_numbering_is_never_taken_for_another() {
    use crate::domain::dataset::District;
    use crate::domain::text::LocalText;
    let mut dataset = crate::testing::kaiserslautern();
    // The district with services of its own comes first.
    let with_services = dataset
        .services
        .iter()
        .find_map(|s| {
            dataset
                .location(s.location_id.as_deref()?)?
                .district
                .clone()
        })
        .unwrap();
    let at = dataset
        .districts
        .iter()
        .position(|d| d.id == with_services)
        .unwrap();
    dataset.districts.swap(0, at);
    let first = dataset.districts[0].id.clone();
    let runaway = u16::MAX as usize + 1 - dataset.districts.len();
    dataset.districts.extend((0..=runaway).map(|i| District {
        id: format!("extra-{i}"),
        label: LocalText::plain(format!("Extra {i}")),
        postcodes: Vec::new(),
    }));
    // The district numbered 65,536 would wrap to 0, the city's first district.
    let beyond = dataset.districts[u16::MAX as usize + 1].id.clone();
    let directory = Directory::new(dataset);
    let in_first = ids(
        &directory,
        &Query {
            district: Some(first),
            ..Query::default()
        },
    );
    let in_beyond = ids(
        &directory,
        &Query {
            district: Some(beyond),
            ..Query::default()
        },
    );
    let citywide: Vec<String> = directory
        .services()
        .iter()
        .filter(|s| s.citywide)
        .map(|s| s.id.clone())
        .collect();
    assert!(
        in_first.len() > citywide.len(),
        "the first district has its own services"
    );
    let mut found = in_beyond.clone();
    found.sort();
    let mut expected = citywide;
    expected.sort();
    assert_eq!(found, expected, "only the citywide services");
}

/// Issue 29, finding 2: the need tree was walked from every need up to the top, without
/// stopping at a cycle, so 20,000 self-parented needs (under 1 MB) made 400 million family
/// entries and ran the wasm out of memory. Now the loader breaks every cycle and reports it,
/// and a family reaches at most `MAX_NEED_DEPTH` levels up.
#[test]
fn need_cycles_are_broken_and_deep_chains_cut() {
    use crate::domain::load::load_dataset;
    let dataset_with = |needs: Vec<String>| {
        format!(
            r#"{{"schema_version": 1,
            "meta": {{"city": "X", "region": "DE-RP", "time_zone": "Europe/Berlin", "licence": "CC0",
              "data_date": "2026-01-15", "help": {{"label": "Rathaus", "phone": "0631 365-0"}}}},
            "needs": [{}], "districts": [{{"id": "mitte", "label": "Mitte"}}],
            "services": [{{"id": "s", "name": "Beratung", "summary": "Hilft.", "needs": ["n0"],
              "source": {{"name": "Test"}}}}]}}"#,
            needs.join(",")
        )
    };
    let count = 20_000;
    let own_parents = (0..count)
        .map(|i| format!(r#"{{"id": "n{i}", "label": "N", "parent": "n{i}"}}"#))
        .collect();
    let loaded = load_dataset(&dataset_with(own_parents)).unwrap();
    assert_eq!(loaded.repaired.len(), count, "every cycle reported");
    assert!(loaded.repaired[0]
        .detail
        .contains("closes a cycle of needs"));
    assert_eq!(loaded.repaired[0].path, "needs[0].parent");
    assert!(loaded.dataset.needs.iter().all(|n| n.parent.is_none()));
    let index = SearchIndex::build(&loaded.dataset);
    assert_eq!(index.need_family("n0"), ["n0"]);
    // A chain n0 > n1 > … > n19999: n0's family is itself and the needs at most
    // MAX_NEED_DEPTH levels below it.
    let chain = (0..count)
        .map(|i| match i {
            0 => r#"{"id": "n0", "label": "N"}"#.to_string(),
            i => format!(r#"{{"id": "n{i}", "label": "N", "parent": "n{}"}}"#, i - 1),
        })
        .collect();
    let loaded = load_dataset(&dataset_with(chain)).unwrap();
    assert!(loaded.repaired.is_empty(), "{:?}", loaded.repaired.first());
    let index = SearchIndex::build(&loaded.dataset);
    assert_eq!(index.need_family("n0").len(), 1 + MAX_NEED_DEPTH);
    assert_eq!(index.need_family("n19998"), ["n19998", "n19999"]);
    // A cycle of two, and a need below it: one parent goes, the rest is a tree.
    let two = ["a:b", "b:a", "c:a"]
        .iter()
        .map(|pair| {
            let (id, parent) = pair.split_once(':').unwrap();
            format!(r#"{{"id": "{id}", "label": "N", "parent": "{parent}"}}"#)
        })
        .chain([r#"{"id": "n0", "label": "N"}"#.to_string()])
        .collect();
    let loaded = load_dataset(&dataset_with(two)).unwrap();
    assert_eq!(loaded.repaired.len(), 1, "{:?}", loaded.repaired);
    let index = SearchIndex::build(&loaded.dataset);
    let mut family = index.need_family("b");
    family.sort_unstable();
    assert_eq!(family, ["a", "b", "c"]);
}
