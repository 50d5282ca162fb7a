//! `lurewatch audit verify` and `lurewatch audit show`: the hash-chained
//! audit log of the review console, read from the store.
//!
//! `verify` walks the chain from entry 1 and exits with 1 naming the first
//! broken entry (altered content, a broken link, or a missing entry); on
//! success it prints the head (id and hash), which an operator can record
//! elsewhere: a later truncation of the log's tail shows as a head that no
//! longer matches.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::Subcommand;
use lurewatch_server::config::Config;
use lurewatch_store::{AuditFilter, Store};

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Check the hash chain; exit code 1 names the first broken entry.
    Verify {
        /// Data directory (PostgreSQL when LUREWATCH_DATABASE_URL is set).
        #[arg(long, default_value = "lurewatch-data")]
        data_dir: PathBuf,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print entries as JSON lines, newest first.
    Show {
        /// Data directory (PostgreSQL when LUREWATCH_DATABASE_URL is set).
        #[arg(long, default_value = "lurewatch-data")]
        data_dir: PathBuf,
        /// Only this action (e.g. `case.decide`).
        #[arg(long)]
        action: Option<String>,
        /// Only this actor.
        #[arg(long)]
        actor: Option<String>,
        /// Only this subject (e.g. `case:12`).
        #[arg(long)]
        subject: Option<String>,
        /// Only entries before this id.
        #[arg(long)]
        before: Option<i64>,
        /// At most this many.
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
}

/// The store the service would use for `dir` (PostgreSQL when
/// `LUREWATCH_DATABASE_URL` is set), migrated.
async fn open_store(dir: &Path) -> Result<Arc<dyn Store>> {
    let config = Config {
        data_dir: dir.to_path_buf(),
        ..Config::load(None)?
    };
    let store = lurewatch_server::app::open_store(&config)
        .await
        .with_context(|| format!("cannot open the store ({})", dir.display()))?;
    store.migrate().await.context("cannot migrate the store")?;
    Ok(store)
}

pub fn run(cmd: AuditCommand) -> Result<ExitCode> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    rt.block_on(async {
        match cmd {
            AuditCommand::Verify { data_dir, json } => {
                let store = open_store(&data_dir).await?;
                let result = store
                    .verify_audit()
                    .await
                    .context("cannot read the audit log")?;
                if json {
                    println!("{}", serde_json::to_string(&result)?);
                } else {
                    match (&result.broken, &result.head) {
                        (Some(broken), _) => println!(
                            "audit log BROKEN at entry {}: {} ({} entries before it verified)",
                            broken.id, broken.reason, result.verified
                        ),
                        (None, Some((id, hash))) => println!(
                            "audit log ok: {} entries; head entry {id} hash {hash}",
                            result.verified
                        ),
                        (None, None) => println!("audit log ok: empty"),
                    }
                }
                Ok(if result.broken.is_some() {
                    ExitCode::from(1)
                } else {
                    ExitCode::SUCCESS
                })
            }
            AuditCommand::Show {
                data_dir,
                action,
                actor,
                subject,
                before,
                limit,
            } => {
                let store = open_store(&data_dir).await?;
                let entries = store
                    .audit_search(&AuditFilter {
                        action,
                        actor,
                        subject,
                        before_id: before,
                        limit,
                    })
                    .await
                    .context("cannot read the audit log")?;
                // Written, not printed: `audit show … | head` ends quietly.
                let mut out = std::io::stdout().lock();
                for entry in entries {
                    writeln!(out, "{}", serde_json::to_string(&entry)?)?;
                }
                Ok(ExitCode::SUCCESS)
            }
        }
    })
}
