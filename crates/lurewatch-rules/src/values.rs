//! The CEL values a condition sees, built straight from the core types:
//! strings are borrowed from the event and signals, not copied, and nothing
//! goes through JSON.

use std::collections::HashMap;
use std::sync::OnceLock;

use cel::common::traits::{
    Adder, Comparer, Container, Divider, Indexer, Iterable, Modder, Multiplier, Negator, Sizer,
    Subtractor, Zeroer,
};
use cel::common::types::{
    CelBool, CelDouble, CelInt, CelList, CelMap, CelMapKey, CelNull, CelString,
};
use cel::common::types::{DYN_TYPE, Type};
use cel::common::value::{Builtin, BuiltinRef, CowVal, Val};
use cel::context::VariableResolver;
use lurewatch_core::event::{Attachment, ReportReason, Surface};
use lurewatch_core::{Envelope, Event, Signal};
use std::sync::Arc;

use crate::expr::SIGNAL_KINDS;
use crate::{EvalInput, RuleSet};

type V<'a> = Box<dyn Val + 'a>;

fn s(v: &str) -> V<'_> {
    Box::new(CelString::from(v))
}

fn int(v: i64) -> V<'static> {
    Box::new(CelInt::from(v))
}

fn boolean(v: bool) -> V<'static> {
    Box::new(CelBool::from(v))
}

fn null() -> V<'static> {
    Box::new(CelNull)
}

fn opt_s(v: &Option<String>) -> V<'_> {
    match v {
        Some(v) => s(v),
        None => null(),
    }
}

fn opt_int(v: Option<i64>) -> V<'static> {
    v.map_or_else(null, int)
}

/// An `f32` detector score as the decimal it stands for: `0.9f32` becomes
/// `0.9`, not `0.8999999761581421`, so `s.score >= 0.9` means what it says.
fn score(v: f32) -> V<'static> {
    let x = f64::from(v);
    let rounded = if x.is_finite() && x.abs() < 1e9 {
        (x * 1e6).round() / 1e6
    } else {
        x
    };
    Box::new(CelDouble::from(rounded))
}

fn list<'a>(items: impl IntoIterator<Item = V<'a>>) -> V<'a> {
    Box::new(CelList::from(items.into_iter().collect::<Vec<_>>()))
}

fn strings(v: &[String]) -> V<'_> {
    list(v.iter().map(|x| s(x)))
}

fn map<'a, const N: usize>(entries: [(&'static str, V<'a>); N]) -> HashMap<CelMapKey<'a>, V<'a>> {
    let mut m = HashMap::with_capacity(N + 8);
    for (k, v) in entries {
        m.insert(CelMapKey::from(k), v);
    }
    m
}

fn boxed<'a>(m: HashMap<CelMapKey<'a>, V<'a>>) -> V<'a> {
    Box::new(CelMap::from(m))
}

fn surface(v: Surface) -> &'static str {
    match v {
        Surface::Dm => "dm",
        Surface::Group => "group",
        Surface::Post => "post",
        Surface::Comment => "comment",
        Surface::Profile => "profile",
    }
}

/// The wire name of a report reason.
pub(crate) fn reason(v: ReportReason) -> &'static str {
    match v {
        ReportReason::ChildSexualAbuseMaterial => "child_sexual_abuse_material",
        ReportReason::Grooming => "grooming",
        ReportReason::Trafficking => "trafficking",
        ReportReason::Sextortion => "sextortion",
        ReportReason::Sexual => "sexual",
        ReportReason::Scam => "scam",
        ReportReason::Other => "other",
    }
}

fn relationship(v: lurewatch_core::event::RelationshipKind) -> &'static str {
    use lurewatch_core::event::RelationshipKind as K;
    match v {
        K::Follow => "follow",
        K::FriendRequest => "friend_request",
        K::FriendAccept => "friend_accept",
        K::Block => "block",
    }
}

fn attachment(a: &Attachment) -> V<'_> {
    boxed(map([
        ("media_id", s(&a.media_id)),
        ("content_base64", opt_s(&a.content_base64)),
        ("pdq", opt_s(&a.pdq)),
        ("pdq_quality", opt_int(a.pdq_quality.map(i64::from))),
        ("md5", opt_s(&a.md5)),
        ("sha256", opt_s(&a.sha256)),
    ]))
}

fn attachments(v: &[Attachment]) -> V<'_> {
    list(v.iter().map(attachment))
}

/// `event`: the envelope as its JSON would be (`type`, `id`, `ts`, and the
/// event's own fields), plus `actor`, the account that acted.
pub(crate) fn event(env: &Envelope) -> V<'_> {
    let mut m = map([
        ("type", s(env.event.kind().as_str())),
        ("id", opt_s(&env.id)),
        ("idempotency_key", opt_s(&env.idempotency_key)),
        ("ts", opt_int(env.ts)),
        ("actor", s(env.event.actor())),
    ]);
    let fields: Vec<(&'static str, V<'_>)> = match &env.event {
        Event::Message(e) => vec![
            ("conversation", s(&e.conversation)),
            ("sender", s(&e.sender)),
            ("recipients", strings(&e.recipients)),
            ("text", s(&e.text)),
            ("attachments", attachments(&e.attachments)),
            ("surface", s(surface(e.surface))),
        ],
        Event::Post(e) => vec![
            ("post", s(&e.post)),
            ("author", s(&e.author)),
            ("text", s(&e.text)),
            ("attachments", attachments(&e.attachments)),
            ("surface", s(surface(e.surface))),
        ],
        Event::Profile(e) => vec![
            ("account", s(&e.account)),
            ("declared_age", opt_int(e.declared_age.map(i64::from))),
            ("birth_year", opt_int(e.birth_year.map(i64::from))),
            ("created_at", opt_int(e.created_at)),
            ("display_name", opt_s(&e.display_name)),
            ("bio", opt_s(&e.bio)),
            ("links", strings(&e.links)),
        ],
        Event::Media(e) => vec![("account", s(&e.account)), ("media", attachment(&e.media))],
        Event::Report(e) => vec![
            ("reporter", s(&e.reporter)),
            ("subject", s(&e.subject)),
            ("conversation", opt_s(&e.conversation)),
            ("reason", s(reason(e.reason))),
            ("text", s(&e.text)),
        ],
        Event::Relationship(e) => vec![
            ("from", s(&e.from)),
            ("to", s(&e.to)),
            ("kind", s(relationship(e.kind))),
        ],
    };
    for (k, v) in fields {
        m.insert(CelMapKey::from(k), v);
    }
    boxed(m)
}

/// One signal as its JSON would be: `kind` plus its fields.
pub(crate) fn signal(sig: &Signal) -> V<'_> {
    let kind = ("kind", s(sig.kind()));
    boxed(match sig {
        Signal::MediaMatch {
            media_id,
            bank,
            entry,
            signal_type,
            distance,
            transform,
            label,
        } => map([
            kind,
            ("media_id", s(media_id)),
            ("bank", s(bank)),
            ("entry", int(i64::try_from(*entry).unwrap_or(i64::MAX))),
            ("signal_type", s(signal_type)),
            ("distance", int(i64::from(*distance))),
            ("transform", s(transform)),
            ("label", opt_s(label)),
        ]),
        Signal::MediaError { media_id, reason } => {
            map([kind, ("media_id", s(media_id)), ("reason", s(reason))])
        }
        Signal::ConversationRisk {
            conversation,
            score: sc,
            flagged,
            codes,
            evidence,
            suspected_sender,
        } => map([
            kind,
            ("conversation", s(conversation)),
            ("score", score(*sc)),
            ("flagged", boolean(*flagged)),
            ("codes", strings(codes)),
            (
                "evidence",
                list(evidence.iter().map(|(a, b, code)| {
                    list([
                        int(i64::try_from(*a).unwrap_or(i64::MAX)),
                        int(i64::try_from(*b).unwrap_or(i64::MAX)),
                        s(code),
                    ])
                })),
            ),
            ("suspected_sender", opt_s(suspected_sender)),
        ]),
        Signal::AccountBehaviour {
            account,
            minors_contacted,
            script_reuse,
            off_platform_conversations,
            adult_minor_conversations,
            reasons,
        } => map([
            kind,
            ("account", s(account)),
            ("minors_contacted", int(i64::from(*minors_contacted))),
            ("script_reuse", int(i64::from(*script_reuse))),
            (
                "off_platform_conversations",
                int(i64::from(*off_platform_conversations)),
            ),
            (
                "adult_minor_conversations",
                int(i64::from(*adult_minor_conversations)),
            ),
            ("reasons", strings(reasons)),
        ]),
        Signal::Age {
            account,
            age,
            source,
        } => map([
            kind,
            ("account", s(account)),
            ("age", int(i64::from(*age))),
            ("source", s(source)),
        ]),
    })
}

/// A value behind an `Arc`, so cloning it is cheap. A comprehension
/// (`signals.exists(s, ...)`) clones each element it binds to its variable:
/// a signal map cloned deeply would cost a dozen allocations per iteration.
/// Everything delegates to the inner value, which it passes for (a map
/// stays a map to `type()`, overloads and downcasts).
#[derive(Debug, Clone)]
struct Shared<'a>(Arc<dyn Val + 'a>);

impl<'a> Val for Shared<'a> {
    fn get_type(&self) -> &Type {
        self.0.get_type()
    }

    fn cel_type() -> &'static Type
    where
        Self: Sized,
    {
        &DYN_TYPE
    }

    fn as_adder<'b, 'v>(&'b self) -> Option<&'b (dyn Adder + 'v)>
    where
        Self: 'v,
    {
        self.0.as_adder()
    }

    fn as_comparer(&self) -> Option<&dyn Comparer> {
        self.0.as_comparer()
    }

    fn as_container(&self) -> Option<&dyn Container> {
        self.0.as_container()
    }

    fn as_divider<'b, 'v>(&'b self) -> Option<&'b (dyn Divider + 'v)>
    where
        Self: 'v,
    {
        self.0.as_divider()
    }

    fn as_indexer<'b, 'v>(&'b self) -> Option<&'b (dyn Indexer + 'v)>
    where
        Self: 'v,
    {
        self.0.as_indexer()
    }

    fn as_iterable<'b, 'v>(&'b self) -> Option<&'b (dyn Iterable + 'v)>
    where
        Self: 'v,
    {
        self.0.as_iterable()
    }

    fn as_modder<'b, 'v>(&'b self) -> Option<&'b (dyn Modder + 'v)>
    where
        Self: 'v,
    {
        self.0.as_modder()
    }

    fn as_multiplier<'b, 'v>(&'b self) -> Option<&'b (dyn Multiplier + 'v)>
    where
        Self: 'v,
    {
        self.0.as_multiplier()
    }

    fn as_negator<'b, 'v>(&'b self) -> Option<&'b (dyn Negator + 'v)>
    where
        Self: 'v,
    {
        self.0.as_negator()
    }

    fn as_sizer(&self) -> Option<&dyn Sizer> {
        self.0.as_sizer()
    }

    fn as_subtractor<'b, 'v>(&'b self) -> Option<&'b (dyn Subtractor + 'v)>
    where
        Self: 'v,
    {
        self.0.as_subtractor()
    }

    fn as_zeroer(&self) -> Option<&dyn Zeroer> {
        self.0.as_zeroer()
    }

    fn equals(&self, other: &dyn Val) -> bool {
        self.0.equals(other)
    }

    fn clone_as_boxed<'v>(&self) -> Box<dyn Val + 'v>
    where
        Self: 'v,
    {
        Box::new(self.clone())
    }

    fn as_builtin<'b, 'v>(&'b self) -> BuiltinRef<'b, 'v>
    where
        Self: 'v,
    {
        self.0.as_builtin()
    }

    fn into_builtin<'v>(self: Box<Self>) -> Option<Builtin<'v>>
    where
        Self: 'v,
    {
        self.0.clone_as_boxed().into_builtin()
    }
}

/// The five variables of one evaluation, looked up by name without going
/// through the context's own variable table. Each is built the first time a
/// condition reads it: a counter about the event type alone never builds
/// the signals, labels or counters.
pub(crate) struct Vars<'a> {
    rules: &'a RuleSet,
    input: EvalInput<'a>,
    event: OnceLock<V<'a>>,
    /// The signals, shared by `signals` and the per-kind lists.
    shared: OnceLock<Vec<Shared<'a>>>,
    signals: OnceLock<V<'a>>,
    /// The signals again, by kind, in the order of `SIGNAL_KINDS`.
    by_kind: [OnceLock<V<'a>>; SIGNAL_KINDS.len()],
    labels: OnceLock<V<'a>>,
    counters: OnceLock<V<'a>>,
    now: OnceLock<V<'a>>,
}

impl<'a> Vars<'a> {
    pub(crate) fn new(rules: &'a RuleSet, input: &EvalInput<'a>) -> Self {
        Vars {
            rules,
            input: *input,
            event: OnceLock::new(),
            shared: OnceLock::new(),
            signals: OnceLock::new(),
            by_kind: Default::default(),
            labels: OnceLock::new(),
            counters: OnceLock::new(),
            now: OnceLock::new(),
        }
    }

    fn shared(&self) -> &Vec<Shared<'a>> {
        self.shared.get_or_init(|| {
            self.input
                .signals
                .iter()
                .map(|x| Shared(Arc::from(signal(x))))
                .collect()
        })
    }

    fn labels(&self) -> V<'a> {
        let l = self.input.labels;
        boxed(map([
            ("actor", strings(&l.actor)),
            ("conversation", strings(&l.conversation)),
            ("subject", strings(&l.subject)),
            ("recipient", strings(&l.recipient)),
        ]))
    }

    fn counters(&self) -> V<'a> {
        let input = &self.input;
        let mut counters = HashMap::with_capacity(self.rules.counters.len() + input.counters.len());
        for c in &self.rules.counters {
            counters.insert(CelMapKey::from(c.name.as_str()), int(0));
        }
        for (name, value) in input.counters {
            counters.insert(CelMapKey::from(name.as_str()), int(*value));
        }
        Box::new(CelMap::from(counters))
    }

    fn of_kind(&self, i: usize) -> V<'a> {
        let kind = SIGNAL_KINDS[i];
        list(
            self.input
                .signals
                .iter()
                .zip(self.shared())
                .filter(|(sig, _)| sig.kind() == kind)
                .map(|(_, v)| Box::new(v.clone()) as V<'a>),
        )
    }
}

impl VariableResolver for Vars<'_> {
    fn resolve<'b>(&'b self, variable: &str) -> Option<CowVal<'b, 'b>> {
        let v: &'b (dyn Val + 'b) = match variable {
            "event" => self
                .event
                .get_or_init(|| event(self.input.envelope))
                .as_ref(),
            "signals" => self
                .signals
                .get_or_init(|| list(self.shared().iter().map(|v| Box::new(v.clone()) as V<'_>)))
                .as_ref(),
            "labels" => self.labels.get_or_init(|| self.labels()).as_ref(),
            "counters" => self.counters.get_or_init(|| self.counters()).as_ref(),
            "now" => self.now.get_or_init(|| int(self.input.now)).as_ref(),
            _ => {
                let kind = variable.strip_prefix("@signals.")?;
                let i = SIGNAL_KINDS.iter().position(|k| *k == kind)?;
                self.by_kind[i].get_or_init(|| self.of_kind(i)).as_ref()
            }
        };
        Some(CowVal::Borrowed(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cel::Value;

    /// The CEL value as JSON, to compare with what serde makes of the same
    /// core type.
    fn json(v: &Value) -> serde_json::Value {
        match v {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => (*b).into(),
            Value::Int(i) => (*i).into(),
            Value::UInt(u) => (*u).into(),
            Value::Float(f) => (*f).into(),
            Value::String(s) => s.as_str().into(),
            Value::List(l) => l.iter().map(json).collect(),
            Value::Map(m) => m
                .map
                .iter()
                .map(|(k, v)| match k {
                    cel::objects::Key::String(k) => (k.to_string(), json(v)),
                    other => panic!("non-string key {other:?}"),
                })
                .collect::<serde_json::Map<_, _>>()
                .into(),
            other => panic!("unexpected {other:?}"),
        }
    }

    fn to_json(v: &V<'_>) -> serde_json::Value {
        json(&Value::try_from(v.as_ref()).expect("convertible"))
    }

    /// Floats as f32, as the core types hold them.
    fn round_floats(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Number(n) if n.is_f64() => {
                *v = serde_json::json!(n.as_f64().unwrap() as f32);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(round_floats),
            serde_json::Value::Object(o) => o.values_mut().for_each(round_floats),
            _ => {}
        }
    }

    #[test]
    fn events_look_like_their_json() {
        for src in [
            r#"{"id":"e","ts":5,"type":"message","conversation":"c","sender":"s","recipients":["r"],"text":"t","attachments":[{"media_id":"m","pdq_quality":90,"md5":"00000000000000000000000000000000"}],"surface":"group"}"#,
            r#"{"type":"post","post":"p","author":"a","text":"t","surface":"comment"}"#,
            r#"{"type":"profile","account":"a","declared_age":15,"birth_year":2010,"created_at":3,"display_name":"d","bio":"b","links":["l"]}"#,
            r#"{"type":"media","account":"a","media":{"media_id":"m","sha256":"0000000000000000000000000000000000000000000000000000000000000000"}}"#,
            r#"{"type":"report","reporter":"a","subject":"b","reason":"child_sexual_abuse_material","text":"t"}"#,
            r#"{"type":"relationship","from":"a","to":"b","kind":"friend_request"}"#,
        ] {
            let e: Envelope = serde_json::from_str(src).unwrap();
            let mut want = serde_json::to_value(&e).unwrap();
            want["actor"] = e.event.actor().into();
            assert_eq!(to_json(&event(&e)), want, "{src}");
        }
    }

    #[test]
    fn signals_look_like_their_json() {
        for sig in [
            Signal::MediaMatch {
                media_id: "m".into(),
                bank: "b".into(),
                entry: 3,
                signal_type: "pdq".into(),
                distance: 4,
                transform: "orig".into(),
                label: None,
            },
            Signal::MediaError {
                media_id: "m".into(),
                reason: "r".into(),
            },
            Signal::ConversationRisk {
                conversation: "c".into(),
                score: 0.9,
                flagged: true,
                codes: vec!["romance".into()],
                evidence: vec![(1, 2, "romance".into())],
                suspected_sender: Some("s".into()),
            },
            Signal::AccountBehaviour {
                account: "a".into(),
                minors_contacted: 1,
                script_reuse: 2,
                off_platform_conversations: 3,
                adult_minor_conversations: 4,
                reasons: vec!["x".into()],
            },
            Signal::Age {
                account: "a".into(),
                age: 14,
                source: "stated".into(),
            },
        ] {
            let mut got = to_json(&signal(&sig));
            round_floats(&mut got);
            assert_eq!(got, serde_json::to_value(&sig).unwrap(), "{sig:?}");
        }
    }

    #[test]
    fn scores_are_the_decimals_they_stand_for() {
        let v = Value::try_from(score(0.9).as_ref()).unwrap();
        assert_eq!(v, Value::Float(0.9));
    }
}
