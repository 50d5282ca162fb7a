//! Typed entity extraction over the normalised text, reported with ORIGINAL byte offsets.
//!
//! Keyword entities (apps, payment services, gift cards) come from one Aho-Corasick automaton
//! over the skeleton view, so `snaaap`, `sn4p` and `ｓｎａｐ` are all the app `snapchat`.
//! Ambiguous short names (`snap`, `sc`, `wa`, `tg`, `ig`, `line`, `signal`, `session`, …) count
//! only after a cue word (`on`, `my`, `your`, `add`, …). Pattern entities (handles, phones,
//! URLs, e-mail, money, ages) use regexes guarded by cheap byte pre-checks, so a message
//! without digits, `@`, `.` or `$` never runs them.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::normalize::{Normalized, Skeleton, is_word_byte, skeletonize};

/// Entity type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A user handle (`@name`, "my snap is name1").
    Handle,
    /// A phone number.
    Phone,
    /// A URL or bare domain.
    Url,
    /// An e-mail address.
    Email,
    /// A payment service, cashtag or money request.
    Payment,
    /// Gift cards and game currency.
    GiftCard,
    /// A messaging / social app.
    App,
    /// A stated age.
    Age,
    /// An amount of money.
    Money,
}

/// Parsed age details for [`EntityKind::Age`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeInfo {
    /// Age in years.
    pub years: u8,
    /// The writer seems to state their own age ("im 14", "14f", "turning 15").
    pub self_disclosed: bool,
    /// Estimated (e.g. from a school grade), not stated.
    pub estimated: bool,
    /// Someone else's age the writer gives: a child's, a sibling's, a
    /// third person's ("my 14 yo son", "mi hija de 13 años", "she is 15
    /// years old", "a 14 year old"). Never also `self_disclosed`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub third_party: bool,
}

/// A typed entity. `start..end` are original byte offsets (char boundaries); `value` is the
/// normalised value (canonical app name, digits of a phone number, lowercase handle …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Entity type.
    pub kind: EntityKind,
    /// Original start byte offset.
    pub start: usize,
    /// Original end byte offset.
    pub end: usize,
    /// Normalised value.
    pub value: String,
    /// Age details (only for [`EntityKind::Age`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeInfo>,
}

/// (pattern, kind, canonical value, needs a cue word before it)
const KEYWORDS: &[(&str, EntityKind, &str, bool)] = {
    use EntityKind::{App, GiftCard, Payment};
    &[
        ("snapchat", App, "snapchat", false),
        ("snap chat", App, "snapchat", false),
        ("snap", App, "snapchat", true),
        ("sc", App, "snapchat", true),
        ("telegram", App, "telegram", false),
        ("tele", App, "telegram", true),
        ("tg", App, "telegram", true),
        ("t.me", App, "telegram", false),
        ("whatsapp", App, "whatsapp", false),
        ("whats app", App, "whatsapp", false),
        ("watsapp", App, "whatsapp", false),
        ("wasap", App, "whatsapp", false),
        ("wassap", App, "whatsapp", false),
        ("wsp", App, "whatsapp", true),
        ("wpp", App, "whatsapp", true),
        ("zap", App, "whatsapp", true),
        ("zapzap", App, "whatsapp", false),
        ("wa", App, "whatsapp", true),
        ("wa.me", App, "whatsapp", false),
        ("kik", App, "kik", false),
        ("discord", App, "discord", false),
        ("dc", App, "discord", true),
        ("instagram", App, "instagram", false),
        ("insta", App, "instagram", false),
        ("ig", App, "instagram", true),
        ("gram", App, "instagram", true),
        ("signal", App, "signal", true),
        ("wickr", App, "wickr", false),
        ("session", App, "session", true),
        ("skype", App, "skype", false),
        ("facetime", App, "facetime", false),
        ("onlyfans", App, "onlyfans", false),
        ("only fans", App, "onlyfans", false),
        ("line", App, "line", true),
        ("wechat", App, "wechat", false),
        ("viber", App, "viber", false),
        ("threema", App, "threema", false),
        ("tiktok", App, "tiktok", false),
        ("messenger", App, "messenger", true),
        ("omegle", App, "omegle", false),
        ("roblox", App, "roblox", false),
        // payment
        ("cashapp", Payment, "cashapp", false),
        ("cash app", Payment, "cashapp", false),
        ("venmo", Payment, "venmo", false),
        ("paypal", Payment, "paypal", false),
        ("zelle", Payment, "zelle", false),
        ("apple pay", Payment, "apple_pay", false),
        ("google pay", Payment, "google_pay", false),
        ("western union", Payment, "western_union", false),
        ("moneygram", Payment, "moneygram", false),
        ("revolut", Payment, "revolut", false),
        ("bizum", Payment, "bizum", false),
        ("pix", Payment, "pix", true),
        ("tikkie", Payment, "tikkie", false),
        ("lydia", Payment, "lydia", true),
        ("bitcoin", Payment, "crypto", false),
        ("btc", Payment, "crypto", false),
        ("crypto", Payment, "crypto", false),
        ("usdt", Payment, "crypto", false),
        ("ethereum", Payment, "crypto", false),
        ("wire transfer", Payment, "wire_transfer", false),
        ("send me money", Payment, "money_request", false),
        ("send money", Payment, "money_request", false),
        ("send me cash", Payment, "money_request", false),
        // gift cards, game currency
        ("gift card", GiftCard, "gift_card", false),
        ("giftcard", GiftCard, "gift_card", false),
        ("gift cards", GiftCard, "gift_card", false),
        ("steam card", GiftCard, "steam", false),
        ("steam gift card", GiftCard, "steam", false),
        ("itunes card", GiftCard, "apple", false),
        ("itunes gift card", GiftCard, "apple", false),
        ("apple card", GiftCard, "apple", false),
        ("apple gift card", GiftCard, "apple", false),
        ("google play card", GiftCard, "google_play", false),
        ("google play gift card", GiftCard, "google_play", false),
        ("amazon card", GiftCard, "amazon", false),
        ("amazon gift card", GiftCard, "amazon", false),
        ("psn card", GiftCard, "psn", false),
        ("xbox card", GiftCard, "xbox", false),
        ("paysafecard", GiftCard, "paysafecard", false),
        ("robux", GiftCard, "robux", false),
        ("vbucks", GiftCard, "vbucks", false),
        ("v bucks", GiftCard, "vbucks", false),
        ("v-bucks", GiftCard, "vbucks", false),
        ("discord nitro", GiftCard, "nitro", false),
        ("nitro", GiftCard, "nitro", true),
        ("game currency", GiftCard, "game_currency", false),
        ("phone credit", GiftCard, "phone_credit", false),
        ("top up", GiftCard, "phone_credit", true),
        ("recarga", GiftCard, "phone_credit", true),
    ]
};

/// Cue words after which an ambiguous keyword counts.
const CUE_WORDS: &[&str] = &[
    "on", "my", "ur", "your", "add", "via", "me", "no", "na", "por", "en", "auf", "op", "sur",
    "ton", "tu", "mi", "meu", "seu", "dein", "je", "mein", "mijn", "using", "got", "have",
];

/// Handle-like values rejected after "my snap is …".
const HANDLE_STOP: &[&str] = &[
    "down", "broken", "gone", "dead", "deleted", "banned", "new", "old", "private", "the", "not",
    "same", "still", "in", "on", "my", "your", "please", "pls", "plz", "now", "later", "it",
    "this", "that", "here", "there", "and", "what", "why", "how", "ok", "okay", "too", "so",
];

/// [`EntityExtractor::extract_with`]'s byte gates: a digit, `@`, `.` or `/`, `$`, and the
/// lead bytes of the currency signs (0xE2, 0xC2).
const GATE_DIGIT: u8 = 1;
const GATE_AT: u8 = 2;
const GATE_DOT: u8 = 4;
const GATE_DOLLAR: u8 = 8;
const GATE_CURRENCY: u8 = 16;

/// The gate bit of every byte.
static GATE_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = b'0';
    while c <= b'9' {
        t[c as usize] = GATE_DIGIT;
        c += 1;
    }
    t[b'@' as usize] = GATE_AT;
    t[b'.' as usize] = GATE_DOT;
    t[b'/' as usize] = GATE_DOT;
    t[b'$' as usize] = GATE_DOLLAR;
    t[0xE2] = GATE_CURRENCY;
    t[0xC2] = GATE_CURRENCY;
    t
};

/// Entity extractor (immutable, shareable).
#[derive(Debug, Clone)]
pub struct EntityExtractor {
    ac: AhoCorasick,
    email: Regex,
    url: Regex,
    handle_at: Regex,
    handle_named: Regex,
    cashtag: Regex,
    phone: Regex,
    money: Regex,
    age_self: Regex,
    age_suffix: Regex,
    age_prefix: Regex,
    /// An "a/s/l" answer opening a message: `15/f/ohio`, `26 h lyon`, `25 w`,
    /// `29 v`, `23 u?`, `m 34`.
    age_asl: Regex,
    age_years: Regex,
    age_grade: Regex,
    age_other: Regex,
    /// The writer's own age in words: "im fourteen", "fifteen years old",
    /// "tengo catorce años", "ich bin vierzehn".
    age_words_self: Regex,
    /// Someone's age in words: "age fourteen", "are u fifteen".
    age_words_other: Regex,
}

/// Number words an age is written as, with their value: 5–19 and the tens
/// to 60 in English (the tens with a following unit: "twenty one"; "one" to
/// "four" are left out: "im one of them", "im two blocks away"), and 10–
/// 20 in Spanish, Portuguese, French, German, Dutch and Italian (as the
/// normaliser spells them: no accents, `ß` → `ss`). Words with another
/// everyday meaning are left out (Spanish "once", German and Dutch "elf",
/// French "seize", Portuguese "doze", Italian "venti").
const AGE_WORDS: &[(&str, u8)] = &[
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("diez", 10),
    ("doce", 12),
    ("trece", 13),
    ("catorce", 14),
    ("quince", 15),
    ("dieciseis", 16),
    ("diecisiete", 17),
    ("dieciocho", 18),
    ("diecinueve", 19),
    ("veinte", 20),
    ("dez", 10),
    ("onze", 11),
    ("treze", 13),
    ("catorze", 14),
    ("quatorze", 14),
    ("quinze", 15),
    ("dezesseis", 16),
    ("dezasseis", 16),
    ("dezessete", 17),
    ("dezassete", 17),
    ("dezoito", 18),
    ("dezenove", 19),
    ("dezanove", 19),
    ("vinte", 20),
    ("dix", 10),
    ("douze", 12),
    ("treize", 13),
    ("dix-sept", 17),
    ("dix-huit", 18),
    ("dix-neuf", 19),
    ("vingt", 20),
    ("zehn", 10),
    ("zwolf", 12),
    ("dreizehn", 13),
    ("vierzehn", 14),
    ("funfzehn", 15),
    ("sechzehn", 16),
    ("siebzehn", 17),
    ("achtzehn", 18),
    ("neunzehn", 19),
    ("zwanzig", 20),
    ("tien", 10),
    ("twaalf", 12),
    ("dertien", 13),
    ("veertien", 14),
    ("vijftien", 15),
    ("zestien", 16),
    ("zeventien", 17),
    ("achttien", 18),
    ("negentien", 19),
    ("twintig", 20),
    ("dieci", 10),
    ("undici", 11),
    ("dodici", 12),
    ("tredici", 13),
    ("quattordici", 14),
    ("quindici", 15),
    ("sedici", 16),
    ("diciassette", 17),
    ("diciotto", 18),
    ("diciannove", 19),
];

/// Every single word an age in words can start with, for the lexicon
/// automaton to find ([`crate::lexicon::Matcher::find`]): [`AGE_WORDS`] (a
/// hyphenated one as its part before the hyphen) and the English tens run
/// together with a unit ("twentyfive").
pub(crate) fn age_word_forms() -> Vec<String> {
    let mut forms: Vec<String> = AGE_WORDS
        .iter()
        .map(|(w, _)| w.split('-').next().unwrap_or(w).to_string())
        .collect();
    for tens in ENGLISH_TENS {
        for unit in UNIT_WORDS {
            forms.push(format!("{tens}{unit}"));
        }
    }
    forms
}

/// The English tens that take a unit ("twenty one", "thirty-five",
/// "fortytwo").
const ENGLISH_TENS: &[&str] = &["twenty", "thirty", "forty", "fifty", "sixty"];

/// English units after a tens word ("twenty one", "thirty-five").
const UNIT_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// An age as written: digits, or a number word of [`AGE_WORDS`] (an English
/// tens word may carry a unit).
fn age_number(s: &str) -> Option<u8> {
    if let Ok(n) = s.parse::<u8>() {
        return Some(n);
    }
    if let Some(&(_, n)) = AGE_WORDS.iter().find(|(w, _)| *w == s) {
        return Some(n);
    }
    let (tens, unit) = s.split_once([' ', '-']).or_else(|| {
        let i = ENGLISH_TENS.iter().find(|t| s.starts_with(**t))?.len();
        Some((&s[..i], &s[i..]))
    })?;
    let tens = AGE_WORDS
        .iter()
        .find(|(w, n)| *w == tens.trim() && *n >= 20 && *n % 10 == 0)?
        .1;
    let unit = UNIT_WORDS.iter().position(|u| *u == unit.trim())? as u8 + 1;
    Some(tens + unit)
}

/// The alternation of [`AGE_WORDS`] for a regex (longest first, so
/// "dix-sept" wins over "dix"; English tens take an optional unit).
fn age_words_alternation() -> String {
    let mut words: Vec<&str> = AGE_WORDS.iter().map(|(w, _)| *w).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    format!(
        "(?:{})[\\s-]?(?:{})|{}",
        ENGLISH_TENS.join("|"),
        UNIT_WORDS.join("|"),
        words.join("|")
    )
}

/// Words that, right after a number, make it a quantity rather than an
/// age: "im 10 minutes away", "im 12 miles from u", "turned 20 dollars into
/// 40" (times, distances, money, weights, shares).
const QUANTITY_WORDS: &[&str] = &[
    "min",
    "mins",
    "minute",
    "minutes",
    "minuto",
    "minutos",
    "minuten",
    "sec",
    "secs",
    "second",
    "seconds",
    "segundos",
    "hr",
    "hrs",
    "hour",
    "hours",
    "hora",
    "horas",
    "heure",
    "heures",
    "uur",
    "stunde",
    "stunden",
    "day",
    "days",
    "dias",
    "jours",
    "tage",
    "dagen",
    "week",
    "weeks",
    "semanas",
    "semaines",
    "wochen",
    "weken",
    "month",
    "months",
    "meses",
    "mois",
    "monate",
    "maanden",
    "pm",
    "oclock",
    "mile",
    "miles",
    "km",
    "kms",
    "kilometers",
    "kilometres",
    "block",
    "blocks",
    "feet",
    "ft",
    "foot",
    "meters",
    "metres",
    "metros",
    "dollar",
    "dollars",
    "buck",
    "bucks",
    "usd",
    "eur",
    "euro",
    "euros",
    "k",
    "grand",
    "pounds",
    "lbs",
    "kg",
    "kilos",
    "percent",
    "times",
    "stops",
    "people",
    "ppl",
    "tickets",
    "items",
    "pcs",
];

/// Whether the word after an age candidate makes it a quantity.
pub(crate) fn quantity_follows(after: &[u8]) -> bool {
    let after = after.trim_ascii_start();
    let word = after
        .split(|c| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or_default();
    after.starts_with(b"%") || QUANTITY_WORDS.iter().any(|q| q.as_bytes() == word)
}

/// Words that, among the four before an age, make it the writer's own
/// even beside a relation word ("im a girl 14 yo", "je suis une fille de
/// 14 ans", "as a 14 yo").
const FIRST_PERSON_WORDS: &[&str] = &[
    "im", "m", "am", "iam", "as", "soy", "sou", "suis", "bin", "ben", "sono",
];

/// Owners: one right before an age makes it someone else's ("my 14 yo",
/// "your 13 year old").
const OWNER_WORDS: &[&str] = &[
    "my", "our", "his", "her", "their", "your", "mi", "mis", "nuestro", "nuestra", "su", "meu",
    "minha", "nosso", "nossa", "mon", "ma", "mes", "notre", "nos", "sa", "son", "mein", "meine",
    "meinen", "unser", "unsere", "sein", "seine", "ihr", "ihre", "mijn", "onze", "zijn", "haar",
];

/// Third persons and having: one among the four words before an age (and
/// none of [`FIRST_PERSON_WORDS`]) makes it someone else's ("she is 15
/// years old", "i have a 13 yo").
const THIRD_PARTY_BEFORE: &[&str] = &[
    "he", "she", "hes", "shes", "they", "theyre", "have", "has", "ella", "el", "tiene", "ele",
    "ela", "tem", "il", "elle", "er", "ist", "hat", "hij", "zij", "ze", "heeft",
];

/// Family words: one after an age ("14 yo son") or among the four
/// before it ("my son is 14 yrs", "hija de 13 años") makes it someone
/// else's.
const RELATION_WORDS: &[&str] = &[
    "son",
    "sons",
    "daughter",
    "daughters",
    "kid",
    "kids",
    "child",
    "children",
    "brother",
    "sister",
    "niece",
    "nephew",
    "cousin",
    "grandson",
    "granddaughter",
    "stepson",
    "stepdaughter",
    "twins",
    "hijo",
    "hija",
    "hijos",
    "hijas",
    "hermano",
    "hermana",
    "sobrino",
    "sobrina",
    "primo",
    "prima",
    "nieto",
    "nieta",
    "filho",
    "filha",
    "filhos",
    "filhas",
    "irmao",
    "irma",
    "sobrinho",
    "sobrinha",
    "neto",
    "neta",
    "fils",
    "fille",
    "filles",
    "frere",
    "soeur",
    "neveu",
    "cousine",
    "sohn",
    "tochter",
    "bruder",
    "schwester",
    "neffe",
    "nichte",
    "enkel",
    "enkelin",
    "zoon",
    "dochter",
    "broer",
    "zus",
    "zusje",
    "neef",
    "nicht",
];

/// Articles: "a 14 year old", "the 11 yo" is a third person unless a
/// first person comes before ("im a 14 yo").
const ARTICLES: &[&str] = &[
    "a", "an", "the", "un", "una", "uma", "une", "ein", "eine", "een",
];

/// Whether an age match is someone else's, from the (normalised) text
/// before and after it: see [`OWNER_WORDS`], [`THIRD_PARTY_BEFORE`],
/// [`RELATION_WORDS`], [`ARTICLES`], [`FIRST_PERSON_WORDS`].
pub(crate) fn third_party_age(before: &[u8], after: &[u8]) -> bool {
    let is = |list: &[&str], w: &[u8]| list.iter().any(|x| x.as_bytes() == w);
    let words = before
        .rsplit(|c| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4);
    let mut other = false;
    for (i, w) in words.enumerate() {
        if is(FIRST_PERSON_WORDS, w) {
            return false;
        }
        other |= is(THIRD_PARTY_BEFORE, w)
            || is(RELATION_WORDS, w)
            || (i == 0 && (is(OWNER_WORDS, w) || is(ARTICLES, w)));
    }
    other
        || after
            .split(|c| !c.is_ascii_alphanumeric())
            .find(|w| !w.is_empty())
            .is_some_and(|w| is(RELATION_WORDS, w))
}

/// Whether an age match opens with the writer speaking of themselves ("im
/// 14", "tengo 13", "ich bin 15", "j ai 14").
fn opens_in_first_person(m: &str) -> bool {
    const OPENERS: &[&str] = &[
        "im ", "i m ", "i am ", "iam ", "i just", "tengo ", "tenho ", "ich ", "ik ", "j ai ",
        "jai ", "sono ",
    ];
    OPENERS.iter().any(|o| m.starts_with(o))
}

impl Default for EntityExtractor {
    fn default() -> Self {
        Self::new()
    }
}

fn re(s: &str) -> Regex {
    // All patterns are constants, checked by the unit tests.
    Regex::new(s).unwrap_or_else(|e| panic!("entity regex {s:?} does not compile: {e}"))
}

impl EntityExtractor {
    /// Builds the extractor.
    pub fn new() -> Self {
        let keys: Vec<String> = KEYWORDS.iter().map(|k| skeletonize(k.0)).collect();
        let age_words = age_words_alternation();
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&keys)
            .unwrap_or_else(|e| panic!("keyword automaton: {e}"));
        const TLD: &str = "com|net|org|me|io|co|ly|gg|app|link|to|tv|xyz|info|biz|us|uk|de|fr|es|nl|pt|br|be|ch|at|it|ru|ai|site|online|club|fans|page|bio|cc|ws|lol|live|chat|shop|store|mx|ar|ca|au";
        EntityExtractor {
            ac,
            email: re(
                r"(?-u:\b)[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24}(?-u:\b)",
            ),
            url: re(&format!(
                r"(?:https?://[^\s]+|(?-u:\b)(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{TLD})(?-u:\b)(?:/[^\s]*)?)"
            )),
            handle_at: re(r"(?:^|[^a-z0-9_.@])@([a-z0-9_][a-z0-9_.]{1,29})"),
            handle_named: re(
                r"(?-u:\b)(?:snap|snapchat|sc|insta|instagram|ig|tele|telegram|tg|kik|discord|skype|wickr|signal|tiktok|twitter|threema|session)\s*(?:(?:name|id|user|username)\s*)?(?:(is|es|e|ist|est)\s+|[:=@-]\s*@?)([a-z0-9_][a-z0-9_.]{2,29})",
            ),
            cashtag: re(r"(?:^|[^a-z0-9_])\$([a-z][a-z0-9_]{1,20})(?-u:\b)"),
            phone: re(
                r"(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]?\d{2,5}){1,5}",
            ),
            money: re(
                r"(?:[$€£]\s?\d[\d,.]*\s?k?(?-u:\b)|(?-u:\b)\d[\d,.]*\s?k?\s?(?:[$€£]|dollars?|bucks|usd|eur|euros?|gbp|pounds|reais|r\$|pesos)(?:(?-u:\b)|$|\s)|(?-u:\b)\d+k\s+(?:a|per|/)\s*(?:week|wk|night|day|month)(?-u:\b))",
            ),
            age_self: re(
                r"(?-u:\b)(?:(?:im|i m|i am|iam)(?:\s+(?:only|just|almost|barely|nearly))?|just turned|i just turned|turning|turned|tengo|tenho|ich bin|ik ben|j ai|jai|sono)\s+(\d{1,2})(?-u:\b)",
            ),
            age_suffix: re(
                r"(?-u:\b)(\d{1,2})\s?(?:f|m|yo|y/o|yrs old|yr old|years old|year old|anos|ans|jahre|jaar|yrs|años)(?-u:\b)",
            ),
            age_prefix: re(r"(?-u:\b)(?:f|m)(\d{2})(?-u:\b)"),
            // Only at the start of a message and with two digits: "24 h" is
            // also "24 hours", "10 w" ten watts, mid-sentence.
            age_asl: re(concat!(
                r"^\s*(?:(?:f|m)\s?/?\s?(\d{2})(?:\s|/|,|\.|$)",
                r"|(\d{2})\s?(?:/\s?)?(?:f|m|h|w|v|fem|female|male|girl|boy|guy)(?:\s|/\D|/$|,|\.|!|\?|$)",
                r"|(\d{2})\s*[,.]?\s*(?:u|you|and u|and you|n u|wbu|hbu|y tu|y vos|e vc|e voce|e tu|et toi|und du|en jij)\s*\??\s*$)",
            )),
            age_years: re(
                r"(?-u:\b)(?:age|aged|edad|idade|alter|leeftijd)\s*:?\s*(\d{1,2})(?-u:\b)",
            ),
            // A grade is the writer's own only in the first person ("im in
            // 7th grade", "i'm a 9th grader"); "my son is in 9th grade" is
            // someone else's (see `ages`).
            age_grade: re(
                r"(?-u:\b)(?:(?:im in|i m in|i am in|iam in|in)\s+(\d{1,2})(?:st|nd|rd|th)\s+grade|(?:im|i m|i am|iam)\s+an?\s+(\d{1,2})(?:st|nd|rd|th)\s+grader)(?-u:\b)",
            ),
            age_other: re(
                r"(?-u:\b)(?:ur|you re|youre|you are|u r|are u|are you|r u)\s+(\d{1,2})(?-u:\b)",
            ),
            age_words_self: re(&format!(
                concat!(
                    r"(?-u:\b)(?:(?:(?:im|i m|i am|iam)(?:\s+(?:only|just|almost|barely|nearly))?|just turned|i just turned|turning|turned|tengo|tenho|ich bin|ik ben|j ai|jai|sono)\s+({w})",
                    r"|({w})\s?(?:yo|y/o|yrs old|yr old|years old|year old|anos|ans|jahre|jaar|yrs|anni))(?-u:\b)",
                ),
                w = age_words
            )),
            age_words_other: re(&format!(
                concat!(
                    r"(?-u:\b)(?:(?:age|aged|edad|idade|alter|leeftijd)\s*:?\s*({w})",
                    r"|(?:ur|you re|youre|you are|u r|are u|are you|r u)\s+({w}))(?-u:\b)",
                ),
                w = age_words
            )),
        }
    }

    /// Extracts entities from `norm` (with its skeleton view) into `out` (appended),
    /// sorted by start offset.
    pub fn extract(&self, norm: &Normalized, skel: &Skeleton, out: &mut Vec<Entity>) {
        self.extract_with(norm, skel, out, true);
    }

    /// [`EntityExtractor::extract`], told whether the text holds a number
    /// word an age can be written as (the lexicon automaton finds them,
    /// [`crate::lexicon::Matcher::find`]): when not, the word-form age
    /// patterns are not run. `true` is always correct, only slower.
    pub fn extract_with(
        &self,
        norm: &Normalized,
        skel: &Skeleton,
        out: &mut Vec<Entity>,
        age_words: bool,
    ) {
        let first = out.len();
        self.keywords(norm, skel, out);
        let text = norm.as_str();
        let b = text.as_bytes();
        // One table load per byte, no branch: which gates the text opens.
        let (mut digits, mut seen) = (0usize, 0u8);
        for &c in b {
            let f = GATE_BYTE[usize::from(c)];
            seen |= f;
            digits += usize::from(f & GATE_DIGIT);
        }
        let has_at = seen & GATE_AT != 0;
        let has_dot = seen & GATE_DOT != 0;
        let has_dollar = seen & GATE_DOLLAR != 0;
        let has_cur = seen & GATE_CURRENCY != 0;
        let push = |out: &mut Vec<Entity>,
                    kind: EntityKind,
                    r: std::ops::Range<usize>,
                    value: String,
                    age: Option<AgeInfo>| {
            let o = norm.original_span(r);
            out.push(Entity {
                kind,
                start: o.start,
                end: o.end,
                value,
                age,
            });
        };

        // e-mail first; URLs and handles overlapping e-mails are skipped.
        let mut email_spans: Vec<(usize, usize)> = Vec::new();
        if has_at && has_dot {
            for m in self.email.find_iter(text) {
                email_spans.push((m.start(), m.end()));
                push(
                    out,
                    EntityKind::Email,
                    m.range(),
                    m.as_str().to_string(),
                    None,
                );
            }
        }
        // e-mail spans are sorted and disjoint: binary search keeps this O(log n) per query
        // even on 1 MB messages.
        let in_email = |s: usize, e: usize| {
            let i = email_spans.partition_point(|&(_, b)| b <= s);
            email_spans.get(i).is_some_and(|&(a, _)| a < e)
        };
        if has_dot {
            for m in self.url.find_iter(text) {
                if in_email(m.start(), m.end()) {
                    continue;
                }
                let v = m.as_str().trim_end_matches(['.', ',', ')', '!', '?']);
                if v.is_empty() {
                    continue;
                }
                push(
                    out,
                    EntityKind::Url,
                    m.start()..m.start() + v.len(),
                    v.to_string(),
                    None,
                );
            }
        }
        if has_at {
            for c in self.handle_at.captures_iter(text) {
                if let Some(g) = c.get(1) {
                    if in_email(g.start(), g.end()) {
                        continue;
                    }
                    let v = g.as_str().trim_end_matches('.');
                    // Code pasted into a chat: a decorator or annotation
                    // (`@app.route(`, `@property`) is not an account.
                    if text[g.start() + v.len()..].starts_with('(') || is_code_annotation(v) {
                        continue;
                    }
                    let start = g.start() - 1; // include '@'
                    push(
                        out,
                        EntityKind::Handle,
                        start..g.start() + v.len(),
                        v.to_string(),
                        None,
                    );
                }
            }
        }
        if b.len() >= 6 {
            self.named_handles(text, &in_email, &mut |r, v| {
                push(out, EntityKind::Handle, r, v, None)
            });
        }
        if has_dollar {
            for c in self.cashtag.captures_iter(text) {
                if let Some(g) = c.get(1) {
                    push(
                        out,
                        EntityKind::Payment,
                        g.start() - 1..g.end(),
                        format!("${}", g.as_str()),
                        None,
                    );
                }
            }
        }
        if digits > 0 {
            if digits >= 7 {
                for m in self.phone.find_iter(text) {
                    let d: String = m.as_str().chars().filter(|c| c.is_ascii_digit()).collect();
                    if !(7..=15).contains(&d.len())
                        || is_date_or_years(m.as_str())
                        || is_amount_range(text, m.start(), m.end())
                    {
                        continue;
                    }
                    // not part of money ("$5000000") or a longer alphanumeric token
                    if m.start() > 0 && matches!(b[m.start() - 1], b'$' | b'.' | b',') {
                        continue;
                    }
                    if in_email(m.start(), m.end()) {
                        continue;
                    }
                    let v = if m.as_str().trim_start().starts_with('+') {
                        format!("+{d}")
                    } else {
                        d
                    };
                    push(out, EntityKind::Phone, m.range(), v, None);
                }
            }
            if has_dollar || has_cur || b.len() > 4 {
                for m in self.money.find_iter(text) {
                    push(
                        out,
                        EntityKind::Money,
                        m.range(),
                        m.as_str().trim().to_string(),
                        None,
                    );
                }
            }
        }
        // Ages in words ("im fourteen") need no digit.
        if digits > 0 || age_words {
            self.ages(
                text,
                digits > 0,
                age_words,
                &mut |r, years, self_disclosed, estimated, third_party| {
                    push(
                        out,
                        EntityKind::Age,
                        r,
                        years.to_string(),
                        Some(AgeInfo {
                            years,
                            self_disclosed,
                            estimated,
                            third_party,
                        }),
                    )
                },
            );
        }
        out[first..].sort_by_key(|e| (e.start, e.end, e.kind as u8));
        // Drop exact duplicates (same kind and span).
        let mut tail = out.split_off(first);
        tail.dedup_by(|b, a| a.kind == b.kind && a.start == b.start && a.end == b.end);
        out.append(&mut tail);
    }

    fn keywords(&self, norm: &Normalized, skel: &Skeleton, out: &mut Vec<Entity>) {
        let hay = skel.as_bytes();
        let mut pos = 0;
        while pos < hay.len() {
            let Some(m) = self.ac.find(aho_corasick::Input::new(hay).range(pos..)) else {
                break;
            };
            let ok_start = m.start() == 0 || !is_word_byte(hay[m.start() - 1]);
            let ok_end = m.end() == hay.len() || !is_word_byte(hay[m.end()]);
            if !(ok_start && ok_end) {
                pos = m.start() + 1;
                continue;
            }
            pos = m.end();
            let (_, kind, value, needs_cue) = KEYWORDS[m.pattern().as_usize()];
            if needs_cue && !prev_word_is_cue(hay, m.start()) {
                continue;
            }
            let ns = skel.norm_span(m.start()..m.end());
            let o = norm.original_span(ns);
            out.push(Entity {
                kind,
                start: o.start,
                end: o.end,
                value: value.to_string(),
                age: None,
            });
        }
    }

    fn named_handles(
        &self,
        text: &str,
        in_email: &dyn Fn(usize, usize) -> bool,
        push: &mut dyn FnMut(std::ops::Range<usize>, String),
    ) {
        for c in self.handle_named.captures_iter(text) {
            let Some(g) = c.get(2) else { continue };
            let v = g.as_str().trim_end_matches('.');
            if v.len() < 3 || in_email(g.start(), g.end()) || HANDLE_STOP.contains(&v) {
                continue;
            }
            // "my snap is name": a bare word after "is" must look like a handle.
            if c.get(1).is_some()
                && !v
                    .bytes()
                    .any(|b| b.is_ascii_digit() || b == b'_' || b == b'.')
            {
                continue;
            }
            push(g.start()..g.start() + v.len(), v.to_string());
        }
    }

    /// Ages in `text`: the digit patterns when `digits`, the number-word
    /// patterns when `words`.
    fn ages(
        &self,
        text: &str,
        digits: bool,
        words: bool,
        push: &mut dyn FnMut(std::ops::Range<usize>, u8, bool, bool, bool),
    ) {
        // Candidates from all age regexes, in priority order; overlaps resolved below by a
        // sort and sweep (linear-logarithmic, safe on 1 MB messages).
        // (start, end, years, self-disclosed, estimated, someone else's, priority)
        let mut cands: Vec<(usize, usize, u8, bool, bool, bool, u8)> = Vec::new();
        let mut prio = 0u8;
        let mut run = |r: &Regex, self_disclosed: bool, grade: bool| {
            for c in r.captures_iter(text) {
                let (Some(all), Some(g)) = (c.get(0), c.iter().skip(1).flatten().next()) else {
                    continue;
                };
                let Some(n) = age_number(g.as_str()) else {
                    continue;
                };
                // (Only where the number ends the match: in "14 f mi" the
                // letter after it already makes it an age.)
                if g.end() == all.end() && quantity_follows(&text.as_bytes()[all.end()..]) {
                    continue;
                }
                // The upper end of a range ("girls 18-25", "de 18 a 25
                // anos") is an advert's age bracket, not anyone's age.
                if ends_a_range_start(&text[..all.start()]) {
                    continue;
                }
                let years = if grade { n.saturating_add(5) } else { n };
                if !(5..=99).contains(&years) || (grade && !(1..=12).contains(&n)) {
                    continue;
                }
                // A parent's "my 14 yo son", a sister's "she is 15 years
                // old": someone else's age, not the writer's.
                let third = self_disclosed
                    && !opens_in_first_person(all.as_str())
                    && third_party_age(
                        &text.as_bytes()[..all.start()],
                        &text.as_bytes()[all.end()..],
                    );
                let self_disclosed =
                    self_disclosed && !third && (!grade || !all.as_str().starts_with("in"));
                cands.push((
                    all.start(),
                    all.end(),
                    years,
                    self_disclosed,
                    grade,
                    third,
                    prio,
                ));
            }
            prio += 1;
        };
        if digits {
            run(&self.age_grade, true, true);
            run(&self.age_self, true, false);
            run(&self.age_suffix, true, false);
            run(&self.age_prefix, true, false);
            run(&self.age_asl, true, false);
            run(&self.age_years, false, false);
            run(&self.age_other, false, false);
        }
        if words {
            run(&self.age_words_self, true, false);
            run(&self.age_words_other, false, false);
        }
        if cands.is_empty() {
            return;
        }
        // Keep, among overlapping candidates, the highest-priority one (lowest `prio`):
        // sort by priority, then accept greedily against an interval set kept sorted.
        cands.sort_by_key(|c| (c.6, c.0));
        let mut taken: Vec<(usize, usize, u8, bool, bool, bool)> = Vec::new();
        let mut accepted: std::collections::BTreeMap<usize, usize> = Default::default();
        for (s, e, years, sd, est, third, _) in cands {
            let overlaps = accepted
                .range(..e)
                .next_back()
                .is_some_and(|(_, &end)| end > s);
            if overlaps {
                continue;
            }
            accepted.insert(s, e);
            taken.push((s, e, years, sd, est, third));
        }
        taken.sort_by_key(|t| t.0);
        for (s, e, years, sd, est, third) in taken {
            push(s..e, years, sd, est, third);
        }
    }
}

/// Whether `before` ends with "NN-", "NN to", "NN a", … (the start of a range
/// of numbers).
fn ends_a_range_start(before: &str) -> bool {
    const RANGE_WORDS: &[&str] = &[
        "to", "and", "a", "à", "y", "e", "et", "und", "bis", "en", "tot", "até", "hasta",
    ];
    let t = before.trim_end();
    let rest = if let Some(r) = t.strip_suffix('-').or_else(|| t.strip_suffix('–')) {
        r
    } else {
        let word_start = t
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        if !RANGE_WORDS.contains(&&t[word_start..]) {
            return false;
        }
        &t[..word_start]
    };
    rest.trim_end().ends_with(|c: char| c.is_ascii_digit())
}

/// Whether the word before skeleton offset `start` is a cue word.
fn prev_word_is_cue(hay: &[u8], start: usize) -> bool {
    let mut e = start;
    while e > 0 && !is_word_byte(hay[e - 1]) {
        if hay[e - 1] == b'@' || hay[e - 1] == b':' {
            return true;
        }
        e -= 1;
    }
    let mut s = e;
    while s > 0 && is_word_byte(hay[s - 1]) {
        s -= 1;
    }
    if s == e {
        return false;
    }
    let w = &hay[s..e];
    // Cue words are skeletonised too (no double letters in the list, so compare directly).
    CUE_WORDS.iter().any(|c| c.as_bytes() == w)
}

/// Annotations and decorators of common programming languages, which a
/// chat about code quotes with an `@` (`@property`, `@Override`).
fn is_code_annotation(name: &str) -> bool {
    const ANNOTATIONS: &[&str] = &[
        "abstractmethod",
        "autowired",
        "bean",
        "classmethod",
        "component",
        "dataclass",
        "deprecated",
        "functools.wraps",
        "override",
        "param",
        "property",
        "pytest.fixture",
        "return",
        "returns",
        "staticmethod",
        "suppresswarnings",
        "test",
        "throws",
        "wraps",
    ];
    ANNOTATIONS.contains(&name) || name.ends_with(".setter") || name.ends_with(".getter")
}

/// Digits that read as a range of amounts, not a phone number: a pay range
/// in a job post (`3000-6000€/month`, `€ 2500-3500`, `4000-6000 eur`), or
/// two round figures of one length, the second the larger (`2500-3500`).
fn is_amount_range(text: &str, start: usize, end: usize) -> bool {
    let candidate = &text[start..end];
    let groups: Vec<&str> = candidate
        .trim()
        .split(['-', ' '])
        .filter(|g| !g.is_empty())
        .collect();
    let [a, b] = groups.as_slice() else {
        return false;
    };
    if !a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()) || a.len() < 3 || b.len() < 3 {
        return false;
    }
    let before = text[..start].trim_end();
    let after = text[end..].trim_start();
    const SIGNS: [char; 3] = ['€', '$', '£'];
    const WORDS: [&str; 14] = [
        "k", "eur", "euro", "euros", "usd", "dollars", "gbp", "pounds", "zl", "z\u{142}", "lei",
        "ron", "pln", "reais",
    ];
    // The word itself, not the start of a longer one ("3000-6000 kids").
    let word_after = |w: &str| {
        after
            .strip_prefix(w)
            .is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
    };
    if before.ends_with(SIGNS) || after.starts_with(SIGNS) || WORDS.iter().any(|w| word_after(w)) {
        return true;
    }
    let (x, y) = (a.parse::<u64>(), b.parse::<u64>());
    a.len() == b.len()
        && a.len() >= 4
        && a.ends_with("00")
        && b.ends_with("00")
        && matches!((x, y), (Ok(x), Ok(y)) if x < y)
}

/// Digits that read as a date or a span of years, not a phone number:
/// `1939-1945`, `2026-12-06`, `06.12.2026`.
fn is_date_or_years(candidate: &str) -> bool {
    let groups: Vec<&str> = candidate
        .trim()
        .split([' ', '.', '-'])
        .filter(|g| !g.is_empty())
        .collect();
    let year = |g: &str| {
        g.len() == 4
            && g.chars().all(|c| c.is_ascii_digit())
            && (g.starts_with("1") || g.starts_with("20"))
    };
    let part =
        |g: &str, max: u32| g.len() <= 2 && g.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n));
    match groups.as_slice() {
        [a, b] => year(a) && year(b),
        [y, m, d] if year(y) => part(m, 12) && part(d, 31),
        [d, m, y] if year(y) => part(d, 31) && part(m, 12),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gate_table() {
        for c in 0..=255u8 {
            let want = match c {
                b'0'..=b'9' => GATE_DIGIT,
                b'@' => GATE_AT,
                b'.' | b'/' => GATE_DOT,
                b'$' => GATE_DOLLAR,
                0xE2 | 0xC2 => GATE_CURRENCY,
                _ => 0,
            };
            assert_eq!(GATE_BYTE[usize::from(c)], want, "{c}");
        }
    }
    use crate::normalize::normalize;

    fn extract_all(s: &str) -> Vec<Entity> {
        let x = EntityExtractor::new();
        let n = normalize(s);
        let mut sk = Skeleton::default();
        sk.build(&n);
        let mut out = Vec::new();
        x.extract(&n, &sk, &mut out);
        out
    }

    fn ents(s: &str) -> Vec<(EntityKind, String, String)> {
        extract_all(s)
            .into_iter()
            .map(|e| (e.kind, e.value, s[e.start..e.end].to_string()))
            .collect()
    }

    /// No text of `texts` yields an entity of `kind`.
    fn assert_none(kind: EntityKind, texts: &[&str]) {
        for text in texts {
            let found: Vec<EntityKind> = ents(text).into_iter().map(|(k, _, _)| k).collect();
            assert!(!found.contains(&kind), "{text:?} -> {found:?}");
        }
    }

    fn has(s: &str, k: EntityKind, v: &str) -> bool {
        let e = ents(s);
        e.iter().any(|(kk, vv, _)| *kk == k && vv == v) || {
            eprintln!("{s:?} -> {e:?}");
            false
        }
    }

    #[test]
    fn apps() {
        assert!(has("add me on sn4p", EntityKind::App, "snapchat"));
        assert!(has("whats your s n a p", EntityKind::App, "snapchat"));
        assert!(has("Telegram?", EntityKind::App, "telegram"));
        assert!(has("tele\u{200d}gram", EntityKind::App, "telegram"));
        assert!(has("snaaaapchat", EntityKind::App, "snapchat"));
        assert!(!has("oh snap that was close", EntityKind::App, "snapchat"));
        assert!(!has("i waited in line", EntityKind::App, "line"));
    }

    #[test]
    fn handles_urls_emails() {
        assert!(has("follow @cool_kid99", EntityKind::Handle, "cool_kid99"));
        // Code quoted in a chat is not an account.
        assert_none(
            EntityKind::Handle,
            &[
                "@app.route('/x')",
                "@property",
                "use @staticmethod here",
                "@x.setter",
            ],
        );
        assert!(has("dm @test_user", EntityKind::Handle, "test_user"));
        assert!(has("my snap is kid_2010", EntityKind::Handle, "kid_2010"));
        assert!(has("snap: someone", EntityKind::Handle, "someone"));
        assert!(!has("my snap is broken", EntityKind::Handle, "broken"));
        assert!(has(
            "mail me at bob@example.com",
            EntityKind::Email,
            "bob@example.com"
        ));
        assert!(!has(
            "mail me at bob@example.com",
            EntityKind::Handle,
            "example.com"
        ));
        assert!(has("see onlyfans.com/x", EntityKind::Url, "onlyfans.com/x"));
        assert!(has("t.me/someone", EntityKind::Url, "t.me/someone"));
        assert!(has(
            "https://example.com/a?b=1",
            EntityKind::Url,
            "https://example.com/a?b=1"
        ));
    }

    #[test]
    fn phones_money_payment() {
        assert!(has("call 555-0123 456", EntityKind::Phone, "5550123456"));
        // Spans of years and dates are not phone numbers.
        assert_none(
            EntityKind::Phone,
            &[
                "the war of 1939-1945",
                "born 2026-12-06",
                "on 06.12.2026",
                "1861 1865",
            ],
        );
        assert!(has("call 2026-1234 567", EntityKind::Phone, "20261234567"));
        // Pay ranges in job posts are not phone numbers.
        assert_none(
            EntityKind::Phone,
            &[
                "castiguri 3000-6000\u{20ac}/luna",
                "zarobki 4000-6000 \u{20ac}",
                "salary \u{20ac} 2500-3500 per month",
                "earn 2500-3500 eur",
                "between 4000-6000 zl",
                "2500-3500 a month",
            ],
        );
        // Numbers that only look like ranges still are.
        for (text, digits) in [
            ("call 3012-6000 kids helpline", "30126000"),
            ("whatsapp 5550-0142", "55500142"),
            ("text 4500-4100 now", "45004100"),
        ] {
            assert!(has(text, EntityKind::Phone, digits), "{text}");
        }
        assert!(has(
            "text +1 (555) 010-0199",
            EntityKind::Phone,
            "+15550100199"
        ));
        assert!(has("it costs $500", EntityKind::Money, "$500"));
        assert!(has("500 dollars", EntityKind::Money, "500 dollars"));
        assert!(has("make 5k a week", EntityKind::Money, "5k a week"));
        assert!(has(
            "cashapp me $cool_kid",
            EntityKind::Payment,
            "$cool_kid"
        ));
        assert!(has("cashapp me", EntityKind::Payment, "cashapp"));
        assert!(has("i can send robux", EntityKind::GiftCard, "robux"));
        assert!(has("buy a steam card", EntityKind::GiftCard, "steam"));
        assert!(!has("im 14", EntityKind::Phone, "14"));
    }

    #[test]
    fn a_grade_is_the_writers_own_only_in_the_first_person() {
        let own = |s: &str| {
            extract_all(s)
                .iter()
                .filter_map(|e| e.age)
                .map(|a| (a.years, a.self_disclosed, a.estimated))
                .collect::<Vec<_>>()
        };
        assert_eq!(own("im in 7th grade"), vec![(12, true, true)]);
        assert_eq!(own("I'm a 9th grader"), vec![(14, true, true)]);
        assert_eq!(own("my son is in 9th grade"), vec![(14, false, true)]);
        assert_eq!(own("she's in 3rd grade now"), vec![(8, false, true)]);
    }

    #[test]
    fn ages() {
        let age = |s: &str| {
            ents(s)
                .into_iter()
                .filter(|e| e.0 == EntityKind::Age)
                .map(|e| e.1)
                .collect::<Vec<_>>()
        };
        assert_eq!(age("im 14f"), vec!["14"]);
        assert_eq!(age("i'm 14"), vec!["14"]);
        assert_eq!(age("14 yo"), vec!["14"]);
        assert_eq!(age("f14 here"), vec!["14"]);
        assert_eq!(age("14 y/o"), vec!["14"]);
        assert_eq!(age("14 years old"), vec!["14"]);
        assert_eq!(age("age 14"), vec!["14"]);
        assert_eq!(age("turning 15 soon"), vec!["15"]);
        assert_eq!(age("idk im only 16"), vec!["16"]);
        assert_eq!(age("im in 9th grade"), vec!["14"]);
        assert_eq!(age("i'm a 7th grader lol"), vec!["12"]);
        assert_eq!(age("tengo 13 años"), vec!["13"]);
        // a/s/l answers
        assert_eq!(age("15/f/ohio"), vec!["15"]);
        assert_eq!(age("26 h lyon"), vec!["26"]);
        assert_eq!(age("25 w hamburg"), vec!["25"]);
        assert_eq!(age("29 v rotterdam"), vec!["29"]);
        assert_eq!(age("m 34"), vec!["34"]);
        assert_eq!(age("23 y tu"), vec!["23"]);
        assert_eq!(age("14 u?"), vec!["14"]);
        assert!(age("je bosse 24 h sur 24").is_empty());
        assert!(age("24h/24").is_empty());
        assert!(age("we need 10 w bulbs").is_empty());
        // an advert's age bracket is nobody's age
        assert!(age("girls 18-25 for hostess work").is_empty());
        assert!(age("vaga para garotas de 18 a 25 anos").is_empty());
        assert!(age("chicas de 18 y 25 años").is_empty());
        assert_eq!(age("im 25 years old"), vec!["25"]);
        assert!(age("see you at 7pm").is_empty());
        assert!(age("it was 14 years ago").is_empty());
        // Quantities are not ages.
        for q in [
            "im 10 minutes away",
            "im 15 mins late",
            "i am 13 hours ahead",
            "im 12 miles from u",
            "turned 20 dollars into 40",
            "im 5 min out",
            "im 10% sure",
            "ur 20 mins late",
        ] {
            assert!(age(q).is_empty(), "{q}");
        }
        assert_eq!(age("im 14 and ur 10 min away"), vec!["14"]);
        assert_eq!(age("14 f mi"), vec!["14"]);
        assert_eq!(age("14 yo 10 min away"), vec!["14"]);
        assert!(age("im fifteen minutes away").is_empty());
        // Ages in words.
        assert_eq!(age("im fourteen"), vec!["14"]);
        assert_eq!(age("i am only thirteen lol"), vec!["13"]);
        assert_eq!(age("just turned fifteen"), vec!["15"]);
        assert_eq!(age("fifteen years old"), vec!["15"]);
        assert_eq!(age("im twenty one"), vec!["21"]);
        assert_eq!(age("im thirty-five"), vec!["35"]);
        assert_eq!(age("im twentyfive"), vec!["25"]);
        assert_eq!(age("are u sixteen?"), vec!["16"]);
        assert_eq!(age("tengo catorce años"), vec!["14"]);
        assert_eq!(age("tenho quatorze anos"), vec!["14"]);
        assert_eq!(age("j'ai dix-sept ans"), vec!["17"]);
        assert_eq!(age("ich bin vierzehn"), vec!["14"]);
        assert_eq!(age("ich bin fünfzehn jahre alt"), vec!["15"]);
        assert_eq!(age("ik ben veertien jaar"), vec!["14"]);
        assert_eq!(age("sono quattordici anni"), vec!["14"]);
        // Under ten, in English.
        assert_eq!(age("im nine"), vec!["9"]);
        assert_eq!(age("i just turned eight"), vec!["8"]);
        assert_eq!(age("she said shes seven years old"), vec!["7"]);
        assert_eq!(age("are u nine?"), vec!["9"]);
        for not_age in [
            "im nine minutes away",
            "im six feet tall",
            "im five foot two",
            "im seven hours ahead",
            "ur five bucks short",
        ] {
            assert!(age(not_age).is_empty(), "{not_age}");
        }
        for not_age in [
            "im tender",
            "once upon a time",
            "im teneleven",
            "ten of us",
            "im one of them",
        ] {
            assert!(age(not_age).is_empty(), "{not_age}");
        }
        let self_disclosed = |s: &str| {
            extract_all(s)
                .into_iter()
                .filter(|e| e.kind == EntityKind::Age)
                .map(|e| e.age.unwrap().self_disclosed)
                .collect::<Vec<_>>()
        };
        assert_eq!(self_disclosed("im thirteen"), vec![true]);
        assert_eq!(self_disclosed("are you thirteen"), vec![false]);
    }

    #[test]
    fn someone_elses_age() {
        // (text, years, whose: 's' the writer's, 't' a third party's)
        let whose = |s: &str| {
            extract_all(s)
                .into_iter()
                .filter(|e| e.kind == EntityKind::Age)
                .map(|e| {
                    let a = e.age.unwrap();
                    assert!(!(a.self_disclosed && a.third_party), "{s}");
                    let w = if a.self_disclosed {
                        's'
                    } else if a.third_party {
                        't'
                    } else {
                        '-'
                    };
                    (a.years, w)
                })
                .collect::<Vec<_>>()
        };
        for (text, years) in [
            ("my 14 yo son has practice at 5", 14),
            ("my son is 14 years old", 14),
            ("our 13 year old wants to join", 13),
            ("i have a 14 year old and a 10 year old", 14),
            ("she is 15 years old", 15),
            ("hes 12 yo btw", 12),
            ("a 15 yo girl went missing", 15),
            ("the 11 yo will try to negotiate", 11),
            ("your 14 yo daughter has the look", 14),
            ("the 14 yo son of my neighbour", 14),
            ("my son just turned 15", 15),
            ("mi hija de 13 años", 13),
            ("mi hijo tiene 14 años", 14),
            ("minha filha tem 12 anos", 12),
            ("ma fille a 14 ans", 14),
            ("mon fils de 15 ans", 15),
            ("meine tochter ist 14 jahre alt", 14),
            ("mijn dochter is 13 jaar", 13),
            ("my sister is 16 yo", 16),
            ("la hija de mi vecina tiene 15 años", 15),
        ] {
            assert_eq!(whose(text).first(), Some(&(years, 't')), "{text}");
        }
        for (text, years) in [
            ("im 14", 14),
            ("im a 14 yo girl", 14),
            ("as a 15 year old i think", 15),
            ("je suis une fille de 14 ans", 14),
            ("soy una chica de 13 años", 13),
            ("14 yo here", 14),
            ("15/f/ohio", 15),
            ("told my mom im 14", 14),
            ("tengo 13 años y mi hermano 16", 13),
            ("j ai 14 ans", 14),
            ("omg my bad 14 yo here", 14),
        ] {
            assert_eq!(whose(text).first(), Some(&(years, 's')), "{text}");
        }
        assert_eq!(whose("are u 14"), vec![(14, '-')]);
        // A grade: someone else's, estimated.
        assert_eq!(whose("my son is in 9th grade"), vec![(14, 't')]);
    }
}
