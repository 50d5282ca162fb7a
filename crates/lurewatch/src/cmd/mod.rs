//! One module per subcommand.

pub mod audit;
pub mod banks;
pub mod conversations;
pub mod demo;
pub mod demo_service;
pub mod export;
pub mod hash;
pub mod matching;
pub mod report;
pub mod service;
pub mod users;
pub mod walk;
