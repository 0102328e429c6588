//! Help and feedback as residents and officers use them: the help link on every page
//! of a neighbourhood, contact details its officers set, a feedback message that keeps
//! only what its sender gave, and the officers (of that neighbourhood only) answering it.

use crate::helpers::{spawn_app, visible_text, TestApp};
use crate::visitors::Visitor;
use app::backend::entities::{audit_entry, feedback_message, help_contact, neighbourhood};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

const OFFICER: &str = "officer.ilfracombe@demo.invalid";
const OFFICER_ELSEWHERE: &str = "officer.castle-vale@demo.invalid";
const ADMIN: &str = "admin@demo.invalid";
const RESIDENT: &str = "resident.ilfracombe@demo.invalid";
const HELP: &str = "/neighbourhoods/ilfracombe/help";
const EDIT: &str = "/neighbourhoods/ilfracombe/help/edit";

async fn place_id(app: &TestApp, slug: &str) -> i32 {
    neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Slug.eq(slug))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn audited(app: &TestApp, action: &str) -> u64 {
    audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq(action))
        .count(&app.db)
        .await
        .unwrap()
}

fn contact<'a>(email: &'a str, phone: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("neighbourhood", "ilfracombe"),
        ("email", email),
        ("phone", phone),
        (
            "in_person",
            "Ilfracombe library, Candar Walk: Tuesdays 10am to 12 noon",
        ),
        (
            "in_person_cy",
            "Llyfrgell Ilfracombe: dydd Mawrth 10yb tan 12",
        ),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resident_finds_their_neighbourhoods_help_and_the_contact_its_officer_set() {
    let app = spawn_app().await;
    let resident = Visitor::new(&app).await;

    // Every page of the neighbourhood links to its own help; elsewhere, to the general one.
    let page = resident.get("/neighbourhoods/ilfracombe").await.body;
    assert!(page.contains(&format!("href=\"{HELP}\"")), "{page}");
    let home = resident.get("/").await.body;
    assert!(home.contains("href=\"/help\""));
    assert!(home.contains("href=\"/feedback\""));
    let general = resident.get("/help").await;
    assert_eq!(general.status, 200);
    assert!(general.body.contains(&format!("href=\"{HELP}\"")));
    let guessed = resident.get("/contact").await;
    assert_eq!(guessed.status, 308);
    assert_eq!(guessed.location.as_deref(), Some("/help"));

    // Before the officers say how to reach them, the page names the council.
    let text = visible_text(&resident.get(HELP).await.body);
    assert!(text.contains("Lost your letter?"), "{text}");
    assert!(
        text.contains("has not put its contact details here yet"),
        "{text}"
    );
    assert!(text.contains("North Devon Council"), "{text}");

    // A mistyped number is named and nothing is stored.
    let officer = Visitor::signed_in(&app, OFFICER).await;
    assert_eq!(officer.get(EDIT).await.status, 200);
    let refused = officer
        .submit(
            EDIT,
            "/api/save_help_contact",
            &contact("ilfracombe.budget@northdevon.example", "call the library"),
        )
        .await;
    assert_eq!(refused.status, 302);
    let form = officer.get(EDIT).await.body;
    assert!(
        visible_text(&form).contains("Enter a phone number using digits"),
        "{form}"
    );
    assert!(
        form.contains("value=\"call the library\""),
        "what was typed is kept: {form}"
    );
    let stored = help_contact::Entity::find().count(&app.db).await.unwrap();
    assert_eq!(stored, 0);

    // An officer of another neighbourhood cannot change Ilfracombe's.
    let elsewhere = Visitor::signed_in(&app, OFFICER_ELSEWHERE).await;
    let forbidden = elsewhere
        .post(
            "/api/save_help_contact",
            &contact("not.ours@example.com", "0121 000 0000"),
        )
        .await;
    assert_eq!(forbidden.status, 403);
    assert_eq!(elsewhere.get(EDIT).await.status, 403);

    let saved = officer
        .submit(
            EDIT,
            "/api/save_help_contact",
            &contact("ilfracombe.budget@northdevon.example", "01271 388 280"),
        )
        .await;
    assert_eq!(saved.status, 302);
    assert_eq!(saved.location.as_deref(), Some(HELP));
    let text = visible_text(&officer.get(HELP).await.body);
    assert!(text.contains("Contact details saved"), "{text}");
    assert_eq!(audited(&app, "neighbourhood.help_contact").await, 1);

    let page = resident.get(HELP).await.body;
    assert!(page.contains("href=\"mailto:ilfracombe.budget@northdevon.example\""));
    assert!(page.contains("href=\"tel:01271388280\""), "{page}");
    assert!(page.contains("Ilfracombe library, Candar Walk"));
    assert!(!page.contains("has not put its contact details"));
    assert!(
        !page.contains(EDIT),
        "residents are not offered the officers' form"
    );

    // Saved again with the phone left blank, the number is no longer offered.
    let saved = officer
        .post(
            "/api/save_help_contact",
            &contact("ilfracombe.budget@northdevon.example", " "),
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let page = resident.get(HELP).await.body;
    assert!(!page.contains("tel:"), "{page}");
    assert_eq!(
        help_contact::Entity::find().count(&app.db).await.unwrap(),
        1
    );
    assert_eq!(audited(&app, "neighbourhood.help_contact").await, 2);

    // Read in Welsh, the in-person help is the officers' Welsh.
    resident.choose_language("cy", HELP).await;
    let text = visible_text(&resident.get(HELP).await.body);
    assert!(text.contains("Llyfrgell Ilfracombe"), "{text}");
    assert!(text.contains("Wedi colli eich llythyr?"), "{text}");
}

async fn send(visitor: &Visitor, fields: &[(&str, &str)]) -> crate::visitors::Answer {
    visitor
        .submit("/feedback", "/api/send_feedback", fields)
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feedback_keeps_only_what_its_sender_gave_and_reaches_that_neighbourhoods_officers() {
    let app = spawn_app().await;
    let someone = Visitor::new(&app).await;

    // Bad input is named, field by field, and nothing is stored.
    let refused = send(
        &someone,
        &[
            ("neighbourhood", "atlantis"),
            ("message", "   "),
            ("email", "me at home"),
        ],
    )
    .await;
    assert_eq!(refused.status, 302);
    let text = visible_text(&someone.get("/feedback").await.body);
    assert!(text.contains("Enter your message"), "{text}");
    assert!(text.contains("Enter an email address in the correct format"));
    let refused = send(
        &someone,
        &[("neighbourhood", "atlantis"), ("message", "Hello")],
    )
    .await;
    assert_eq!(refused.status, 302);
    let text = visible_text(&someone.get("/feedback").await.body);
    assert!(
        text.contains("Choose a neighbourhood from the list"),
        "{text}"
    );
    assert_eq!(
        feedback_message::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );

    // The link from a neighbourhood's help page chooses that neighbourhood.
    let form = someone.get("/feedback?neighbourhood=ilfracombe").await.body;
    assert!(form.contains("value=\"ilfracombe\" selected"), "{form}");

    let sent = send(
        &someone,
        &[
            ("neighbourhood", "ilfracombe"),
            ("message", "The vote page was hard to read on my phone."),
        ],
    )
    .await;
    assert_eq!(sent.status, 302);
    let text = visible_text(&someone.get("/feedback").await.body);
    assert!(
        text.contains("Your message has been sent to the council."),
        "{text}"
    );
    let wants_answer = Visitor::new(&app).await;
    send(
        &wants_answer,
        &[
            ("neighbourhood", "castle-vale"),
            ("message", "When is the next voting event?"),
            ("name", "Dee"),
            ("email", "dee@example.com"),
        ],
    )
    .await;
    send(
        &wants_answer,
        &[("message", "Please add large print letters.")],
    )
    .await;

    let stored = feedback_message::Entity::find()
        .order_by_asc(feedback_message::Column::Id)
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(stored.len(), 3);
    let ilfracombe = place_id(&app, "ilfracombe").await;
    assert_eq!(stored[0].neighbourhood_id, Some(ilfracombe));
    assert_eq!(
        (stored[0].name.as_deref(), stored[0].email.as_deref()),
        (None, None)
    );
    assert_eq!(stored[0].language, "en");
    assert_eq!(stored[1].email.as_deref(), Some("dee@example.com"));
    assert_eq!(stored[2].neighbourhood_id, None);

    // Ilfracombe's officer reads Ilfracombe's message only; the administrator all three.
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let text = visible_text(&officer.get("/feedback/messages").await.body);
    assert!(text.contains("hard to read on my phone"), "{text}");
    assert!(!text.contains("next voting event"), "{text}");
    assert!(!text.contains("large print"), "{text}");
    assert!(
        text.contains("1 message is waiting for an answer"),
        "{text}"
    );
    let admin = Visitor::signed_in(&app, ADMIN).await;
    let text = visible_text(&admin.get("/feedback/messages").await.body);
    assert!(
        text.contains("3 messages are waiting for an answer"),
        "{text}"
    );
    assert!(text.contains("dee@example.com") && text.contains("large print"));
    let resident = Visitor::signed_in(&app, RESIDENT).await;
    assert_eq!(resident.get("/feedback/messages").await.status, 403);
    assert_eq!(someone.get("/feedback/messages").await.status, 401);

    // Another neighbourhood's officer cannot mark it answered, nor learn it exists.
    let id = stored[0].id.to_string();
    let elsewhere = Visitor::signed_in(&app, OFFICER_ELSEWHERE).await;
    let refused = elsewhere.post("/api/answer_feedback", &[("id", &id)]).await;
    assert_eq!(refused.status, 404);
    let missing = officer
        .post("/api/answer_feedback", &[("id", "999999")])
        .await;
    assert_eq!(missing.status, 404);

    let answered = officer
        .submit("/feedback/messages", "/api/answer_feedback", &[("id", &id)])
        .await;
    assert_eq!(answered.status, 302);
    let text = visible_text(&officer.get("/feedback/messages").await.body);
    assert!(text.contains("Message marked answered."), "{text}");
    assert!(text.contains("Marked answered by"), "{text}");
    assert!(
        text.contains("No messages are waiting for an answer"),
        "{text}"
    );
    let again = officer.post("/api/answer_feedback", &[("id", &id)]).await;
    assert_eq!(again.status, 409);
    assert!(
        again.body.contains("already marked that message answered"),
        "{}",
        again.body
    );
    assert_eq!(audited(&app, "feedback.answered").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_officers_answering_one_message_at_once_store_one_answer() {
    let app = spawn_app().await;
    let someone = Visitor::new(&app).await;
    send(
        &someone,
        &[("neighbourhood", "ilfracombe"), ("message", "Thank you!")],
    )
    .await;
    let id = feedback_message::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let officer = Visitor::signed_in(&app, OFFICER).await;
    let admin = Visitor::signed_in(&app, ADMIN).await;
    let fields = [("id", id.as_str())];
    let (a, b) = tokio::join!(
        officer.post("/api/answer_feedback", &fields),
        admin.post("/api/answer_feedback", &fields),
    );
    let mut statuses = [a.status, b.status];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 409]);
    assert_eq!(audited(&app, "feedback.answered").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_room_of_residents_on_one_address_all_send_feedback_but_a_script_is_stopped() {
    let app = spawn_app().await;
    // Every visitor here reaches the server from the same address, as at an event.
    for n in 0..60 {
        let resident = Visitor::new(&app).await;
        let message = format!("Comment card {n} from the Ilfracombe voting event");
        let answer = resident
            .post("/api/send_feedback", &[("message", &message)])
            .await;
        assert_eq!(answer.status, 200, "resident {n}: {}", answer.body);
    }
    let script = Visitor::new(&app).await;
    let refused = script
        .post("/api/send_feedback", &[("message", "spam")])
        .await;
    assert_eq!(refused.status, 429);
    let spam = feedback_message::Entity::find()
        .filter(feedback_message::Column::Message.eq("spam"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(spam, 0);
    assert_eq!(
        feedback_message::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        60
    );
}
