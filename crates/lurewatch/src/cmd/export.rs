//! `lurewatch export`.

use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::Subcommand;

#[derive(Subcommand)]
pub enum ExportCommand {
    /// Not implemented yet.
    Pending,
}

pub fn run(cmd: ExportCommand) -> Result<ExitCode> {
    match cmd {
        ExportCommand::Pending => bail!("lurewatch export is not implemented yet"),
    }
}
