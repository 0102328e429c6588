//! The `.pb` reader and writer on the real pabulib files and on malformed ones.

use super::{read_pb, to_election, to_pb_string, PbError, PbFile, Problem, VoteType};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pabulib");

fn real_files() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(FIXTURES)
        .unwrap_or_else(|e| panic!("{FIXTURES}: {e}"))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path.file_name()?.to_str()?.to_string();
            (name.ends_with(".pb")).then(|| (name, std::fs::read(&path).unwrap_or_default()))
        })
        .collect();
    files.sort();
    files
}

fn read(text: &str) -> Result<PbFile, PbError> {
    read_pb(text.as_bytes())
}

fn without_lines(mut file: PbFile) -> PbFile {
    file.meta.iter_mut().for_each(|m| m.line = 0);
    file.projects.iter_mut().for_each(|p| p.line = 0);
    file.votes.iter_mut().for_each(|v| v.line = 0);
    file
}

#[test]
fn every_real_file_is_read_with_the_counts_its_meta_declares() {
    let files = real_files();
    assert!(files.len() >= 32);
    for (name, bytes) in files {
        let file = read_pb(bytes.as_slice()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let declared = |key| file.meta_value(key).and_then(|v| v.parse::<usize>().ok());
        if !name.starts_with("pabutools_tests") {
            assert_eq!(
                declared("num_projects"),
                Some(file.projects.len()),
                "{name}"
            );
            assert_eq!(declared("num_votes"), Some(file.votes.len()), "{name}");
        }
        assert!(to_election(&file).is_ok(), "{name}");
    }
}

#[test]
fn writing_a_real_file_gives_back_its_text_apart_from_line_endings() {
    for (name, bytes) in real_files()
        .into_iter()
        .filter(|(n, _)| !n.starts_with("pabutools_tests"))
    {
        let original = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
        let written =
            to_pb_string(&read_pb(bytes.as_slice()).unwrap_or_else(|e| panic!("{name}: {e}")));
        assert_eq!(written.trim_end(), original.trim_end(), "{name}");
    }
}

#[test]
fn every_real_file_round_trips_through_the_writer() {
    for (name, bytes) in real_files() {
        let file = read_pb(bytes.as_slice()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let again = read(&to_pb_string(&file)).unwrap_or_else(|e| panic!("{name} written: {e}"));
        assert_eq!(without_lines(again), without_lines(file), "{name}");
    }
}

#[test]
fn lowercase_titles_blank_lines_a_bom_and_none_fields_are_read_like_pabutools() {
    let text = "\u{feff}meta\r\nkey;value\r\nvote_type;approval\r\nbudget;100,5\r\nsubunit;none\r\n\r\nprojects\r\nname;cost\r\np1;50\r\np2;50.25\r\n\r\nVotes\r\nvote\r\np1\r\nNONE\r\np2,p1\r\n";
    let file = read(text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(file.vote_type(), Some(VoteType::Approval));
    assert_eq!(file.meta_value("subunit"), None);
    assert_eq!(
        file.budget().map(|b| b.to_string()).as_deref(),
        Some("100.5")
    );
    assert_eq!(
        file.votes
            .iter()
            .map(|v| v.vote.clone())
            .collect::<Vec<_>>(),
        vec![vec![0], vec![], vec![1, 0]]
    );
    let election = to_election(&file).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((election.budget(), election.unit()), (10050, 100));
    assert_eq!(election.projects()[1].cost, 5025);
}

const GOOD: &str = "META\nkey;value\nvote_type;cumulative\nbudget;100\nPROJECTS\nproject_id;cost;name\n1;60;\"Park; phase II\"\n2;40;Bench\nVOTES\nvoter_id;vote;points\nv1;1,2;3,2\nv2;2;5\n";

fn error_of(text: &str) -> PbError {
    match read(text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e) => e,
    }
}

#[test]
fn a_well_formed_cumulative_file_is_read() {
    let file = read(GOOD).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(file.projects[0].fields[2], "Park; phase II");
    assert_eq!(file.votes[0].points, Some(vec![3, 2]));
}

#[test]
fn a_vote_for_an_unknown_project_names_its_line() {
    let e = error_of(&GOOD.replace("v2;2;5", "v2;99;5"));
    assert_eq!(
        e.to_string(),
        r#"line 12: VOTES row names project "99" which is not in PROJECTS"#
    );
}

#[test]
fn malformed_files_get_the_line_of_the_problem() {
    let cases: Vec<(String, usize, Problem)> = vec![
        (
            GOOD.replace("1;60;", "1;sixty;"),
            7,
            Problem::BadCost {
                id: "1".into(),
                value: "sixty".into(),
            },
        ),
        (
            GOOD.replace("2;40;Bench", "1;40;Bench"),
            8,
            Problem::DuplicateProject("1".into(), 7),
        ),
        (
            GOOD.replace("v1;1,2;3,2", "v1;1,2;3"),
            11,
            Problem::PointsMismatch {
                projects: 2,
                points: 1,
            },
        ),
        (
            GOOD.replace("v1;1,2;3,2", "v1;1,1;3,2"),
            11,
            Problem::RepeatedProject("1".into()),
        ),
        (
            GOOD.replace("v2;2;5", "v2;2;five"),
            12,
            Problem::BadPoints("five".into()),
        ),
        (
            GOOD.replace("budget;100", "budget;lots"),
            4,
            Problem::BadMeta {
                key: "budget".into(),
                value: "lots".into(),
                expected: "an amount like 100000 or 100000.50",
            },
        ),
        (
            GOOD.replace("budget;100\n", ""),
            4,
            Problem::MissingMeta("budget"),
        ),
        (
            GOOD.replace("VOTES\n", "")
                .replace("voter_id;vote;points\n", ""),
            10,
            Problem::MissingSection("VOTES"),
        ),
        (
            GOOD.replace("\"Park; phase II\"", "\"Park; phase II"),
            7,
            Problem::UnclosedQuote,
        ),
        (
            GOOD.replace("2;40;Bench", "2;40;Bench;extra"),
            8,
            Problem::TooManyFields {
                section: "PROJECTS",
                found: 4,
                expected: 3,
            },
        ),
        (
            GOOD.replace("project_id;cost;name", "project_id;price;name"),
            6,
            Problem::MissingColumn {
                section: "PROJECTS",
                column: "cost",
            },
        ),
        (format!("{GOOD}META\n"), 13, Problem::SectionAgain("META")),
        (
            GOOD.replace("META\n", "hello\n"),
            1,
            Problem::ExpectedSection {
                expected: "META",
                found: "hello".into(),
            },
        ),
        (String::new(), 1, Problem::MissingSection("META")),
    ];
    for (text, line, problem) in cases {
        assert_eq!(error_of(&text), PbError { line, problem }, "{text}");
    }
}

#[test]
fn a_round_built_in_memory_is_written_as_checker_clean_pabulib_text() {
    use super::{Amount, MetaEntry, PbProject, PbVote};
    let meta = |k: &str, v: &str| MetaEntry {
        key: k.into(),
        value: v.into(),
        line: 0,
    };
    let project = |id: &str, pence: u64, votes: u64, name: &str, selected: u8| PbProject {
        id: id.into(),
        cost: Amount {
            minor: pence,
            scale: 2,
        },
        fields: vec![
            id.into(),
            String::new(),
            votes.to_string(),
            name.into(),
            selected.to_string(),
        ],
        line: 0,
    };
    let vote = |id: &str, v: Vec<u32>| PbVote {
        vote: v,
        points: None,
        fields: vec![id.into(), String::new()],
        line: 0,
    };
    let keys = [
        ("description", "Community Budget; Ilfracombe round 1"),
        ("country", "United Kingdom"),
        ("unit", "Ilfracombe"),
        ("instance", "2026"),
        ("num_projects", "2"),
        ("num_votes", "2"),
        ("budget", "1000.00"),
        ("vote_type", "approval"),
        ("rule", "greedy"),
        ("date_begin", "01.03.2026"),
        ("date_end", "31.03.2026"),
        ("language", "en"),
        ("currency", "GBP"),
    ];
    let file = PbFile {
        meta: keys.iter().map(|(k, v)| meta(k, v)).collect(),
        project_columns: ["project_id", "cost", "votes", "name", "selected"]
            .map(String::from)
            .to_vec(),
        projects: vec![
            project("1", 60000, 2, "Youth club \"Open Doors\"", 1),
            project("2", 50000, 1, "Benches; park", 0),
        ],
        vote_columns: vec!["voter_id".into(), "vote".into()],
        votes: vec![vote("r1", vec![0, 1]), vote("r2", vec![0])],
    };
    // pabulib-checker 1.0.8 reports no error and no warning for this text.
    let expected = "META\nkey;value\ndescription;\"Community Budget; Ilfracombe round 1\"\ncountry;United Kingdom\nunit;Ilfracombe\n\
        instance;2026\nnum_projects;2\nnum_votes;2\nbudget;1000.00\nvote_type;approval\nrule;greedy\ndate_begin;01.03.2026\n\
        date_end;31.03.2026\nlanguage;en\ncurrency;GBP\nPROJECTS\nproject_id;cost;votes;name;selected\n\
        1;600.00;2;\"Youth club \"\"Open Doors\"\"\";1\n2;500.00;1;\"Benches; park\";0\nVOTES\nvoter_id;vote\nr1;1,2\nr2;1\n";
    assert_eq!(to_pb_string(&file), expected);
    let election = to_election(&read(expected).unwrap_or_else(|e| panic!("{e}")))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (
            election.budget(),
            election.unit(),
            election.projects()[0].cost
        ),
        (100000, 100, 60000)
    );
}
