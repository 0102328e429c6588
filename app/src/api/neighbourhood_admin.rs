//! Administrators create, change and archive neighbourhoods.

use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeighbourhoodLine {
    pub slug: String,
    pub name: String,
    pub council: String,
    pub areas: Vec<String>,
    pub archived: bool,
}

/// The form's stored values (empty for a new neighbourhood).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeighbourhoodForm {
    /// The neighbourhood's address as it stands; empty for a new one.
    pub original: String,
    pub name: String,
    pub name_cy: String,
    pub slug: String,
    pub council: String,
    pub summary: String,
    pub summary_cy: String,
    pub postcode_areas: String,
    pub households: String,
    /// A round is public: the address can no longer change.
    pub slug_fixed: bool,
    pub archived: bool,
}

#[cfg(feature = "ssr")]
fn admin() -> Result<(crate::backend::access::request::AccessConfig, i32), AppError> {
    use crate::backend::access::request;
    use crate::domain::account::access::Action;
    let viewer = request::viewer()?;
    if !viewer.may(Action::ManageNeighbourhoods) {
        return Err(AppError::Forbidden);
    }
    Ok((request::config()?, viewer.user_id))
}

#[server(endpoint = "get_neighbourhood_list")]
pub async fn get_neighbourhood_list() -> Result<Vec<NeighbourhoodLine>, AppError> {
    use crate::backend::neighbourhoods;
    let (config, _) = admin()?;
    let mut lines = Vec::new();
    for n in neighbourhoods::list_all(&config.db).await? {
        lines.push(NeighbourhoodLine {
            areas: neighbourhoods::postcode_areas(&config.db, n.id).await?,
            slug: n.slug,
            name: n.name,
            council: n.council,
            archived: n.archived_at.is_some(),
        });
    }
    Ok(lines)
}

#[server(endpoint = "get_neighbourhood_form")]
pub async fn get_neighbourhood_form(slug: String) -> Result<NeighbourhoodForm, AppError> {
    use crate::backend::{neighbourhood_admin, neighbourhoods};
    let (config, _) = admin()?;
    if slug.is_empty() {
        return Ok(NeighbourhoodForm::default());
    }
    let db = &config.db;
    let n = neighbourhoods::find_by_slug(db, &slug)
        .await?
        .ok_or_else(|| AppError::not_found(crate::i18n::t("neighbourhood_form.that_one")))?;
    Ok(NeighbourhoodForm {
        original: n.slug.clone(),
        postcode_areas: neighbourhoods::postcode_areas(db, n.id).await?.join("\n"),
        slug_fixed: neighbourhood_admin::has_public_round(db, n.id).await?,
        name: n.name,
        name_cy: n.name_cy.unwrap_or_default(),
        slug: n.slug,
        council: n.council,
        summary: n.summary,
        summary_cy: n.summary_cy.unwrap_or_default(),
        households: n.households.map(|h| h.to_string()).unwrap_or_default(),
        archived: n.archived_at.is_some(),
    })
}

/// Creates a neighbourhood (`original` empty) or changes the one at `original`.
#[allow(clippy::too_many_arguments)]
#[server(endpoint = "save_neighbourhood")]
pub async fn save_neighbourhood(
    csrf: String,
    #[server(default)] original: String,
    #[server(default)] name: String,
    #[server(default)] name_cy: String,
    #[server(default)] slug: String,
    #[server(default)] council: String,
    #[server(default)] summary: String,
    #[server(default)] summary_cy: String,
    #[server(default)] postcode_areas: String,
    #[server(default)] households: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::neighbourhood_admin::{self, Saved};
    use crate::domain::neighbourhood_form::{read, TypedNeighbourhood};
    use crate::error::FieldError;
    use crate::i18n::{t, tr};
    let values = [
        ("name", name.as_str()),
        ("name_cy", name_cy.as_str()),
        ("slug", slug.as_str()),
        ("council", council.as_str()),
        ("summary", summary.as_str()),
        ("summary_cy", summary_cy.as_str()),
        ("postcode_areas", postcode_areas.as_str()),
        ("households", households.as_str()),
    ];
    let then = "/admin/neighbourhoods";
    let result = async {
        request::check_csrf(&csrf)?;
        let (config, admin) = admin()?;
        let typed = TypedNeighbourhood {
            name: &name,
            name_cy: &name_cy,
            slug: &slug,
            council: &council,
            summary: &summary,
            summary_cy: &summary_cy,
            postcode_areas: &postcode_areas,
            households: &households,
        };
        let details = read(&typed).map_err(AppError::invalid)?;
        let saved = if original.is_empty() {
            neighbourhood_admin::create(&config.db, &details, admin).await?
        } else {
            neighbourhood_admin::update(&config.db, &original, &details, admin).await?
        };
        let refusal = |field: &str, message: String| {
            Err(AppError::Invalid(vec![FieldError::new(field, message)]))
        };
        match saved {
            Saved::Done(_) => {
                request::send_flash(&Flash::notice(tr(
                    "neighbourhood_form.saved",
                    &[("name", details.name.clone())],
                )))
                .await
            }
            Saved::SlugTaken => refusal("slug", t("neighbourhood_form.problem.slug_taken").into()),
            Saved::SlugFixed => refusal("slug", t("neighbourhood_form.problem.slug_fixed").into()),
            Saved::AreaTaken {
                area,
                other,
                neighbourhood,
            } if !neighbourhood.is_empty() => refusal(
                "postcode_areas",
                tr(
                    "neighbourhood_form.problem.area_taken",
                    &[
                        ("area", area),
                        ("other", other),
                        ("neighbourhood", neighbourhood),
                    ],
                ),
            ),
            Saved::AreaTaken { area, .. } => refusal(
                "postcode_areas",
                tr(
                    "neighbourhood_form.problem.area_taken_now",
                    &[("area", area)],
                ),
            ),
            Saved::NotFound => Err(AppError::not_found(t("neighbourhood_form.that_one"))),
        }
    }
    .await;
    request::finish("save_neighbourhood", &values, then, result).await
}

/// Archives a neighbourhood (`archive` = "yes") or brings it back.
#[server(endpoint = "archive_neighbourhood")]
pub async fn archive_neighbourhood(
    csrf: String,
    neighbourhood: String,
    archive: String,
) -> Result<(), AppError> {
    use crate::api::forms::Flash;
    use crate::backend::access::request;
    use crate::backend::neighbourhood_admin::{self, Retired};
    use crate::i18n::t;
    let result = async {
        request::check_csrf(&csrf)?;
        let (config, admin) = admin()?;
        match neighbourhood_admin::set_archived(&config.db, &neighbourhood, archive == "yes", admin)
            .await?
        {
            Retired::Archived => {
                request::send_flash(&Flash::notice(t("neighbourhood_form.archived"))).await
            }
            Retired::Restored => {
                request::send_flash(&Flash::notice(t("neighbourhood_form.restored"))).await
            }
            Retired::NotFound => Err(AppError::not_found(t("neighbourhood_form.that_one"))),
        }
    }
    .await;
    request::finish(
        "archive_neighbourhood",
        &[],
        "/admin/neighbourhoods",
        result,
    )
    .await
}
