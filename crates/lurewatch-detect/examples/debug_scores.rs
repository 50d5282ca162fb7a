//! Prints per-message scores of one conversation id (or `*` for all) from a JSONL file:
//! message probability, conversation probability, text (group chats as
//! `lurewatch scan` reads them: per participant's view); with `LW_CONTRIB`
//! set, every conversation feature's contribution to the final score.
use lurewatch_detect::{ChatScan, Detector, DetectorModel};
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let model = DetectorModel::load(std::path::Path::new(&a[1])).unwrap();
    let mut d = Detector::new(&model).unwrap();
    for line in std::fs::read_to_string(&a[2]).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        if a[3] != "*" && v["id"] != a[3].as_str() {
            continue;
        }
        let mut st = ChatScan::default();
        println!("# {}", v["id"]);
        for m in v["messages"].as_array().unwrap() {
            let o = st.observe(
                &mut d,
                m["sender"].as_str().unwrap(),
                m["recipient"].as_str(),
                m["text"].as_str().unwrap(),
            );
            println!(
                "{:.3} {:.3} {}",
                o.message_score, o.conversation_score, m["text"]
            );
        }
        // What raised and what lowered the final score (the riskiest view).
        if std::env::var_os("LW_CONTRIB").is_some() {
            for (name, c) in d.contributions(st.riskiest()) {
                println!("  {c:+.3} {name}");
            }
        }
    }
}
