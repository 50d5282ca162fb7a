//! Property tests: never panic, spans are valid, normalisation is stable.

use std::sync::{Arc, OnceLock};

use lurewatch_text::{Analyzer, LexiconSet, Matcher, normalize};
use proptest::prelude::*;

fn analyzer() -> Analyzer {
    static M: OnceLock<Arc<Matcher>> = OnceLock::new();
    let m = M.get_or_init(|| Arc::new(Matcher::new(&LexiconSet::default_set().unwrap()).unwrap()));
    Analyzer::from_matcher(m.clone())
}

/// Words of the offer indicators' families and what surrounds them in posts.
fn offer_piece() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "girls ",
        "18-25 ",
        "18 - 2",
        "5 ",
        "€",
        "3000-6000€/lună ",
        "$4500 ",
        "per month ",
        "flight, visa, accommodation ",
        "ALL PAID ",
        "fără experiență ",
        "no experience ",
        "full body ",
        "pay back ",
        "from your first paychecks ",
        "abroad ",
        "whatsapp ",
        "555-0142 ",
        "police ",
        "guys ",
        "cazare și transport asigurate ",
        "🇩🇪",
        "💶 ",
        "\u{200b}",
        "\u{202e}",
        "ﬁ",
        "t3l3gram ",
        "s n a p ",
        ". ",
        "\n",
    ])
    .prop_map(str::to_string)
}

/// Strings biased towards the characters the normaliser treats specially.
fn tricky() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        "s",
        "n",
        "p",
        " ",
        ".",
        "-",
        "'",
        "\"",
        "\u{201C}",
        "\u{201D}",
        "\u{AB}",
        "\u{BB}",
        " ya ",
        " wat ",
        "4",
        "0",
        "1",
        "@",
        "$",
        "!",
        "|",
        "14",
        "f",
        "\u{200d}",
        "\u{202e}",
        "\u{fe0f}",
        "\u{301}",
        "\u{430}",
        "ｓ",
        "🌹",
        "👍🏽",
        "❤️",
        "ß",
        "İ",
        "\u{0}",
        "\n",
        "snap",
        "add me on",
        "dont tell",
        "@name",
        "555",
        "http://x.co/",
        "ﬃ",
        "é",
        "\u{ffff}",
        "\u{10ffff}",
        "&",
        ";",
        "#",
        "&amp;",
        "&apos;",
        "&#39;",
        "&#x27;",
        "&#8217;",
        "&nbsp;",
        "&amp;apos;",
        "&#x10ffff;",
        "just ",
        "really ",
        "like ",
        "else",
        "lol",
        "nobody gets u like i do",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn spans_valid_on_arbitrary(s in any::<String>()) {
        check(&s);
    }

    #[test]
    fn spans_valid_on_tricky(s in tricky()) {
        check(&s);
    }

    /// Offer indicators in any order, spelling and company (accents,
    /// emoji, leet, amounts, age ranges): spans stay valid whether or not
    /// they make the profile.
    #[test]
    fn spans_valid_on_offer_words(words in prop::collection::vec(offer_piece(), 0..24)) {
        check(&words.concat());
    }

    /// The spelling pass only adds: every cue and hard negative the
    /// analyzer finds without spelling variants it finds with them.
    #[test]
    fn the_spelling_pass_only_adds(s in tricky()) {
        static PLAIN: OnceLock<Analyzer> = OnceLock::new();
        let mut plain = PLAIN
            .get_or_init(|| {
                let set = LexiconSet { variants: Vec::new(), ..LexiconSet::default_set().unwrap() };
                Analyzer::new(&set).unwrap()
            })
            .clone();
        let with = analyzer().analyze(&s);
        let without = plain.analyze(&s);
        for e in &without.evidence {
            prop_assert!(
                with.evidence.iter().any(|f| (f.start, f.end, f.code) == (e.start, e.end, e.code)),
                "{s:?}: {e:?} lost"
            );
        }
        prop_assert_eq!(with.suppressions.len() >= without.suppressions.len(), true);
    }

    #[test]
    fn bytes_never_panic(b in prop::collection::vec(any::<u8>(), 0..200)) {
        let r = analyzer().analyze_bytes(&b);
        for e in &r.evidence { prop_assert!(e.start <= e.end && e.end <= b.len()); }
        for e in &r.entities { prop_assert!(e.start <= e.end && e.end <= b.len()); }
        for e in &r.suppressions { prop_assert!(e.start <= e.end && e.end <= b.len()); }
    }

    #[test]
    fn without_words_maps_into_the_original(s in tricky(), k in 1usize..4) {
        let n = normalize(&s);
        let mut out = lurewatch_text::Normalized::default();
        let mut removed = Vec::new();
        // Drop every k-th word.
        let mut i = 0usize;
        let any = n.without_words_into(|_, _| { i += 1; i.is_multiple_of(k) }, &mut out, &mut removed);
        prop_assert_eq!(any, !removed.is_empty());
        prop_assert!(out.as_str().len() <= n.as_str().len());
        for r in &removed {
            prop_assert!(r.start <= r.end && r.end <= s.len());
            prop_assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
        }
        for a in 0..=out.as_str().len() {
            let o = out.original_span(a..out.as_str().len());
            prop_assert!(o.start <= o.end && o.end <= s.len());
            prop_assert!(s.is_char_boundary(o.start) && s.is_char_boundary(o.end));
        }
    }

    #[test]
    fn idempotent_on_ascii_lowercase(s in "[a-z0-9 .,'@$!?-]{0,80}") {
        let once = normalize(&s);
        let twice = normalize(once.as_str());
        // Squeezing, joining and leet folding converge after one pass on their own output.
        let thrice = normalize(twice.as_str());
        prop_assert_eq!(thrice.as_str(), twice.as_str());
    }

    #[test]
    fn idempotent_on_words(s in "[a-z]{1,8}( [a-z]{2,8}){0,8}") {
        let once = normalize(&s);
        let twice = normalize(once.as_str());
        prop_assert_eq!(twice.as_str(), once.as_str());
    }
}

fn check(s: &str) {
    let n = normalize(s);
    for t in n.tokens() {
        assert!(t.start <= t.end && t.end <= s.len());
        assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
    }
    for i in 0..=n.as_str().len() {
        for j in [i, (i + 1).min(n.as_str().len()), n.as_str().len()] {
            if j < i {
                continue;
            }
            let o = n.original_span(i..j);
            assert!(o.start <= o.end && o.end <= s.len());
            assert!(s.is_char_boundary(o.start) && s.is_char_boundary(o.end));
        }
    }
    let r = analyzer().analyze(s);
    for e in &r.evidence {
        assert!(e.start <= e.end && e.end <= s.len());
        assert!(s.is_char_boundary(e.start) && s.is_char_boundary(e.end));
    }
    // Quoted passages lie in the text, in order, each opening and closing
    // on a char boundary.
    let mut last = 0;
    for q in &r.quoted {
        assert!(last <= q.start && q.start < q.end && q.end <= s.len());
        assert!(s.is_char_boundary(q.start) && s.is_char_boundary(q.end));
        last = q.end;
    }
    for e in &r.entities {
        assert!(e.start <= e.end && e.end <= s.len());
        assert!(s.is_char_boundary(e.start) && s.is_char_boundary(e.end));
    }
    for e in &r.suppressions {
        assert!(s.is_char_boundary(e.start) && s.is_char_boundary(e.end));
    }
}
