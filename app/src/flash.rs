//! The one-shot message a step leaves for the next page its browser loads: a form's
//! errors and typed values, a confirmation, or voting codes to print. Plain data, shared
//! by the server functions that show it and the backend steps that store it.

use crate::error::FieldError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flash {
    /// The form the errors and values belong to.
    pub form: Option<String>,
    pub errors: Vec<FieldError>,
    pub values: BTreeMap<String, String>,
    /// A confirmation ("Your password has been changed").
    pub notice: Option<String>,
    /// Voting codes just made, shown this once for printing.
    pub codes: Vec<String>,
}

impl Flash {
    pub fn notice(text: impl Into<String>) -> Flash {
        Flash {
            notice: Some(text.into()),
            ..Flash::default()
        }
    }

    /// The errors for `form`, if this flash is about it.
    pub fn errors_for(&self, form: &str) -> Vec<FieldError> {
        if self.form.as_deref() == Some(form) {
            self.errors.clone()
        } else {
            Vec::new()
        }
    }

    pub fn value(&self, form: &str, field: &str) -> String {
        if self.form.as_deref() == Some(form) {
            self.values.get(field).cloned().unwrap_or_default()
        } else {
            String::new()
        }
    }
}
