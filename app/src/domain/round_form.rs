//! A new round as an officer types it: its names, description, ballot and count rules.
//! The timetable is read by `timetable::read`.

use super::count::CountRule;
use super::electorate::{BallotsPer, BALLOTS_PER};
use super::message::Message;
use super::results::BallotRule;
use super::slug::Slug;

/// The ballot rules an officer may choose for a new round (scores and ranked ballots
/// come only from imported elections).
pub const BALLOT_RULES: [BallotRule; 3] = [
    BallotRule::ApprovalWithinPot,
    BallotRule::ApproveUpTo,
    BallotRule::Points,
];

/// The count rules an officer may choose: greedy, or equal shares completed as the
/// cities ran it.
pub const COUNT_RULES: [CountRule; 2] = [CountRule::Greedy, CountRule::MesComplete];

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypedRound<'a> {
    pub title: &'a str,
    pub title_cy: &'a str,
    pub slug: &'a str,
    pub summary: &'a str,
    pub summary_cy: &'a str,
    pub ballot_rule: &'a str,
    pub max_choices: &'a str,
    pub points: &'a str,
    pub min_choices: &'a str,
    pub count_rule: &'a str,
    pub ballots_per: &'a str,
}

/// The names and words of a round: what may still change until voting opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundWords {
    pub title: String,
    pub title_cy: Option<String>,
    pub summary: String,
    pub summary_cy: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundDetails {
    pub words: RoundWords,
    pub slug: Slug,
    pub ballot_rule: BallotRule,
    pub max_choices: Option<i32>,
    pub points: Option<i32>,
    pub min_choices: i32,
    pub count_rule: CountRule,
    pub ballots_per: BallotsPer,
}

pub type Problem = (&'static str, Message);

const LONGEST_TITLE: usize = 120;
const LONGEST_SUMMARY: usize = 4_000;

fn too_long(field: &'static str, text: &str, longest: usize, problems: &mut Vec<Problem>) {
    if text.chars().count() > longest {
        problems.push((
            field,
            Message::new("round_form.problem.too_long").with("most", longest),
        ));
    }
}

/// The words of a round; every problem named by its field.
pub fn read_words(typed: &TypedRound<'_>) -> Result<RoundWords, Vec<Problem>> {
    let mut problems = Vec::new();
    let title = typed.title.split_whitespace().collect::<Vec<_>>().join(" ");
    let summary = typed.summary.trim().replace("\r\n", "\n");
    if title.is_empty() {
        problems.push(("title", Message::new("round_form.problem.title")));
    }
    if summary.is_empty() {
        problems.push(("summary", Message::new("round_form.problem.summary")));
    }
    let title_cy = Some(
        typed
            .title_cy
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
    .filter(|t| !t.is_empty());
    let summary_cy = Some(typed.summary_cy.trim().replace("\r\n", "\n")).filter(|t| !t.is_empty());
    too_long("title", &title, LONGEST_TITLE, &mut problems);
    too_long("summary", &summary, LONGEST_SUMMARY, &mut problems);
    too_long(
        "title_cy",
        title_cy.as_deref().unwrap_or(""),
        LONGEST_TITLE,
        &mut problems,
    );
    too_long(
        "summary_cy",
        summary_cy.as_deref().unwrap_or(""),
        LONGEST_SUMMARY,
        &mut problems,
    );
    if problems.is_empty() {
        Ok(RoundWords {
            title,
            title_cy,
            summary,
            summary_cy,
        })
    } else {
        Err(problems)
    }
}

fn whole_number(
    field: &'static str,
    typed: &str,
    least: i32,
    most: i32,
    problems: &mut Vec<Problem>,
) -> Option<i32> {
    match typed.trim().parse::<i32>() {
        Ok(n) if (least..=most).contains(&n) => Some(n),
        _ => {
            problems.push((
                field,
                Message::new("round_form.problem.number")
                    .with("least", least)
                    .with("most", most),
            ));
            None
        }
    }
}

/// Reads a new round's details; every problem named by its field.
pub fn read(typed: &TypedRound<'_>) -> Result<RoundDetails, Vec<Problem>> {
    let (words, mut problems) = match read_words(typed) {
        Ok(w) => (Some(w), Vec::new()),
        Err(p) => (None, p),
    };
    let slug = if typed.slug.trim().is_empty() {
        words.as_ref().and_then(|w| Slug::suggest(&w.title))
    } else {
        Slug::parse(typed.slug.trim()).ok()
    };
    if slug.is_none() && words.is_some() {
        problems.push(("slug", Message::new("round_form.problem.slug")));
    }
    let ballot_rule = BALLOT_RULES
        .into_iter()
        .find(|r| r.as_str() == typed.ballot_rule);
    if ballot_rule.is_none() {
        problems.push((
            "ballot_rule",
            Message::new("round_form.problem.ballot_rule"),
        ));
    }
    let max_choices = (ballot_rule == Some(BallotRule::ApproveUpTo))
        .then(|| whole_number("max_choices", typed.max_choices, 1, 50, &mut problems))
        .flatten();
    let points = (ballot_rule == Some(BallotRule::Points))
        .then(|| whole_number("points", typed.points, 2, 1_000, &mut problems))
        .flatten();
    let min_choices = if typed.min_choices.trim().is_empty() {
        Some(1)
    } else {
        whole_number("min_choices", typed.min_choices, 0, 50, &mut problems)
    };
    if let (Some(least), Some(most)) = (min_choices, max_choices) {
        if least > most {
            problems.push((
                "min_choices",
                Message::new("round_form.problem.min_over_max"),
            ));
        }
    }
    let count_rule = COUNT_RULES
        .into_iter()
        .find(|r| r.as_str() == typed.count_rule);
    if count_rule.is_none() {
        problems.push(("count_rule", Message::new("round_form.problem.count_rule")));
    }
    let ballots_per = BALLOTS_PER
        .into_iter()
        .find(|p| p.as_str() == typed.ballots_per);
    if ballots_per.is_none() {
        problems.push((
            "ballots_per",
            Message::new("round_form.problem.ballots_per"),
        ));
    }
    match (
        words,
        slug,
        ballot_rule,
        min_choices,
        count_rule,
        ballots_per,
    ) {
        (
            Some(words),
            Some(slug),
            Some(ballot_rule),
            Some(min_choices),
            Some(count_rule),
            Some(ballots_per),
        ) if problems.is_empty() => Ok(RoundDetails {
            words,
            slug,
            ballot_rule,
            max_choices,
            points,
            min_choices,
            count_rule,
            ballots_per,
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed() -> TypedRound<'static> {
        TypedRound {
            title: "Poplar 2028–29",
            summary: "Residents decide how the pot is spent.",
            ballot_rule: "approve_up_to",
            max_choices: "3",
            count_rule: "mes-complete",
            ballots_per: "household",
            ..Default::default()
        }
    }

    fn keys(problems: &[Problem]) -> Vec<(&str, &str)> {
        problems.iter().map(|(f, m)| (*f, m.key.as_str())).collect()
    }

    #[test]
    fn a_round_is_read_with_its_address_from_its_title() {
        let r = read(&typed()).unwrap();
        assert_eq!(r.slug.as_str(), "poplar-2028-29");
        assert_eq!(r.max_choices, Some(3));
        assert_eq!(r.points, None);
        assert_eq!(r.min_choices, 1);
        assert_eq!(r.count_rule, CountRule::MesComplete);
        assert_eq!(r.ballots_per, BallotsPer::Household);
    }

    #[test]
    fn the_rules_numbers_are_checked_for_the_rule_chosen() {
        let mut t = typed();
        t.max_choices = "0";
        t.min_choices = "x";
        t.count_rule = "mes";
        assert_eq!(
            keys(&read(&t).unwrap_err()),
            [
                ("max_choices", "round_form.problem.number"),
                ("min_choices", "round_form.problem.number"),
                ("count_rule", "round_form.problem.count_rule"),
            ]
        );
        t = typed();
        t.min_choices = "4";
        assert_eq!(
            keys(&read(&t).unwrap_err()),
            [("min_choices", "round_form.problem.min_over_max")]
        );
    }

    #[test]
    fn a_round_needs_a_title_a_description_and_a_ballot_rule() {
        let t = TypedRound {
            count_rule: "greedy",
            ..Default::default()
        };
        assert_eq!(
            keys(&read(&t).unwrap_err()),
            [
                ("title", "round_form.problem.title"),
                ("summary", "round_form.problem.summary"),
                ("ballot_rule", "round_form.problem.ballot_rule"),
                ("ballots_per", "round_form.problem.ballots_per"),
            ]
        );
    }
}
