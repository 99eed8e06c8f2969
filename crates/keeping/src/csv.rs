//! CSV as LibreOffice and Excel write it, on the `csv` crate: UTF-8 with or without BOM,
//! `;` or `,` between fields, quoted fields with doubled quotes and line breaks, CRLF or LF.
//! What this module adds: the delimiter is guessed from the header line, blank rows are
//! skipped, an unclosed quote is an error (the crate would swallow the rest of the file
//! into one cell), and cells a spreadsheet would run as formulas are defused.

use csv::{ReaderBuilder, StringRecord, Terminator, WriterBuilder};

/// The header and the records of a file, each cell as the volunteer wrote it (formula
/// protection taken off, surrounding spaces trimmed). The delimiter is `;` if the header
/// line has at least as many `;` as `,`.
pub fn read(text: &str) -> Result<(StringRecord, Vec<StringRecord>), String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.matches('"').count() % 2 == 1 {
        let line = text.lines().count();
        return Err(format!(
            "a quoted field is not closed (a \" is missing by line {line})"
        ));
    }
    let header = text.lines().next().unwrap_or("");
    let delimiter = if header.matches(';').count() >= header.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("the file is not readable as CSV: {e}"))?;
        // Spreadsheets write formatted blank rows as ";;;;": they are not records.
        if record.iter().any(|field| !field.trim().is_empty()) {
            // A line break inside a cell is "\n", however the spreadsheet wrote it.
            records.push(
                record
                    .iter()
                    .map(|f| parse_cell(f.trim()).replace("\r\n", "\n"))
                    .collect(),
            );
        }
    }
    let mut records = records.into_iter();
    let header = records.next().unwrap_or_default();
    Ok((header, records.collect()))
}

/// Characters that make a spreadsheet treat a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell as written to a file: one that a spreadsheet would run as a formula gets a leading
/// apostrophe, which [`parse_cell`] takes off again.
fn protect(field: &str) -> String {
    if field.starts_with(FORMULA_STARTS) {
        format!("'{field}")
    } else {
        field.to_string()
    }
}

/// A cell as read from a file (see [`protect`]).
fn parse_cell(field: &str) -> &str {
    match field.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => field,
    }
}

/// Writes rows with `delimiter`, quoting where needed, CRLF line ends, and a BOM so that
/// Excel opens the file as UTF-8. Cells that look like formulas are protected.
pub fn write(rows: &[Vec<String>], delimiter: char) -> String {
    let mut writer = WriterBuilder::new()
        .delimiter(delimiter as u8)
        .terminator(Terminator::CRLF)
        .flexible(true)
        .from_writer(Vec::new());
    for row in rows {
        // Writing into memory cannot fail.
        let _ = writer.write_record(row.iter().map(|f| protect(f)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        let (header, records) = read(text).unwrap();
        std::iter::once(header)
            .chain(records)
            .map(|r| r.iter().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn reads_excel_and_libreoffice_variants() {
        let excel =
            "\u{feff}id;name\r\na;\"Beratung; mit \"\"Kaffee\"\"\"\r\nb;\"zwei\r\nZeilen\"\r\n";
        assert_eq!(
            rows(excel),
            vec![
                vec!["id", "name"],
                vec!["a", "Beratung; mit \"Kaffee\""],
                vec!["b", "zwei\nZeilen"]
            ]
        );
        let libre = "id,name\na,\"x, y\"\nb,z";
        assert_eq!(
            rows(libre),
            vec![vec!["id", "name"], vec!["a", "x, y"], vec!["b", "z"]]
        );
    }

    #[test]
    fn writes_what_it_reads() {
        let written = vec![
            vec!["id".to_string(), "text".to_string()],
            vec!["a".to_string(), "Mo–Fr; \"10–12\"\nUhr".to_string()],
            vec!["b".to_string(), String::new()],
        ];
        for delimiter in [';', ','] {
            let text = write(&written, delimiter);
            assert!(text.starts_with('\u{feff}') && text.contains("\r\n"));
            assert_eq!(rows(&text), written);
        }
    }

    #[test]
    fn blank_rows_are_skipped() {
        assert_eq!(
            rows("id;name\r\n;;\r\na;b\r\n; ;\r\n"),
            vec![vec!["id", "name"], vec!["a", "b"]]
        );
    }

    #[test]
    fn formulas_are_defused_and_come_back_unchanged() {
        let written = vec![
            vec!["h1".to_string(), "h2".into(), "h3".into(), "h4".into()],
            vec![
                "=HYPERLINK(\"x\")".to_string(),
                "+49 631".to_string(),
                "-".to_string(),
                "'hallo".to_string(),
            ],
        ];
        let text = write(&written, ';');
        assert!(
            text.contains("'=HYPERLINK") && text.contains("'+49 631"),
            "{text}"
        );
        assert_eq!(rows(&text), written, "an ordinary apostrophe stays");
    }

    #[test]
    fn an_open_quote_is_an_error() {
        assert!(read("id;name\na;\"kaputt\nb;c\n")
            .unwrap_err()
            .contains("not closed"));
    }
}
