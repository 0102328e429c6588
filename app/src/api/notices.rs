//! What the notices a UK public service must publish (privacy, accessibility, cookies)
//! say about who runs this instance: filled from the server's settings.

use crate::error::AppError;
use leptos::prelude::*;

pub use crate::operator::ServiceOperator;

#[server(endpoint = "get_service_operator")]
pub async fn get_service_operator() -> Result<ServiceOperator, AppError> {
    Ok(crate::backend::access::request::config()?.operator)
}
