//! `lurewatch serve`, `migrate`, `key`, `rules`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use lurewatch_server::config::Config;
use lurewatch_store::{ApiKeyRecord, Store};

#[derive(Args)]
pub struct ServeArgs {
    /// Configuration file (TOML); `LUREWATCH_*` variables override it.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Address to listen on (overrides the config).
    #[arg(long)]
    listen: Option<String>,
    /// Data directory (overrides the config).
    #[arg(long)]
    data_dir: Option<PathBuf>,
}

fn config(
    path: Option<&std::path::Path>,
    listen: Option<String>,
    data_dir: Option<PathBuf>,
) -> Result<Config> {
    let mut c = Config::load(path)?;
    if let Some(l) = listen {
        c.listen = l;
    }
    if let Some(d) = data_dir {
        c.data_dir = d;
    }
    Ok(c)
}

pub fn serve(args: ServeArgs) -> Result<ExitCode> {
    let c = config(args.config.as_deref(), args.listen, args.data_dir)?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(lurewatch_server::app::serve(c))?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct MigrateArgs {
    /// Data directory.
    #[arg(long, default_value = "lurewatch-data")]
    data_dir: PathBuf,
}

/// The embedded store in `dir`, or PostgreSQL when `LUREWATCH_DATABASE_URL`
/// is set (the same choice `serve` makes).
async fn open_store(dir: &std::path::Path) -> Result<std::sync::Arc<dyn Store>> {
    let config = Config {
        data_dir: dir.to_path_buf(),
        ..Config::load(None)?
    };
    lurewatch_server::app::open_store(&config)
        .await
        .with_context(|| format!("cannot open the store ({})", dir.display()))
}

pub fn migrate(args: MigrateArgs) -> Result<ExitCode> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    rt.block_on(async {
        let s = open_store(&args.data_dir).await?;
        s.migrate().await?;
        println!(
            "store in {} is at the latest schema",
            args.data_dir.display()
        );
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Subcommand)]
pub enum KeyCommand {
    /// Create an API key; the key is printed once and stored only as a hash.
    Create {
        /// A name for the key (who or what uses it).
        #[arg(long)]
        name: String,
        /// Scopes: ingest, review, admin (repeat or comma-separate).
        #[arg(long, value_delimiter = ',', required = true)]
        scope: Vec<String>,
        /// Data directory.
        #[arg(long, default_value = "lurewatch-data")]
        data_dir: PathBuf,
    },
    /// List keys (ids, names, scopes; never secrets).
    List {
        /// Data directory.
        #[arg(long, default_value = "lurewatch-data")]
        data_dir: PathBuf,
    },
    /// Revoke a key by id.
    Revoke {
        /// Key id (the part after `lw_`).
        id: String,
        /// Data directory.
        #[arg(long, default_value = "lurewatch-data")]
        data_dir: PathBuf,
    },
}

pub fn key(cmd: KeyCommand) -> Result<ExitCode> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    rt.block_on(async {
        match cmd {
            KeyCommand::Create {
                name,
                scope,
                data_dir,
            } => {
                for s in &scope {
                    if lurewatch_server::auth::Scope::parse(s).is_none() {
                        bail!("unknown scope {s:?}: use ingest, review or admin");
                    }
                }
                let store = open_store(&data_dir).await?;
                store.migrate().await?;
                let k = lurewatch_server::auth::generate()?;
                let now = lurewatch_server::pipeline::now_ms();
                store
                    .insert_api_key(&ApiKeyRecord {
                        id: k.id.clone(),
                        name,
                        hash: k.hash,
                        scopes: scope,
                        created: now,
                        revoked: false,
                    })
                    .await?;
                println!("{}", k.key);
                eprintln!(
                    "key {} created; the line above is shown once, store it now",
                    k.id
                );
            }
            KeyCommand::List { data_dir } => {
                let store = open_store(&data_dir).await?;
                for k in store.api_keys().await? {
                    println!(
                        "{}\t{}\t{}\t{}",
                        k.id,
                        k.name,
                        k.scopes.join(","),
                        if k.revoked { "revoked" } else { "active" }
                    );
                }
            }
            KeyCommand::Revoke { id, data_dir } => {
                let store = open_store(&data_dir).await?;
                if !store.revoke_api_key(&id).await? {
                    bail!("no key {id}");
                }
                println!("revoked {id}");
            }
        }
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Subcommand)]
pub enum RulesCommand {
    /// Check a rule file; errors with line numbers; exit 1 if any.
    Check {
        /// The rule file.
        file: PathBuf,
    },
    /// Re-run rules over stored events and report what would change.
    Replay {
        /// Start date (RFC 3339 date or time, or Unix ms).
        #[arg(long)]
        since: String,
        /// The rule file to replay (default: the shipped rules).
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Data directory.
        #[arg(long, default_value = "lurewatch-data")]
        data_dir: PathBuf,
        /// Show at most this many changed events.
        #[arg(long, default_value_t = 20)]
        show: usize,
    },
}

pub fn rules(cmd: RulesCommand) -> Result<ExitCode> {
    match cmd {
        RulesCommand::Check { file } => {
            let src = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let diags = lurewatch_rules::check(&src);
            for d in &diags {
                eprintln!("{}:{}:{}: {}", file.display(), d.line, d.column, d.message);
            }
            if diags.is_empty() {
                let rs = lurewatch_rules::RuleSet::parse(&src)
                    .map_err(|_| anyhow::anyhow!("rule file did not compile"))?;
                println!(
                    "{}: ok (version {}, {} rules)",
                    file.display(),
                    rs.version(),
                    rs.rules().len()
                );
                Ok(ExitCode::SUCCESS)
            } else {
                Ok(ExitCode::from(1))
            }
        }
        RulesCommand::Replay {
            since,
            rules,
            data_dir,
            show,
        } => {
            let since_ms = parse_since(&since)?;
            let (rules, name) = lurewatch_server::app::load_rules(rules.as_deref())?;
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            let report = rt.block_on(async {
                let store = open_store(&data_dir).await?;
                lurewatch_server::replay::replay(store.as_ref(), &rules, since_ms)
                    .await
                    .map_err(anyhow::Error::from)
            })?;
            println!(
                "replayed {} events since {since} with {name} (version {})",
                report.events,
                rules.version()
            );
            println!("{} would change:", report.changed.len());
            for (transition, n) in &report.transitions {
                println!("  {transition}: {n}");
            }
            for (rule, (old, new)) in &report.rule_counts {
                if old != new {
                    println!("  rule {rule}: fired {old} → {new}");
                }
            }
            for c in report.changed.iter().take(show) {
                println!("  event {}: {} → {}", c.seq, c.old.as_str(), c.new.as_str());
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `2026-11-01`, `2026-11-01T10:00:00Z` or Unix milliseconds.
pub(crate) fn parse_since(s: &str) -> Result<i64> {
    if let Ok(ms) = s.parse::<i64>() {
        return Ok(ms);
    }
    let full = if s.len() == 10 {
        format!("{s}T00:00:00Z")
    } else {
        s.to_string()
    };
    let t = time::OffsetDateTime::parse(&full, &time::format_description::well_known::Rfc3339)
        .with_context(|| format!("--since {s:?}: use YYYY-MM-DD, RFC 3339 or Unix ms"))?;
    Ok((t.unix_timestamp_nanos() / 1_000_000) as i64)
}
