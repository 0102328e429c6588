//! The database schema, as sea-orm migrations that run on SQLite and PostgreSQL alike.
//!
//! Migrations never import the application's entities: each declares the names it
//! needs locally, so an old migration never changes when a model does.

pub use sea_orm_migration::prelude::*;

mod m20261123_000001_create_places;
mod m20261123_000002_create_rounds;
mod m20261123_000003_create_people;
mod m20261123_000004_create_proposals;
mod m20261123_000005_create_ballots_and_results;
mod m20261123_000006_create_decisions;
mod m20261123_000007_create_audit_log;
mod m20261123_000008_create_access;
mod m20261123_000009_proposal_versions_and_reviews;
mod m20261123_000010_paper_ballot_batches;
mod m20261123_000011_outgoing_mail;
mod m20261202_000012_decision_drafts_payments_follows;
mod m20261203_000013_user_language;
mod m20261206_000014_council_setup;
mod m20261206_000015_email_proof;
mod m20261206_000016_code_approvals;
mod m20261206_000017_code_tallies;
mod m20261206_000018_email_change;
mod m20261206_000019_ballots_per;
mod m20261206_000020_ballot_ids;
mod m20261206_000021_groups_on_their_own;
mod m20261206_000022_stored_counts;
mod m20261206_000023_disabled_accounts;
mod m20261207_000024_two_officer_steps;
mod m20261207_000025_ledger_indexes;
mod m20261207_000026_help_and_feedback;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_create_places::Migration),
            Box::new(m20261123_000002_create_rounds::Migration),
            Box::new(m20261123_000003_create_people::Migration),
            Box::new(m20261123_000004_create_proposals::Migration),
            Box::new(m20261123_000005_create_ballots_and_results::Migration),
            Box::new(m20261123_000006_create_decisions::Migration),
            Box::new(m20261123_000007_create_audit_log::Migration),
            Box::new(m20261123_000008_create_access::Migration),
            Box::new(m20261123_000009_proposal_versions_and_reviews::Migration),
            Box::new(m20261123_000010_paper_ballot_batches::Migration),
            Box::new(m20261123_000011_outgoing_mail::Migration),
            Box::new(m20261202_000012_decision_drafts_payments_follows::Migration),
            Box::new(m20261203_000013_user_language::Migration),
            Box::new(m20261206_000014_council_setup::Migration),
            Box::new(m20261206_000015_email_proof::Migration),
            Box::new(m20261206_000016_code_approvals::Migration),
            Box::new(m20261206_000017_code_tallies::Migration),
            Box::new(m20261206_000018_email_change::Migration),
            Box::new(m20261206_000019_ballots_per::Migration),
            Box::new(m20261206_000020_ballot_ids::Migration),
            Box::new(m20261206_000021_groups_on_their_own::Migration),
            Box::new(m20261206_000022_stored_counts::Migration),
            Box::new(m20261206_000023_disabled_accounts::Migration),
            Box::new(m20261207_000024_two_officer_steps::Migration),
            Box::new(m20261207_000025_ledger_indexes::Migration),
            Box::new(m20261207_000026_help_and_feedback::Migration),
        ]
    }
}

/// A foreign key from `from_table.from_col` to `to_table.id`, named after both.
pub(crate) fn fk(
    from_table: impl IntoIden,
    from_col: impl IntoIden,
    to_table: impl IntoIden,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    let from_table = from_table.into_iden();
    let to_table = to_table.into_iden();
    ForeignKey::create()
        .name(format!(
            "fk_{}_{}",
            from_table.to_string(),
            to_table.to_string()
        ))
        .from(from_table, from_col)
        .to(to_table, Alias::new("id"))
        .on_delete(on_delete)
        .to_owned()
}
