//! Who runs this instance of Commonpot: set in the server's configuration, named in the
//! privacy and accessibility notices.

use serde::{Deserialize, Serialize};

/// Who runs this instance of Commonpot, as its notices name them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceOperator {
    /// COMMONPOT_OPERATOR_NAME: the council or body that is the data controller.
    pub name: String,
    /// COMMONPOT_CONTACT_EMAIL: where residents write about their data or a problem.
    pub contact_email: Option<String>,
    /// How many days a sent letter is kept (COMMONPOT_KEEP_SENT_EMAIL_DAYS).
    pub letters_kept_days: i64,
}

impl Default for ServiceOperator {
    fn default() -> ServiceOperator {
        ServiceOperator {
            name: "the council that runs this Community Budget".into(),
            contact_email: None,
            letters_kept_days: 30,
        }
    }
}
