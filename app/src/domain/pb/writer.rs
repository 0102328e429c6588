//! Writing a `PbFile` as pabulib `.pb` text that pabutools and `pabulib-checker` accept.

use std::io::{self, Write};

use super::csv::write_row;
use super::model::{is_none, PbFile, PbVote};

/// Writes the file section by section, one row at a time.
pub fn write_pb(file: &PbFile, out: &mut impl Write) -> io::Result<()> {
    write_head(file, out)?;
    for v in &file.votes {
        write_vote(file, v, out)?;
    }
    Ok(())
}

/// Writes everything before the votes: META, PROJECTS and the VOTES header. A server
/// streams a ledger as this head and then each vote with `write_vote` as it reads it.
pub fn write_head(file: &PbFile, out: &mut impl Write) -> io::Result<()> {
    let mut row = String::new();
    let emit = |row: &mut String, out: &mut dyn Write| -> io::Result<()> {
        out.write_all(row.as_bytes())?;
        row.clear();
        Ok(())
    };
    row.push_str("META\nkey;value\n");
    for m in &file.meta {
        write_row(&mut row, [&m.key, &m.value]);
        emit(&mut row, out)?;
    }
    row.push_str("PROJECTS\n");
    write_row(&mut row, &file.project_columns);
    emit(&mut row, out)?;
    let cost_column = PbFile::column(&file.project_columns, "cost");
    for p in &file.projects {
        let mut fields = padded(&p.fields, file.project_columns.len());
        fields[0] = p.id.clone();
        if let Some(c) = cost_column {
            fields[c] = p.cost.to_string();
        }
        write_row(&mut row, &fields);
        emit(&mut row, out)?;
    }
    row.push_str("VOTES\n");
    write_row(&mut row, &file.vote_columns);
    emit(&mut row, out)
}

/// Writes one vote row of `file` (whose projects the vote's indices name).
pub fn write_vote(file: &PbFile, v: &PbVote, out: &mut impl Write) -> io::Result<()> {
    let vote_column = PbFile::column(&file.vote_columns, "vote");
    let points_column = PbFile::column(&file.vote_columns, "points");
    let mut fields = padded(&v.fields, file.vote_columns.len());
    if let Some(c) = vote_column {
        let ids: Vec<&str> = v
            .vote
            .iter()
            .filter_map(|&i| file.projects.get(i as usize))
            .map(|p| p.id.as_str())
            .collect();
        fields[c] = ids.join(",");
    }
    if let (Some(c), Some(points)) = (points_column, &v.points) {
        fields[c] = points
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",");
    } else if let Some(c) = points_column {
        if is_none(&fields[c]) {
            fields[c].clear();
        }
    }
    let mut row = String::new();
    write_row(&mut row, &fields);
    out.write_all(row.as_bytes())
}

/// The `.pb` text of a file.
pub fn to_pb_string(file: &PbFile) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail, and every piece written is a String, so it is UTF-8.
    let _ = write_pb(file, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

fn padded(fields: &[String], width: usize) -> Vec<String> {
    let mut fields = fields.to_vec();
    fields.resize(width.max(fields.len()).max(1), String::new());
    fields
}
