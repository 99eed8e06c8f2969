//! The needs as a sheet of their own, one row per need: its id and label (to find it), and
//! the everyday phrases that lead to it in a typed question (`needs[].phrases`, see
//! docs/views.md "Questions"): in the dataset's language (`phrases`) and one column per
//! other language (`phrases@en`), joined with " | ". `import --needs` puts the phrases back;
//! the label is there to find the need and is not read back (labels, like the needs
//! themselves, are kept in the JSON).

use crate::csv;
use crate::spreadsheet::{ImportReport, LIST_SEPARATOR};
use std::collections::{BTreeMap, BTreeSet};
use wegweiser_core::domain::dataset::Dataset;

/// The needs sheet of `dataset`, as CSV with `delimiter`.
pub fn export_needs(dataset: &Dataset, delimiter: char) -> String {
    let base = dataset.meta.language.as_str();
    let langs: BTreeSet<&str> = dataset
        .needs
        .iter()
        .flat_map(|need| need.phrases.keys())
        .map(String::as_str)
        .filter(|lang| *lang != base)
        .collect();
    let mut header = vec!["id".to_string(), "label".to_string(), "phrases".to_string()];
    header.extend(langs.iter().map(|lang| format!("phrases@{lang}")));
    let mut rows = vec![header];
    for need in &dataset.needs {
        let list = |lang: &str| {
            need.phrases
                .get(lang)
                .map(|phrases| phrases.join(LIST_SEPARATOR))
                .unwrap_or_default()
        };
        let mut row = vec![
            need.id.clone(),
            need.label.get(base).to_string(),
            list(base),
        ];
        row.extend(langs.iter().map(|lang| list(lang)));
        rows.push(row);
    }
    csv::write(&rows, delimiter)
}

/// Puts the phrases of the rows of `text` into the needs of `dataset` with those ids. A
/// need without a row keeps its phrases; an empty cell removes that language's. On any
/// error nothing is changed and the report lists every error.
pub fn import_needs(dataset: &mut Dataset, text: &str) -> ImportReport {
    let (header, records) = match csv::read(text) {
        Ok(file) => file,
        Err(error) => return ImportReport::error(error),
    };
    let columns: Vec<&str> = header.iter().map(str::trim).collect();
    let Some(id_at) = columns.iter().position(|c| *c == "id") else {
        return ImportReport::error("the column \"id\" is missing");
    };
    let base = dataset.meta.language.clone();
    // Each column of phrases, with its language.
    let phrase_columns: Vec<(usize, String)> = columns
        .iter()
        .enumerate()
        .filter_map(|(at, column)| match column.strip_prefix("phrases@") {
            Some(lang) => Some((at, lang.to_string())),
            None => (*column == "phrases").then(|| (at, base.clone())),
        })
        .collect();
    if phrase_columns.is_empty() {
        return ImportReport::error("no column of phrases (\"phrases\", \"phrases@en\", …)");
    }
    let mut report = ImportReport::default();
    let mut read: BTreeMap<usize, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for (n, record) in records.iter().enumerate() {
        let row = n + 2;
        let id = record.get(id_at).unwrap_or_default().trim();
        if id.is_empty() {
            if record.iter().any(|cell| !cell.trim().is_empty()) {
                report.errors.push(format!("row {row}: no id"));
            }
            continue;
        }
        let Some(index) = dataset.needs.iter().position(|need| need.id == id) else {
            report.errors.push(format!(
                "row {row}: no need has the id \"{id}\" (a new need is added in the JSON file)"
            ));
            continue;
        };
        let mut phrases = BTreeMap::new();
        for (at, lang) in &phrase_columns {
            let list: Vec<String> = record
                .get(*at)
                .unwrap_or_default()
                .split('|')
                .map(str::trim)
                .filter(|phrase| !phrase.is_empty())
                .map(String::from)
                .collect();
            if !list.is_empty() {
                phrases.insert(lang.clone(), list);
            }
        }
        if read.insert(index, phrases).is_some() {
            report
                .errors
                .push(format!("row {row}: the need \"{id}\" has a row already"));
        }
    }
    if !report.errors.is_empty() {
        return report;
    }
    for (index, phrases) in read {
        let need = &mut dataset.needs[index];
        if need.phrases != phrases {
            let count: usize = phrases.values().map(Vec::len).sum();
            report.changes.push(format!("{}: {count} phrases", need.id));
            need.phrases = phrases;
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use wegweiser_core::domain::load::load_dataset;

    fn dortmund() -> Dataset {
        load_dataset(wegweiser_core::testing::DORTMUND_JSON)
            .unwrap()
            .dataset
    }

    #[test]
    fn phrases_go_out_and_come_back() {
        let mut dataset = dortmund();
        let need = dataset.needs[0].id.clone();
        dataset.needs[0].phrases = BTreeMap::from([
            (
                "de".to_string(),
                vec!["niemand zum Reden".to_string(), "allein".to_string()],
            ),
            ("en".to_string(), vec!["nobody to talk to".to_string()]),
        ]);
        let sheet = export_needs(&dataset, ';');
        let header = sheet
            .trim_start_matches('\u{feff}')
            .lines()
            .next()
            .unwrap()
            .to_string();
        assert_eq!(header, "id;label;phrases;phrases@en");
        assert!(sheet.contains("niemand zum Reden | allein"), "{sheet}");
        let mut again = dortmund();
        let report = import_needs(&mut again, &sheet);
        assert!(report.errors.is_empty(), "{report:?}");
        assert_eq!(report.changes, [format!("{need}: 3 phrases")]);
        assert_eq!(again.needs, dataset.needs);
    }

    #[test]
    fn a_cell_edited_in_a_spreadsheet_changes_that_need_only() {
        let mut dataset = dortmund();
        let id = dataset.needs[1].id.clone();
        let text = format!("id;label;phrases\r\n{id};egal; Kaffee trinken |Leute treffen | \r\n");
        let before = dataset.needs.clone();
        let report = import_needs(&mut dataset, &text);
        assert!(report.errors.is_empty(), "{report:?}");
        assert_eq!(
            dataset.needs[1].phrases["de"],
            ["Kaffee trinken", "Leute treffen"]
        );
        assert_eq!(
            dataset.needs[1].label, before[1].label,
            "the label is not read back"
        );
        assert_eq!(dataset.needs[0], before[0]);
    }

    #[test]
    fn unknown_ids_doubled_rows_and_missing_columns_change_nothing() {
        let mut dataset = dortmund();
        let before = dataset.needs.clone();
        let id = dataset.needs[0].id.clone();
        for (text, error) in [
            (
                "label;phrases\r\nx;y\r\n".to_string(),
                "the column \"id\" is missing",
            ),
            (format!("id;label\r\n{id};x\r\n"), "no column of phrases"),
            (
                "id;phrases\r\nunbekannt;Hallo\r\n".to_string(),
                "row 2: no need has the id \"unbekannt\"",
            ),
            (
                format!("id;phrases\r\n{id};a\r\n{id};b\r\n"),
                "row 3: the need",
            ),
            ("id;phrases\r\n;Hallo\r\n".to_string(), "row 2: no id"),
        ] {
            let report = import_needs(&mut dataset, &text);
            assert!(
                report.errors.iter().any(|e| e.contains(error)),
                "{text}: {report:?}"
            );
            assert_eq!(dataset.needs, before, "{text}");
        }
    }
}
