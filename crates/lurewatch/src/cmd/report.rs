//! `lurewatch report`.

use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::Subcommand;

#[derive(Subcommand)]
pub enum ReportCommand {
    /// Not implemented yet.
    Pending,
}

pub fn run(cmd: ReportCommand) -> Result<ExitCode> {
    match cmd {
        ReportCommand::Pending => bail!("lurewatch report is not implemented yet"),
    }
}
