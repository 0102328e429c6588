//! The kinds of step kept in a proposal's public history.

use super::lifecycle::Verdict;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Sent,
    Edited,
    /// Edited after an officer asked for changes: back in the review queue.
    Resubmitted,
    Reviewed(Verdict),
    CostAdjusted,
    Hidden,
    Withdrawn,
}

impl Event {
    pub const ALL: [Event; 9] = [
        Event::Sent,
        Event::Edited,
        Event::Resubmitted,
        Event::Reviewed(Verdict::Feasible),
        Event::Reviewed(Verdict::NeedsChanges),
        Event::Reviewed(Verdict::Ineligible),
        Event::CostAdjusted,
        Event::Hidden,
        Event::Withdrawn,
    ];

    const NAMED: [(Event, &'static str); 9] = [
        (Event::Sent, "sent"),
        (Event::Edited, "edited"),
        (Event::Resubmitted, "resubmitted"),
        (Event::Reviewed(Verdict::Feasible), "feasible"),
        (Event::Reviewed(Verdict::NeedsChanges), "needs_changes"),
        (Event::Reviewed(Verdict::Ineligible), "ineligible"),
        (Event::CostAdjusted, "cost_adjusted"),
        (Event::Hidden, "hidden"),
        (Event::Withdrawn, "withdrawn"),
    ];

    pub fn as_str(self) -> &'static str {
        Event::NAMED
            .iter()
            .find(|(e, _)| *e == self)
            .map_or("unknown", |(_, s)| s)
    }

    pub fn parse(s: &str) -> Option<Event> {
        Event::NAMED.iter().find(|(_, n)| *n == s).map(|(e, _)| *e)
    }

    /// What the history on the proposal's page says happened.
    pub const fn label(self) -> &'static str {
        match self {
            Event::Sent => "Proposal sent",
            Event::Edited => "Proposal changed by the proposer",
            Event::Resubmitted => "Changed by the proposer and sent back for review",
            Event::Reviewed(Verdict::Feasible) => "Checked by an officer: it can go on the ballot",
            Event::Reviewed(Verdict::NeedsChanges) => "An officer asked for changes",
            Event::Reviewed(Verdict::Ineligible) => "An officer found it not eligible",
            Event::CostAdjusted => "An officer changed the cost",
            Event::Hidden => "Removed by moderators",
            Event::Withdrawn => "Withdrawn by the proposer",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_survives_a_trip_through_its_stored_name() {
        for (event, name) in Event::NAMED {
            assert_eq!(Event::parse(name), Some(event));
            assert_eq!(event.as_str(), name);
        }
        assert_eq!(Event::parse("approved"), None);
    }
}
