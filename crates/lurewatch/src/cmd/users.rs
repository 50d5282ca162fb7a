//! `lurewatch user`.

use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::Subcommand;

#[derive(Subcommand)]
pub enum UserCommand {
    /// Not implemented yet.
    Pending,
}

pub fn run(cmd: UserCommand) -> Result<ExitCode> {
    match cmd {
        UserCommand::Pending => bail!("lurewatch user is not implemented yet"),
    }
}
