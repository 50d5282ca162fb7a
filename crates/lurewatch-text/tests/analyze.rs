//! Integration tests over the shipped lexicons, with non-explicit examples only.

use std::sync::OnceLock;

use lurewatch_text::lexicon::{PatternKind, hard_negatives_from_tsv};
use lurewatch_text::{
    Analysis, Analyzer, Code, EntityKind, EvidenceSource, Lexicon, LexiconSet, Matcher,
};

fn analyzer() -> Analyzer {
    static M: OnceLock<std::sync::Arc<Matcher>> = OnceLock::new();
    let m = M.get_or_init(|| {
        std::sync::Arc::new(Matcher::new(&LexiconSet::default_set().unwrap()).unwrap())
    });
    Analyzer::from_matcher(m.clone())
}

fn check_spans(text: &str, a: &Analysis) {
    for e in &a.evidence {
        assert!(e.start <= e.end && e.end <= text.len(), "{e:?}");
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
    }
    for e in &a.entities {
        assert!(e.start <= e.end && e.end <= text.len(), "{e:?}");
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
    }
    for s in &a.suppressions {
        assert!(s.start <= s.end && s.end <= text.len(), "{s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
}

fn run(text: &str) -> Analysis {
    let r = analyzer().analyze(text);
    check_spans(text, &r);
    r
}

fn codes(text: &str) -> Vec<Code> {
    run(text).code_bits.iter().collect()
}

fn evidence_text<'a>(text: &'a str, r: &Analysis, code: Code) -> Vec<&'a str> {
    r.evidence
        .iter()
        .filter(|e| e.code == code)
        .map(|e| &text[e.start..e.end])
        .collect()
}

#[test]
fn off_platform_variants() {
    for msg in [
        "add me on sn4p",
        "what's your s n a p",
        "add me on sn\u{430}pchat",   // Cyrillic а
        "add me on tele\u{200d}gram", // zero-width joiner
        "add me on ｓｎａｐ",         // fullwidth
        "add me on wh4ts4pp",
        "add me on snaaaap",
        "add me on s.n.a.p",
    ] {
        let r = run(msg);
        assert!(
            r.code_bits.contains(Code::OffPlatform),
            "{msg:?}: {:?}",
            r.evidence
        );
        assert!(
            r.entities.iter().any(|e| e.kind == EntityKind::App),
            "{msg:?}: {:?}",
            r.entities
        );
    }
}

#[test]
fn evidence_spans_point_at_original_text() {
    let msg = "hey ADD ME ON SN4P!!";
    let r = run(msg);
    let spans = evidence_text(msg, &r, Code::OffPlatform);
    assert!(spans.contains(&"ADD ME ON SN4P"), "{spans:?}");

    let msg = "add me on sn\u{430}pchat";
    let r = run(msg);
    let app = r
        .entities
        .iter()
        .find(|e| e.kind == EntityKind::App)
        .unwrap();
    assert_eq!(&msg[app.start..app.end], "sn\u{430}pchat");
    assert_eq!(app.value, "snapchat");
}

#[test]
fn grooming_cues() {
    assert!(codes("are your parents home").contains(&Code::RiskAssessment));
    assert!(codes("don't tell anyone").contains(&Code::Secrecy));
    assert!(codes("dont tell anyone ok").contains(&Code::Secrecy));
    let c = codes("i can get you a modelling job in dubai, ticket paid");
    assert!(c.contains(&Code::JobOffer), "{c:?}");
}

/// The 2026-12-05 generalising regexes: each fires on a phrasing the phrase
/// lists missed, and stays quiet on a near miss.
#[test]
fn generalised_cues_and_near_misses() {
    let has = |text: &str, code: Code| codes(text).contains(&code);
    assert!(has("just delete these msgs ok", Code::Secrecy));
    assert!(has("pls clear all ur dms", Code::Secrecy));
    assert!(!has("i accidentally deleted my photos", Code::Secrecy));
    assert!(has("don't mention it to your mom yet", Code::Secrecy));
    assert!(has("dont let ur parents find out", Code::Secrecy));
    assert!(!has("let your parents know when you land", Code::Secrecy));
    assert!(has("ur parents wouldnt understand us", Code::Isolation));
    assert!(has(
        "you could stay with me, i got a place",
        Code::TravelMeet
    ));
    assert!(!has("can you stay with the dog tonight", Code::TravelMeet));
    assert!(has("the agency pays $800 a shoot", Code::JobOffer));
    assert!(has(
        "sind deine eltern gerade zuhause?",
        Code::RiskAssessment
    ));
    assert!(has(
        "du bist echt reif für dein alter",
        Code::ComplimentsTrust
    ));
    // 2026-12-05 (evening), from a second hand-written probe.
    assert!(has("ur really mature for 14 tbh", Code::ComplimentsTrust));
    assert!(!has(
        "the movie is rated mature for violence",
        Code::ComplimentsTrust
    ));
    assert!(has(
        "do ur parents ever go thru ur phone",
        Code::RiskAssessment
    ));
    assert!(!has("my parents got me a new phone", Code::RiskAssessment));
    assert!(has(
        "your stepdad yelled at you again?",
        Code::Vulnerability
    ));
    assert!(!has("my dad yelled at the tv lol", Code::Vulnerability));
    assert!(has(
        "your family doesnt even care about you",
        Code::Isolation
    ));
    assert!(!has("your family cares about you so much", Code::Isolation));
    assert!(has("you can run away to my place", Code::TravelMeet));
    assert!(!has("the cat ran away to the neighbours", Code::TravelMeet));
    assert!(has(
        "just a few dates with my friends, its good money",
        Code::CommercialSex
    ));
    assert!(!has(
        "going on dates is fun, money is tight tho",
        Code::CommercialSex
    ));
    assert!(has("do u have a cam?", Code::PhotoRequest));
    assert!(has("tengo un trabajo para ti en España", Code::JobOffer));
    assert!(has("ganas 3000 euros al mes", Code::JobOffer));
    assert!(has("nosotros te pagamos el pasaje", Code::JobOffer));
    assert!(!has("te pago el café mañana", Code::JobOffer));
    assert!(has("Modeljob in Berlin, 500€ pro Shooting", Code::JobOffer));
}

/// Recruitment-ad shapes from a probe of single messages (2026-12-05,
/// evening), each against an everyday near miss.
#[test]
fn recruitment_ad_shapes_and_near_misses() {
    let has = |text: &str, code: Code| codes(text).contains(&code);
    assert!(has("housing and travel provided", Code::JobOffer));
    assert!(has("accommodation and visa sponsored", Code::JobOffer));
    assert!(has("must be open minded", Code::JobOffer));
    assert!(has("young ladies wanted for promo work", Code::JobOffer));
    assert!(!has("the young ladies soccer team won", Code::JobOffer));
    assert!(has("you should be a model, seriously", Code::JobOffer));
    assert!(!has("you should model your essay on hers", Code::JobOffer));
    assert!(has("i can make you famous", Code::JobOffer));
    assert!(has("send full body photos", Code::PhotoRequest));
    assert!(has("ill pay for your uber", Code::TravelMeet));
    assert!(!has("ill pay for your lunch", Code::TravelMeet));
    assert!(has("come to my studio tonight", Code::Meeting));
    assert!(has("$300 per day", Code::JobOffer));
    assert!(has("hôtesses recherchées pour club privé", Code::JobOffer));
    assert!(has("logement et billet d'avion offerts", Code::JobOffer));
    assert!(has("se buscan chicas para trabajar", Code::JobOffer));
    assert!(has("precisa-se de moças", Code::JobOffer));
    assert!(has("suche mädchen für promo-jobs", Code::JobOffer));
    // A third probe: formal register, a runaway in care, Portuguese.
    assert!(has(
        "You are very grown up for your age",
        Code::ComplimentsTrust
    ));
    assert!(has(
        "Do your parents know you are talking to me?",
        Code::RiskAssessment
    ));
    assert!(!has(
        "do your parents know the coach?",
        Code::RiskAssessment
    ));
    assert!(has(
        "people would not understand our friendship",
        Code::Isolation
    ));
    assert!(has("you can stay at my place, no rent", Code::TravelMeet));
    assert!(has("Don't tell your caseworker", Code::Secrecy));
    assert!(has(
        "you'll meet some friends of mine. They pay well",
        Code::CommercialSex
    ));
    assert!(has("I can pick you up near your school", Code::Meeting));
    assert!(!has("I can pick you up at the station", Code::Meeting));
    assert!(has(
        "tenho uma proposta de trabalho na Europa",
        Code::JobOffer
    ));
    assert!(has("a gente paga tudo, passagem e moradia", Code::JobOffer));
    assert!(has("uma cópia do seu passaporte", Code::Control));
}

/// The loverboy method, labour-trafficking ad terms and the sextortion
/// threat's shape (2026-12-06), with the everyday sentences next to them.
#[test]
fn loverboy_ad_terms_and_advice_that_is_not_a_threat() {
    let has = |text: &str, code: Code| codes(text).contains(&code);
    // Loverboy: "nobody understands you", come live with me, his debts,
    // a friend who pays — in six languages.
    assert!(has("nobody understands you like i do", Code::Isolation));
    assert!(has("je ouders begrijpen je niet, ik wel", Code::Isolation));
    assert!(has("nadie te entiende como yo", Code::Isolation));
    assert!(has("kom gewoon bij mij wonen", Code::TravelMeet));
    assert!(has("come live with me", Code::TravelMeet));
    assert!(has("ill take care of everything", Code::Romance));
    assert!(has("een vriend van mij betaalt goed", Code::CommercialSex));
    assert!(has("my friend pays good, just once", Code::CommercialSex));
    assert!(!has("my friend paid for lunch", Code::CommercialSex));
    assert!(has("ik heb schulden", Code::MoneyGiftsDebt));
    assert!(has("wenn du mich liebst hilfst du mir", Code::Romance));
    assert!(!has("if you love me bring me a coffee", Code::Romance));
    // Labour and sex trafficking ad terms.
    assert!(has("cash paid daily, room provided", Code::JobOffer));
    assert!(has("no papers needed", Code::Control));
    assert!(has("Must be 16-24", Code::JobOffer));
    assert!(!has("kids 6-12 welcome at the library", Code::JobOffer));
    assert!(has("passagem e hospedagem pagas", Code::JobOffer));
    assert!(has("vuelo y alojamiento pagados", Code::JobOffer));
    assert!(has("transporte y hospedaje pagados", Code::JobOffer));
    assert!(has("señoritas de 16 a 22 años", Code::JobOffer));
    assert!(!has("Summer camp for ages 13-17", Code::JobOffer));
    assert!(has("We are hiring girls for hostess work", Code::JobOffer));
    // Debt bondage: the fare paid back from the first salary.
    assert!(has(
        "you return it from the first salary",
        Code::MoneyGiftsDebt
    ));
    assert!(has(
        "lo devuelves con tu primer sueldo",
        Code::MoneyGiftsDebt
    ));
    assert!(has("don't discuss this with anyone", Code::Secrecy));
    // Control by debt and threat.
    assert!(has("you'll work off the debt", Code::MoneyGiftsDebt));
    assert!(has("you can't leave until you pay", Code::Control));
    assert!(!has("i can't leave until my mom gets home", Code::Control));
    assert!(has("i hold all the girls papers", Code::Control));
    assert!(has(
        "if you tell anyone i'll hurt your family",
        Code::Control
    ));
    assert!(has("ich weiß wo deine familie wohnt", Code::Control));
    assert!(!has(
        "i know where you live lol, coming for your cat",
        Code::Control
    ));
    // Babysitting money is not a lure; 150 euros an hour is.
    assert!(!has("12 Euro die Stunde", Code::JobOffer));
    assert!(has("150 euro die stunde", Code::JobOffer));
    // The threat, not the advice against it.
    assert!(has("pay or ur life is over", Code::Sextortion));
    assert!(has(
        "send $300 in gift cards or i post the video",
        Code::Sextortion
    ));
    assert!(!has("Do not pay or send anything", Code::Sextortion));
    let advice = run("That is called sextortion and it is not your fault");
    assert!(!advice.suppressions.is_empty());
}

/// Probe9/10/11 families (2026-12-06, fifth session): game gifts and private
/// servers, parents kept away, scouts, pay amounts, and what is not a cue.
#[test]
fn gifts_scouts_pay_amounts_and_what_is_not_a_lure() {
    let has = |text: &str, code: Code| codes(text).contains(&code);
    assert!(has("i can gift u the battle pass", Code::MoneyGiftsDebt));
    assert!(has("lets talk on my private server", Code::OffPlatform));
    assert!(has("dont tell ur mods or ur parents", Code::Secrecy));
    assert!(has("just say ur at a friends house", Code::Secrecy));
    assert!(has("nah dont bring her, ill pick u up", Code::Isolation));
    assert!(has("ne dis rien à tes parents", Code::Secrecy));
    assert!(has("vertel het niet aan je ouders", Code::Secrecy));
    assert!(has("meine Freunde zahlen gut", Code::CommercialSex));
    assert!(has("no pedimos papeles", Code::Control));
    assert!(has(
        "el viaje y el hospedaje van por nuestra cuenta",
        Code::JobOffer
    ));
    // Pay far above market: a large amount, a range allowed; a stipend is not.
    assert!(has("Make $500-1000 per day", Code::JobOffer));
    assert!(has("earn 2k a week", Code::JobOffer));
    assert!(has("15 mil pesos a la semana", Code::JobOffer));
    assert!(!has("$200/week stipend", Code::JobOffer));
    assert!(!has(
        "50 euros par semaine d'argent de poche",
        Code::JobOffer
    ));
    // One's own passport is not a held document; the girls' papers are.
    assert!(!has("i keep my papers in a drawer", Code::Control));
    assert!(has("i keep the passports", Code::Control));
    assert!(has("i keep my girls passports", Code::Control));
    // Ads: monthly and 'weekly' pay, free lodging, nobody checking ID.
    assert!(has("You could be making $5k a month", Code::JobOffer));
    assert!(has("earn $1000s weekly", Code::JobOffer));
    assert!(has("free accommodation and ticket", Code::JobOffer));
    assert!(has("18+ (we don't check ID)", Code::Control));
    assert!(has("nobody checks ur id", Code::Control));
    assert!(!has("we will check your ID at the door", Code::Control));
    assert!(!has("$20 weekly allowance for chores", Code::JobOffer));
    // "no LE" closes an ad; "no le digas" is Spanish for "don't tell".
    assert!(has("incall only, no LE.", Code::CommercialSex));
    assert!(!has("no le digas a tus papás", Code::CommercialSex));
    assert!(has("entao apaga nossas conversas", Code::Secrecy));
    assert!(has("seus pais olham seu celular?", Code::RiskAssessment));
    assert!(has("ich könnte dein freund sein", Code::Romance));
    assert!(has("komm am samstag zu mir", Code::Meeting));
    assert!(has("oi linda, quer ganhar dinheiro?", Code::JobOffer));
    assert!(has("amigos empresarios que pagam bem", Code::CommercialSex));
    assert!(has("nao precisa contar pra sua mae", Code::Secrecy));
    assert!(has("u wanna make some easy money", Code::JobOffer));
    // Texting forms of existing cues.
    assert!(has("dnt tell ur mom", Code::Secrecy));
    assert!(has("keep it on the dl", Code::Secrecy));
    assert!(has("its our lil secret", Code::Secrecy));
    assert!(has("is ur mom home", Code::RiskAssessment));
    assert!(has("wen do ur parents get home", Code::RiskAssessment));
    assert!(has("u alone?", Code::RiskAssessment));
    assert!(has("send pix", Code::PhotoRequest));
    assert!(has("u can stay w me", Code::TravelMeet));
    assert!(!has("is ur mom's birthday today", Code::RiskAssessment));
    assert!(has("parents asleep?", Code::RiskAssessment));
    assert!(!has(
        "at sarahs. are her parents home?",
        Code::RiskAssessment
    ));
    assert!(has("borra los mensajes", Code::Secrecy));
    assert!(has("a que hora llega tu mama", Code::RiskAssessment));
    assert!(has("te busco na escola", Code::Meeting));
    assert!(has("sag es niemandem", Code::Secrecy));
    assert!(has("je bent zo volwassen", Code::ComplimentsTrust));
    assert!(!has("heb je een vriend die kan helpen", Code::Romance));
    // probe14: threats against blocking, the age waved away, advice that
    // is not isolation.
    assert!(has(
        "send me $300 or i show this pic to ur whole school",
        Code::Sextortion
    ));
    assert!(has("dont try blocking me", Code::Sextortion));
    assert!(has("nobody cares bout that, u look grown", Code::AgeProbe));
    assert!(has("u should block them all", Code::Isolation));
    assert!(!has(
        "block them and we'll report it to ncmec",
        Code::Isolation
    ));
    // probe15: a pimp's control and quota, money for pictures, a casting.
    assert!(has("who u with", Code::Control));
    assert!(has("dont make me come find u", Code::Control));
    assert!(has(
        "u was supposed to make 500 today",
        Code::MoneyGiftsDebt
    ));
    assert!(has("u still owe me for the phone", Code::MoneyGiftsDebt));
    assert!(has("ur parents dont gotta know", Code::Secrecy));
    assert!(has(
        "ill send u $100 on cashapp if u send me a pic",
        Code::MoneyGiftsDebt
    ));
    assert!(has("just send your measurements", Code::PhotoRequest));
    assert!(!has("i like younger siblings", Code::AgeProbe));
    // An age question closing a longer message.
    assert!(has("nice. u look young how old", Code::AgeProbe));
    assert!(has("t'es mignonne, quel âge ?", Code::AgeProbe));
    assert!(!has("how old is your dog", Code::AgeProbe));
    // Genuine employers and denied needs are benign contexts.
    assert!(
        !run("Hiring baristas, apply in person")
            .suppressions
            .is_empty()
    );
    assert!(!run("Ik heb geen geld nodig.").suppressions.is_empty());
}

/// A short pattern with a double letter keeps it: the skeleton view must
/// not turn Dutch `heet` into `het`, `hh` into a lone `h`, `meet up` into
/// `met up`; elongations and long-word typos still match.
#[test]
fn short_words_keep_their_double_letters() {
    let has = |text: &str, code: Code| codes(text).contains(&code);
    assert!(!has(
        "als haar ouders thuis zijn is het goed",
        Code::SexualTalk
    ));
    assert!(has("je bent zo heet", Code::SexualTalk));
    assert!(has("je bent zo heeeeet", Code::SexualTalk));
    // `heet` alone is mostly "is called" and hot weather.
    assert!(!has("ik heet anna", Code::SexualTalk));
    assert!(!has("het is heet vandaag", Code::SexualTalk));
    assert!(!has("h b u", Code::CommercialSex));
    assert!(!has("we met up yesterday", Code::Meeting));
    assert!(has("we should meet up", Code::Meeting));
    assert!(has("we should meeeet up", Code::Meeting));
    assert!(has("add me on whatsap", Code::OffPlatform));
    // Spanish `scort` does not take Dutch `scoort` ("scores"), which the
    // skeleton's collapsed doubles used to make of it (outside benign chat).
    assert!(!has(
        "je scoort door de bal in de basket te gooien",
        Code::CommercialSex
    ));
    assert!(has("scort vip disponible hoy", Code::CommercialSex));
    assert!(has("se busca scorts", Code::CommercialSex));
}

/// Sexual vocabulary is lexicon data (never corpus text): it must fire on
/// the plain words and slang in each language and stay quiet on the
/// everyday words next to them (news about sex trafficking, a sports bra
/// at practice, taking off shoes, chicken breasts, French "bite" is not
/// matched in English text).
#[test]
fn sexual_vocabulary_and_near_misses() {
    let has = |text: &str| codes(text).contains(&Code::SexualTalk);
    for yes in [
        "ever had sex",
        "take off ur shirt",
        "ur bra",
        "touch yourself",
        "quitate la camisa",
        "ja transou?",
        "enlève ton haut",
        "zieh dein shirt aus",
        "doe je shirt uit",
    ] {
        assert!(has(yes), "{yes}");
    }
    for no in [
        "sex trafficking is a crime, call the hotline",
        "bring your sports bag and water bottle",
        "take off your shoes at the door",
        "chicken breasts for dinner",
        "grab a bite after practice",
        "the cat is so cute",
    ] {
        assert!(!has(no), "{no}");
    }
}

#[test]
fn age_entity() {
    let r = run("im 14f");
    let age = r
        .entities
        .iter()
        .find(|e| e.kind == EntityKind::Age)
        .unwrap();
    let info = age.age.unwrap();
    assert_eq!(info.years, 14);
    assert!(info.self_disclosed);
}

#[test]
fn entity_evidence_is_not_double_counted() {
    let r = run("call me 555 010 0199");
    assert!(r.entities.iter().any(|e| e.kind == EntityKind::Phone));
    let n = r
        .evidence
        .iter()
        .filter(|e| e.code == Code::OffPlatform && e.source == EvidenceSource::Entity)
        .count();
    assert!(n <= 1);
    assert!(r.code_bits.contains(Code::OffPlatform));
}

#[test]
fn hard_negatives_produce_suppressions() {
    let r = run("beware, this is a job scam, never pay fees upfront");
    assert!(!r.suppressions.is_empty(), "{r:?}");
    // A warning post and a helpline in the other languages (probe53/54's
    // false positives): reported, a serious agency talks to the parents.
    for text in [
        "já denunciamos. agência séria fala com os PAIS primeiro",
        "Hoi, je chat met de Jongerenlijn. Ben je nu op een veilige plek?",
        "ya lo denunciamos, una agencia seria no pide dinero",
        "on l'a signalé, méfiez-vous",
        "wir haben ihn gemeldet, seriöse Agenturen verlangen kein Geld",
    ] {
        assert!(!run(text).suppressions.is_empty(), "{text}");
    }
}

#[test]
fn adversarial_inputs() {
    for msg in [
        "",
        " ",
        "🌹🍒🍭",
        "\u{202e}pans em dda\u{202c}",
        "\u{200b}\u{200c}\u{200d}\u{feff}",
        "a\u{0}b\u{7f}c",
        "\u{301}\u{301}\u{301}",
        "ﷺ ﷽ ǆ ﬃ",
        "İstanbul",
        "s n a p s n a p s n a p",
        "1 3 3 7 $ @ |",
        "@@@@@ $$$$ ....",
    ] {
        let r = run(msg);
        let _ = r.normalized.as_str();
    }
    let r = run("🌹🌹");
    assert!(r.normalized.as_str().contains("emoji_rose"));
}

#[test]
fn one_megabyte_message() {
    let unit = "hey how are you, add me on sn4p 🌹 dont tell anyone. ";
    let mut msg = String::new();
    while msg.len() < 1 << 20 {
        msg.push_str(unit);
    }
    let r = run(&msg);
    assert!(r.evidence.len() > 1000);
}

#[test]
fn invalid_utf8_bytes() {
    let mut a = analyzer();
    let mut bytes = b"add me on sn\xffap \xc3 dont tell anyone \xe2\x82".to_vec();
    bytes.extend_from_slice("🌹".as_bytes());
    let r = a.analyze_bytes(&bytes);
    for e in &r.evidence {
        assert!(e.start <= e.end && e.end <= bytes.len());
    }
    let sec = r.evidence.iter().find(|e| e.code == Code::Secrecy).unwrap();
    assert_eq!(&bytes[sec.start..sec.end], b"dont tell anyone");
}

#[test]
fn small_test_lexicon_from_tsv() {
    let en = Lexicon::from_tsv("en", include_str!("small_en.tsv")).unwrap();
    let hn = hard_negatives_from_tsv(
        "context\tlang\tpattern\tweight\tnote\nall\ten\tscam warning\t2.0\t\n",
    )
    .unwrap();
    let set = LexiconSet {
        lexicons: vec![en],
        hard_negatives: hn,
        fillers: Vec::new(),
        variants: Vec::new(),
    };
    let mut a = Analyzer::new(&set).unwrap();
    let msg = "ADD ME ON SNAP 🚗 🫎 r ur parents home? scam warning";
    let r = a.analyze(msg);
    check_spans(msg, &r);
    let got: Vec<(&str, Code)> = r
        .evidence
        .iter()
        .filter(|e| e.source != EvidenceSource::Entity)
        .map(|e| (&msg[e.start..e.end], e.code))
        .collect();
    assert!(
        got.contains(&("ADD ME ON SNAP", Code::OffPlatform)),
        "{got:?}"
    );
    assert!(got.contains(&("🚗", Code::TravelMeet)), "{got:?}");
    assert!(got.contains(&("🫎", Code::TravelMeet)), "{got:?}");
    assert!(
        got.contains(&("r ur parents home", Code::RiskAssessment)),
        "{got:?}"
    );
    assert_eq!(r.suppressions.len(), 1);
    assert_eq!(r.suppressions[0].context, None);
}

#[test]
fn analysis_serializes() {
    let r = run("add me on sn4p, im 14");
    let j = serde_json::to_value(&r).unwrap();
    assert!(j["evidence"][0]["code"].is_string());
    assert!(j["evidence"][0]["lang"].is_string());
}

#[test]
fn pathological_one_megabyte_inputs_stay_fast() {
    for unit in [
        "im 14 ",
        "a@b.co ",
        "snap ",
        "s n a p ",
        "aaaaaaaaaaaaaaaa",
        "1",
        "🌹",
        "\u{200d}",
    ] {
        let msg = unit.repeat((1 << 20) / unit.len());
        let t = std::time::Instant::now();
        let _ = run(&msg);
        assert!(
            t.elapsed().as_secs() < 20,
            "{unit:?} took {:?}",
            t.elapsed()
        );
    }
}

/// Every lexicon is matched against every message, so a cue that is an
/// everyday word in any of the six languages fires on ordinary chat in all
/// of them: those were narrowed to phrases or weakened (2026-12-06, found
/// on an outside benign chat corpus).
#[test]
fn everyday_words_are_not_cues() {
    let codes_of = |text: &str| codes(text);
    for (text, code) in [
        ("what's up", Code::OffPlatform),
        ("what's the weather like", Code::OffPlatform),
        ("la vida es bella", Code::Romance),
        ("was soll ich machen", Code::MoneyGiftsDebt),
        (
            "can you send me a quote for the repair",
            Code::MoneyGiftsDebt,
        ),
        ("ik heb een nieuwe fiets", Code::CommercialSex),
        ("heb je het pakket ontvangen", Code::CommercialSex),
        ("der junge spielt fussball", Code::CommercialSex),
        ("alter, was geht", Code::AgeProbe),
        ("atendimento ao cliente", Code::CommercialSex),
        ("quelle est la nouvelle", Code::CommercialSex),
        ("i'm visiting my grandma", Code::CommercialSex),
        ("claro, manda o papo", Code::Sextortion),
        ("the war of 1939-1945", Code::OffPlatform),
    ] {
        let r = run(text);
        assert!(
            !r.code_bits.iter().any(|c| c == code),
            "{text:?} read as {code:?}: {:?} {:?}",
            r.evidence,
            r.entities
        );
    }
    // The phrases that replaced them still fire.
    assert!(codes_of("me chama no whats").contains(&Code::OffPlatform));
    assert!(codes_of("eu moro no abrigo").contains(&Code::Vulnerability));
    assert!(codes_of("ik ontvang thuis").contains(&Code::CommercialSex));
    assert!(codes_of("visiting your city this week").contains(&Code::CommercialSex));
}

/// Conditional sextortion threats, a boyfriend-pimp's "you only need me",
/// "where u at rn" and a debt to be earned back (2026-12-07), each with a
/// near miss that stays quiet.
#[test]
fn conditional_threats_and_a_pimps_control() {
    let has = |text: &str, code: Code| codes(text).contains(&code);
    for t in [
        "if u dont send more ill show everyone the one u already sent",
        "if you don't pay i will post them",
        "i'll send this to all your followers",
        "show ur parents the pics u sent",
        "si no me mandas más fotos las publico",
        "se vc não mandar eu vou postar",
        "si tu m'envoies pas je balance tout",
        "wenn du mir nicht noch eins schickst, poste ich das",
        "als je niet betaalt, deel ik alles",
    ] {
        assert!(has(t, Code::Sextortion), "{t}");
    }
    for t in [
        "if u dont send the notes ill fail the test lol",
        "ill show everyone the pics from the trip",
        "the pic you sent of your dog is so cute",
        "if you don't pay the bill they'll cut the power",
    ] {
        assert!(!has(t, Code::Sextortion), "{t}");
    }
    assert!(has("good girl. u only need me", Code::Isolation));
    assert!(has("all you need is me", Code::Isolation));
    assert!(!has("you only need milk and eggs", Code::Isolation));
    assert!(has("where u at rn", Code::Control));
    assert!(!has("where u at on the leaderboard", Code::Control));
    assert!(has(
        "u still owe me, u gotta make it back this weekend",
        Code::MoneyGiftsDebt
    ));
    assert!(!has(
        "we gotta make it back before dark",
        Code::MoneyGiftsDebt
    ));
    assert!(has(
        "but first i need u to do a few dates for us",
        Code::CommercialSex
    ));
    assert!(!has(
        "we went on a few dates last year",
        Code::CommercialSex
    ));
    assert!(has(
        "u want to make 1k this weekend? i got u",
        Code::JobOffer
    ));
}

/// A fake scout writing to a parent (2026-12-07): a fee that "comes back
/// once he books", the child flown out, parents kept at the hotel, pictures
/// of the child shirtless, "the perfect look for a campaign".
#[test]
fn a_scout_writing_to_a_parent() {
    let has = |text: &str, code: Code| codes(text).contains(&code);
    assert!(has(
        "There's also a $200 comp card fee but it comes back once he books",
        Code::JobOffer
    ));
    assert!(!has(
        "the deposit is refunded once you sign the lease",
        Code::JobOffer
    ));
    assert!(has(
        "Your son has an amazing look for a sportswear campaign",
        Code::JobOffer
    ));
    assert!(!has(
        "that dress is the perfect look for a wedding",
        Code::JobOffer
    ));
    assert!(has("we'll fly him out next weekend", Code::TravelMeet));
    assert!(has(
        "Parents usually stay at the hotel, the set is closed",
        Code::Isolation
    ));
    assert!(has(
        "We need a few shots of him shirtless for the athletic category",
        Code::PhotoRequest
    ));
    assert!(!has(
        "a few shots of him scoring the winning goal",
        Code::PhotoRequest
    ));
}

/// The employer or 'agency' keeps the passport, in six languages, and a
/// German advert's passive "Flug und Wohnung werden bezahlt" (2026-12-07).
#[test]
fn documents_kept_by_the_agency() {
    let has = |text: &str, code: Code| codes(text).contains(&code);
    for t in [
        "your passport stays with the agency for safety",
        "we keep the girls passports",
        "el pasaporte se queda con la agencia",
        "o passaporte fica com a gente",
        "le passeport reste à l'agence",
        "Pass bleibt bei der Agentur zur Sicherheit",
        "je paspoort blijft bij het bureau",
    ] {
        assert!(has(t, Code::Control), "{t}");
    }
    assert!(!has(
        "your papers stay with you at all times",
        Code::Control
    ));
    assert!(has(
        "Hostessen im Ausland, Flug und Wohnung werden bezahlt",
        Code::JobOffer
    ));
}

/// Each `(text, code)` of `found` yields a cue of that code; none of
/// `not_found` does.
fn cues_found_and_not(found: &[(&str, Code)], not_found: &[(&str, Code)]) {
    for &(t, code) in found {
        assert!(codes(t).contains(&code), "{t}: {code:?}");
    }
    for &(t, code) in not_found {
        assert!(!codes(t).contains(&code), "{t}: {code:?}");
    }
}

/// Plainer wording of a boyfriend who sells, a runaway's "family" house, a
/// scout's fee and a sugar offer (probe23's misses, generalised), each with
/// the everyday sentence it must not take.
#[test]
fn a_house_with_other_girls_and_a_friend_who_pays() {
    cues_found_and_not(
        &[
            ("just be nice to him and he pays", Code::CommercialSex),
            (
                "be sweet with my friend, they'll take care of you",
                Code::CommercialSex,
            ),
            (
                "he wants to pay you to spend time with him",
                Code::CommercialSex,
            ),
            ("a few other girls live there too", Code::TravelMeet),
            ("i got a place for u, come tonight", Code::TravelMeet),
            ("otras chicas ya viven aquí", Code::TravelMeet),
            ("andere Mädchen wohnen schon bei mir", Code::TravelMeet),
            ("ur mom doesnt get u", Code::Isolation),
            ("your friends will never understand you", Code::Isolation),
            ("tu mamá no te entiende", Code::Isolation),
            ("deine Eltern verstehen dich nicht", Code::Isolation),
            ("dont tell anyone where ur going", Code::Isolation),
            ("you pay 200 for the portfolio", Code::JobOffer),
            ("send 150 for your test shoot", Code::JobOffer),
            (
                "swimwear is best so the client sees your shape",
                Code::PhotoRequest,
            ),
            ("looking for a sweet girl to spoil", Code::MoneyGiftsDebt),
            ("text my number", Code::OffPlatform),
        ],
        &[
            (
                "be nice to your brother, he had a long day",
                Code::CommercialSex,
            ),
            ("send portfolio to the design team", Code::JobOffer),
            (
                "please send your portfolio and a cover letter",
                Code::JobOffer,
            ),
            ("i got a place downtown last month", Code::TravelMeet),
            (
                "other girls in my class live near the park",
                Code::TravelMeet,
            ),
            ("my mom doesnt get my music lol", Code::Isolation),
            ("tell your mom where you are going", Code::Isolation),
        ],
    );
}

/// probe22's plain wording, generalised: a child put out of home, a picture
/// in pyjamas, "anyone with u?", "stay there, i'll come", details promised
/// on WhatsApp, paid-per-post "ambassadors" — and what each must not take.
#[test]
fn plain_words_for_a_rescue_a_pyjama_picture_and_an_ambassador() {
    cues_found_and_not(
        &[
            ("my mom threw my stuff out again", Code::Vulnerability),
            ("now u owe me one, send a pic in ur pjs", Code::PhotoRequest),
            ("anyone with u?", Code::RiskAssessment),
            (
                "stay there, i'll come by and give you a ride",
                Code::Meeting,
            ),
            ("i'll explain on whatsapp", Code::OffPlatform),
            ("we pay per post", Code::JobOffer),
            ("our brand is looking for new ambassadors", Code::JobOffer),
        ],
        &[
            (
                "we took pics in our pjs at the sleepover",
                Code::PhotoRequest,
            ),
            ("i hope someone with you can help", Code::RiskAssessment),
            ("i threw out the old chairs", Code::Vulnerability),
            ("we pay for parking at the venue", Code::JobOffer),
            ("i explained it to my mom", Code::OffPlatform),
        ],
    );
}

/// probe24's misses, generalised: a quota, a recording held for payment,
/// money for a meeting, a family that cannot pay, a grandmother asleep,
/// "somewhere more private" — with the everyday sentences each must not take.
#[test]
fn a_quota_a_recording_and_a_grandmother_asleep() {
    cues_found_and_not(
        &[
            ("u didnt make enough last night", Code::MoneyGiftsDebt),
            (
                "u need 800 tonight or dont bother coming back",
                Code::MoneyGiftsDebt,
            ),
            ("dont bother coming back", Code::Control),
            ("i still have the video from our call", Code::Sextortion),
            ("i will when u pay", Code::Sextortion),
            ("then ill post it and tag ur school", Code::Sextortion),
            (
                "meet me at the mall saturday and ill give you 300",
                Code::MoneyGiftsDebt,
            ),
            ("you said your mom cant pay rent?", Code::Vulnerability),
            ("send me something only i get to see", Code::PhotoRequest),
            ("we should talk somewhere more private", Code::OffPlatform),
            ("ela dorme cedo? mora com quem?", Code::RiskAssessment),
            ("só não conta pra sua vó", Code::Secrecy),
            ("a gente podia se ver amanhã", Code::Meeting),
            ("niemand anders snapt je zoals ik", Code::Exclusivity),
            ("je vriendinnen zijn gewoon jaloers", Code::Isolation),
            ("dan regel ik alles voor je", Code::TravelMeet),
        ],
        &[
            ("i didnt make enough pasta lol", Code::MoneyGiftsDebt),
            ("i still have the video from the concert", Code::Sextortion),
            ("tag me in the pics from the party", Code::Sextortion),
            ("mom said she cant pay rent this month", Code::Vulnerability),
            ("send me the notes when you can", Code::PhotoRequest),
            ("não conta pra ela que eu gosto dele", Code::Secrecy),
        ],
    );
}

/// probe25's misses, generalised: gossip "behind your back", a curfew set
/// by a partner, pictures "the kind you don't post", a price "or it goes to
/// everyone", a stepfather, "vente conmigo", German bikini photos for an
/// "agency" — with the everyday sentences each must not take.
#[test]
fn behind_your_back_and_the_kind_you_dont_post() {
    cues_found_and_not(
        &[
            (
                "they literally talk about u behind ur back",
                Code::Isolation,
            ),
            ("from now on u only go out when im with u", Code::Control),
            ("the kind u dont post lol", Code::PhotoRequest),
            ("300 or its going to everyone on ur list", Code::Sextortion),
            ("i have everything u sent", Code::Sextortion),
            ("ya no aguanto a mi padrastro", Code::Vulnerability),
            ("vente conmigo, yo te cuido", Code::TravelMeet),
            ("yo te cuido", Code::Romance),
            ("ella ni se va a dar cuenta", Code::Isolation),
            (
                "schick mir einfach ein paar Fotos im Bikini",
                Code::PhotoRequest,
            ),
            ("du hast echt Modelpotential", Code::JobOffer),
        ],
        &[
            ("from now on i only go out on weekends", Code::Control),
            ("ya no aguanto a mi jefe", Code::Vulnerability),
            ("i have everything for the party", Code::Sextortion),
            ("20 or so people are going to the game", Code::Sextortion),
            ("schick mir die Fotos vom Urlaub", Code::PhotoRequest),
            (
                "on se fait un facetime pour réviser les maths?",
                Code::PhotoRequest,
            ),
        ],
    );
}

/// A home, care and a ticket offered, in the five other languages' plain
/// forms (parity with the English rows), and what each must not take.
#[test]
fn a_home_care_and_a_ticket_in_six_languages() {
    cues_found_and_not(
        &[
            ("vem ficar comigo", Code::TravelMeet),
            ("eu cuido de você", Code::Romance),
            ("eu pago sua passagem", Code::TravelMeet),
            ("tu peux dormir chez moi", Code::TravelMeet),
            ("je vais m'occuper de toi", Code::Romance),
            ("je te paie ton billet", Code::TravelMeet),
            ("du kannst bei mir wohnen", Code::TravelMeet),
            ("ich kümmere mich um dich", Code::Romance),
            ("ich kaufe dir das Zugticket", Code::TravelMeet),
            ("je kan bij mij logeren", Code::TravelMeet),
            ("ik zorg wel voor je", Code::Romance),
            ("ik betaal je ticket", Code::TravelMeet),
            ("te pago el pasaje", Code::TravelMeet),
            ("puedes quedarte en mi casa", Code::TravelMeet),
        ],
        &[
            ("ela pode ficar com a avó", Code::TravelMeet),
            ("je paie le loyer demain", Code::TravelMeet),
            ("ich kaufe mir ein Ticket", Code::TravelMeet),
            ("ik zorg voor de hond", Code::Romance),
            ("puedes quedarte con el libro", Code::TravelMeet),
        ],
    );
}

/// probe26's labour-recruitment chat, generalised: pay in cash by the week,
/// a room shared with other girls, a ticket "on them", an ID held "for the
/// paperwork", a debt paid back from the first weeks — and the genuine job
/// chat beside it.
#[test]
fn an_id_held_for_the_paperwork() {
    cues_found_and_not(
        &[
            ("like 900 a week, cash", Code::JobOffer),
            ("you share with other girls", Code::TravelMeet),
            ("bus ticket is on them", Code::TravelMeet),
            (
                "bring your id, they hold it for the paperwork",
                Code::Control,
            ),
            (
                "the room you pay back from your first weeks",
                Code::MoneyGiftsDebt,
            ),
        ],
        &[
            (
                "17 an hour, full time, benefits after 90 days",
                Code::JobOffer,
            ),
            ("they copy it and give it back", Code::Control),
            ("we share with other teams", Code::TravelMeet),
            ("the tickets are on the table", Code::TravelMeet),
        ],
    );
}

/// probe27's recruitment posts, generalised: massage work with no licence,
/// pay "in tips", "young preferred", a manager of girls and her cut, a
/// ticket paid back "with your work" in five languages — and the genuine
/// adverts beside them.
#[test]
fn no_licence_needed_and_paid_back_with_your_work() {
    cues_found_and_not(
        &[
            ("massage girls, no license needed", Code::JobOffer),
            ("make $1500+ a week in tips", Code::JobOffer),
            ("young and friendly preferred", Code::JobOffer),
            (
                "i manage a few girls who do online modelling",
                Code::CommercialSex,
            ),
            ("u keep 40%", Code::MoneyGiftsDebt),
            (
                "a passagem a gente adianta e você paga depois com o trabalho",
                Code::MoneyGiftsDebt,
            ),
            (
                "el billete lo pagas después con tu trabajo",
                Code::MoneyGiftsDebt,
            ),
            ("tu rembourses avec ton salaire", Code::MoneyGiftsDebt),
            ("den Flug arbeitest du später ab", Code::MoneyGiftsDebt),
            (
                "dat betaal je later terug van je loon",
                Code::MoneyGiftsDebt,
            ),
        ],
        &[
            ("state license required, $35/hr plus tips", Code::JobOffer),
            ("experience with kids preferred", Code::JobOffer),
            ("i manage a few cafes downtown", Code::CommercialSex),
            ("keep 10 minutes for questions", Code::MoneyGiftsDebt),
        ],
    );
}

/// A shipped regex never uses `\w` / `\W`: with Unicode on, the class holds
/// every letter of every script, and three such regexes (`trabajo de \w+
/// en el extranjero` …) made the lazy DFA of the regex set rebuild states
/// on every message — 15 % more instructions per message on the whole
/// detector (callgrind, 2026-12-06). Normalised text is lower-case: `[a-z]`
/// says what is meant.
#[test]
fn shipped_regexes_avoid_unicode_word_classes() {
    let set = LexiconSet::default_set().unwrap();
    let mut regexes = 0;
    for lexicon in &set.lexicons {
        for entry in lexicon
            .entries
            .iter()
            .filter(|e| e.kind == PatternKind::Regex)
        {
            regexes += 1;
            let p = entry.pattern.as_str();
            assert!(
                !p.contains("\\w") && !p.contains("\\W"),
                "{:?} line {}: {p}",
                entry.lang,
                entry.line
            );
        }
    }
    assert!(regexes > 100, "the shipped lexicons have their regexes");
}

/// A filler word inside a cue phrase ("no one ELSE gets u like i do") no
/// longer breaks it: the filler-free pass finds the phrase, its evidence spans
/// the filler in the original text, and nothing the first pass found is
/// counted twice.
#[test]
fn a_filler_word_does_not_break_a_phrase() {
    cues_found_and_not(
        &[
            ("nobody else gets u like i do", Code::Exclusivity),
            (
                "no one else really understands you like i do",
                Code::Exclusivity,
            ),
            ("niemand anders snapt je zoals ik", Code::Exclusivity),
        ],
        &[
            // Without the filler list the same words stay apart.
            ("nobody at school gets u like i do", Code::Exclusivity),
        ],
    );
    let msg = "nobody ELSE really gets u like i do lol";
    let r = run(msg);
    let spans = evidence_text(msg, &r, Code::Exclusivity);
    assert_eq!(spans, vec!["nobody ELSE really gets u like i do"]);
    // "like" before a person compares; it is not a filler, so the phrase
    // that needs it is found once, by the first pass.
    let msg = "nobody gets u like i do";
    let r = run(msg);
    assert_eq!(evidence_text(msg, &r, Code::Exclusivity).len(), 1);
}

/// A cue the filler-free pass finds is dropped where the first pass read a
/// hard negative over it, and a custom lexicon set without fillers makes no
/// second pass.
#[test]
fn the_filler_free_pass_respects_hard_negatives_and_can_be_off() {
    let en = Lexicon::from_tsv(
        "en",
        "code\tkind\tpattern\tweight\tnote\nsecrecy\tphrase\tdont tell ur mom\t2.0\t\n",
    )
    .unwrap();
    let hn = hard_negatives_from_tsv(
        "context\tlang\tpattern\tweight\tnote\nall\ten\tsurprise party\t2.0\t\n",
    )
    .unwrap();
    let fillers = lurewatch_text::lexicon::fillers_from_tsv("lang\tword\nen\tjust\n").unwrap();
    let with = LexiconSet {
        lexicons: vec![en.clone()],
        hard_negatives: hn.clone(),
        fillers,
        variants: Vec::new(),
    };
    let without = LexiconSet {
        lexicons: vec![en],
        hard_negatives: hn,
        fillers: Vec::new(),
        variants: Vec::new(),
    };
    let mut a = Analyzer::new(&with).unwrap();
    let mut b = Analyzer::new(&without).unwrap();
    let msg = "dont just tell ur mom";
    assert!(a.analyze(msg).code_bits.contains(Code::Secrecy));
    assert!(!b.analyze(msg).code_bits.contains(Code::Secrecy));
    let msg = "dont just tell ur mom surprise party";
    assert!(a.analyze(msg).code_bits.contains(Code::Secrecy));
    // "surprise party dont just tell ur mom": the hard negative does not
    // overlap the cue; a hard negative over the cue does.
    let set = LexiconSet {
        hard_negatives: hard_negatives_from_tsv(
            "context\tlang\tpattern\tweight\tnote\nall\ten\tdont just tell ur mom\t2.0\t\n",
        )
        .unwrap(),
        ..with
    };
    let mut c = Analyzer::new(&set).unwrap();
    let r = c.analyze("dont just tell ur mom");
    assert!(!r.code_bits.contains(Code::Secrecy));
    assert_eq!(r.suppressions.len(), 1);
}

/// A bad fillers file names its line.
#[test]
fn a_bad_fillers_line_is_an_error_with_its_line() {
    let e = lurewatch_text::lexicon::fillers_from_tsv("lang\tword\nen\tjust\nen\ttwo words\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains('3'), "{e}");
    assert!(lurewatch_text::lexicon::fillers_from_tsv("lang\tword\nxx yy\tjust\n").is_err());
}

/// A chat or dialect spelling reads as the lexicons' spelling ("wat age are
/// ya", "dont say anythin to ur mam"), with the evidence on the original
/// words; a spelling never takes away or doubles what the first pass read.
#[test]
fn dialect_and_chat_spellings_read_as_the_lexicons_spelling() {
    for (msg, code, span) in [
        ("wat age are ya", Code::AgeProbe, "wat age are ya"),
        ("dont tell ur mam ok", Code::Secrecy, "dont tell ur mam"),
        ("dont tell yer mum", Code::Secrecy, "dont tell yer mum"),
    ] {
        let r = run(msg);
        assert_eq!(evidence_text(msg, &r, code), [span], "{msg}");
    }
    // Without the respelt word the first pass reads it, once.
    let msg = "dont tell ur mom";
    assert_eq!(evidence_text(msg, &run(msg), Code::Secrecy).len(), 1);
    // The same words without a cue stay without one.
    for msg in ["wat are ya doin later", "my mam made dinner", "ya 14 lol"] {
        assert!(
            !run(msg).code_bits.contains(Code::Secrecy),
            "{msg}: {:?}",
            run(msg).evidence
        );
    }
}

/// A pimp's quota check and debt, a passport kept "safe", a recorded video
/// call and its threat, a fare paid and the old phone left behind, in the
/// six languages (probe64/65's misses, generalised), each beside the
/// everyday sentence it must not take.
#[test]
fn a_quota_a_debt_for_the_room_and_a_recorded_call() {
    cues_found_and_not(
        &[
            ("how much did u make today", Code::Control),
            ("the other girls make 500 a night", Code::Control),
            ("cuánto llevas hoy", Code::Control),
            (
                "así no vamos a salir nunca de la deuda",
                Code::MoneyGiftsDebt,
            ),
            (
                "el pasaporte está guardado, conmigo está más seguro",
                Code::Control,
            ),
            ("wie viel heute?", Code::Control),
            (
                "noch 3.400 für zimmer, fahrt, papiere",
                Code::MoneyGiftsDebt,
            ),
            ("die wollen dich nur wegnehmen", Code::Isolation),
            ("combien t'as fait aujourd'hui", Code::Control),
            ("j'ai enregistré toute la visio", Code::Sextortion),
            ("la vidéo part à tout le monde", Code::Sextortion),
            ("si tu bloques j'envoie direct", Code::Sextortion),
            ("quanto você fez hoje", Code::Control),
            ("hoeveel heb je vandaag verdiend", Code::Control),
            ("je moet nog 2000 terugbetalen", Code::MoneyGiftsDebt),
            ("ill even send ya the train fare", Code::TravelMeet),
            (
                "theyve never been there for ya like i have",
                Code::Isolation,
            ),
            ("leave the old one at home", Code::Control),
            ("you'll refund it from your salary", Code::MoneyGiftsDebt),
        ],
        &[
            ("how much did u pay for it", Code::Control),
            ("how much homework did u get today", Code::Control),
            ("cuánto llevas esperando", Code::Control),
            ("wie viel kostet das", Code::Control),
            ("combien t'as payé", Code::Control),
            ("la vidéo est trop drôle", Code::Sextortion),
            ("si tu parles à ta mère dis lui bonjour", Code::Sextortion),
            ("hoeveel kost het", Code::Control),
            ("je moet nog je huiswerk maken", Code::MoneyGiftsDebt),
            ("ill send u the link to the bus timetable", Code::TravelMeet),
            ("leave the old charger at home", Code::Control),
        ],
    );
}

/// A pimp's quota and a kept phone in Portuguese, sextortion threats in
/// Spanish and Portuguese, costs taken from wages and an ID kept in French
/// and German, a cover story (probe67's misses, generalised), each beside
/// the everyday sentence it must not take.
#[test]
fn a_quota_in_portuguese_a_threat_in_spanish_and_wages_kept_in_german() {
    cues_found_and_not(
        &[
            ("hj tem q bater a meta de 800", Code::Control),
            ("o teu fica cmg ja falei", Code::Control),
            ("faz tudo q o cliente pedir", Code::CommercialSex),
            ("Depois descontamos no salário", Code::MoneyGiftsDebt),
            ("não fales nisso com a tua família", Code::Secrecy),
            ("gravei a videochamada toda", Code::Sextortion),
            (
                "se não pagares ou me bloqueares, vai para todos",
                Code::Sextortion,
            ),
            ("si no quieres q le llegue a tu mama", Code::Sextortion),
            ("paga o lo subo", Code::Sextortion),
            (
                "si le cuentas a alguien lo subo a todos lados",
                Code::Sextortion,
            ),
            (
                "on retire juste le loyer, le train et la formation",
                Code::MoneyGiftsDebt,
            ),
            (
                "Prends ta carte d'identité, je la garde au coffre",
                Code::Control,
            ),
            (
                "certains clients demandent des « extras »",
                Code::CommercialSex,
            ),
            ("2200, ziehen wir vom Lohn ab", Code::MoneyGiftsDebt),
            ("Deinen Ausweis gibst du mir bei Ankunft", Code::Control),
            (
                "Sag erstmal, dass du bei einer Freundin übernachtest",
                Code::Secrecy,
            ),
        ],
        &[
            ("a equipe vai bater a meta do mês", Code::Control),
            ("o teu livro fica na mesa", Code::Control),
            ("faz tudo com calma", Code::CommercialSex),
            ("gravei um vídeo do show", Code::Sextortion),
            ("A família paga o voo de ida e volta", Code::Sextortion),
            ("si no quieres venir no pasa nada", Code::Sextortion),
            ("on retire le gâteau du four", Code::MoneyGiftsDebt),
            ("je garde ton secret", Code::Control),
            (
                "die Steuern werden vom Lohn abgezogen und das ist normal",
                Code::Control,
            ),
            ("ich übernachte bei einer Freundin", Code::Secrecy),
        ],
    );
}

/// The parents' hours, a pick-up round the corner, "no need to tell her",
/// photos of yourself, in plain and in Scots spelling (probe68's misses,
/// generalised), each beside the everyday sentence it must not take.
#[test]
fn the_parents_hours_and_a_pick_up_round_the_corner() {
    cues_found_and_not(
        &[
            (
                "What time does your mom usually get home from work?",
                Code::RiskAssessment,
            ),
            (
                "does yer maw still work lates on a thursday?",
                Code::RiskAssessment,
            ),
            ("No need to tell her every little thing", Code::Secrecy),
            (
                "Send me 2-3 photos of yourself, different poses",
                Code::PhotoRequest,
            ),
            ("Don't tell ma'am about our lessons ok", Code::Secrecy),
            (
                "I'll pick ye up roond the corner fae the gates",
                Code::Meeting,
            ),
            ("dinnae mention it tae callum", Code::Secrecy),
        ],
        &[
            ("what time does the game start", Code::RiskAssessment),
            ("no need to thank me", Code::Secrecy),
            ("send me the photos of the trip", Code::PhotoRequest),
            ("ill pick u up at 7", Code::Meeting),
            ("dont tell me about the ending", Code::Secrecy),
        ],
    );
}

/// A spelling-variant file with a word read two ways, or a variant that is
/// not one word, is an error naming its line; a set without variants makes
/// no spelling pass.
#[test]
fn spelling_variants_are_checked_and_can_be_off() {
    use lurewatch_text::lexicon::variants_from_tsv;
    let ok = variants_from_tsv("lang\tword\tcanonical\nen\twat\twhat\nnl\twat\twhat\n").unwrap();
    assert_eq!(ok.len(), 1);
    let e = variants_from_tsv("lang\tword\tcanonical\nen\twat\twhat\nde\twat\twas\n")
        .unwrap_err()
        .to_string();
    assert!(e.contains('3') && e.contains("line 2"), "{e}");
    assert!(variants_from_tsv("lang\tword\tcanonical\nen\ttwo words\tthree\n").is_err());
    assert!(variants_from_tsv("lang\tword\tcanonical\nen\tya\n").is_err());
    assert!(variants_from_tsv("lang\tword\tcanonical\nen\tsuperlongvariantword\tx\n").is_err());
    let en = Lexicon::from_tsv(
        "en",
        "code\tkind\tpattern\tweight\tnote\nage_probe\tphrase\twhat age are you\t1.0\t\n",
    )
    .unwrap();
    let variants = variants_from_tsv("lang\tword\tcanonical\nen\tya\tyou\n").unwrap();
    let with = LexiconSet {
        lexicons: vec![en.clone()],
        hard_negatives: Vec::new(),
        fillers: Vec::new(),
        variants,
    };
    let without = LexiconSet {
        variants: Vec::new(),
        ..with.clone()
    };
    let msg = "what age are ya";
    assert!(
        Analyzer::new(&with)
            .unwrap()
            .analyze(msg)
            .code_bits
            .contains(Code::AgeProbe)
    );
    assert!(
        !Analyzer::new(&without)
            .unwrap()
            .analyze(msg)
            .code_bits
            .contains(Code::AgeProbe)
    );
}

/// probe28's misses, generalised: a scout's fee and flight, a sextortion
/// deadline and audience, a chat to delete, a cover story, a loverboy's debt
/// in German and a recruiter's bar work in Portuguese — each beside the
/// everyday sentence it must not take.
#[test]
fn a_deadline_a_cover_story_and_a_fee_for_the_test_shoot() {
    cues_found_and_not(
        &[
            ("its 250 for the test shoot", Code::JobOffer),
            ("im a scout with a new agency out of miami", Code::JobOffer),
            ("u could make like 3-5k a weekend", Code::JobOffer),
            ("we fly u out", Code::TravelMeet),
            ("i have the pics u sent", Code::Sextortion),
            (
                "u got an hour. block me and it goes to everyone on ur list",
                Code::Sextortion,
            ),
            ("if u tell anyone the price doubles", Code::Sextortion),
            (
                "send the codes or i start with ur grandma",
                Code::Sextortion,
            ),
            ("delete this after ok", Code::Secrecy),
            ("just tell her ur at maddies", Code::Secrecy),
            (
                "is it like ur own phone or a family one",
                Code::RiskAssessment,
            ),
            ("shes not around rn right?", Code::RiskAssessment),
            ("u seem way older tbh", Code::ComplimentsTrust),
            ("die verstehen dich halt nicht so wie ich", Code::Isolation),
            ("ich schulde nem typen geld", Code::MoneyGiftsDebt),
            ("sag deiner freundin nix", Code::Secrecy),
            ("fazer companhia pros clientes no bar", Code::CommercialSex),
            ("taxa de 300 reais pro cadastro", Code::JobOffer),
            ("pasame tu whats", Code::OffPlatform),
        ],
        &[
            (
                "i have the pics from the trip, ill send them tonight",
                Code::Sextortion,
            ),
            ("u got an hour before practice?", Code::Sextortion),
            ("i paid 160 for the visa", Code::JobOffer),
            ("im a scout leader for the troop", Code::JobOffer),
            ("whats up", Code::OffPlatform),
            ("shes not around rn", Code::RiskAssessment),
        ],
    );
}

/// A data file may open with comments: its header is the first line that is
/// neither blank nor a comment, and is not read as data (fillers.tsv's
/// header after its comment block was once read as the filler "word").
#[test]
fn a_header_after_comments_is_not_data() {
    let f = lurewatch_text::lexicon::fillers_from_tsv(
        "# comment\n\nlang\tword\tnot_before\tnote\nen\tjust\t\thedge\n",
    )
    .unwrap();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].word, "just");
    let shipped = LexiconSet::default_set().unwrap();
    assert!(shipped.fillers.iter().all(|f| f.word != "word"));
}

#[test]
fn an_offer_profile_is_a_job_offer_on_its_indicators_original_words() {
    let mut a = Analyzer::with_default_lexicons().unwrap();
    let post = "Căutăm FETE 18-25 ani 🇩🇪 câștig 2500€/lună, cazare și transport asigurate, fără experiență!";
    let r = a.analyze(post);
    assert!(r.offer.is_profile(), "{:?}", r.offer);
    let spans: Vec<&str> = r
        .evidence
        .iter()
        .filter(|e| e.source == EvidenceSource::Offer)
        .map(|e| &post[e.start..e.end])
        .collect();
    assert!(spans.contains(&"fără experiență"), "{spans:?}");
    assert!(spans.contains(&"18-25"), "{spans:?}");
    let total: f32 = r
        .evidence
        .iter()
        .filter(|e| e.source == EvidenceSource::Offer)
        .map(|e| e.weight)
        .sum();
    assert!((total - lurewatch_text::OFFER_PROFILE_WEIGHT).abs() < 1e-4);
    // A short chat line is not read for indicators at all.
    assert_eq!(a.analyze("girls 18-25 paid flight").offer.0, 0);
    // A news item quoting the same pitch is no offer.
    let news = "Poliția: rețeaua recruta fete 18-25 ani cu câștig 2500€/lună, cazare asigurată, fără experiență";
    let r = a.analyze(news);
    assert!(!r.offer.is_profile());
    assert!(r.evidence.iter().all(|e| e.source != EvidenceSource::Offer));
}

/// A parent or school as the alternative to paying, a cover story, "are you
/// home by yourself", paid "company", a spent-on-you debt, "the other app",
/// a pimp's split and control, a guessed age (the misses of probe48, 49, 51
/// and 52, generalised), each with the everyday sentence it must not take.
#[test]
fn a_parent_as_the_alternative_a_cover_story_and_paid_company() {
    cues_found_and_not(
        &[
            (
                "€300 to the account i send u or ur mam's getting them on facebook",
                Code::Sextortion,
            ),
            ("block me and it goes everywhere", Code::Sextortion),
            (
                "Are you home by yourself when you do homework?",
                Code::RiskAssessment,
            ),
            (
                "Probably best not to mention it to your mom though",
                Code::Secrecy,
            ),
            (
                "tell ur mam ur going with a mate from school",
                Code::Secrecy,
            ),
            (
                "you just keep them company and be sweet",
                Code::CommercialSex,
            ),
            (
                "keep my gentlemen friends company this weekend",
                Code::CommercialSex,
            ),
            ("after all i spent so much on you", Code::MoneyGiftsDebt),
            (
                "ein kumpel kennt männer die gut zahlen",
                Code::CommercialSex,
            ),
            ("hab für dich so viel ausgegeben", Code::MoneyGiftsDebt),
            ("sag deinen eltern du pennst bei ayla", Code::Secrecy),
            ("dont show ur parents the program", Code::Secrecy),
            ("keep it our thing", Code::Exclusivity),
            ("i'll send the list on the other app", Code::OffPlatform),
            (
                "need progress pics to track ur physique",
                Code::PhotoRequest,
            ),
            (
                "We can advance it and you repay from your first booking",
                Code::MoneyGiftsDebt,
            ),
            (
                "u entertain, i handle the clients, the rooms, the safety. u keep 40",
                Code::CommercialSex,
            ),
            ("text me. dont talk business on here", Code::OffPlatform),
            ("dang so ur like 13 and already doing that", Code::AgeProbe),
            ("so ur home by urself alot huh", Code::RiskAssessment),
            (
                "keep ur location on n dont talk to that girl from the motel",
                Code::Isolation,
            ),
            ("2 more then u can come home", Code::CommercialSex),
            ("dinnae come back wi less than 4", Code::CommercialSex),
            (
                "si te pregunta la policía estás de vacaciones",
                Code::Secrecy,
            ),
            ("llevas 2 nada más. la cuota son 6", Code::MoneyGiftsDebt),
            ("advertentie staat weer online", Code::CommercialSex),
            ("en je praat niet met die meid beneden", Code::Isolation),
        ],
        &[
            (
                "do your homework or your mom is getting a call",
                Code::Sextortion,
            ),
            (
                "dont post anything or ur mom will see it on my story",
                Code::Sextortion,
            ),
            (
                "we handle the bookings, you keep the deposit receipt",
                Code::CommercialSex,
            ),
            (
                "dont talk about that on here, its boring",
                Code::OffPlatform,
            ),
            ("block me and i'll cry lol", Code::Sextortion),
            ("are you home yet?", Code::RiskAssessment),
            ("tell your mom you're staying for dinner", Code::Secrecy),
            (
                "can you keep grandma company on sunday",
                Code::CommercialSex,
            ),
            ("i spent so much on groceries", Code::MoneyGiftsDebt),
            ("kunden die gut zahlen sind die besten", Code::CommercialSex),
            ("sag deinen eltern danke von mir", Code::Secrecy),
        ],
    );
}
