//! Reading counted ballots.
//!
//! `ballots.choices` is JSON: a list of proposal ids (`[12,15]`, in ballot order: ranking
//! order for ranked ballots) or, for ballots that give points, a list of `[id, points]`
//! pairs (`[[12,3],[15,7]]`).

use super::entities::ballot;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde::{Deserialize, Serialize};

/// The choices of one ballot, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum StoredChoices {
    Ids(Vec<i32>),
    Points(Vec<(i32, i64)>),
}

impl StoredChoices {
    pub fn parse(json: &str) -> Result<StoredChoices, DbErr> {
        serde_json::from_str(json)
            .map_err(|e| DbErr::Custom(format!("ballot choices are not a list of ids: {e}")))
    }

    pub fn to_json(&self) -> String {
        // A list of integers always serialises.
        serde_json::to_string(self).unwrap_or_else(|_| "[]".into())
    }

    /// The proposal ids, in ballot order.
    pub fn ids(&self) -> Vec<i32> {
        match self {
            StoredChoices::Ids(ids) => ids.clone(),
            StoredChoices::Points(pairs) => pairs.iter().map(|p| p.0).collect(),
        }
    }

    /// Each proposal with its points; a ballot without points gives each choice one.
    pub fn with_points(&self) -> Vec<(i32, i64)> {
        match self {
            StoredChoices::Ids(ids) => ids.iter().map(|&id| (id, 1)).collect(),
            StoredChoices::Points(pairs) => pairs.clone(),
        }
    }
}

/// The choices of every counted ballot of a round, oldest first.
pub async fn stored_choices_for_round(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Vec<StoredChoices>, DbErr> {
    stored_choice_rows_for_round(db, round_id)
        .await?
        .iter()
        .map(|json| StoredChoices::parse(json))
        .collect()
}

/// The choices of every counted ballot of a round as stored (JSON), in ledger order:
/// a voided ballot is not counted.
pub async fn stored_choice_rows_for_round(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Vec<String>, DbErr> {
    ballot::Entity::find()
        .select_only()
        .column(ballot::Column::Choices)
        .filter(ballot::Column::RoundId.eq(round_id))
        .filter(ballot::Column::VoidedAt.is_null())
        .order_by_asc(ballot::Column::Id)
        .into_tuple()
        .all(db)
        .await
}

/// The choices (proposal ids) of every counted ballot of a round, oldest first.
pub async fn choices_for_round(
    db: &impl ConnectionTrait,
    round_id: i32,
) -> Result<Vec<Vec<i32>>, DbErr> {
    Ok(stored_choices_for_round(db, round_id)
        .await?
        .iter()
        .map(StoredChoices::ids)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_stored_forms_are_read() {
        assert_eq!(
            StoredChoices::parse("[12,15]").unwrap(),
            StoredChoices::Ids(vec![12, 15])
        );
        let points = StoredChoices::parse("[[12,3],[15,7]]").unwrap();
        assert_eq!(points.ids(), vec![12, 15]);
        assert_eq!(points.to_json(), "[[12,3],[15,7]]");
        assert_eq!(StoredChoices::parse("[]").unwrap().ids(), Vec::<i32>::new());
        assert!(StoredChoices::parse("{\"a\":1}").is_err());
    }
}
