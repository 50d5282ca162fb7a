//! PDQ matching benchmark on synthetic (seeded) hashes.
//!
//! ```text
//! cargo run --release -p lurewatch-match --example match_bench -- \
//!     --n 1000000 --images 200 [--threads 1] [--index flat|mih] [--clustered] \
//!     [--kernel best|all|avx512-vpopcntdq|avx2|popcnt|portable] [--max-distance 31] \
//!     [--seed 42] [--dump-dir DIR]
//! ```
//!
//! Prints one JSON line per kernel. `--dump-dir` writes `haystack.bin` and
//! `queries.bin` (raw 32-byte big-endian records, as FAISS/pytx store PDQ;
//! query `i` is image `i / 8`, transform `i % 8`) and `hits-<kernel>.csv`
//! (`query_index,entry_index,distance`, sorted, every pair with distance <=
//! max-distance; FAISS `range_search` needs radius max-distance + 1).

use std::io::Write;
use std::time::Instant;

use lurewatch_match::{IndexKind, Kernel, PdqIndex};
use lurewatch_pdq::Hash256;

struct Args {
    n: usize,
    images: usize,
    threads: Option<usize>,
    kind: IndexKind,
    clustered: bool,
    kernel: String,
    max_distance: u32,
    seed: u64,
    dump_dir: Option<std::path::PathBuf>,
}

fn parse_args() -> Args {
    let mut a = Args {
        n: 1_000_000,
        images: 200,
        threads: None,
        kind: IndexKind::Flat,
        clustered: false,
        kernel: "best".into(),
        max_distance: 31,
        seed: 42,
        dump_dir: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut val = || {
            it.next()
                .unwrap_or_else(|| die(&format!("{flag} needs a value")))
        };
        match flag.as_str() {
            "--n" => a.n = val().parse().unwrap_or_else(|_| die("--n: integer")),
            "--images" => a.images = val().parse().unwrap_or_else(|_| die("--images: integer")),
            "--threads" => {
                a.threads = Some(val().parse().unwrap_or_else(|_| die("--threads: integer")))
            }
            "--index" => {
                a.kind = match val().as_str() {
                    "flat" => IndexKind::Flat,
                    "mih" => IndexKind::Mih,
                    _ => die("--index flat|mih"),
                }
            }
            "--clustered" => a.clustered = true,
            "--kernel" => a.kernel = val(),
            "--max-distance" => {
                a.max_distance = val()
                    .parse()
                    .unwrap_or_else(|_| die("--max-distance: integer"))
            }
            "--seed" => a.seed = val().parse().unwrap_or_else(|_| die("--seed: integer")),
            "--dump-dir" => a.dump_dir = Some(val().into()),
            "-h" | "--help" => {
                eprintln!("see the header of examples/match_bench.rs");
                std::process::exit(0);
            }
            other => die(&format!("unknown flag {other}")),
        }
    }
    a
}

fn die(msg: &str) -> ! {
    eprintln!("match_bench: {msg}");
    std::process::exit(2);
}

/// SplitMix64.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn hash(&mut self) -> Hash256 {
        Hash256 {
            words: [self.next(), self.next(), self.next(), self.next()],
        }
    }
    /// `h` with `bits` distinct random bits flipped.
    fn perturb(&mut self, h: Hash256, bits: u32) -> Hash256 {
        let mut out = h;
        let mut done = 0;
        while done < bits {
            let b = self.below(256) as usize;
            if out.bit(b) == h.bit(b) {
                out.words[b / 64] ^= 1 << (b % 64);
                done += 1;
            }
        }
        out
    }
}

/// Uniform random hashes, or 1% cluster centres with ~100 near-duplicates
/// each (0..=20 bits away) plus 10% uniform noise.
fn haystack(rng: &mut Rng, n: usize, clustered: bool) -> Vec<Hash256> {
    if !clustered {
        return (0..n).map(|_| rng.hash()).collect();
    }
    let noise = n / 10;
    let centres: Vec<Hash256> = (0..(n / 100).max(1)).map(|_| rng.hash()).collect();
    let mut out = Vec::with_capacity(n);
    while out.len() < n - noise {
        let c = centres[out.len() % centres.len()];
        let d = rng.below(21) as u32;
        out.push(rng.perturb(c, d));
    }
    while out.len() < n {
        out.push(rng.hash());
    }
    // Shuffle so clusters are not contiguous in memory.
    for i in (1..out.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        out.swap(i, j);
    }
    out
}

/// Images as 8 hashes: random, except that one transform of every 4th image
/// (every image when clustered) is a haystack hash moved 0..=25 bits.
fn images(rng: &mut Rng, hay: &[Hash256], m: usize, clustered: bool) -> Vec<[Hash256; 8]> {
    (0..m)
        .map(|i| {
            let mut img = [Hash256::ZERO; 8];
            for h in &mut img {
                *h = rng.hash();
            }
            if (clustered || i % 4 == 0) && !hay.is_empty() {
                let src = hay[rng.below(hay.len() as u64) as usize];
                let bits = rng.below(26) as u32;
                img[i % 8] = rng.perturb(src, bits);
            }
            img
        })
        .collect()
}

fn dump(dir: &std::path::Path, name: &str, hashes: &[Hash256]) {
    let mut f = std::io::BufWriter::new(
        std::fs::File::create(dir.join(name)).unwrap_or_else(|e| die(&format!("{name}: {e}"))),
    );
    for h in hashes {
        f.write_all(&h.to_be_bytes())
            .unwrap_or_else(|e| die(&e.to_string()));
    }
    f.flush().unwrap_or_else(|e| die(&e.to_string()));
}

fn main() {
    let args = parse_args();
    let mut rng = Rng(args.seed);
    let t = Instant::now();
    let hay = haystack(&mut rng, args.n, args.clustered);
    let imgs = images(&mut rng, &hay, args.images, args.clustered);
    let flat: Vec<Hash256> = imgs.iter().flatten().copied().collect();
    let gen_s = t.elapsed().as_secs_f64();
    if let Some(dir) = &args.dump_dir {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| die(&e.to_string()));
        dump(dir, "haystack.bin", &hay);
        dump(dir, "queries.bin", &flat);
    }

    let t = Instant::now();
    let mut index = PdqIndex::from_hashes(&hay, args.kind).unwrap_or_else(|e| die(&e.to_string()));
    let build_s = t.elapsed().as_secs_f64();
    drop(hay);

    let kernels: Vec<Kernel> = match args.kernel.as_str() {
        "best" => vec![Kernel::best()],
        "all" => Kernel::available(),
        name => vec![Kernel::from_name(name).unwrap_or_else(|| die("unknown kernel"))],
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .unwrap_or_else(|e| die(&e.to_string()));
    let single = args.threads == Some(1);
    for kernel in kernels {
        index
            .set_kernel(kernel)
            .unwrap_or_else(|e| die(&e.to_string()));
        let t = Instant::now();
        let dihedral = if single {
            index.search_dihedral_single_threaded(&imgs, args.max_distance)
        } else {
            pool.install(|| index.search_dihedral(&imgs, args.max_distance))
        };
        let search_s = t.elapsed().as_secs_f64();
        // Latency mode: one image (8 dihedral hashes) per call, as a server
        // answers uploads one by one. At most 100 images to bound run time.
        let single_n = imgs.len().min(100);
        let t = Instant::now();
        let mut single_hits = 0usize;
        for img in &imgs[..single_n] {
            single_hits += if single {
                index
                    .search_dihedral_single_threaded(std::slice::from_ref(img), args.max_distance)
                    .len()
            } else {
                pool.install(|| index.search_dihedral(std::slice::from_ref(img), args.max_distance))
                    .len()
            };
        }
        let single_image_per_s = single_n as f64 / t.elapsed().as_secs_f64().max(1e-9);
        let t = Instant::now();
        let hits = if single {
            index.search_single_threaded(&flat, args.max_distance)
        } else {
            pool.install(|| index.search(&flat, args.max_distance))
        };
        let per_query_s = t.elapsed().as_secs_f64();
        // FNV-1a over the sorted (query, entry, distance) triples.
        let mut checksum = 0xcbf2_9ce4_8422_2325u64;
        for h in &hits {
            for x in [h.query as u64, u64::from(h.entry), u64::from(h.distance)] {
                for b in x.to_le_bytes() {
                    checksum = (checksum ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
                }
            }
        }
        if let Some(dir) = &args.dump_dir {
            let name = format!("hits-{}.csv", kernel.name());
            let mut f = std::io::BufWriter::new(
                std::fs::File::create(dir.join(&name)).unwrap_or_else(|e| die(&e.to_string())),
            );
            for h in &hits {
                writeln!(f, "{},{},{}", h.query, h.entry, h.distance)
                    .unwrap_or_else(|e| die(&e.to_string()));
            }
        }
        let queries = flat.len() as f64;
        println!(
            "{{\"n\":{},\"images\":{},\"queries\":{},\"index\":\"{}\",\"clustered\":{},\"kernel\":\"{}\",\
             \"threads\":{},\"max_distance\":{},\"gen_s\":{:.3},\"build_s\":{:.3},\"memory_bytes\":{},\
             \"single_image_per_s\":{:.2},\"single_image_hits\":{},\"dihedral_search_s\":{:.4},\"images_per_s\":{:.2},\"cmp_per_s\":{:.4e},\
             \"per_query_search_s\":{:.4},\"dihedral_hits\":{},\"hits\":{},\"checksum\":\"{:016x}\"}}",
            args.n,
            args.images,
            flat.len(),
            if args.kind == IndexKind::Flat {
                "flat"
            } else {
                "mih"
            },
            args.clustered,
            kernel.name(),
            if single {
                1
            } else {
                pool.current_num_threads()
            },
            args.max_distance,
            gen_s,
            build_s,
            index.memory_bytes(),
            single_image_per_s,
            single_hits,
            search_s,
            args.images as f64 / search_s,
            args.n as f64 * queries / search_s,
            per_query_s,
            dihedral.len(),
            hits.len(),
            checksum
        );
    }
}
