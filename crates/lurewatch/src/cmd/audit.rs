//! `lurewatch audit`.

use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::Subcommand;

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Not implemented yet.
    Pending,
}

pub fn run(cmd: AuditCommand) -> Result<ExitCode> {
    match cmd {
        AuditCommand::Pending => bail!("lurewatch audit is not implemented yet"),
    }
}
