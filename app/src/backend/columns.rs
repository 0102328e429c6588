//! The domain's words stored as text columns (a round's phase and ballot rule, a
//! proposal's status, a delivery update's status): read back into their types at the database boundary, so a
//! bad stored value is one error there instead of a parse, with its own policy, at every
//! place that reads it. The stored text is each type's `as_str`, as it always was. The
//! domain stays free of sea-orm: the impls live here.

use crate::domain::delivery::DeliveryStatus;
use crate::domain::phase::Phase;
use crate::domain::proposal::ProposalStatus;
use crate::domain::results::BallotRule;

macro_rules! text_column {
    ($ty:ident, $parse:expr) => {
        impl From<$ty> for sea_orm::Value {
            fn from(v: $ty) -> Self {
                v.as_str().into()
            }
        }

        impl sea_orm::TryGetable for $ty {
            fn try_get_by<I: sea_orm::ColIdx>(
                res: &sea_orm::QueryResult,
                idx: I,
            ) -> Result<Self, sea_orm::TryGetError> {
                let text = String::try_get_by(res, idx)?;
                ($parse)(text.as_str()).ok_or_else(|| {
                    sea_orm::TryGetError::DbErr(sea_orm::DbErr::Type(format!(
                        "{text:?} is not a {}",
                        stringify!($ty)
                    )))
                })
            }
        }

        impl sea_orm::sea_query::ValueType for $ty {
            fn try_from(v: sea_orm::Value) -> Result<Self, sea_orm::sea_query::ValueTypeErr> {
                let text = <String as sea_orm::sea_query::ValueType>::try_from(v)?;
                ($parse)(text.as_str()).ok_or(sea_orm::sea_query::ValueTypeErr)
            }

            fn type_name() -> String {
                stringify!($ty).to_owned()
            }

            fn array_type() -> sea_orm::sea_query::ArrayType {
                sea_orm::sea_query::ArrayType::String
            }

            fn column_type() -> sea_orm::sea_query::ColumnType {
                sea_orm::sea_query::ColumnType::Text
            }
        }

        impl sea_orm::sea_query::Nullable for $ty {
            fn null() -> sea_orm::Value {
                sea_orm::Value::String(None)
            }
        }
    };
}

text_column!(Phase, |s: &str| Phase::parse(s).ok());
text_column!(ProposalStatus, |s: &str| ProposalStatus::parse(s).ok());
text_column!(DeliveryStatus, DeliveryStatus::parse);
text_column!(BallotRule, BallotRule::known);

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::sea_query::ValueType;

    #[test]
    fn each_value_is_stored_as_the_text_it_always_was_and_read_back() {
        for p in Phase::ALL {
            let v: sea_orm::Value = p.into();
            assert_eq!(v, sea_orm::Value::from(p.as_str()));
            assert_eq!(<Phase as ValueType>::try_from(v).ok(), Some(p));
        }
        for s in ProposalStatus::ALL {
            let v: sea_orm::Value = s.into();
            assert_eq!(<ProposalStatus as ValueType>::try_from(v).ok(), Some(s));
        }
    }

    #[test]
    fn a_word_the_domain_does_not_know_is_an_error_not_a_default() {
        let bad = sea_orm::Value::from("voting_opened");
        assert!(<Phase as ValueType>::try_from(bad).is_err());
        let bad = sea_orm::Value::from("");
        assert!(<ProposalStatus as ValueType>::try_from(bad).is_err());
        assert!(<DeliveryStatus as ValueType>::try_from(sea_orm::Value::from("done!")).is_err());
        // Not read as approval within the pot, as the form's parse would.
        assert!(<BallotRule as ValueType>::try_from(sea_orm::Value::from("approval")).is_err());
    }
}
