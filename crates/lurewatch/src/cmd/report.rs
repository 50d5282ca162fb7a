//! `lurewatch report`: NCMEC CyberTipline reports from the command line.
//!
//! * `report ncmec --case ID --dry-run` builds the case's report and prints
//!   the `<report>` XML (and each file's `<fileDetails>` with placeholder
//!   ids) without storing or sending anything;
//! * `report ncmec --case ID` stores it and queues it for submission (the
//!   service's worker submits it); `--draft` stores it for review instead;
//! * `report list` shows the reports and their state, with NCMEC's answers
//!   in words;
//! * `report retract --id N` withdraws a report.
//!
//! The reporter and platform come from the `[ncmec]` section of the service
//! config (`--config`).

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use lurewatch_ncmec::case::{DraftOptions, draft_from_case};
use lurewatch_ncmec::model::IncidentType;
use lurewatch_ncmec::submit::{now_ms, request_retraction, save_draft};
use lurewatch_ncmec::xml::{file_details_to_xml, report_to_xml};
use lurewatch_server::config::Config;
use lurewatch_store::{CaseId, NcmecStatus};

#[derive(Subcommand)]
pub enum ReportCommand {
    /// Build (and queue) the NCMEC CyberTipline report of a case.
    Ncmec(NcmecArgs),
    /// List NCMEC reports and their state.
    List(ListArgs),
    /// Withdraw an NCMEC report (closes a draft; retracts a submitted one).
    Retract(RetractArgs),
}

#[derive(Args)]
pub struct NcmecArgs {
    /// The case to report.
    #[arg(long = "case")]
    case: i64,
    /// Print the XML; store and send nothing.
    #[arg(long)]
    dry_run: bool,
    /// Store as a draft for review instead of queueing it.
    #[arg(long, conflicts_with = "dry_run")]
    draft: bool,
    /// Service config (TOML) with the `[ncmec]` section.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Data directory (overrides the config).
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Incident type instead of the derived one: trafficking, enticement,
    /// csam, molestation, tourism, misleading-domain, misleading-words,
    /// obscene-material.
    #[arg(long)]
    incident_type: Option<String>,
    /// Why a child is at immediate risk (sets escalateToHighPriority).
    #[arg(long)]
    escalate: Option<String>,
    /// Bytes of a matched media item to attach: MEDIA_ID=PATH (repeatable).
    #[arg(long = "media", value_name = "MEDIA_ID=PATH")]
    media: Vec<String>,
    /// File an enticement or trafficking report that names no victim.
    #[arg(long)]
    allow_no_victims: bool,
    /// Who is filing (recorded in the audit log).
    #[arg(long, default_value = "cli")]
    actor: String,
}

#[derive(Args)]
pub struct ListArgs {
    /// Service config (TOML).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Data directory (overrides the config).
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Only this status (draft, queued, submitted, finished, retracting,
    /// retracted, failed).
    #[arg(long)]
    status: Option<String>,
}

#[derive(Args)]
pub struct RetractArgs {
    /// The report's row id (see `report list`).
    #[arg(long)]
    id: i64,
    /// Service config (TOML).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Data directory (overrides the config).
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// Who is retracting (recorded in the audit log).
    #[arg(long, default_value = "cli")]
    actor: String,
}

fn parse_incident_type(name: &str) -> Result<IncidentType> {
    Ok(match name {
        "trafficking" => IncidentType::ChildSexTrafficking,
        "enticement" => IncidentType::OnlineEnticement,
        "csam" => IncidentType::ChildPornography,
        "molestation" => IncidentType::ChildSexualMolestation,
        "tourism" => IncidentType::ChildSexTourism,
        "misleading-domain" => IncidentType::MisleadingDomainName,
        "misleading-words" => IncidentType::MisleadingWordsOrDigitalImages,
        "obscene-material" => IncidentType::UnsolicitedObsceneMaterial,
        other => match IncidentType::parse(other) {
            Some(t) => t,
            None => bail!(
                "unknown incident type {other:?}: use trafficking, enticement, csam, molestation, \
                 tourism, misleading-domain, misleading-words or obscene-material"
            ),
        },
    })
}

fn load_config(path: Option<&std::path::Path>, data_dir: Option<PathBuf>) -> Result<Config> {
    let mut c = Config::load(path)?;
    if let Some(d) = data_dir {
        c.data_dir = d;
    }
    Ok(c)
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?)
}

pub fn run(cmd: ReportCommand) -> Result<ExitCode> {
    match cmd {
        ReportCommand::Ncmec(args) => ncmec(args),
        ReportCommand::List(args) => list(args),
        ReportCommand::Retract(args) => retract(args),
    }
}

fn ncmec(args: NcmecArgs) -> Result<ExitCode> {
    let config = load_config(args.config.as_deref(), args.data_dir.clone())?;
    let mut media = HashMap::new();
    for spec in &args.media {
        let (id, path) = spec
            .split_once('=')
            .with_context(|| format!("--media {spec:?}: expected MEDIA_ID=PATH"))?;
        let bytes = std::fs::read(path).with_context(|| format!("reading {path}"))?;
        media.insert(id.to_string(), bytes);
    }
    let options = DraftOptions {
        incident_type: args
            .incident_type
            .as_deref()
            .map(parse_incident_type)
            .transpose()?,
        escalate: args.escalate.clone(),
        media,
        media_viewed: None,
        allow_no_victims: args.allow_no_victims,
    };
    runtime()?.block_on(async {
        let store = lurewatch_server::app::open_store(&config).await?;
        let draft = draft_from_case(store.as_ref(), CaseId(args.case), &config.ncmec, &options)
            .await
            .with_context(|| format!("cannot build the NCMEC report of case {}", args.case))?;
        for warning in &draft.warnings {
            eprintln!("warning: {warning}");
        }
        if args.dry_run {
            print!("{}", report_to_xml(&draft.report)?);
            for (i, file) in draft.files.iter().enumerate() {
                eprintln!(
                    "file {}: {} ({} bytes), sent after the report with these details:",
                    i + 1,
                    file.file_name,
                    file.content.len()
                );
                eprint!("{}", file_details_to_xml(0, "FILE-ID", &file.info)?);
            }
            return Ok(ExitCode::SUCCESS);
        }
        let environment = config.ncmec.environment.as_str();
        let saved = save_draft(
            store.as_ref(),
            &draft,
            !args.draft,
            environment,
            &args.actor,
            now_ms(),
        )
        .await
        .with_context(|| format!("cannot store the report of case {}", args.case))?;
        println!(
            "report {} of case {}: {} ({} file(s), NCMEC {} environment){}",
            saved.id,
            args.case,
            saved.status.as_str(),
            draft.files.len(),
            environment,
            if saved.status == NcmecStatus::Queued && !config.ncmec.enabled {
                "; note: [ncmec] enabled = false, the service will not submit it"
            } else {
                ""
            }
        );
        Ok(ExitCode::SUCCESS)
    })
}

fn list(args: ListArgs) -> Result<ExitCode> {
    let config = load_config(args.config.as_deref(), args.data_dir)?;
    let status = match args.status.as_deref() {
        None => None,
        Some(s) => Some(NcmecStatus::parse(s).with_context(|| format!("unknown status {s:?}"))?),
    };
    runtime()?.block_on(async {
        let store = lurewatch_server::app::open_store(&config).await?;
        for r in store.ncmec_reports(status, 1000).await? {
            let last = store
                .ncmec_exchanges(r.id)
                .await?
                .last()
                .map(|e| format!("{} → {}", e.endpoint, e.description))
                .unwrap_or_else(|| "no request yet".into());
            println!(
                "{}\tcase {}\t{}\tncmec {}\t{}\t{}",
                r.id,
                r.case_id,
                r.status.as_str(),
                r.ncmec_report_id
                    .map_or_else(|| "-".to_string(), |id| id.to_string()),
                last,
                r.last_error.as_deref().unwrap_or("")
            );
        }
        Ok(ExitCode::SUCCESS)
    })
}

fn retract(args: RetractArgs) -> Result<ExitCode> {
    let config = load_config(args.config.as_deref(), args.data_dir)?;
    runtime()?.block_on(async {
        let store = lurewatch_server::app::open_store(&config).await?;
        let r = request_retraction(store.as_ref(), args.id, &args.actor, now_ms()).await?;
        println!("report {}: {}", r.id, r.status.as_str());
        Ok(ExitCode::SUCCESS)
    })
}
