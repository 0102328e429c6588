//! The round a pabulib file becomes: its title, slug, ballot and count rules, pot and dates,
//! read from META.

use super::text::{parse_date, slugify, source_line, truncate, SOURCE_KEYS};
use anyhow::anyhow;
use app::domain::count::CountRule;
use app::domain::pb::{PbFile, VoteType};
use app::domain::results::BallotRule;
use chrono::NaiveDate;
use std::path::Path;

/// The round a file becomes, from its META.
pub struct RoundPlan {
    pub title: String,
    pub slug_base: String,
    pub vote_type: VoteType,
    pub ballot_rule: BallotRule,
    pub max_choices: Option<i32>,
    pub points: Option<i32>,
    pub min_choices: i32,
    pub count_rule: CountRule,
    pub budget_pence: i64,
    pub voting_opens: Option<NaiveDate>,
    pub voting_ends: Option<NaiveDate>,
    /// The first lines of the summary (counts follow once the ballots are in).
    pub about: String,
    pub source: String,
}

impl RoundPlan {
    pub fn from_head(head: &PbFile, file: &Path) -> anyhow::Result<RoundPlan> {
        let name = file.display().to_string();
        let meta = |key: &str| {
            head.meta_value(key)
                .map(str::trim)
                .filter(|v| !v.is_empty())
        };
        let meta_int = |key: &str| meta(key).and_then(|v| v.parse::<i32>().ok());
        let vote_type = head
            .vote_type()
            .ok_or_else(|| anyhow!("{name}: META has no vote_type"))?;
        let budget = head
            .budget()
            .ok_or_else(|| anyhow!("{name}: META has no budget"))?;
        let budget_pence = budget
            .at_scale(2)
            .and_then(|m| i64::try_from(m).ok())
            .filter(|&m| m > 0)
            .ok_or_else(|| {
                anyhow!(
                    "{name}: META budget {budget} is zero, too large or has more than two decimals"
                )
            })?;
        let max_length = meta_int("max_length");
        let (ballot_rule, max_choices, points) = match vote_type {
            VoteType::Approval if max_length.is_some() && meta("max_sum_cost").is_none() => {
                (BallotRule::ApproveUpTo, max_length, None)
            }
            VoteType::Approval => (BallotRule::ApprovalWithinPot, max_length, None),
            VoteType::Choose1 => (BallotRule::ApproveUpTo, Some(1), None),
            VoteType::Ordinal => (BallotRule::Ranked, max_length, None),
            VoteType::Cumulative => (BallotRule::Points, max_length, meta_int("max_sum_points")),
            VoteType::Scoring => (BallotRule::Scores, max_length, meta_int("max_points")),
        };
        let count_rule = if meta("rule").is_some_and(|r| r.starts_with("equalshares")) {
            CountRule::MesComplete
        } else {
            CountRule::Greedy
        };
        let place: Vec<&str> = ["unit", "district", "subunit", "instance"]
            .into_iter()
            .filter_map(&meta)
            .collect();
        let mut place_words: Vec<&str> = Vec::new();
        for word in place {
            if !place_words.contains(&word) {
                place_words.push(word);
            }
        }
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let title = meta("description")
            .map(str::to_owned)
            .unwrap_or_else(|| place_words.join(" "));
        let title = if title.is_empty() {
            stem.clone()
        } else {
            title
        };
        let mut slug_base = slugify(&place_words.join(" "), 48);
        if slug_base.is_empty() {
            slug_base = slugify(&stem, 48);
        }
        if slug_base.is_empty() {
            slug_base = "pabulib".into();
        }
        let currency = meta("currency");
        let money = match currency {
            Some(c) if c != "GBP" => format!(
                " Amounts here are in {c}, not pounds: where a page shows £1.00 the file said 1 {c}."
            ),
            _ => String::new(),
        };
        let about = format!(
            "Imported from the pabulib file {file} ({vote_type} ballots, budget {budget}{cur}).{money}",
            file = file
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default(),
            vote_type = vote_type.as_str(),
            cur = currency.map(|c| format!(" {c}")).unwrap_or_default(),
        );
        let values: Vec<(&str, &str)> = SOURCE_KEYS
            .into_iter()
            .filter_map(|k| meta(k).map(|v| (k, v)))
            .collect();
        Ok(RoundPlan {
            title: truncate(&title, 200),
            slug_base,
            vote_type,
            ballot_rule,
            max_choices,
            points,
            min_choices: meta_int("min_length").unwrap_or(1),
            count_rule,
            budget_pence,
            voting_opens: meta("date_begin").and_then(parse_date),
            voting_ends: meta("date_end").and_then(parse_date),
            about,
            source: source_line(&values),
        })
    }

    pub fn summary(&self, proposals: usize, ballots: usize) -> String {
        format!(
            "{} {proposals} proposals on the ballot, {ballots} ballots counted.\n{}",
            self.about, self.source
        )
    }
}
