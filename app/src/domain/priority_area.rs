//! The services a proposal can belong to.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PriorityArea {
    Youth,
    CommunitySafety,
    HealthAndWellbeing,
    Housing,
    Environment,
    EmploymentAndSkills,
    OlderPeopleAndCare,
    FamiliesAndChildren,
    Transport,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Choose a priority area from the list")]
pub struct UnknownPriorityArea;

impl PriorityArea {
    pub const ALL: [PriorityArea; 9] = [
        PriorityArea::Youth,
        PriorityArea::CommunitySafety,
        PriorityArea::HealthAndWellbeing,
        PriorityArea::Housing,
        PriorityArea::Environment,
        PriorityArea::EmploymentAndSkills,
        PriorityArea::OlderPeopleAndCare,
        PriorityArea::FamiliesAndChildren,
        PriorityArea::Transport,
    ];

    pub const fn slug(self) -> &'static str {
        match self {
            PriorityArea::Youth => "youth",
            PriorityArea::CommunitySafety => "community-safety",
            PriorityArea::HealthAndWellbeing => "health-and-wellbeing",
            PriorityArea::Housing => "housing",
            PriorityArea::Environment => "environment",
            PriorityArea::EmploymentAndSkills => "employment-and-skills",
            PriorityArea::OlderPeopleAndCare => "older-people-and-care",
            PriorityArea::FamiliesAndChildren => "families-and-children",
            PriorityArea::Transport => "transport",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            PriorityArea::Youth => "Youth",
            PriorityArea::CommunitySafety => "Community safety",
            PriorityArea::HealthAndWellbeing => "Health and wellbeing",
            PriorityArea::Housing => "Housing",
            PriorityArea::Environment => "Environment and green spaces",
            PriorityArea::EmploymentAndSkills => "Employment and skills",
            PriorityArea::OlderPeopleAndCare => "Older people and care",
            PriorityArea::FamiliesAndChildren => "Families and children",
            PriorityArea::Transport => "Transport",
        }
    }

    pub fn parse(slug: &str) -> Result<PriorityArea, UnknownPriorityArea> {
        PriorityArea::ALL
            .into_iter()
            .find(|a| a.slug() == slug)
            .ok_or(UnknownPriorityArea)
    }
}

impl fmt::Display for PriorityArea {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_area_is_found_again_by_its_slug() {
        for a in PriorityArea::ALL {
            assert_eq!(PriorityArea::parse(a.slug()), Ok(a));
        }
        assert_eq!(PriorityArea::parse("parties"), Err(UnknownPriorityArea));
    }
}
