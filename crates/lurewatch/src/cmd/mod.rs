//! One module per subcommand.

pub mod banks;
pub mod conversations;
pub mod demo;
pub mod demo_service;
pub mod hash;
pub mod matching;
pub mod service;
pub mod walk;
