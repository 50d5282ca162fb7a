//! The `lurewatch` command line. Thin: argument parsing, logging set-up and
//! dispatch; the work lives in the library crates.

mod cmd;

/// mimalloc instead of the system allocator: cheaper allocation on every
/// thread, and much cheaper frees of memory another thread allocated (the
/// service's request path allocates on the tokio workers and frees on the
/// decision thread).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// lurewatch: find, review and report online recruitment into sex
/// trafficking and the sexual exploitation of children.
#[derive(Parser)]
#[command(name = "lurewatch", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Hash images with PDQ (plus MD5 and SHA-256).
    Hash(cmd::hash::HashArgs),
    /// Match images or PDQ hashes against hash banks.
    Match(cmd::matching::MatchArgs),
    /// Train the recruitment and grooming detector on labelled conversations.
    Train(cmd::conversations::TrainArgs),
    /// Re-fit the detector's score calibration on labelled conversations
    /// (decisions unchanged).
    Calibrate(cmd::conversations::CalibrateArgs),
    /// Evaluate the detector (a given model, or K-fold cross-validation).
    Eval(cmd::conversations::EvalArgs),
    /// Scan conversations: one JSON line per conversation, then per account.
    Scan(cmd::conversations::ScanArgs),
    /// Run the service (HTTP API, pipeline, embedded store).
    Serve(cmd::service::ServeArgs),
    /// Bring the store's schema up to date.
    Migrate(cmd::service::MigrateArgs),
    /// Manage API keys.
    #[command(subcommand)]
    Key(cmd::service::KeyCommand),
    /// Check or replay rule files.
    #[command(subcommand)]
    Rules(cmd::service::RulesCommand),
    /// Manage reviewer accounts of the console.
    #[command(subcommand)]
    User(cmd::users::UserCommand),
    /// Check the audit log.
    #[command(subcommand)]
    Audit(cmd::audit::AuditCommand),
    /// Export data (reviewed examples in the detector's training format).
    #[command(subcommand)]
    Export(cmd::export::ExportCommand),
    /// Build and file reports (NCMEC CyberTipline).
    #[command(subcommand)]
    Report(cmd::report::ReportCommand),
    /// Run the demo on the embedded default: hash the sample images and match
    /// them against a sample bank.
    Demo(cmd::demo::DemoArgs),
}

fn main() -> ExitCode {
    // Logs go to stderr; `LUREWATCH_LOG` sets the filter (default `warn`,
    // `info` for `serve`), `LUREWATCH_LOG_FORMAT=json` emits one JSON object
    // per line. Log statements never carry message text or media.
    let default = if std::env::args().nth(1).as_deref() == Some("serve") {
        "info"
    } else {
        "warn"
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("LUREWATCH_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if std::env::var("LUREWATCH_LOG_FORMAT").as_deref() == Ok("json") {
        builder.json().init();
    } else {
        builder.init();
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Hash(args) => cmd::hash::run(args),
        Command::Match(args) => cmd::matching::run(args),
        Command::Demo(args) => cmd::demo::run(args),
        Command::Train(args) => cmd::conversations::train(args),
        Command::Serve(args) => cmd::service::serve(args),
        Command::Migrate(args) => cmd::service::migrate(args),
        Command::Key(c) => cmd::service::key(c),
        Command::Rules(c) => cmd::service::rules(c),
        Command::Eval(args) => cmd::conversations::eval(args),
        Command::Calibrate(args) => cmd::conversations::calibrate(args),
        Command::Scan(args) => cmd::conversations::scan(args),
        Command::User(c) => cmd::users::run(c),
        Command::Audit(c) => cmd::audit::run(c),
        Command::Export(c) => cmd::export::run(c),
        Command::Report(c) => cmd::report::run(c),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (`lurewatch hash … | head`) is not an error.
            if err.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}
