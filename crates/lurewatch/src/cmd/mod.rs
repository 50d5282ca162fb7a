//! One module per subcommand.

pub mod banks;
pub mod demo;
pub mod hash;
pub mod matching;
pub mod walk;
