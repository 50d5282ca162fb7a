//! `lurewatch user`: reviewer accounts of the console.
//!
//! Passwords are read from the `LUREWATCH_PASSWORD` environment variable,
//! else from standard input (one line; typed without echo on a terminal),
//! and are never printed or logged. Only the argon2id hash is stored.

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use lurewatch_server::config::Config;
use lurewatch_store::{NewUser, Role, Store};

/// Shortest password accepted.
const MIN_PASSWORD_CHARS: usize = 12;

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create a reviewer account (password from LUREWATCH_PASSWORD or stdin).
    Add(AddArgs),
    /// List accounts (never their password hashes).
    List(StoreArgs),
    /// Disable an account: it cannot log in, its sessions end, its claims
    /// are released.
    Disable(NameArgs),
    /// Enable a disabled account again.
    Enable(NameArgs),
    /// Set a new password (from LUREWATCH_PASSWORD or stdin) and clear a
    /// lock-out.
    Passwd(NameArgs),
}

#[derive(Args)]
pub struct StoreArgs {
    /// Data directory of the embedded store (`LUREWATCH_DATABASE_URL`
    /// selects PostgreSQL instead, as for `serve`).
    #[arg(long, default_value = "lurewatch-data")]
    data_dir: PathBuf,
}

#[derive(Args)]
pub struct AddArgs {
    /// Login name: letters, digits, '.', '_', '-', '@' (at most 64).
    name: String,
    /// reviewer, child_safety (the only non-admin role that sees
    /// child-safety cases) or admin.
    #[arg(long)]
    role: String,
    /// A queue the user works (repeat for several). Admins work every queue.
    #[arg(long = "queue")]
    queues: Vec<String>,
    #[command(flatten)]
    store: StoreArgs,
}

#[derive(Args)]
pub struct NameArgs {
    /// Login name.
    name: String,
    #[command(flatten)]
    store: StoreArgs,
}

pub fn run(cmd: UserCommand) -> Result<ExitCode> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    rt.block_on(async {
        match cmd {
            UserCommand::Add(args) => add(args).await,
            UserCommand::List(args) => list(args).await,
            UserCommand::Disable(args) => set_disabled(args, true).await,
            UserCommand::Enable(args) => set_disabled(args, false).await,
            UserCommand::Passwd(args) => passwd(args).await,
        }
    })?;
    Ok(ExitCode::SUCCESS)
}

/// The embedded store in `dir`, or PostgreSQL when `LUREWATCH_DATABASE_URL`
/// is set (the same choice `serve` makes), migrated.
async fn open_store(args: &StoreArgs) -> Result<std::sync::Arc<dyn Store>> {
    let config = Config {
        data_dir: args.data_dir.clone(),
        ..Config::load(None)?
    };
    let store = lurewatch_server::app::open_store(&config)
        .await
        .with_context(|| format!("cannot open the store ({})", args.data_dir.display()))?;
    store.migrate().await.context("cannot migrate the store")?;
    Ok(store)
}

/// The password from `LUREWATCH_PASSWORD`, else one line of stdin (without
/// echo on a terminal). Checked for length; never echoed.
fn read_password() -> Result<String> {
    let password = match std::env::var("LUREWATCH_PASSWORD") {
        Ok(p) => p,
        Err(_) if std::io::stdin().is_terminal() => {
            rpassword::prompt_password("Password (not shown): ")
                .context("cannot read the password from the terminal")?
        }
        Err(_) => {
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .context("cannot read the password from stdin")?;
            line.trim_end_matches(['\r', '\n']).to_string()
        }
    };
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        bail!("the password is too short: at least {MIN_PASSWORD_CHARS} characters");
    }
    if password.len() > lurewatch_console::auth::MAX_PASSWORD_LEN {
        bail!(
            "the password is too long: at most {} bytes",
            lurewatch_console::auth::MAX_PASSWORD_LEN
        );
    }
    Ok(password)
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

async fn add(args: AddArgs) -> Result<()> {
    let role = Role::parse(&args.role).with_context(|| {
        format!(
            "unknown role {:?}: use reviewer, child_safety or admin",
            args.role
        )
    })?;
    lurewatch_store::validate_user_name(&args.name)?;
    for queue in &args.queues {
        if queue.is_empty() || queue.len() > 128 || queue.chars().any(char::is_control) {
            bail!("a queue name has 1 to 128 printable characters");
        }
    }
    let password = read_password()?;
    let hash =
        lurewatch_console::auth::hash_password(&password).map_err(|e| anyhow::anyhow!("{e}"))?;
    let store = open_store(&args.store).await?;
    store
        .create_user(&NewUser {
            name: args.name.clone(),
            password_hash: hash,
            role,
            queues: args.queues.clone(),
            created: now_ms(),
        })
        .await?;
    println!(
        "created {} ({}){}",
        args.name,
        role.as_str(),
        if args.queues.is_empty() {
            String::new()
        } else {
            format!(", queues: {}", args.queues.join(", "))
        }
    );
    Ok(())
}

async fn list(args: StoreArgs) -> Result<()> {
    let store = open_store(&args).await?;
    let now = now_ms();
    println!("{:<24} {:<13} {:<10} queues", "name", "role", "state");
    for user in store.users().await? {
        let state = if user.disabled {
            "disabled"
        } else if user.is_locked(now) {
            "locked"
        } else {
            "active"
        };
        println!(
            "{:<24} {:<13} {:<10} {}",
            user.name,
            user.role.as_str(),
            state,
            if user.role == Role::Admin {
                "(all)".to_string()
            } else {
                user.queues.join(", ")
            }
        );
    }
    Ok(())
}

async fn set_disabled(args: NameArgs, disabled: bool) -> Result<()> {
    let store = open_store(&args.store).await?;
    store.set_user_disabled(&args.name, disabled).await?;
    println!(
        "{} {}",
        if disabled { "disabled" } else { "enabled" },
        args.name
    );
    Ok(())
}

async fn passwd(args: NameArgs) -> Result<()> {
    let store = open_store(&args.store).await?;
    if store.user(&args.name).await?.is_none() {
        bail!("there is no user named {:?}", args.name);
    }
    let password = read_password()?;
    let hash =
        lurewatch_console::auth::hash_password(&password).map_err(|e| anyhow::anyhow!("{e}"))?;
    store.set_user_password(&args.name, &hash).await?;
    println!("password of {} changed", args.name);
    Ok(())
}
