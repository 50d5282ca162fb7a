//! `lurewatch train`, `eval`, `scan`: the recruitment and grooming detector
//! on JSONL conversations (see `data/README.md` for the format).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::Args;
use lurewatch_detect::scan::{Scanner, cross_validate, evaluate_model};
use lurewatch_detect::{DetectorModel, TrainOptions};
use lurewatch_model::corpus::{Conversation, ReadLimits, read_jsonl, sha256_hex};

/// Where the shipped default model lives, relative to the repository.
pub const DEFAULT_MODEL: &str = "models/default";

fn default_model_dir() -> Result<PathBuf> {
    if let Ok(dir) = std::env::var("LUREWATCH_MODEL") {
        return Ok(PathBuf::from(dir));
    }
    [PathBuf::from(DEFAULT_MODEL), Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(DEFAULT_MODEL)]
        .into_iter()
        .find(|p| p.join("detector.json").is_file())
        .context("the default model was not found: run from the repository root, set LUREWATCH_MODEL, or pass --model")
}

fn open(path: &Path) -> Result<Box<dyn BufRead>> {
    if path == Path::new("-") {
        return Ok(Box::new(BufReader::new(std::io::stdin())));
    }
    let f = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    Ok(Box::new(BufReader::new(f)))
}

/// Reads a whole labelled file, reporting bad lines (with line numbers) on stderr.
fn read_all(path: &Path) -> Result<(Vec<Conversation>, usize)> {
    let mut convs = Vec::new();
    let mut bad = 0usize;
    for item in read_jsonl(open(path)?, ReadLimits::default()) {
        match item {
            Ok(c) => convs.push(c),
            Err(e) => {
                bad += 1;
                if bad <= 20 {
                    eprintln!("warning: {}:{}: {}", path.display(), e.line, e.reason);
                }
            }
        }
    }
    if bad > 20 {
        eprintln!(
            "warning: {}: {} more bad lines not shown",
            path.display(),
            bad - 20
        );
    }
    Ok((convs, bad))
}

/// [`read_all`] over several files, in order: all conversations and the
/// total of bad lines.
fn read_many(paths: &[PathBuf]) -> Result<(Vec<Conversation>, usize)> {
    let mut convs = Vec::new();
    let mut bad = 0;
    for path in paths {
        let (c, b) = read_all(path)?;
        convs.extend(c);
        bad += b;
    }
    Ok((convs, bad))
}

#[derive(Args)]
pub struct TrainArgs {
    /// Labelled conversations, JSONL (`label` 1 = recruitment or grooming,
    /// 0 = benign); several files after one flag (`--data data/corpus/*.jsonl`)
    /// or the flag repeated. Files are read in path order, whatever order
    /// they are given in, so a shell's glob order does not change the model.
    #[arg(long, required = true, num_args = 1..)]
    data: Vec<PathBuf>,
    /// Labelled conversations most like the traffic the model will score
    /// (reviewed decisions, blind-written probes beside a template corpus):
    /// trained on like `--data`, and their held-out scores alone choose the
    /// threshold. Files given to both flags count once, as tune data.
    #[arg(long, num_args = 1..)]
    tune_data: Vec<PathBuf>,
    /// Directory to write the model to.
    #[arg(long)]
    out: PathBuf,
    /// Seed for the splits.
    #[arg(long, default_value_t = 17)]
    seed: u64,
    /// Training options as JSON (the `options` object of a model's
    /// `detector.json`; fields left out keep their defaults), for tuning.
    #[arg(long)]
    options: Option<PathBuf>,
}

pub fn train(mut args: TrainArgs) -> Result<ExitCode> {
    // Written, not printed: a closed pipe (`| head`) ends the command
    // quietly instead of panicking.
    let mut out = std::io::stdout().lock();
    args.tune_data.sort();
    args.tune_data.dedup();
    args.data.retain(|p| !args.tune_data.contains(p));
    args.data.sort();
    args.data.dedup();
    let (mut convs, mut bad) = read_many(&args.data)?;
    let (tune_convs, tune_bad) = read_many(&args.tune_data)?;
    let mut tune = vec![false; convs.len()];
    tune.resize(convs.len() + tune_convs.len(), !tune_convs.is_empty());
    convs.extend(tune_convs);
    bad += tune_bad;
    let mut digest = Vec::new();
    for path in args.data.iter().chain(&args.tune_data) {
        digest.extend(
            std::fs::read(path)
                .map(|b| sha256_hex(&b))
                .unwrap_or_default()
                .into_bytes(),
        );
    }
    let t = Instant::now();
    let mut opts = match &args.options {
        Some(path) => {
            let mut v = serde_json::to_value(TrainOptions::default())?;
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            let given: serde_json::Value = serde_json::from_str(&text)
                .with_context(|| format!("{}: not JSON", path.display()))?;
            let (Some(base), serde_json::Value::Object(given)) = (v.as_object_mut(), given) else {
                bail!("{}: expected a JSON object", path.display());
            };
            base.extend(given);
            serde_json::from_value::<TrainOptions>(v)
                .with_context(|| format!("{}: not training options", path.display()))?
        }
        None => TrainOptions::default(),
    };
    opts.seed = args.seed;
    let mut model = DetectorModel::train_tuned(&convs, &tune, &opts)?;
    // One file: its SHA-256; several: the SHA-256 of their SHA-256s in order.
    model.meta.training_data_sha256 = Some(if args.data.len() + args.tune_data.len() == 1 {
        String::from_utf8_lossy(&digest).into_owned()
    } else {
        sha256_hex(&digest)
    });
    model.save(&args.out)?;
    let summary = serde_json::json!({
        "model": args.out.display().to_string(),
        "conversations": model.meta.conversations,
        "positives": model.meta.positives,
        "bad_lines": bad,
        "threshold": model.meta.threshold,
        "heldout": model.meta.metrics,
        "seconds": t.elapsed().as_secs_f64(),
    });
    writeln!(out, "{}", serde_json::to_string_pretty(&summary)?)?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct CalibrateArgs {
    /// Labelled conversations, JSONL; repeat the flag for several files.
    #[arg(long, required = true)]
    data: Vec<PathBuf>,
    /// The model to recalibrate (default: the shipped model).
    #[arg(long)]
    model: Option<PathBuf>,
    /// Directory to write the recalibrated model to (may be `--model`).
    #[arg(long)]
    out: PathBuf,
    /// Label smoothing: fitted probabilities stay this far from 0 and 1.
    #[arg(long, default_value_t = lurewatch_detect::CALIBRATION_SMOOTHING)]
    smoothing: f64,
}

/// `lurewatch calibrate`: re-fit the conversation score's calibration on
/// labelled conversations, keeping every decision (the threshold moves with
/// the scores).
pub fn calibrate(args: CalibrateArgs) -> Result<ExitCode> {
    // Written, not printed: a closed pipe (`| head`) ends the command
    // quietly instead of panicking.
    let mut out = std::io::stdout().lock();
    let dir = match args.model {
        Some(d) => d,
        None => default_model_dir()?,
    };
    let mut model = DetectorModel::load(&dir)
        .with_context(|| format!("cannot load model {}", dir.display()))?;
    let (convs, bad) = read_many(&args.data)?;
    let report = model.recalibrate(&convs, args.smoothing)?;
    model.save(&args.out)?;
    let summary = serde_json::json!({
        "model": args.out.display().to_string(),
        "bad_lines": bad,
        "recalibration": report,
    });
    writeln!(out, "{}", serde_json::to_string_pretty(&summary)?)?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct EvalArgs {
    /// Labelled conversations, JSONL.
    #[arg(long)]
    data: PathBuf,
    /// A trained model to evaluate; without it, K-fold cross-validation
    /// trains and tests on conversation-disjoint folds of `--data`.
    #[arg(long)]
    model: Option<PathBuf>,
    /// Folds for cross-validation.
    #[arg(long, default_value_t = 5)]
    folds: usize,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn eval(args: EvalArgs) -> Result<ExitCode> {
    // Written, not printed: a closed pipe (`| head`) ends the command
    // quietly instead of panicking.
    let mut out = std::io::stdout().lock();
    let (convs, _) = read_all(&args.data)?;
    if convs.iter().all(|c| c.label.is_none()) {
        bail!("{} has no labelled conversations", args.data.display());
    }
    let report = match &args.model {
        Some(dir) => evaluate_model(&DetectorModel::load(dir)?, &convs)?,
        None => cross_validate(&convs, args.folds, &TrainOptions::default())?,
    };
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let m = &report.metrics;
    let b = &m.binary;
    let opt = |x: Option<f64>| x.map_or("-".to_string(), |v| format!("{v:.1}"));
    writeln!(
        out,
        "conversations {}  messages {}  ({})",
        report.conversations,
        report.messages,
        if report.folds > 1 {
            format!(
                "{}-fold cross-validation, conversation-disjoint",
                report.folds
            )
        } else {
            "given model".into()
        }
    )?;
    writeln!(
        out,
        "precision      {:.4}   (tp {}, fp {})",
        b.precision, b.tp, b.fp
    )?;
    writeln!(
        out,
        "recall         {:.4}   (fn {}, tn {})",
        b.recall, b.fn_, b.tn
    )?;
    writeln!(out, "F1             {:.4}", b.f1)?;
    writeln!(out, "F0.5           {:.4}", b.f05)?;
    writeln!(out, "PR-AUC         {:.4}", m.pr_auc)?;
    writeln!(out, "ROC-AUC        {:.4}", m.roc_auc)?;
    writeln!(
        out,
        "calibration    {:.4}   (expected calibration error, 10 bins)",
        report.calibration_error
    )?;
    writeln!(
        out,
        "F_latency      {:.4}   (speed {:.3}; penalty 0.5 at 10 messages)",
        m.f_latency, m.speed
    )?;
    writeln!(
        out,
        "to warning     median {} / p90 {} messages",
        opt(m.median_messages_to_warning),
        opt(m.p90_messages_to_warning)
    )?;
    writeln!(
        out,
        "throughput     {:.0} messages/s (one thread, full stack)",
        report.messages_per_second
    )?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct ScanArgs {
    /// Model directory (default: the shipped model in `models/default`).
    #[arg(long)]
    model: Option<PathBuf>,
    /// Conversations, JSONL (`label` is ignored); `-` reads standard input.
    file: PathBuf,
}

pub fn scan(args: ScanArgs) -> Result<ExitCode> {
    let dir = match args.model {
        Some(d) => d,
        None => default_model_dir()?,
    };
    let model = DetectorModel::load(&dir)
        .with_context(|| format!("cannot load model {}", dir.display()))?;
    let mut scanner = Scanner::new(&model)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut running = Vec::new();
    let mut bad = 0usize;
    for item in read_jsonl(open(&args.file)?, ReadLimits::default()) {
        match item {
            Ok(conv) => {
                let report = scanner.scan(&conv, &mut running);
                serde_json::to_writer(&mut out, &report)?;
                writeln!(out)?;
            }
            Err(e) => {
                bad += 1;
                eprintln!("error: {}:{}: {}", args.file.display(), e.line, e.reason);
            }
        }
    }
    for account in scanner.accounts() {
        serde_json::to_writer(&mut out, &account)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(if bad > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
