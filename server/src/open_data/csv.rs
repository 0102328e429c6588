//! Writing CSV for the open data: RFC 4180 quoting, and text that a spreadsheet would
//! run as a formula (starting `=`, `+`, `-`, `@`) made inert with a leading `'`.

pub struct Csv {
    out: String,
}

fn cell(value: &str) -> String {
    let numeric = !value.is_empty() && value.parse::<f64>().is_ok();
    let inert = if !numeric && value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if inert.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", inert.replace('"', "\"\""))
    } else {
        inert
    }
}

impl Csv {
    pub fn new(header: &[&str]) -> Csv {
        let mut csv = Csv { out: String::new() };
        csv.row(header.iter().map(|h| (*h).to_owned()));
        csv
    }

    pub fn row(&mut self, values: impl IntoIterator<Item = String>) {
        let cells: Vec<String> = values.into_iter().map(|v| cell(&v)).collect();
        self.out.push_str(&cells.join(","));
        self.out.push_str("\r\n");
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commas_quotes_and_line_breaks_are_quoted_and_formulas_made_inert() {
        let mut csv = Csv::new(&["a", "b"]);
        csv.row(["Benches, two".to_owned(), "Say \"hi\"\nthen".to_owned()]);
        csv.row(["=HYPERLINK(\"x\")".to_owned(), "-5".to_owned()]);
        assert_eq!(
            csv.finish(),
            "a,b\r\n\"Benches, two\",\"Say \"\"hi\"\"\nthen\"\r\n\"'=HYPERLINK(\"\"x\"\")\",-5\r\n"
        );
    }
}
