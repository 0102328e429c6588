//! Server functions, one file per resource, with the serialisable shapes they return.
//! Each one is thin: context → parse → authorise → backend → DTO.

pub mod neighbourhoods;
pub mod proposals;
pub mod results;
pub mod rounds;
