//! Reading and writing one `;`-separated row with standard CSV quoting, line by line.
//!
//! A quoted field may contain `;`, doubled quotes (`""`) and even line breaks, so a row can span
//! several lines; `Lines` counts them so errors point at the line where a row starts.

use std::io::BufRead;

use super::error::{PbError, Problem};

/// Physical lines of a `.pb` text: UTF-8, BOM removed, line ends (`\n` or `\r\n`) cut off.
pub(crate) struct Lines<R> {
    reader: R,
    line: usize,
    buffer: Vec<u8>,
    pub bytes: u64,
}

impl<R: BufRead> Lines<R> {
    pub(crate) fn new(reader: R) -> Self {
        Lines {
            reader,
            line: 0,
            buffer: Vec::new(),
            bytes: 0,
        }
    }

    /// The number of the last line read.
    pub(crate) fn line(&self) -> usize {
        self.line
    }

    fn next_line(&mut self) -> Result<Option<String>, PbError> {
        self.buffer.clear();
        let read = self
            .reader
            .read_until(b'\n', &mut self.buffer)
            .map_err(|e| PbError::at(self.line + 1, Problem::Read(e.to_string())))?;
        if read == 0 {
            return Ok(None);
        }
        self.line += 1;
        self.bytes += read as u64;
        while matches!(self.buffer.last(), Some(b'\n' | b'\r')) {
            self.buffer.pop();
        }
        let start = if self.line == 1 && self.buffer.starts_with(&[0xEF, 0xBB, 0xBF]) {
            3
        } else {
            0
        };
        match std::str::from_utf8(&self.buffer[start..]) {
            Ok(text) => Ok(Some(text.to_string())),
            Err(_) => Err(PbError::at(self.line, Problem::NotUtf8)),
        }
    }

    /// The next row that is not blank: its fields (not yet trimmed) and the line it starts on.
    pub(crate) fn next_row(&mut self) -> Result<Option<(Vec<String>, usize)>, PbError> {
        loop {
            let Some(text) = self.next_line()? else {
                return Ok(None);
            };
            if text.trim().is_empty() {
                continue;
            }
            let start = self.line;
            return self.split(text, start).map(|fields| Some((fields, start)));
        }
    }

    fn split(&mut self, mut text: String, start: usize) -> Result<Vec<String>, PbError> {
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut pos = 0;
        loop {
            // At the start of a field.
            if text[pos..].starts_with('"') {
                pos += 1;
                loop {
                    match text[pos..].find('"') {
                        Some(q) if text[pos + q + 1..].starts_with('"') => {
                            field.push_str(&text[pos..pos + q + 1]);
                            pos += q + 2;
                        }
                        Some(q) => {
                            field.push_str(&text[pos..pos + q]);
                            pos += q + 1;
                            break;
                        }
                        None => {
                            // The quoted field goes on: the line break is part of it.
                            field.push_str(&text[pos..]);
                            field.push('\n');
                            text = self
                                .next_line()?
                                .ok_or(PbError::at(start, Problem::UnclosedQuote))?;
                            pos = 0;
                        }
                    }
                }
                match text[pos..].chars().next() {
                    None => {
                        fields.push(std::mem::take(&mut field));
                        return Ok(fields);
                    }
                    Some(';') => pos += 1,
                    Some(_) => return Err(PbError::at(self.line, Problem::TextAfterQuote)),
                }
            } else {
                match text[pos..].find(';') {
                    Some(end) => {
                        field.push_str(&text[pos..pos + end]);
                        pos += end + 1;
                    }
                    None => {
                        field.push_str(&text[pos..]);
                        fields.push(std::mem::take(&mut field));
                        return Ok(fields);
                    }
                }
            }
            fields.push(std::mem::take(&mut field));
        }
    }
}

/// Writes one row, quoting only the fields that need it (as Python's `csv` module does).
pub(crate) fn write_row(out: &mut String, fields: impl IntoIterator<Item = impl AsRef<str>>) {
    for (i, field) in fields.into_iter().enumerate() {
        let field = field.as_ref();
        if i > 0 {
            out.push(';');
        }
        if field.contains([';', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Result<Vec<(Vec<String>, usize)>, PbError> {
        let mut lines = Lines::new(text.as_bytes());
        let mut out = Vec::new();
        while let Some(row) = lines.next_row()? {
            out.push(row);
        }
        Ok(out)
    }

    #[test]
    fn quoted_fields_keep_semicolons_and_doubled_quotes() {
        let got = rows("1;\"Obwodnica; ETAP II\";\"a \"\"b\"\"\"\n");
        assert_eq!(
            got,
            Ok(vec![(
                vec!["1".into(), "Obwodnica; ETAP II".into(), "a \"b\"".into()],
                1
            )])
        );
    }

    #[test]
    fn a_quoted_field_may_span_lines_and_the_row_keeps_its_first_line() {
        let got = rows("\r\nx;\"two\r\nlines\";y\r\nz\n");
        assert_eq!(
            got,
            Ok(vec![
                (vec!["x".into(), "two\nlines".into(), "y".into()], 2),
                (vec!["z".into()], 4)
            ])
        );
    }

    #[test]
    fn a_byte_order_mark_is_skipped_and_blank_lines_ignored() {
        let got = rows("\u{feff}META\n\n  \nkey;value");
        assert_eq!(
            got,
            Ok(vec![
                (vec!["META".into()], 1),
                (vec!["key".into(), "value".into()], 4)
            ])
        );
    }

    #[test]
    fn an_unclosed_quote_is_reported_where_it_opened() {
        assert_eq!(
            rows("a\nb;\"open\nstill\n").map(|_| ()),
            Err(PbError::at(2, Problem::UnclosedQuote))
        );
    }

    #[test]
    fn invalid_utf8_is_reported_with_its_line() {
        let mut lines = Lines::new(&b"a\n\xff\n"[..]);
        assert!(lines.next_row().is_ok());
        assert_eq!(lines.next_row(), Err(PbError::at(2, Problem::NotUtf8)));
    }

    #[test]
    fn writing_quotes_only_what_needs_it() {
        let mut out = String::new();
        write_row(&mut out, ["1", "a;b", "say \"hi\"", "plain"]);
        assert_eq!(out, "1;\"a;b\";\"say \"\"hi\"\"\";plain\n");
    }
}
