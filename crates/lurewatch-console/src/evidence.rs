//! Turning stored detector output into what the case page shows. Pure.
//!
//! * [`highlight`] splits a message into segments, each with the taxonomy
//!   codes of the evidence spans covering it. Spans are original byte
//!   offsets (the text layers guarantee char boundaries), but they come from
//!   storage, so every span is checked: one that is out of range, empty or
//!   not on char boundaries is dropped and counted, never sliced into a
//!   panic. Overlapping spans are handled (a segment carries every code
//!   covering it). The template escapes each segment.
//! * [`stage_timeline`] names, for each taxonomy code, the first message at
//!   which the detector had it: how the conversation escalated.

/// A run of a message's text and the codes of the evidence covering it
/// (empty: not evidence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The text, verbatim (escape when rendering).
    pub text: String,
    /// Taxonomy codes covering it, sorted.
    pub codes: Vec<String>,
}

impl Segment {
    /// The codes as one label (`GRM.SECRECY, GRM.ISOLATE`).
    pub fn label(&self) -> String {
        self.codes.join(", ")
    }
}

/// Splits `text` at the evidence spans `(start, end, code)`. Returns the
/// segments (their texts concatenate to `text`) and how many spans were
/// unusable.
pub fn highlight(text: &str, spans: &[(usize, usize, String)]) -> (Vec<Segment>, usize) {
    let valid: Vec<&(usize, usize, String)> = spans
        .iter()
        .filter(|(start, end, _)| {
            start < end
                && *end <= text.len()
                && text.is_char_boundary(*start)
                && text.is_char_boundary(*end)
        })
        .collect();
    let dropped = spans.len() - valid.len();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for (start, end, _) in &valid {
        cuts.push(*start);
        cuts.push(*end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut segments: Vec<Segment> = Vec::new();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if a == b {
            continue;
        }
        let mut codes: Vec<String> = valid
            .iter()
            .filter(|(start, end, _)| *start <= a && *end >= b)
            .map(|(_, _, code)| code.clone())
            .collect();
        codes.sort();
        codes.dedup();
        // Every cut is a char boundary (0, len, or a checked span end).
        let piece = &text[a..b];
        match segments.last_mut() {
            Some(last) if last.codes == codes => last.text.push_str(piece),
            _ => segments.push(Segment {
                text: piece.to_string(),
                codes,
            }),
        }
    }
    (segments, dropped)
}

/// When a code first appeared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    /// Taxonomy code.
    pub code: String,
    /// Position of the message in the timeline, from 1.
    pub message: usize,
    /// The message's seq in the log (its anchor on the page).
    pub seq: i64,
    /// When it was sent.
    pub ts: i64,
}

/// For each code, the first message (in the given order) whose codes
/// include it; ordered by that message, then code.
pub fn stage_timeline(messages: &[(i64, i64, Vec<String>)]) -> Vec<Stage> {
    let mut stages: Vec<Stage> = Vec::new();
    for (index, (seq, ts, codes)) in messages.iter().enumerate() {
        let mut new: Vec<&String> = codes
            .iter()
            .filter(|code| !stages.iter().any(|s| &&s.code == code))
            .collect();
        new.sort();
        new.dedup();
        for code in new {
            stages.push(Stage {
                code: code.clone(),
                message: index + 1,
                seq: *seq,
                ts: *ts,
            });
        }
    }
    stages
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn span(start: usize, end: usize, code: &str) -> (usize, usize, String) {
        (start, end, code.to_string())
    }

    #[test]
    fn a_span_inside_a_longer_one_of_the_same_code_merges_into_it() {
        // Found by the property test below on a CI run: the inner span's
        // segment and the outer span's pieces around it carry the same code
        // and are one segment.
        let text = "0123456789abcdefghijklmnopqrstuv";
        let (segments, dropped) = highlight(text, &[span(4, 31, "C2"), span(22, 27, "C2")]);
        assert_eq!(dropped, 0);
        let got: Vec<(&str, Vec<String>)> = segments
            .iter()
            .map(|s| (s.text.as_str(), s.codes.clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("0123", vec![]),
                (&text[4..31], vec!["C2".to_string()]),
                (&text[31..], vec![]),
            ]
        );
    }

    #[test]
    fn spans_become_labelled_segments() {
        let text = "are ur parents around? this is our secret";
        let (segments, dropped) = highlight(
            text,
            &[span(4, 14, "GRM.ISOLATE"), span(31, 41, "GRM.SECRECY")],
        );
        assert_eq!(dropped, 0);
        let rendered: Vec<(&str, String)> = segments
            .iter()
            .map(|s| (s.text.as_str(), s.label()))
            .collect();
        assert_eq!(
            rendered,
            vec![
                ("are ", String::new()),
                ("ur parents", "GRM.ISOLATE".to_string()),
                (" around? this is ", String::new()),
                ("our secret", "GRM.SECRECY".to_string()),
            ]
        );
    }

    #[test]
    fn overlaps_carry_both_codes_and_bad_spans_are_dropped() {
        let text = "añb<script>";
        let (segments, dropped) = highlight(
            text,
            &[
                span(0, 4, "A"),
                span(1, 3, "B"), // ñ is bytes 1..3
                span(2, 3, "MID_CHAR"),
                span(5, 99, "OUT"),
                span(3, 3, "EMPTY"),
                span(4, 2, "BACKWARDS"),
            ],
        );
        assert_eq!(dropped, 4);
        let rendered: Vec<(&str, String)> = segments
            .iter()
            .map(|s| (s.text.as_str(), s.label()))
            .collect();
        assert_eq!(
            rendered,
            vec![
                ("a", "A".to_string()),
                ("ñ", "A, B".to_string()),
                ("b", "A".to_string()),
                ("<script>", String::new()),
            ]
        );
    }

    #[test]
    fn empty_text_has_no_segments() {
        assert_eq!(highlight("", &[span(0, 1, "X")]), (vec![], 1));
    }

    #[test]
    fn stages_name_the_first_message_of_each_code() {
        let stages = stage_timeline(&[
            (10, 1_000, vec![]),
            (11, 2_000, vec!["TRUST".into()]),
            (
                12,
                3_000,
                vec!["TRUST".into(), "SECRECY".into(), "ISOLATE".into()],
            ),
            (13, 4_000, vec!["TRUST".into(), "OFFPLATFORM".into()]),
        ]);
        let got: Vec<(&str, usize, i64)> = stages
            .iter()
            .map(|s| (s.code.as_str(), s.message, s.seq))
            .collect();
        assert_eq!(
            got,
            vec![
                ("TRUST", 2, 11),
                ("ISOLATE", 3, 12),
                ("SECRECY", 3, 12),
                ("OFFPLATFORM", 4, 13),
            ]
        );
    }

    proptest! {
        /// Whatever the spans, highlighting never panics, keeps the text
        /// intact, and every valid span's bytes are marked with its code.
        #[test]
        fn highlighting_keeps_text_and_marks_valid_spans(
            text in "\\PC{0,40}",
            raw in proptest::collection::vec((0usize..200, 0usize..200, 0u8..3), 0..8),
        ) {
            let spans: Vec<(usize, usize, String)> = raw
                .iter()
                .map(|(a, b, c)| (*a, *b, format!("C{c}")))
                .collect();
            let (segments, dropped) = highlight(&text, &spans);
            let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
            prop_assert_eq!(&joined, &text);
            let mut offset = 0;
            let mut covered: Vec<(usize, usize, Vec<String>)> = Vec::new();
            for s in &segments {
                prop_assert!(!s.text.is_empty());
                covered.push((offset, offset + s.text.len(), s.codes.clone()));
                offset += s.text.len();
            }
            let mut valid = 0;
            for (start, end, code) in &spans {
                let ok = start < end && *end <= text.len()
                    && text.is_char_boundary(*start) && text.is_char_boundary(*end);
                if !ok { continue; }
                valid += 1;
                for (a, b, codes) in &covered {
                    if a < end && b > start {
                        // Every segment overlapping the span carries its code.
                        prop_assert!(codes.contains(code));
                    }
                }
            }
            prop_assert_eq!(dropped, spans.len() - valid);
            // And no byte is marked with a code no valid span gives it (a
            // segment may reach past one span when a neighbouring span of
            // the same code continues it: adjacent equal segments merge).
            for (a, b, codes) in &covered {
                for code in codes {
                    for x in *a..*b {
                        let marked = spans.iter().any(|(start, end, c)| {
                            c == code && *start <= x && x < *end && *end <= text.len()
                                && text.is_char_boundary(*start) && text.is_char_boundary(*end)
                        });
                        prop_assert!(marked, "byte {} marked {} by no span", x, code);
                    }
                }
            }
        }
    }
}
