//! pabulib `.pb` files: reading (streaming, with line-numbered errors) and writing.
//!
//! Format: pabulib.org/format. Three sections — META, PROJECTS, VOTES — each a title line, a
//! header line and `;`-separated rows with CSV quoting. Read like pabutools does (BOM, section
//! titles in any case, `none` fields, decimal amounts, the first PROJECTS column is the id).

mod amount;
mod csv;
mod election;
mod error;
mod model;
mod reader;
mod writer;

#[cfg(test)]
mod file_tests;
#[cfg(test)]
mod property_tests;

pub use amount::Amount;
pub use election::{count_options, to_election};
pub use error::{PbError, Problem};
pub use model::{MetaEntry, PbFile, PbProject, PbVote, VoteType};
pub use reader::{read_pb, PbReader, PbRecord};
pub use writer::{to_pb_string, write_head, write_pb, write_vote};
