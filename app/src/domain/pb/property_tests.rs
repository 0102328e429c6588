//! Property tests of the `.pb` reader: no input makes it panic, generated files round-trip
//! through the writer, and each kind of damage is reported on the damaged line.

use proptest::prelude::*;

use super::{read_pb, to_pb_string, Amount, MetaEntry, PbFile, PbProject, PbVote, Problem};

/// A small valid approval or cumulative file.
fn pb_file() -> impl Strategy<Value = PbFile> {
    let project = (
        "[a-zA-Z0-9_/.-]{1,6}",
        0u64..1_000_000,
        0u8..3,
        "[^\r\n]{0,12}",
    );
    (
        proptest::bool::ANY,
        1u64..10_000_000,
        prop::collection::vec(project, 1..6),
        prop::collection::vec(prop::collection::vec((0usize..6, 1i64..10), 0..4), 0..8),
    )
        .prop_map(|(points, budget, projects, votes)| {
            let mut seen = std::collections::HashSet::new();
            let projects: Vec<PbProject> = projects
                .into_iter()
                .filter(|(id, ..)| seen.insert(id.clone()))
                .map(|(id, minor, scale, name)| {
                    let cost = Amount { minor, scale };
                    PbProject {
                        fields: vec![id.clone(), cost.to_string(), name.trim().to_string()],
                        id,
                        cost,
                        line: 0,
                    }
                })
                .collect();
            let votes = votes
                .into_iter()
                .enumerate()
                .map(|(i, picks)| {
                    let mut chosen: Vec<(u32, i64)> = Vec::new();
                    for (p, pts) in picks {
                        let p = (p % projects.len()) as u32;
                        if !chosen.iter().any(|&(q, _)| q == p) {
                            chosen.push((p, pts));
                        }
                    }
                    let mut fields = vec![format!("v{i}"), String::new()];
                    if points {
                        fields.push(String::new());
                    }
                    PbVote {
                        vote: chosen.iter().map(|c| c.0).collect(),
                        points: points.then(|| chosen.iter().map(|c| c.1).collect()),
                        fields,
                        line: 0,
                    }
                })
                .collect();
            let meta = |key: &str, value: String| MetaEntry {
                key: key.into(),
                value,
                line: 0,
            };
            let vote_type = if points { "cumulative" } else { "approval" };
            let mut vote_columns = vec!["voter_id".to_string(), "vote".to_string()];
            if points {
                vote_columns.push("points".into());
            }
            PbFile {
                meta: vec![
                    meta("description", "A; test".into()),
                    meta("vote_type", vote_type.into()),
                    meta("budget", budget.to_string()),
                ],
                project_columns: vec!["project_id".into(), "cost".into(), "name".into()],
                projects,
                vote_columns,
                votes,
            }
        })
}

fn without_lines(mut file: PbFile) -> PbFile {
    file.meta.iter_mut().for_each(|m| m.line = 0);
    file.projects.iter_mut().for_each(|p| p.line = 0);
    file.votes.iter_mut().for_each(|v| {
        v.line = 0;
        v.fields[1].clear();
        if v.fields.len() > 2 {
            v.fields[2].clear();
        }
    });
    file
}

proptest! {
    #[test]
    fn the_reader_never_panics_and_every_error_has_a_line(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Err(e) = read_pb(bytes.as_slice()) {
            prop_assert!(e.line >= 1, "{e}");
        }
    }

    #[test]
    fn the_reader_never_panics_on_almost_valid_text(file in pb_file(), cut in 0usize..2000, junk in "[;\"\r\n,a-z0-9]{0,6}") {
        let mut text = to_pb_string(&file);
        let at = (0..=cut.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        text.insert_str(at, &junk);
        if let Err(e) = read_pb(text.as_bytes()) {
            prop_assert!(e.line >= 1 && e.line <= text.lines().count().max(1), "{e}");
        }
    }

    #[test]
    fn written_files_read_back_the_same(file in pb_file()) {
        let again = read_pb(to_pb_string(&file).as_bytes());
        prop_assert_eq!(again.map(without_lines), Ok(without_lines(file)));
    }

    #[test]
    fn a_vote_for_a_missing_project_is_reported_on_its_line(file in pb_file(), which in 0usize..8) {
        prop_assume!(!file.votes.is_empty());
        let which = which % file.votes.len();
        let text = to_pb_string(&file);
        let header = text.lines().position(|l| l == "VOTES").unwrap_or(0) + 2;
        let line = header + 1 + which;
        let damaged: Vec<String> = text.lines().enumerate().map(|(i, l)| {
            if i + 1 == line { l.replacen(&format!("v{which};"), &format!("v{which};NOPE,"), 1) } else { l.to_string() }
        }).collect();
        let err = read_pb(damaged.join("\n").as_bytes()).map(|_| ());
        prop_assert_eq!(err.map_err(|e| (e.line, e.problem)), Err((line, Problem::UnknownProject("NOPE".into()))));
    }

    #[test]
    fn a_cost_that_is_not_an_amount_is_reported_on_its_line(file in pb_file(), which in 0usize..6) {
        let which = which % file.projects.len();
        let text = to_pb_string(&file);
        let line = 5 + file.meta.len() + which;
        let id = &file.projects[which].id;
        let damaged: Vec<String> = text.lines().enumerate().map(|(i, l)| if i + 1 == line { format!("{id};12x") } else { l.to_string() }).collect();
        let err = read_pb(damaged.join("\n").as_bytes()).map(|_| ());
        prop_assert_eq!(err.map_err(|e| (e.line, e.problem)), Err((line, Problem::BadCost { id: id.clone(), value: "12x".into() })));
    }
}
