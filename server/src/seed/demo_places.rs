//! The demo neighbourhoods, their agencies, and a round in every phase of the cycle.

use app::domain::phase::Phase;

pub struct Place {
    pub slug: &'static str,
    pub name: &'static str,
    pub council: &'static str,
    pub summary: &'static str,
    pub postcode_areas: &'static [&'static str],
    /// Agency name, kind, and its yearly contribution in whole pounds.
    pub agencies: &'static [(&'static str, &'static str, i64)],
    pub rounds: &'static [RoundPlan],
}

pub struct RoundPlan {
    pub slug: &'static str,
    pub title: &'static str,
    pub phase: Phase,
    /// Year the round starts, for its phase dates.
    pub year: i32,
    /// Percentage of each agency's yearly contribution that this round received.
    pub scale_percent: i64,
}

pub const PLACES: [Place; 2] = [
    Place {
        slug: "ilfracombe",
        name: "Ilfracombe",
        council: "North Devon Council",
        summary: "A harbour town on the North Devon coast. The council, the NHS, the police and \
                  fire and rescue pool part of their local spending so residents can decide \
                  together what the town needs most.",
        postcode_areas: &["EX34 8", "EX34 9"],
        agencies: &[
            ("North Devon Council", "council", 60_000),
            ("NHS Devon", "nhs", 25_000),
            ("Devon and Cornwall Police", "police", 10_000),
            ("Devon and Somerset Fire and Rescue Service", "fire", 5_000),
        ],
        rounds: &[
            RoundPlan {
                slug: "2027-28",
                title: "Ilfracombe Community Budget 2027–28",
                phase: Phase::ProposalsOpen,
                year: 2027,
                scale_percent: 100,
            },
            RoundPlan {
                slug: "2026-27",
                title: "Ilfracombe Community Budget 2026–27",
                phase: Phase::VotingOpen,
                year: 2026,
                scale_percent: 100,
            },
            RoundPlan {
                slug: "2025-26",
                title: "Ilfracombe Community Budget 2025–26",
                phase: Phase::DecisionPublished,
                year: 2025,
                scale_percent: 90,
            },
            RoundPlan {
                slug: "2024-25",
                title: "Ilfracombe Community Budget 2024–25",
                phase: Phase::Closed,
                year: 2024,
                scale_percent: 80,
            },
        ],
    },
    Place {
        slug: "castle-vale",
        name: "Castle Vale",
        council: "Birmingham City Council",
        summary: "An estate of about 10,000 people in east Birmingham with a long history of \
                  residents running things themselves. Five agencies put money into one pot \
                  for the neighbourhood to spend.",
        postcode_areas: &["B35 6", "B35 7"],
        agencies: &[
            ("Birmingham City Council", "council", 55_000),
            ("NHS Birmingham and Solihull", "nhs", 30_000),
            ("West Midlands Police", "police", 12_000),
            ("West Midlands Fire Service", "fire", 6_000),
            ("Pioneer Group housing association", "housing", 15_000),
        ],
        rounds: &[
            RoundPlan {
                slug: "2028",
                title: "Castle Vale Community Budget 2028",
                phase: Phase::Draft,
                year: 2028,
                scale_percent: 100,
            },
            RoundPlan {
                slug: "2027",
                title: "Castle Vale Community Budget 2027",
                phase: Phase::Review,
                year: 2027,
                scale_percent: 100,
            },
            RoundPlan {
                slug: "2026",
                title: "Castle Vale Community Budget 2026",
                phase: Phase::Counting,
                year: 2026,
                scale_percent: 95,
            },
            RoundPlan {
                slug: "2025",
                title: "Castle Vale Community Budget 2025",
                phase: Phase::Delivery,
                year: 2025,
                scale_percent: 85,
            },
        ],
    },
];
