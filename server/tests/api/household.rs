//! A household's ballot stays theirs: the letter code that voted cannot then be turned
//! into an account that reads or replaces that ballot while voting is open.

use crate::helpers::spawn_app;
use crate::visitors::Visitor;
use crate::voting::{ballots, code, on_ballot, receipt_of, vote, OPEN};
use sea_orm::{ConnectionTrait, Statement};

/// The housemate proves residence with the household's letter code.
async fn add_to_account(housemate: &Visitor, letter: &str) -> crate::visitors::Answer {
    housemate
        .post(
            "/api/verify_residence",
            &[
                ("neighbourhood", "ilfracombe"),
                ("postcode", "EX34 9ZZ"),
                ("code", letter),
            ],
        )
        .await
}

/// The attack: one person votes with the household's letter; a housemate who finds the
/// letter signs up, proves residence with the same code, and then sees and changes the
/// household's ballot through their account, with no receipt. It succeeded before.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_housemate_cannot_take_over_a_ballot_cast_with_the_letter_code() {
    let app = spawn_app().await;
    let items = on_ballot(&app, OPEN).await;
    let letter = code(31);
    let phone = Visitor::new(&app).await;
    let cast = vote(
        &phone,
        OPEN,
        &[(items[0].id, 1)],
        &[("code", &letter), ("postcode", "EX34 9ZZ")],
    )
    .await;
    assert!(cast.status < 400, "{}", cast.body);
    let receipt = receipt_of(&cast);

    let housemate = Visitor::signed_up(
        &app,
        "Housemate",
        "housemate@example.org",
        "same house other person",
    )
    .await;
    let redeemed = add_to_account(&housemate, &letter).await;
    assert_eq!(redeemed.status, 422, "{}", redeemed.body);
    assert!(
        redeemed
            .body
            .contains("has already voted in a round that is still open"),
        "{}",
        redeemed.body
    );

    // Nothing of the ballot shows, and the account cannot vote over it.
    let page = housemate
        .get(&format!("/neighbourhoods/ilfracombe/rounds/{OPEN}/vote"))
        .await;
    assert!(!page.body.contains(&receipt));
    let over = vote(&housemate, OPEN, &[(items[1].id, 1)], &[]).await;
    assert!(over.status >= 400, "{}", over.body);
    let stored = ballots(&app, OPEN).await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].choices, format!("[{}]", items[0].id));

    // The code is not spent by the refusal: the person who voted can still change
    // their vote with it and the receipt.
    let changed = vote(
        &phone,
        OPEN,
        &[(items[1].id, 1)],
        &[
            ("code", &letter),
            ("postcode", "EX34 9ZZ"),
            ("receipt", &receipt),
        ],
    )
    .await;
    assert!(changed.status < 400, "{}", changed.body);
}

/// The other order: the housemate adds the letter's code to their account first; the
/// person holding the letter then cannot vote with it where the account would see it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_added_to_an_account_votes_only_through_that_account() {
    let app = spawn_app().await;
    let items = on_ballot(&app, OPEN).await;
    let letter = code(33);
    let housemate = Visitor::signed_up(
        &app,
        "Housemate",
        "first@example.org",
        "same house first one",
    )
    .await;
    let redeemed = add_to_account(&housemate, &letter).await;
    assert_eq!(redeemed.status, 200, "{}", redeemed.body);
    let phone = Visitor::new(&app).await;
    let refused = vote(
        &phone,
        OPEN,
        &[(items[0].id, 1)],
        &[("code", &letter), ("postcode", "EX34 9ZZ")],
    )
    .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("added to a resident's account"));
    assert!(ballots(&app, OPEN).await.is_empty());
}

/// Someone with a copy of the database but not the server's key cannot tell whose ballot
/// is whose: no stored voter key is, or contains, a code's or an account's id.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_in_the_database_links_a_ballot_to_an_account_or_a_code_without_the_key() {
    let app = spawn_app().await;
    let items = on_ballot(&app, OPEN).await;
    let resident = Visitor::signed_in(&app, crate::voting::RESIDENT).await;
    assert!(vote(&resident, OPEN, &[(items[0].id, 1)], &[]).await.status < 400);
    let phone = Visitor::new(&app).await;
    let by_code = vote(
        &phone,
        OPEN,
        &[(items[1].id, 1)],
        &[("code", &code(32)), ("postcode", "EX34 9ZZ")],
    )
    .await;
    assert!(by_code.status < 400, "{}", by_code.body);

    // The query an insider would try: join ballots to codes and accounts by their ids.
    let linked = app
        .db
        .query_one(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM ballots b \
             WHERE b.voter_key IN (SELECT 'code:' || CAST(c.id AS TEXT) FROM voting_codes c) \
                OR b.voter_key IN (SELECT 'user:' || CAST(u.id AS TEXT) FROM users u)",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "n")
        .unwrap();
    assert_eq!(linked, 0);
    let ours: Vec<String> = ballots(&app, OPEN)
        .await
        .into_iter()
        .map(|b| b.voter_key)
        .collect();
    assert_eq!(ours.len(), 2);
    assert!(
        ours.iter().all(|k| k.starts_with("k:") && k.len() == 66),
        "{ours:?}"
    );
    // Nor by time: a ballot keeps only the day it was cast, and no audit entry says to
    // the second when someone voted (sign-ins are in the audit log, with their times).
    use chrono::Timelike;
    for b in ballots(&app, OPEN)
        .await
        .iter()
        .filter(|b| b.voter_key.starts_with("k:"))
    {
        assert_eq!(
            (b.cast_at.hour(), b.cast_at.minute(), b.cast_at.second()),
            (0, 0, 0),
            "{b:?}"
        );
    }
    let timed = app
        .db
        .query_one(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM audit_log WHERE action LIKE 'ballot%'",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "n")
        .unwrap();
    assert_eq!(timed, 0);
}

/// Ballots stored before keys were secret are rewritten when the server starts.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ballots_stored_under_plain_ids_are_rewritten_under_the_key() {
    use app::backend::access::{secrets::CodeKey, voter_keys};
    use app::backend::entities::ballot;
    use sea_orm::{ActiveModelTrait, Set};
    let app = spawn_app().await;
    let r = crate::voting::round_of(&app, OPEN).await;
    ballot::ActiveModel {
        round_id: Set(r.id),
        voter_key: Set("code:7".into()),
        choices: Set("[]".into()),
        receipt: Set("LEGA-CY01".into()),
        channel: Set("online".into()),
        cast_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let key = CodeKey::from_bytes(b"a test key".to_vec());
    assert_eq!(voter_keys::rekey_legacy(&app.db, &key).await.unwrap(), 1);
    let stored = ballots(&app, OPEN).await;
    assert_eq!(stored[0].voter_key, voter_keys::of_code(&key, 7));
    assert_eq!(voter_keys::rekey_legacy(&app.db, &key).await.unwrap(), 0);
}

/// Makes the demo's open round take one ballot per household, as an officer chooses
/// when making a round (the choice is fixed once a round exists, so no form changes it).
async fn per_household(app: &crate::helpers::TestApp) {
    app.db
        .execute(Statement::from_string(
            app.db.get_database_backend(),
            format!("UPDATE rounds SET ballots_per = 'household' WHERE slug = '{OPEN}'"),
        ))
        .await
        .unwrap();
}

/// The attack: a household votes with its letter; a member verified in person by an
/// officer then votes again with their account. In a round per household only the
/// household's code votes, so the second ballot is refused, by name, and the first
/// stands. Before the round could say so, the account's ballot was taken (200).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_a_round_per_household_a_member_verified_in_person_cannot_vote_again() {
    let app = spawn_app().await;
    per_household(&app).await;
    let items = on_ballot(&app, OPEN).await;
    let letter = code(34);
    let phone = Visitor::new(&app).await;
    let cast = vote(
        &phone,
        OPEN,
        &[(items[0].id, 1)],
        &[("code", &letter), ("postcode", "EX34 9AB")],
    )
    .await;
    assert!(cast.status < 400, "{}", cast.body);

    // The round says how it counts voters, on its page and on the ballot.
    let round_page = phone
        .get(&format!("/neighbourhoods/ilfracombe/rounds/{OPEN}"))
        .await;
    assert!(round_page.body.contains("One ballot per household"));

    // The demo resident was verified in person at EX34 9AB: the ballot page asks for
    // the household's code instead of offering the account's vote.
    let member = Visitor::signed_in(&app, crate::voting::RESIDENT).await;
    let page = member
        .get(&format!("/neighbourhoods/ilfracombe/rounds/{OPEN}/vote"))
        .await;
    assert!(
        page.body.contains("One ballot per household"),
        "{}",
        page.body
    );
    assert!(page.body.contains("name=\"code\""), "{}", page.body);
    let again = vote(&member, OPEN, &[(items[1].id, 1)], &[]).await;
    assert_eq!(again.status, 422, "{}", again.body);
    assert!(
        again
            .body
            .contains("This round takes one ballot per household"),
        "{}",
        again.body
    );
    // With the letter's code they are the household, and changing its vote still
    // needs the receipt.
    let with_letter = vote(
        &member,
        OPEN,
        &[(items[1].id, 1)],
        &[("code", &letter), ("postcode", "EX34 9AB")],
    )
    .await;
    assert_eq!(with_letter.status, 422, "{}", with_letter.body);
    let stored = ballots(&app, OPEN).await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].choices, format!("[{}]", items[0].id));
}

/// A round per resident takes the letter's ballot and the ballot of a member verified
/// in person, and says so: each resident votes once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_a_round_per_resident_each_verified_member_votes() {
    let app = spawn_app().await;
    let items = on_ballot(&app, OPEN).await;
    let phone = Visitor::new(&app).await;
    let cast = vote(
        &phone,
        OPEN,
        &[(items[0].id, 1)],
        &[("code", &code(35)), ("postcode", "EX34 9AB")],
    )
    .await;
    assert!(cast.status < 400, "{}", cast.body);
    let member = Visitor::signed_in(&app, crate::voting::RESIDENT).await;
    let page = member
        .get(&format!("/neighbourhoods/ilfracombe/rounds/{OPEN}/vote"))
        .await;
    assert!(
        page.body.contains("One ballot per resident"),
        "{}",
        page.body
    );
    let own = vote(&member, OPEN, &[(items[1].id, 1)], &[]).await;
    assert!(own.status < 400, "{}", own.body);
    assert_eq!(ballots(&app, OPEN).await.len(), 2);
}

/// Row ids do not keep the order ballots arrived in, so a copy of the database cannot
/// line ballots up with a web server's log of who posted when. Before, ids counted up
/// from 1 and sorting by id gave the order of arrival.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_does_not_keep_the_order_ballots_arrived_in() {
    use app::backend::entities::ballot;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let app = spawn_app().await;
    let items = on_ballot(&app, OPEN).await;
    let mut arrived = Vec::new();
    for i in 40..48 {
        let phone = Visitor::new(&app).await;
        let cast = vote(
            &phone,
            OPEN,
            &[(items[0].id, 1)],
            &[("code", &code(i)), ("postcode", "EX34 9AB")],
        )
        .await;
        assert!(cast.status < 400, "{}", cast.body);
        arrived.push(receipt_of(&cast));
    }
    let round_id = ballots(&app, OPEN).await[0].round_id;
    let stored = ballot::Entity::find()
        .filter(ballot::Column::RoundId.eq(round_id))
        .order_by_asc(ballot::Column::Id)
        .all(&app.db)
        .await
        .unwrap();
    let by_id: Vec<String> = stored.iter().map(|b| b.receipt.clone()).collect();
    // Eight ballots in arrival order by chance: one time in 40,320.
    assert_ne!(by_id, arrived);
    // Drawn from 62 bits: an id under 2^32 comes up one time in a billion.
    assert!(
        stored.iter().all(|b| b.id > i64::from(u32::MAX)),
        "{stored:?}"
    );
}
