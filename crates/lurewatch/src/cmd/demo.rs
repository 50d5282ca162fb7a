//! `lurewatch demo`: the main job on the embedded default, on sample data.
//! For now: hash the sample uploads, match them against the sample bank of
//! known images (all 8 rotations and flips), and print what matched.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::Args;
use lurewatch_match::{IndexKind, Matcher, should_query};
use lurewatch_media::Limits;

use super::banks::{BankFormat, load};
use super::walk::{expand, hash_files};

#[derive(Args)]
pub struct DemoArgs {
    /// The demo data folder (holds `images/`, `bank/` and `conversations/`).
    #[arg(long)]
    dir: Option<PathBuf>,
    /// Where the demo service keeps its embedded store (recreated each run).
    #[arg(long, default_value = "lurewatch-demo-data")]
    data_dir: PathBuf,
    /// Only the command-line part (hash and match), no service.
    #[arg(long)]
    no_service: bool,
}

fn find_demo_dir(arg: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(d) = arg {
        return Ok(d);
    }
    let candidates = [
        PathBuf::from("demo"),
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../demo"),
    ];
    candidates
        .into_iter()
        .find(|p| p.join("images").is_dir())
        .context("demo data not found: run from the repository root or pass --dir")
}

pub fn run(args: DemoArgs) -> Result<ExitCode> {
    let dir = find_demo_dir(args.dir)?;
    println!("lurewatch demo — known-image matching, then the service on the embedded store\n");

    let bank_file = dir.join("bank/demo-known.csv");
    let loaded = load(
        &bank_file,
        0,
        BankFormat::Auto,
        lurewatch_match::MATCH_THRESHOLD,
        5,
    )?;
    let bank = loaded.bank;
    println!(
        "1. Bank {}: {} PDQ hashes of known images from {} ({} bad lines, {} duplicates)",
        bank.name(),
        bank.len(),
        bank_file.display(),
        loaded.report_bad,
        loaded.duplicates
    );
    let matcher = Matcher::build(std::slice::from_ref(&bank), IndexKind::Flat)?;
    println!(
        "   index: exact flat scan, kernel {}\n",
        matcher.pdq().kernel_name()
    );

    let files: Vec<_> = expand(&[dir.join("images")])
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    if files.is_empty() {
        bail!("no sample images in {}", dir.join("images").display());
    }
    let t = Instant::now();
    let hashed = hash_files(&files, &Limits::default(), true);
    println!(
        "2. Hashed {} uploads (PDQ + 8 dihedral variants + MD5 + SHA-256) in {:.1} ms on {} threads\n",
        files.len(),
        t.elapsed().as_secs_f64() * 1e3,
        rayon::current_num_threads()
    );

    println!(
        "3. Matches (distance ≤ {}, quality ≥ {}):\n",
        lurewatch_match::MATCH_THRESHOLD,
        lurewatch_match::QUALITY_THRESHOLD
    );
    println!(
        "   {:<28} {:<10} {:>8}  {:<10}  verdict",
        "upload", "known", "distance", "transform"
    );
    let mut matched = 0;
    let mut errors = 0;
    for (input, result) in files.iter().zip(hashed) {
        let name = input
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match result {
            Err(e) => {
                errors += 1;
                println!(
                    "   {name:<28} {:<10} {:>8}  {:<10}  error: {e}",
                    "-", "-", "-"
                );
            }
            Ok(h) => {
                let all = h.dihedral.expect("dihedral requested");
                if !should_query(all.quality) {
                    println!(
                        "   {name:<28} {:<10} {:>8}  {:<10}  skipped: quality {}",
                        "-", "-", "-", all.quality
                    );
                    continue;
                }
                let hits = matcher.search_dihedral(&[all.hashes], lurewatch_match::MATCH_THRESHOLD);
                match hits.iter().min_by_key(|h| h.distance) {
                    Some(hit) => {
                        matched += 1;
                        let e = &bank.entries()[matcher.locate(hit.entry).index];
                        let label = e.meta.label.as_deref().unwrap_or("?");
                        println!(
                            "   {name:<28} {label:<10} {:>8}  {:<10}  MATCH (known image)",
                            hit.distance, hit.transform
                        );
                    }
                    None => println!(
                        "   {name:<28} {:<10} {:>8}  {:<10}  no match",
                        "-", "-", "-"
                    ),
                }
            }
        }
    }
    println!(
        "\n{matched} of {} uploads matched a known image; {errors} could not be hashed (reported, batch continued).",
        files.len()
    );
    if !args.no_service {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?;
        rt.block_on(super::demo_service::run(&dir, &args.data_dir))?;
    }
    println!(
        "\nMore: `lurewatch hash --dihedral DIR`, `lurewatch match --bank FILE DIR`, `lurewatch scan FILE.jsonl`, `lurewatch serve`."
    );
    Ok(ExitCode::SUCCESS)
}
