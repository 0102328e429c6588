//! Demo accounts, one per role, and 50 unused voting codes per neighbourhood, so every
//! journey can be tried locally. The passwords and codes are printed by
//! `commonpot seed --demo` and are for a local demo only.

use app::backend::access::{codes, passwords, roles, secrets, users};
use app::backend::entities::{neighbourhood, user, voting_code};
use app::domain::account::access::GrantedRole;
use app::domain::account::email::Email;
use app::domain::account::password::Password;
use app::domain::account::voting_code::VotingCode;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};

/// Who the demo accounts are: email, name, what they can do.
enum Part {
    Admin,
    Officer(&'static str),
    Councillor(&'static str),
    Resident(&'static str, &'static str),
    /// Registers the group, so runs it (neighbourhood, postcode, group).
    GroupFounder(&'static str, &'static str, &'static DemoGroup),
    /// Joins by the invitation its founder sends (neighbourhood, postcode, founder).
    GroupMember(&'static str, &'static str, &'static str),
    Nobody,
}

/// A demo group, as its founder types it on the registration form.
struct DemoGroup {
    name: &'static str,
    summary: &'static str,
    description: &'static str,
    contact: &'static str,
}

const SEA_CADETS: DemoGroup = DemoGroup {
    name: "Ilfracombe Sea Cadets",
    summary: "Young people learning seamanship on the harbour (demo).",
    description: "We meet on Tuesday and Thursday evenings at the harbour.",
    contact: "sea-cadets@demo.invalid",
};

const TENANTS: DemoGroup = DemoGroup {
    name: "Castle Vale Tenants' Association",
    summary: "Tenants looking after the estate's homes and green spaces together (demo).",
    description: "We meet on the first Monday of the month at the community hub.",
    contact: "tenants@demo.invalid",
};

const PEOPLE: [(&str, &str, Part); 12] = [
    ("admin@demo.invalid", "Alex Admin (demo)", Part::Admin),
    (
        "officer.ilfracombe@demo.invalid",
        "Olu Officer (demo)",
        Part::Officer("ilfracombe"),
    ),
    // A second officer checks the first one's batches of paper ballots.
    (
        "checker.ilfracombe@demo.invalid",
        "Sam Checker (demo)",
        Part::Officer("ilfracombe"),
    ),
    (
        "officer.castle-vale@demo.invalid",
        "Orla Officer (demo)",
        Part::Officer("castle-vale"),
    ),
    (
        "councillor.ilfracombe@demo.invalid",
        "Ilfracombe Place Board (demo)",
        Part::Councillor("ilfracombe"),
    ),
    (
        "councillor.castle-vale@demo.invalid",
        "Castle Vale Place Board (demo)",
        Part::Councillor("castle-vale"),
    ),
    (
        "resident.ilfracombe@demo.invalid",
        "Rhiannon Resident (demo)",
        Part::Resident("ilfracombe", "EX34 9AB"),
    ),
    (
        "resident.castle-vale@demo.invalid",
        "Ravi Resident (demo)",
        Part::Resident("castle-vale", "B35 6AB"),
    ),
    (
        "group.ilfracombe@demo.invalid",
        "Gwen of the Sea Cadets (demo)",
        Part::GroupFounder("ilfracombe", "EX34 8AA", &SEA_CADETS),
    ),
    (
        "member.ilfracombe@demo.invalid",
        "Mo of the Sea Cadets (demo)",
        Part::GroupMember("ilfracombe", "EX34 8AB", "group.ilfracombe@demo.invalid"),
    ),
    // Another neighbourhood's group, so each group action is tried by an outsider too.
    (
        "group.castle-vale@demo.invalid",
        "Tom of the Tenants' Association (demo)",
        Part::GroupFounder("castle-vale", "B35 6AA", &TENANTS),
    ),
    ("newcomer@demo.invalid", "Nia Newcomer (demo)", Part::Nobody),
];

pub const DEMO_CODES_PER_NEIGHBOURHOOD: usize = 50;

fn demo_password(email: &str) -> String {
    let who = email.split('@').next().unwrap_or(email).replace('.', " ");
    format!("{who} commonpot demo")
}

/// The demo codes are the same on every machine, so the README can show some.
pub fn demo_codes(slug: &str) -> Vec<VotingCode> {
    (0..DEMO_CODES_PER_NEIGHBOURHOOD)
        .map(|i| {
            let digest = Sha256::digest(format!("commonpot demo code {slug} {i}").as_bytes());
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(&digest[..8]);
            VotingCode::from_random(bytes)
        })
        .collect()
}

async fn place(db: &DatabaseConnection, slug: &str) -> anyhow::Result<neighbourhood::Model> {
    neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo neighbourhood {slug} is missing"))
}

async fn account(db: &DatabaseConnection, email: &str, name: &str) -> anyhow::Result<user::Model> {
    let password = Password::parse(&demo_password(email)).map_err(|e| anyhow::anyhow!("{e}"))?;
    let hash = passwords::hash(&password)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    // The councillor exists already (they published the demo decisions): give them a
    // password they can sign in with.
    if let Some(found) = users::find_by_email(db, email).await? {
        users::set_password_hash(db, found.id, hash).await?;
        return Ok(found);
    }
    let email = Email::parse(email).map_err(|e| anyhow::anyhow!("{e}"))?;
    match users::create(
        db,
        &email,
        name,
        hash,
        app::i18n::DEFAULT,
        users::Address::Proven,
    )
    .await?
    {
        users::Created::New(u) => Ok(u),
        users::Created::EmailTaken => Err(anyhow::anyhow!("{} appeared twice", email.as_str())),
    }
}

/// A demo group, registered by its founder and recognised by the demo's first account
/// (the administrator), as a real group is.
async fn demo_group(
    db: &DatabaseConnection,
    place: &neighbourhood::Model,
    founder: &user::Model,
    group: &DemoGroup,
    recogniser: i32,
) -> anyhow::Result<()> {
    use app::backend::groups::{self, Registered};
    use app::domain::group_form::{read, Standing, TypedGroup};
    let places = [place.slug.clone()];
    let details = read(&TypedGroup {
        name: group.name,
        summary: group.summary,
        description: group.description,
        contact_email: group.contact,
        charity_number: "",
        website: "",
        neighbourhoods: &places,
    })
    .map_err(|problems| anyhow::anyhow!("the demo group does not read: {problems:?}"))?;
    let Registered::Done {
        slug,
        contact_token,
    } = groups::register(db, &details, std::slice::from_ref(place), founder, None).await?
    else {
        return Err(anyhow::anyhow!("the demo group's name is taken"));
    };
    groups::confirm_contact(db, &contact_token).await?;
    let group = groups::find_by_slug(db, &slug)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the demo group was not stored"))?;
    let officer = users::find(db, recogniser)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no one to recognise the demo group"))?;
    groups::decide(
        db,
        &group,
        place,
        Standing::Recognised,
        None,
        &officer,
        None,
    )
    .await?;
    Ok(())
}

/// The founder invites the member to their group, and the member accepts, as a member
/// following the emailed link does.
async fn join_by_invitation(
    db: &DatabaseConnection,
    member: &user::Model,
    founder: &str,
) -> anyhow::Result<()> {
    use app::backend::access::invitations::{self, Offer, Offered};
    use app::backend::entities::group_member;
    let founder = users::find_by_email(db, founder)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the demo member's founder comes first"))?;
    let group = group_member::Entity::find()
        .filter(group_member::Column::UserId.eq(founder.id))
        .one(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the demo founder has no group"))?;
    let address = Email::parse(&member.email).map_err(|e| anyhow::anyhow!("{e}"))?;
    let token = invitations::invite(
        db,
        &address,
        Offer {
            offered: Offered::Membership {
                group_id: group.group_id,
            },
            described: &|_| String::new(),
        },
        &founder,
        None,
    )
    .await?;
    invitations::accept(db, &token, member)
        .await?
        .map_err(|refused| anyhow::anyhow!("the demo member was refused: {refused:?}"))?;
    Ok(())
}

pub async fn seed_people(db: &DatabaseConnection) -> anyhow::Result<Vec<String>> {
    let mut lines = vec![String::new(), "Demo accounts (local demo only):".to_owned()];
    if users::find_by_email(db, PEOPLE[0].0).await?.is_some() {
        lines.push("  already present, left as they are".into());
    } else {
        let mut admin_id = None;
        for (email, name, part) in &PEOPLE {
            let person = account(db, email, name).await?;
            let by = admin_id.unwrap_or(person.id);
            match part {
                Part::Admin => {
                    roles::grant(db, person.id, GrantedRole::Admin, None, person.id).await?;
                    admin_id = Some(person.id);
                }
                Part::Officer(slug) => {
                    let n = place(db, slug).await?;
                    roles::grant(db, person.id, GrantedRole::Officer, Some(n.id), by).await?;
                }
                Part::Councillor(slug) => {
                    let n = place(db, slug).await?;
                    roles::grant(db, person.id, GrantedRole::Councillor, Some(n.id), by).await?;
                }
                Part::Resident(slug, postcode) => {
                    let n = place(db, slug).await?;
                    let _ = codes::verify_in_person(db, person.id, n.id, postcode, by).await?;
                }
                Part::GroupFounder(slug, postcode, group) => {
                    let n = place(db, slug).await?;
                    let _ = codes::verify_in_person(db, person.id, n.id, postcode, by).await?;
                    demo_group(db, &n, &person, group, by).await?;
                }
                Part::GroupMember(slug, postcode, founder) => {
                    let n = place(db, slug).await?;
                    let _ = codes::verify_in_person(db, person.id, n.id, postcode, by).await?;
                    join_by_invitation(db, &person, founder).await?;
                }
                Part::Nobody => {}
            }
        }
    }
    for (email, _, _) in &PEOPLE {
        lines.push(format!("  {email:<38} password: {}", demo_password(email)));
    }
    let key = secrets::code_key(
        db,
        std::env::var("COMMONPOT_CODE_KEY")
            .ok()
            .filter(|k| !k.trim().is_empty())
            .as_deref(),
    )
    .await?;
    for slug in ["ilfracombe", "castle-vale"] {
        let n = place(db, slug).await?;
        let codes = demo_codes(slug);
        let present = voting_code::Entity::find()
            .filter(voting_code::Column::NeighbourhoodId.eq(n.id))
            .filter(voting_code::Column::Batch.eq("demo"))
            .count(db)
            .await?;
        if present == 0 {
            voting_code::Entity::insert_many(codes.iter().map(|c| voting_code::ActiveModel {
                neighbourhood_id: Set(n.id),
                code_hash: Set(key.hash(c.canonical())),
                batch: Set("demo".into()),
                created_by: Set(None),
                created_at: Set(chrono::Utc::now()),
                ..Default::default()
            }))
            .exec(db)
            .await?;
        }
        lines.push(format!(
            "Demo voting codes for {} (batch \"demo\", {} codes), for example: {}",
            n.name,
            codes.len(),
            codes
                .iter()
                .take(5)
                .map(VotingCode::printed)
                .collect::<Vec<_>>()
                .join(" ")
        ));
    }
    Ok(lines)
}
