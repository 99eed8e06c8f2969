//! CSV as LibreOffice and Excel write it: UTF-8 with or without BOM, `;` or `,` between
//! fields, quoted fields with doubled quotes and line breaks, CRLF or LF.

/// Reads all rows. The delimiter is taken from the header line (`;` if it has more `;`
/// than `,`).
pub fn parse(text: &str) -> Result<Vec<Vec<String>>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header = text.lines().next().unwrap_or("");
    let delimiter = if header.matches(';').count() >= header.matches(',').count() {
        ';'
    } else {
        ','
    };
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut line = 1;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                '\r' => {}
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            c if c == delimiter => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                line += 1;
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            c => field.push(c),
        }
    }
    if quoted {
        return Err(format!("a quoted field is not closed (line {line})"));
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    // Spreadsheets write formatted blank rows as ";;;;": they are not records.
    rows.retain(|r| r.iter().any(|field| !field.trim().is_empty()));
    Ok(rows)
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
pub fn parse_cell(field: &str) -> &str {
    match field.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => field,
    }
}

/// Writes rows with `delimiter`, quoting where needed, CRLF line ends, and a BOM so that
/// Excel opens the file as UTF-8. Cells that look like formulas are protected.
pub fn write(rows: &[Vec<String>], delimiter: char) -> String {
    let mut out = String::from('\u{feff}');
    for row in rows {
        let fields: Vec<String> = row
            .iter()
            .map(|f| protect(f))
            .map(|f| {
                if f.contains(delimiter)
                    || f.contains('"')
                    || f.contains('\n')
                    || f.contains('\r')
                    || f.starts_with(' ')
                {
                    format!("\"{}\"", f.replace('"', "\"\""))
                } else {
                    f.clone()
                }
            })
            .collect();
        out.push_str(&fields.join(&delimiter.to_string()));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_excel_and_libreoffice_variants() {
        let excel =
            "\u{feff}id;name\r\na;\"Beratung; mit \"\"Kaffee\"\"\"\r\nb;\"zwei\r\nZeilen\"\r\n";
        assert_eq!(
            parse(excel).unwrap(),
            vec![
                vec!["id", "name"],
                vec!["a", "Beratung; mit \"Kaffee\""],
                vec!["b", "zwei\nZeilen"]
            ]
        );
        let libre = "id,name\na,\"x, y\"\nb,z";
        assert_eq!(
            parse(libre).unwrap(),
            vec![vec!["id", "name"], vec!["a", "x, y"], vec!["b", "z"]]
        );
    }

    #[test]
    fn writes_what_it_reads() {
        let rows = vec![
            vec!["id".to_string(), "text".to_string()],
            vec!["a".to_string(), "Mo–Fr; \"10–12\"\nUhr".to_string()],
            vec!["b".to_string(), String::new()],
        ];
        for delimiter in [';', ','] {
            assert_eq!(parse(&write(&rows, delimiter)).unwrap(), rows);
        }
    }

    #[test]
    fn blank_rows_are_skipped() {
        assert_eq!(
            parse("id;name\r\n;;\r\na;b\r\n; ;\r\n").unwrap(),
            vec![vec!["id", "name"], vec!["a", "b"]]
        );
    }

    #[test]
    fn formulas_are_defused_and_come_back_unchanged() {
        let rows = vec![vec![
            "=HYPERLINK(\"x\")".to_string(),
            "+49 631".to_string(),
            "-".to_string(),
            "ok".to_string(),
        ]];
        let text = write(&rows, ';');
        assert!(
            text.contains("'=HYPERLINK") && text.contains("'+49 631"),
            "{text}"
        );
        let read: Vec<Vec<String>> = parse(&text)
            .unwrap()
            .iter()
            .map(|r| r.iter().map(|f| parse_cell(f).to_string()).collect())
            .collect();
        assert_eq!(read, rows);
        assert_eq!(
            parse_cell("'hallo"),
            "'hallo",
            "an ordinary apostrophe stays"
        );
    }

    #[test]
    fn an_open_quote_is_an_error() {
        assert!(parse("id;name\na;\"kaputt\n")
            .unwrap_err()
            .contains("not closed"));
    }
}
