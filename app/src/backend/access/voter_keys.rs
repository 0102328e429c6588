//! The key a ballot is stored under, one per voter and round so nobody votes twice: an
//! HMAC, under the server's secret key, of the letter code or the account that voted.
//! Someone holding the database but not the key cannot tell whose ballot is whose; the
//! server, holding the key, can still find a voter's own ballot to show or replace it.

use super::secrets::CodeKey;
use crate::backend::entities::{ballot, resident};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter, TransactionTrait};

/// What every stored voter key of ours starts with (imported `.pb` voters and the demo's
/// made-up voters have keys of their own kinds).
const PREFIX: &str = "k:";

/// The voter key of a household's letter code.
pub fn of_code(key: &CodeKey, code_id: i32) -> String {
    format!("{PREFIX}{}", key.hash(&format!("voter/code/{code_id}")))
}

/// The voter key of an account verified without a code (in person).
pub fn of_account(key: &CodeKey, user_id: i32) -> String {
    format!("{PREFIX}{}", key.hash(&format!("voter/account/{user_id}")))
}

/// A verified resident votes under their code's key when they proved residence with
/// one, so one household code cannot vote twice by two routes.
pub fn of_resident(key: &CodeKey, r: &resident::Model) -> String {
    match r.voting_code_id {
        Some(code) => of_code(key, code),
        None => of_account(key, r.user_id),
    }
}

/// Rewrites keys stored before keys were secret (`code:{id}`, `user:{id}`) into their
/// keyed form, once, at start. Returns how many ballots were rewritten.
pub async fn rekey_legacy(db: &impl TransactionTrait, key: &CodeKey) -> Result<usize, DbErr> {
    let txn = db.begin().await?;
    let legacy = ballot::Entity::find()
        .filter(
            ballot::Column::VoterKey
                .starts_with("code:")
                .or(ballot::Column::VoterKey.starts_with("user:")),
        )
        .all(&txn)
        .await?;
    let mut rewritten = 0;
    for b in legacy {
        let new = match b.voter_key.split_once(':') {
            Some(("code", id)) => id.parse().ok().map(|id| of_code(key, id)),
            Some(("user", id)) => id.parse().ok().map(|id| of_account(key, id)),
            _ => None,
        };
        let Some(new) = new else { continue };
        ballot::Entity::update_many()
            .col_expr(ballot::Column::VoterKey, Expr::value(new))
            .filter(ballot::Column::Id.eq(b.id))
            .exec(&txn)
            .await?;
        rewritten += 1;
    }
    txn.commit().await?;
    Ok(rewritten)
}
