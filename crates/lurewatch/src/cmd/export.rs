//! `lurewatch export training --since DATE`: reviewed cases → the
//! conversation detector's training JSONL (read back by
//! `lurewatch_model::corpus`), so every console decision can feed the next
//! model.
//!
//! * Source: the review decisions recorded at or after `--since`. The last
//!   decision of a case wins (a case escalated, then confirmed, is
//!   confirmed). `confirm` and `ncmec` (sent to NCMEC report drafting, which
//!   presupposes a violation) give `label: 1` with the reviewer's taxonomy
//!   codes; `dismiss` gives `label: 0` without codes; `escalate` alone is
//!   undecided and skipped.
//! * One line per conversation of the case's message events, id
//!   `case<N>:<conversation>`, holding every stored message of that
//!   conversation up to the decision (the context the reviewer saw), oldest
//!   first, text from the stored envelopes. Per-message codes are not
//!   exported: the detector's own evidence would train it on itself.
//! * Cases whose events were purged by retention export nothing.
//!
//! Only counts go to stderr; message text is written to the output only.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use lurewatch_core::EventKind;
use lurewatch_server::config::Config;
use lurewatch_store::{ReviewDecisionKind, ReviewDecisionRecord, Store, StoredEvent};
use serde::Serialize;

/// Most messages exported for one conversation (the newest are kept).
const MAX_MESSAGES: usize = 10_000;

#[derive(Subcommand)]
pub enum ExportCommand {
    /// Reviewed cases as the detector's training JSONL.
    Training {
        /// Decisions at or after this time: YYYY-MM-DD, RFC 3339 or Unix ms.
        #[arg(long)]
        since: String,
        /// Data directory (PostgreSQL when LUREWATCH_DATABASE_URL is set).
        #[arg(long, default_value = "lurewatch-data")]
        data_dir: PathBuf,
        /// Output file (default: standard output).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// One line of the training JSONL.
#[derive(Debug, Serialize)]
struct Line {
    id: String,
    label: u8,
    codes: Vec<String>,
    messages: Vec<LineMessage>,
}

#[derive(Debug, Serialize)]
struct LineMessage {
    sender: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    recipient: Option<String>,
    ts: String,
    text: String,
}

/// What an export wrote.
#[derive(Debug, Default)]
struct Summary {
    cases: usize,
    positive: usize,
    negative: usize,
    conversations: usize,
    skipped_undecided: usize,
    skipped_empty: usize,
}

/// RFC 3339 at second precision (the corpus stores Unix seconds).
fn rfc3339(ms: i64) -> Result<String> {
    let t = time::OffsetDateTime::from_unix_timestamp(ms.div_euclid(1000))
        .context("a stored timestamp is out of range")?;
    Ok(t.format(&time::format_description::well_known::Rfc3339)?)
}

/// The store the service would use for `dir`, migrated.
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

/// The message of a stored message event: sender, single recipient, text.
fn message_of(event: &StoredEvent) -> Option<(String, Option<String>, String)> {
    if event.kind != EventKind::Message {
        return None;
    }
    let text = event.envelope.get("text")?.as_str()?.to_string();
    let sender = event
        .envelope
        .get("sender")
        .and_then(|s| s.as_str())
        .unwrap_or(&event.actor)
        .to_string();
    let recipient = match event.envelope.get("recipients").and_then(|r| r.as_array()) {
        Some(list) if list.len() == 1 => list[0].as_str().map(str::to_string),
        _ => None,
    };
    Some((sender, recipient, text))
}

async fn lines_of_case(
    store: &dyn Store,
    decision: &ReviewDecisionRecord,
    label: u8,
) -> Result<Vec<Line>> {
    let Some(case) = store.case(decision.case_id).await? else {
        return Ok(Vec::new());
    };
    // The conversations of the case's message events.
    let mut conversations: Vec<String> = Vec::new();
    for &seq in &case.event_seqs {
        if let Some(event) = store.event(seq).await?
            && event.kind == EventKind::Message
            && let Some(conversation) = event.conversation
            && !conversations.contains(&conversation)
        {
            conversations.push(conversation);
        }
    }
    conversations.sort();
    let codes = if label == 1 {
        decision.codes.clone()
    } else {
        Vec::new()
    };
    let mut lines = Vec::new();
    for conversation in conversations {
        let mut events = store
            .events_of_conversation(&conversation, MAX_MESSAGES)
            .await?;
        events.retain(|e| e.ts <= decision.ts || case.event_seqs.contains(&e.seq));
        events.sort_by_key(|e| (e.ts, e.seq));
        let mut messages = Vec::new();
        for event in &events {
            if let Some((sender, recipient, text)) = message_of(event) {
                messages.push(LineMessage {
                    sender,
                    recipient,
                    ts: rfc3339(event.ts)?,
                    text,
                });
            }
        }
        if messages.is_empty() {
            continue;
        }
        lines.push(Line {
            id: format!("case{}:{conversation}", case.id),
            label,
            codes: codes.clone(),
            messages,
        });
    }
    Ok(lines)
}

async fn export(store: &dyn Store, since: i64, out: &mut dyn Write) -> Result<Summary> {
    let decisions = store
        .review_decisions(since)
        .await
        .context("cannot read review decisions")?;
    // Oldest first: the last decision of each case wins.
    let mut last: BTreeMap<i64, ReviewDecisionRecord> = BTreeMap::new();
    for decision in decisions {
        last.insert(decision.case_id.0, decision);
    }
    let mut summary = Summary::default();
    let mut seen_lines: HashMap<String, ()> = HashMap::new();
    for decision in last.values() {
        let label = match decision.decision {
            ReviewDecisionKind::Confirm | ReviewDecisionKind::Ncmec => 1,
            ReviewDecisionKind::Dismiss => 0,
            ReviewDecisionKind::Escalate => {
                summary.skipped_undecided += 1;
                continue;
            }
        };
        let lines = lines_of_case(store, decision, label).await?;
        if lines.is_empty() {
            summary.skipped_empty += 1;
            continue;
        }
        summary.cases += 1;
        if label == 1 {
            summary.positive += 1;
        } else {
            summary.negative += 1;
        }
        for line in lines {
            if seen_lines.insert(line.id.clone(), ()).is_some() {
                continue;
            }
            serde_json::to_writer(&mut *out, &line)?;
            out.write_all(b"\n")?;
            summary.conversations += 1;
        }
    }
    out.flush()?;
    Ok(summary)
}

pub fn run(cmd: ExportCommand) -> Result<ExitCode> {
    match cmd {
        ExportCommand::Training {
            since,
            data_dir,
            out,
        } => {
            let since = super::service::parse_since(&since)?;
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            let summary = rt.block_on(async {
                let store = open_store(&data_dir).await?;
                match &out {
                    Some(path) => {
                        if path.exists() && path.is_dir() {
                            bail!("--out {}: is a directory", path.display());
                        }
                        // Written next to the target and renamed: a failed
                        // export leaves no half file.
                        let tmp = path.with_extension("jsonl.partial");
                        let file = std::fs::File::create(&tmp)
                            .with_context(|| format!("cannot create {}", tmp.display()))?;
                        let mut writer = std::io::BufWriter::new(file);
                        let summary = export(store.as_ref(), since, &mut writer).await?;
                        writer
                            .into_inner()
                            .map_err(|e| e.into_error())?
                            .sync_all()?;
                        std::fs::rename(&tmp, path)
                            .with_context(|| format!("cannot write {}", path.display()))?;
                        Ok(summary)
                    }
                    None => {
                        let stdout = std::io::stdout();
                        let mut lock = stdout.lock();
                        export(store.as_ref(), since, &mut lock).await
                    }
                }
            })?;
            eprintln!(
                "exported {} conversations from {} reviewed cases ({} confirmed, {} dismissed); \
                 skipped {} escalated-only and {} without stored messages",
                summary.conversations,
                summary.cases,
                summary.positive,
                summary.negative,
                summary.skipped_undecided,
                summary.skipped_empty
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
