//! Who may do what, where. The server asks these rules before every action; pages ask
//! them only to decide what to offer.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A role granted by an admin. Residents and group members are not granted: a
/// resident proves where they live, and a group adds its members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GrantedRole {
    Officer,
    Councillor,
    Admin,
}

impl GrantedRole {
    pub const ALL: [GrantedRole; 3] = [
        GrantedRole::Officer,
        GrantedRole::Councillor,
        GrantedRole::Admin,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            GrantedRole::Officer => "officer",
            GrantedRole::Councillor => "councillor",
            GrantedRole::Admin => "admin",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            GrantedRole::Officer => "Council officer",
            GrantedRole::Councillor => "Councillor",
            GrantedRole::Admin => "Administrator",
        }
    }

    /// Admins act everywhere; officers and councillors in one neighbourhood.
    pub const fn needs_neighbourhood(self) -> bool {
        !matches!(self, GrantedRole::Admin)
    }
}

impl fmt::Display for GrantedRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a role")]
pub struct UnknownRole(pub String);

impl FromStr for GrantedRole {
    type Err = UnknownRole;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        GrantedRole::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    pub role: GrantedRole,
    pub neighbourhood_id: Option<i32>,
}

/// A person's place in a community group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub group_id: i32,
    /// One of the group's administrators.
    pub admin: bool,
    /// The neighbourhoods whose officers recognise the group: it proposes there only.
    pub recognised_in: Vec<i32>,
}

/// A signed-in person and everything that decides what they may do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub user_id: i32,
    pub display_name: String,
    pub grants: Vec<Grant>,
    /// Neighbourhoods this person has proved they live in.
    pub residencies: Vec<i32>,
    pub groups: Vec<Membership>,
    /// Whether the owner has proven they receive mail at the account's address: until
    /// then they cannot propose (nor prove residence or accept a role, checked where
    /// those happen).
    pub email_confirmed: bool,
}

/// Things a person might try to do, with the neighbourhood they touch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Generate, list and void voting codes.
    ManageCodes { neighbourhood_id: i32 },
    /// Record that someone showed proof of address in person.
    VerifyInPerson { neighbourhood_id: i32 },
    /// Grant and remove officer, councillor and admin roles.
    ManageRoles,
    /// Create, change and archive neighbourhoods.
    ManageNeighbourhoods,
    /// Submit a proposal as oneself.
    ProposeAsResident { neighbourhood_id: i32 },
    /// Submit a proposal in a community group's name.
    ProposeForGroup {
        group_id: i32,
        neighbourhood_id: i32,
    },
    /// Invite and remove a group's members, make and unmake its administrators.
    RunGroup { group_id: i32 },
    /// Recognise, decline or withdraw recognition of the groups working here.
    RecogniseGroups { neighbourhood_id: i32 },
    /// Cast a ballot in a round of the neighbourhood.
    Vote { neighbourhood_id: i32 },
    /// Review proposals, move a round between phases, run the count.
    RunRound { neighbourhood_id: i32 },
    /// Draft and publish the budget decision.
    PublishDecision { neighbourhood_id: i32 },
    /// Set how residents reach the neighbourhood's officers for help.
    SetHelpContact { neighbourhood_id: i32 },
    /// Read feedback about a neighbourhood (or, with none, about the service) and mark
    /// it answered.
    AnswerFeedback { neighbourhood_id: Option<i32> },
}

impl Viewer {
    pub fn is_admin(&self) -> bool {
        self.grants.iter().any(|g| g.role == GrantedRole::Admin)
    }

    pub fn holds(&self, role: GrantedRole, neighbourhood_id: i32) -> bool {
        self.grants
            .iter()
            .any(|g| g.role == role && g.neighbourhood_id == Some(neighbourhood_id))
    }

    pub fn is_resident_of(&self, neighbourhood_id: i32) -> bool {
        self.residencies.contains(&neighbourhood_id)
    }

    /// Officers, councillors and admins can change the record, so they are signed out
    /// sooner when idle.
    pub fn is_privileged(&self) -> bool {
        !self.grants.is_empty()
    }

    /// The neighbourhoods where this person is an officer.
    pub fn officer_of(&self) -> Vec<i32> {
        self.grants
            .iter()
            .filter(|g| g.role == GrantedRole::Officer)
            .filter_map(|g| g.neighbourhood_id)
            .collect()
    }

    pub fn may(&self, action: Action) -> bool {
        match action {
            Action::ManageRoles | Action::ManageNeighbourhoods => self.is_admin(),
            Action::ManageCodes { neighbourhood_id }
            | Action::VerifyInPerson { neighbourhood_id }
            | Action::RecogniseGroups { neighbourhood_id }
            | Action::RunRound { neighbourhood_id }
            | Action::SetHelpContact { neighbourhood_id }
            | Action::AnswerFeedback {
                neighbourhood_id: Some(neighbourhood_id),
            } => self.is_admin() || self.holds(GrantedRole::Officer, neighbourhood_id),
            // Feedback about the service as a whole reaches the administrators.
            Action::AnswerFeedback {
                neighbourhood_id: None,
            } => self.is_admin(),
            Action::PublishDecision { neighbourhood_id } => {
                self.holds(GrantedRole::Councillor, neighbourhood_id)
            }
            Action::ProposeAsResident { neighbourhood_id } => {
                self.email_confirmed && self.is_resident_of(neighbourhood_id)
            }
            Action::Vote { neighbourhood_id } => self.is_resident_of(neighbourhood_id),
            Action::ProposeForGroup {
                group_id,
                neighbourhood_id,
            } => {
                self.email_confirmed
                    && self.groups.iter().any(|m| {
                        m.group_id == group_id && m.recognised_in.contains(&neighbourhood_id)
                    })
            }
            Action::RunGroup { group_id } => {
                self.email_confirmed
                    && self
                        .groups
                        .iter()
                        .any(|m| m.group_id == group_id && m.admin)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ILFRACOMBE: i32 = 1;
    const CASTLE_VALE: i32 = 2;

    fn person() -> Viewer {
        Viewer {
            user_id: 7,
            display_name: "Sam".into(),
            grants: vec![],
            residencies: vec![],
            groups: vec![],
            email_confirmed: true,
        }
    }

    fn granted(role: GrantedRole, neighbourhood_id: Option<i32>) -> Viewer {
        Viewer {
            grants: vec![Grant {
                role,
                neighbourhood_id,
            }],
            ..person()
        }
    }

    #[test]
    fn an_officer_manages_codes_only_in_their_own_neighbourhood() {
        let officer = granted(GrantedRole::Officer, Some(ILFRACOMBE));
        assert!(officer.may(Action::ManageCodes {
            neighbourhood_id: ILFRACOMBE
        }));
        assert!(!officer.may(Action::ManageCodes {
            neighbourhood_id: CASTLE_VALE
        }));
        assert!(!officer.may(Action::ManageRoles));
    }

    #[test]
    fn an_admin_runs_every_neighbourhood_and_grants_roles() {
        let admin = granted(GrantedRole::Admin, None);
        assert!(admin.may(Action::ManageRoles));
        assert!(admin.may(Action::RunRound {
            neighbourhood_id: CASTLE_VALE
        }));
    }

    #[test]
    fn only_a_councillor_of_the_neighbourhood_publishes_its_decision() {
        let councillor = granted(GrantedRole::Councillor, Some(ILFRACOMBE));
        assert!(councillor.may(Action::PublishDecision {
            neighbourhood_id: ILFRACOMBE
        }));
        assert!(!councillor.may(Action::PublishDecision {
            neighbourhood_id: CASTLE_VALE
        }));
        assert!(
            !granted(GrantedRole::Admin, None).may(Action::PublishDecision {
                neighbourhood_id: ILFRACOMBE
            })
        );
    }

    #[test]
    fn feedback_about_a_neighbourhood_reaches_its_officers_and_the_rest_only_admins() {
        let officer = granted(GrantedRole::Officer, Some(ILFRACOMBE));
        let here = Action::AnswerFeedback {
            neighbourhood_id: Some(ILFRACOMBE),
        };
        let there = Action::AnswerFeedback {
            neighbourhood_id: Some(CASTLE_VALE),
        };
        let service = Action::AnswerFeedback {
            neighbourhood_id: None,
        };
        assert!(officer.may(here) && !officer.may(there) && !officer.may(service));
        assert_eq!(officer.officer_of(), vec![ILFRACOMBE]);
        let admin = granted(GrantedRole::Admin, None);
        assert!(admin.may(here) && admin.may(there) && admin.may(service));
        let councillor = granted(GrantedRole::Councillor, Some(ILFRACOMBE));
        assert!(!councillor.may(here));
        assert!(!councillor.may(Action::SetHelpContact {
            neighbourhood_id: ILFRACOMBE
        }));
        assert!(officer.may(Action::SetHelpContact {
            neighbourhood_id: ILFRACOMBE
        }));
    }

    #[test]
    fn a_resident_votes_and_proposes_only_where_they_live() {
        let resident = Viewer {
            residencies: vec![ILFRACOMBE],
            ..person()
        };
        assert!(resident.may(Action::Vote {
            neighbourhood_id: ILFRACOMBE
        }));
        assert!(!resident.may(Action::Vote {
            neighbourhood_id: CASTLE_VALE
        }));
        assert!(!person().may(Action::ProposeAsResident {
            neighbourhood_id: ILFRACOMBE
        }));
    }

    #[test]
    fn an_account_whose_email_is_not_confirmed_votes_where_it_may_but_proposes_nowhere() {
        let unconfirmed = Viewer {
            residencies: vec![ILFRACOMBE],
            groups: vec![Membership {
                group_id: 3,
                admin: true,
                recognised_in: vec![ILFRACOMBE],
            }],
            email_confirmed: false,
            ..person()
        };
        assert!(!unconfirmed.may(Action::ProposeAsResident {
            neighbourhood_id: ILFRACOMBE
        }));
        assert!(!unconfirmed.may(Action::ProposeForGroup {
            group_id: 3,
            neighbourhood_id: ILFRACOMBE
        }));
        assert!(unconfirmed.may(Action::Vote {
            neighbourhood_id: ILFRACOMBE
        }));
    }

    #[test]
    fn a_group_member_proposes_in_their_own_groups_name_only() {
        let member = Viewer {
            groups: vec![Membership {
                group_id: 3,
                admin: false,
                recognised_in: vec![ILFRACOMBE],
            }],
            ..person()
        };
        assert!(member.may(Action::ProposeForGroup {
            group_id: 3,
            neighbourhood_id: ILFRACOMBE
        }));
        assert!(!member.may(Action::ProposeForGroup {
            group_id: 4,
            neighbourhood_id: ILFRACOMBE
        }));
        assert!(!member.may(Action::RunGroup { group_id: 3 }));
    }

    #[test]
    fn a_group_proposes_only_where_officers_recognise_it() {
        let admin = Viewer {
            groups: vec![Membership {
                group_id: 3,
                admin: true,
                recognised_in: vec![CASTLE_VALE],
            }],
            ..person()
        };
        assert!(!admin.may(Action::ProposeForGroup {
            group_id: 3,
            neighbourhood_id: ILFRACOMBE
        }));
        assert!(admin.may(Action::ProposeForGroup {
            group_id: 3,
            neighbourhood_id: CASTLE_VALE
        }));
        assert!(admin.may(Action::RunGroup { group_id: 3 }));
        assert!(!admin.may(Action::RecogniseGroups {
            neighbourhood_id: CASTLE_VALE
        }));
        assert!(
            granted(GrantedRole::Officer, Some(CASTLE_VALE)).may(Action::RecogniseGroups {
                neighbourhood_id: CASTLE_VALE
            })
        );
        assert!(
            !granted(GrantedRole::Officer, Some(ILFRACOMBE)).may(Action::RecogniseGroups {
                neighbourhood_id: CASTLE_VALE
            })
        );
    }

    #[test]
    fn roles_round_trip_through_their_stored_names() {
        for role in GrantedRole::ALL {
            assert_eq!(role.as_str().parse::<GrantedRole>().unwrap(), role);
        }
        assert!("mayor".parse::<GrantedRole>().is_err());
    }
}
