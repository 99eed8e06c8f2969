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
    rows.retain(|r| !(r.len() == 1 && r[0].is_empty()));
    Ok(rows)
}

/// Writes rows with `delimiter`, quoting where needed, CRLF line ends, and a BOM so that
/// Excel opens the file as UTF-8.
pub fn write(rows: &[Vec<String>], delimiter: char) -> String {
    let mut out = String::from('\u{feff}');
    for row in rows {
        let fields: Vec<String> = row
            .iter()
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
    fn an_open_quote_is_an_error() {
        assert!(parse("id;name\na;\"kaputt\n")
            .unwrap_err()
            .contains("not closed"));
    }
}
