//! Prints the analysis of each command-line argument (or a few built-in examples) as JSON.

use lurewatch_text::Analyzer;

fn main() {
    let mut a = Analyzer::with_default_lexicons().expect("default lexicons");
    let args: Vec<String> = std::env::args().skip(1).collect();
    let msgs: Vec<String> = if args.is_empty() {
        [
            "add me on sn4p",
            "im 14f",
            "are your parents home",
            "don't tell anyone",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    } else {
        args
    };
    for m in &msgs {
        let r = a.analyze(m);
        println!("{m:?} -> {:?}", r.normalized.as_str());
        for e in &r.evidence {
            let p = a.matcher().entries().get(e.pattern_id as usize);
            println!(
                "  evidence {} {:?} w={} {:?} {}",
                e.code,
                &m[e.start..e.end],
                e.weight,
                e.source,
                p.map_or("", |p| p.pattern.as_str())
            );
        }
        for e in &r.entities {
            println!(
                "  entity {:?} {:?} value={:?} {:?}",
                e.kind,
                &m[e.start..e.end],
                e.value,
                e.age
            );
        }
        for s in &r.suppressions {
            println!("  suppression {:?} {:?}", s.context, &m[s.start..s.end]);
        }
    }
}
