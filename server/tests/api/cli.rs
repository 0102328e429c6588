//! The `commonpot count` command on real elections, as an officer would run it.

use std::process::Command;

fn fixture(name: &str) -> String {
    format!(
        "{}/../app/tests/fixtures/pabulib/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn count(rule: &str, file: &str) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_commonpot"))
        .args(["count", "--rule", rule, &fixture(file)])
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn expected(file: &str, key: &str) -> Vec<String> {
    let text = std::fs::read_to_string(fixture("expected.json")).unwrap();
    let all: serde_json::Value = serde_json::from_str(&text).unwrap();
    serde_json::from_value(all[file][key]["selected"].clone()).unwrap()
}

#[test]
fn counting_swiecie_with_equal_shares_gives_the_funded_set_the_city_published() {
    let (ok, stdout, stderr) = count("mes-complete", "Poland_Swiecie_2023.pb");
    assert!(ok, "{stderr}");
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["rule"], "mes-complete");
    let mut selected: Vec<String> = serde_json::from_value(report["selected"].clone()).unwrap();
    selected.sort();
    assert_eq!(
        selected,
        expected("Poland_Swiecie_2023.pb", "mes_add1_eqnet_greedy")
    );
    assert!(report["total_cost"].as_f64().unwrap() <= 1_070_000.0);
}

#[test]
fn greedy_on_the_command_line_matches_pabutools() {
    let (ok, stdout, _) = count("greedy", "Netherlands_Assen_2024.pb");
    assert!(ok);
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let mut selected: Vec<String> = serde_json::from_value(report["selected"].clone()).unwrap();
    selected.sort();
    assert_eq!(
        selected,
        expected("Netherlands_Assen_2024.pb", "greedy_cost_sat")
    );
}

#[test]
fn a_broken_file_is_refused_with_the_line_that_is_wrong() {
    let dir = std::env::temp_dir().join(format!("commonpot-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broken.pb");
    std::fs::write(
        &file,
        "META\nkey;value\nbudget;100\nnum_projects;1\nPROJECTS\nproject_id;cost\n1;abc\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_commonpot"))
        .args(["count", "--rule", "greedy"])
        .arg(&file)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line "), "{stderr}");
}

#[test]
fn an_unknown_rule_is_refused_with_the_rules_that_exist() {
    let (ok, _, stderr) = count("dictator", "Netherlands_Assen_2024.pb");
    assert!(!ok);
    assert!(stderr.contains("greedy"), "{stderr}");
}
