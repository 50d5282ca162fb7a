//! The statistics page, `/console/stats`, and the same figures as
//! `/console/stats.csv` and `/console/stats.json`: what was detected and
//! decided over time, by tactic, by surface, by the targeted accounts' age
//! band, by queue, with reviewer throughput and time to decision. Modelled
//! on the tables of the Federal Human Trafficking Report, for a platform's
//! own data.
//!
//! # Definitions (also in `docs/accountability.md`)
//!
//! * Period: `from` to `to`, whole UTC days, both included (default: the
//!   last 30 days); buckets are UTC days or ISO weeks (Monday first).
//! * **Detected**: an event (by its platform time) whose decision has a
//!   verdict other than `allow`, or a hash-bank match, or a flagged
//!   conversation risk.
//! * **Decided**: a reviewer's decision in the console (by its time), of
//!   kind confirm, dismiss, escalate or ncmec.
//! * **Tactic**: a taxonomy code. *Detected* counts the distinct
//!   conversations whose detected events carry the code in their
//!   conversation-risk signal; *confirmed* counts the cases whose last
//!   decision in the period confirmed it (confirm or ncmec).
//! * **Surface**: the event kind of detected events (message, post,
//!   profile, media, report, relationship).
//! * **Age band** of targeted accounts: the distinct targets of the cases
//!   that detected events or decisions of the period belong to, banded by
//!   the newest age their profile declared (a birth year counts as the
//!   youngest age it allows in the period's last year), else the newest age
//!   a detector signal reported, else `unknown`.
//! * **Queue**: a detected event's first case's queue (`(none)` outside
//!   cases); a decision's queue when it was decided.
//! * **Time to decision**: decision time minus the case's creation; median
//!   and 90th percentile by nearest rank.
//!
//! Child-safety figures (everything from child-safety cases, and the age
//! bands) are computed only for `child_safety` and `admin` users; others get
//! the same page without them, and it says so.
//!
//! Charts are small hand-written SVG (bars), labels escaped; the page
//! embeds them inline (the console's CSP allows no external images).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use lurewatch_core::{Signal, Verdict};
use lurewatch_store::{CaseId, ReviewDecisionKind, ReviewDecisionRecord, StatEvent, Store};
use serde::{Deserialize, Serialize};

use crate::ConsoleState;
use crate::auth::CurrentUser;
use crate::error::ConsoleError;
use crate::ui::{Chrome, format_duration};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;
/// Longest period, in days.
const MAX_DAYS: i64 = 731;
/// Events read per store call.
const PAGE: usize = 5000;
/// Age bands, in display order.
pub const AGE_BANDS: [&str; 5] = ["<13", "13-15", "16-17", "adult", "unknown"];

pub(crate) fn routes() -> Router<ConsoleState> {
    Router::new()
        .route("/stats", get(stats_page))
        .route("/stats.csv", get(stats_csv))
        .route("/stats.json", get(stats_json))
}

// ------------------------------------------------------------------ period

/// Day or ISO week buckets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bucket {
    /// UTC days.
    Day,
    /// ISO weeks, Monday first.
    Week,
}

/// What the figures cover: `[from, to)` in Unix ms, bucketed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First millisecond (a UTC midnight).
    pub from: i64,
    /// The millisecond after the last (a UTC midnight).
    pub to: i64,
    /// Bucket size.
    pub bucket: Bucket,
}

impl Period {
    /// The start of the bucket holding `ts`.
    fn bucket_start(&self, ts: i64) -> i64 {
        let day = ts.div_euclid(DAY_MS);
        match self.bucket {
            Bucket::Day => day * DAY_MS,
            // 1970-01-01 was a Thursday: Monday-aligned weeks start 3 days
            // before multiples of 7 from it.
            Bucket::Week => ((day + 3).div_euclid(7) * 7 - 3) * DAY_MS,
        }
    }

    /// Every bucket start of the period, in order.
    fn buckets(&self) -> Vec<i64> {
        let step = match self.bucket {
            Bucket::Day => DAY_MS,
            Bucket::Week => 7 * DAY_MS,
        };
        let mut starts = Vec::new();
        let mut start = self.bucket_start(self.from);
        while start < self.to {
            starts.push(start);
            start += step;
        }
        starts
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct StatsQuery {
    from: String,
    to: String,
    bucket: String,
}

fn parse_day(name: &str, value: &str) -> Result<i64, ConsoleError> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let day = time::Date::parse(value.trim(), &format)
        .map_err(|_| ConsoleError::BadRequest(format!("{name}: a date as YYYY-MM-DD.")))?;
    Ok(day.midnight().assume_utc().unix_timestamp() * 1000)
}

fn date_of(ms: i64) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .ok()
        .and_then(|t| t.format(&format).ok())
        .unwrap_or_default()
}

fn parse_period(query: &StatsQuery, now: i64) -> Result<Period, ConsoleError> {
    let today = now.div_euclid(DAY_MS) * DAY_MS;
    let to = match query.to.trim() {
        "" => today + DAY_MS,
        value => parse_day("to", value)? + DAY_MS,
    };
    let from = match query.from.trim() {
        "" => to - 30 * DAY_MS,
        value => parse_day("from", value)?,
    };
    if from >= to {
        return Err(ConsoleError::BadRequest(
            "from: must not be after to.".into(),
        ));
    }
    if to - from > MAX_DAYS * DAY_MS {
        return Err(ConsoleError::BadRequest(format!(
            "The period is at most {MAX_DAYS} days."
        )));
    }
    let bucket = match query.bucket.trim() {
        "" | "day" => Bucket::Day,
        "week" => Bucket::Week,
        _ => return Err(ConsoleError::BadRequest("bucket: day or week.".into())),
    };
    Ok(Period { from, to, bucket })
}

// ------------------------------------------------------------------ figures

/// One bucket of the over-time table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeRow {
    /// The bucket's first day, `YYYY-MM-DD`.
    pub start: String,
    /// Detected events.
    pub detected: u64,
    /// Reviewer decisions.
    pub decided: u64,
    /// Of which confirmations (confirm and ncmec).
    pub confirmed: u64,
    /// Of which dismissals.
    pub dismissed: u64,
    /// Median time to decision, ms.
    pub median_ms_to_decision: Option<i64>,
}

/// A tactic (taxonomy code).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TacticRow {
    /// The code.
    pub code: String,
    /// Distinct conversations with detected events showing it.
    pub detected_conversations: u64,
    /// Cases confirmed with it.
    pub confirmed_cases: u64,
}

/// A labelled count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountRow {
    /// What.
    pub label: String,
    /// How many.
    pub count: u64,
}

/// A queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueueRow {
    /// Queue name (`(none)` for detected events outside cases).
    pub queue: String,
    /// Detected events.
    pub detected: u64,
    /// Decisions.
    pub decided: u64,
    /// Confirmations.
    pub confirmed: u64,
    /// Dismissals.
    pub dismissed: u64,
    /// Median time to decision, ms.
    pub median_ms_to_decision: Option<i64>,
}

/// A reviewer's throughput.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewerRow {
    /// Reviewer.
    pub reviewer: String,
    /// Decisions.
    pub decided: u64,
    /// Confirm.
    pub confirmed: u64,
    /// Dismiss.
    pub dismissed: u64,
    /// Escalate.
    pub escalated: u64,
    /// Sent to NCMEC drafting.
    pub ncmec: u64,
    /// Median time to decision, ms.
    pub median_ms_to_decision: Option<i64>,
}

/// Totals of the period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    /// Detected events.
    pub detected: u64,
    /// Decisions.
    pub decided: u64,
    /// Confirmations (confirm and ncmec).
    pub confirmed: u64,
    /// Dismissals.
    pub dismissed: u64,
    /// Median time to decision, ms.
    pub median_ms_to_decision: Option<i64>,
    /// 90th percentile of time to decision, ms.
    pub p90_ms_to_decision: Option<i64>,
}

/// Every figure of the statistics page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// First day, `YYYY-MM-DD`.
    pub from: String,
    /// Last day (included), `YYYY-MM-DD`.
    pub to: String,
    /// Bucket size.
    pub bucket: Bucket,
    /// Whether child-safety figures are included.
    pub child_safety_included: bool,
    /// Totals.
    pub totals: Totals,
    /// Per bucket.
    pub over_time: Vec<TimeRow>,
    /// By tactic, most detected first.
    pub tactics: Vec<TacticRow>,
    /// Detected events by surface.
    pub surfaces: Vec<CountRow>,
    /// Targeted accounts by age band (`None` without child-safety access).
    pub age_bands: Option<Vec<CountRow>>,
    /// By queue.
    pub queues: Vec<QueueRow>,
    /// By reviewer.
    pub reviewers: Vec<ReviewerRow>,
}

/// Nearest-rank percentile of sorted values.
fn percentile(sorted: &[i64], p: u32) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (sorted.len() * p as usize).div_ceil(100).max(1);
    Some(sorted[rank - 1])
}

fn median(values: &mut [i64]) -> Option<i64> {
    values.sort_unstable();
    percentile(values, 50)
}

/// Whether a decided event counts as detected.
fn is_detected(event: &StatEvent) -> bool {
    event.decision.verdict != Verdict::Allow
        || event.decision.signals.iter().any(|signal| match signal {
            Signal::MediaMatch { .. } => true,
            Signal::ConversationRisk { flagged, .. } => *flagged,
            _ => false,
        })
}

fn age_band(age: u32) -> &'static str {
    match age {
        0..=12 => "<13",
        13..=15 => "13-15",
        16..=17 => "16-17",
        _ => "adult",
    }
}

fn is_confirmation(kind: ReviewDecisionKind) -> bool {
    matches!(
        kind,
        ReviewDecisionKind::Confirm | ReviewDecisionKind::Ncmec
    )
}

/// Computes the figures of `period` from the store.
pub async fn compute(
    store: &dyn Store,
    period: Period,
    child_safety: bool,
) -> Result<Stats, ConsoleError> {
    // Detected events.
    let mut detected: Vec<StatEvent> = Vec::new();
    let mut after = 0;
    loop {
        let page = store
            .stat_events(period.from, period.to, after, PAGE)
            .await?;
        let full = page.len() == PAGE;
        if let Some(last) = page.last() {
            after = last.seq;
        }
        detected.extend(page.into_iter().filter(|event| {
            is_detected(event) && (child_safety || !event.cases.iter().any(|c| c.child_safety))
        }));
        if !full {
            break;
        }
    }
    // Reviewer decisions.
    let decisions: Vec<ReviewDecisionRecord> = store
        .review_decisions(period.from)
        .await?
        .into_iter()
        .filter(|d| d.ts < period.to && (child_safety || !d.child_safety))
        .collect();

    let buckets = period.buckets();
    let mut over_time: BTreeMap<i64, (TimeRow, Vec<i64>)> = buckets
        .iter()
        .map(|&start| {
            let row = TimeRow {
                start: date_of(start),
                detected: 0,
                decided: 0,
                confirmed: 0,
                dismissed: 0,
                median_ms_to_decision: None,
            };
            (start, (row, Vec::new()))
        })
        .collect();
    let mut surfaces: BTreeMap<&'static str, u64> = BTreeMap::new();
    let mut tactic_conversations: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut queues: BTreeMap<String, (QueueRow, Vec<i64>)> = BTreeMap::new();
    let new_queue = |queue: &str| {
        (
            QueueRow {
                queue: queue.to_string(),
                detected: 0,
                decided: 0,
                confirmed: 0,
                dismissed: 0,
                median_ms_to_decision: None,
            },
            Vec::new(),
        )
    };
    let mut cases_seen: BTreeSet<CaseId> = BTreeSet::new();
    let mut signal_ages: HashMap<String, (bool, i64, u8)> = HashMap::new();

    for event in &detected {
        if let Some((row, _)) = over_time.get_mut(&period.bucket_start(event.ts)) {
            row.detected += 1;
        }
        *surfaces.entry(event.kind.as_str()).or_default() += 1;
        let queue = event.cases.first().map_or("(none)", |c| c.queue.as_str());
        queues
            .entry(queue.to_string())
            .or_insert_with(|| new_queue(queue))
            .0
            .detected += 1;
        cases_seen.extend(event.cases.iter().map(|c| c.id));
        for signal in &event.decision.signals {
            match signal {
                Signal::ConversationRisk {
                    conversation,
                    codes,
                    ..
                } => {
                    for code in codes {
                        tactic_conversations
                            .entry(code.clone())
                            .or_default()
                            .insert(conversation.clone());
                    }
                }
                Signal::Age {
                    account,
                    age,
                    source,
                } => {
                    // Declared beats stated; then the newest.
                    let key = (source == "declared", event.ts, *age);
                    let slot = signal_ages.entry(account.clone()).or_insert(key);
                    if (key.0, key.1) >= (slot.0, slot.1) {
                        *slot = key;
                    }
                }
                _ => {}
            }
        }
    }

    // Decisions: the last one per case counts for tactics.
    let mut last_per_case: BTreeMap<CaseId, &ReviewDecisionRecord> = BTreeMap::new();
    let mut reviewers: BTreeMap<String, (ReviewerRow, Vec<i64>)> = BTreeMap::new();
    let mut all_times = Vec::new();
    let mut totals = Totals {
        detected: detected.len() as u64,
        decided: 0,
        confirmed: 0,
        dismissed: 0,
        median_ms_to_decision: None,
        p90_ms_to_decision: None,
    };
    for decision in &decisions {
        let took = (decision.ts - decision.case_created).max(0);
        let confirmed = is_confirmation(decision.decision);
        let dismissed = decision.decision == ReviewDecisionKind::Dismiss;
        totals.decided += 1;
        totals.confirmed += u64::from(confirmed);
        totals.dismissed += u64::from(dismissed);
        all_times.push(took);
        if let Some((row, times)) = over_time.get_mut(&period.bucket_start(decision.ts)) {
            row.decided += 1;
            row.confirmed += u64::from(confirmed);
            row.dismissed += u64::from(dismissed);
            times.push(took);
        }
        let (row, times) = queues
            .entry(decision.queue.clone())
            .or_insert_with(|| new_queue(&decision.queue));
        row.decided += 1;
        row.confirmed += u64::from(confirmed);
        row.dismissed += u64::from(dismissed);
        times.push(took);
        let (row, times) = reviewers
            .entry(decision.reviewer.clone())
            .or_insert_with(|| {
                (
                    ReviewerRow {
                        reviewer: decision.reviewer.clone(),
                        decided: 0,
                        confirmed: 0,
                        dismissed: 0,
                        escalated: 0,
                        ncmec: 0,
                        median_ms_to_decision: None,
                    },
                    Vec::new(),
                )
            });
        row.decided += 1;
        match decision.decision {
            ReviewDecisionKind::Confirm => row.confirmed += 1,
            ReviewDecisionKind::Dismiss => row.dismissed += 1,
            ReviewDecisionKind::Escalate => row.escalated += 1,
            ReviewDecisionKind::Ncmec => row.ncmec += 1,
        }
        times.push(took);
        last_per_case.insert(decision.case_id, decision);
        cases_seen.insert(decision.case_id);
    }
    all_times.sort_unstable();
    totals.median_ms_to_decision = percentile(&all_times, 50);
    totals.p90_ms_to_decision = percentile(&all_times, 90);

    // Tactics: detected conversations and confirmed cases per code.
    let mut confirmed_codes: BTreeMap<String, u64> = BTreeMap::new();
    for decision in last_per_case.values() {
        if is_confirmation(decision.decision) {
            for code in &decision.codes {
                *confirmed_codes.entry(code.clone()).or_default() += 1;
            }
        }
    }
    let codes: BTreeSet<&String> = tactic_conversations
        .keys()
        .chain(confirmed_codes.keys())
        .collect();
    let mut tactics: Vec<TacticRow> = codes
        .into_iter()
        .map(|code| TacticRow {
            code: code.clone(),
            detected_conversations: tactic_conversations.get(code).map_or(0, |c| c.len() as u64),
            confirmed_cases: confirmed_codes.get(code).copied().unwrap_or(0),
        })
        .collect();
    tactics.sort_by(|a, b| {
        (b.detected_conversations, b.confirmed_cases, &a.code).cmp(&(
            a.detected_conversations,
            a.confirmed_cases,
            &b.code,
        ))
    });

    // Age bands of the targets of the cases seen (child-safety figure).
    let age_bands = if child_safety {
        let mut targets: BTreeSet<String> = BTreeSet::new();
        for id in &cases_seen {
            if let Some(case) = store.case(*id).await? {
                targets.extend(case.targets);
            }
        }
        let targets: Vec<String> = targets.into_iter().collect();
        let last_year = time::OffsetDateTime::from_unix_timestamp((period.to - 1).div_euclid(1000))
            .map(|t| t.year())
            .unwrap_or(1970);
        let mut declared: HashMap<String, u32> = HashMap::new();
        // Oldest first: later profiles overwrite earlier ones.
        for profile in store.declared_ages(&targets).await? {
            let age = match (profile.declared_age, profile.birth_year) {
                (Some(age), _) => Some(u32::from(age)),
                (None, Some(year)) => u32::try_from(last_year - i32::from(year) - 1).ok(),
                (None, None) => None,
            };
            if let Some(age) = age {
                declared.insert(profile.account.clone(), age);
            }
        }
        let mut counts: BTreeMap<&'static str, u64> = BTreeMap::new();
        for target in &targets {
            let age = declared
                .get(target)
                .copied()
                .or_else(|| signal_ages.get(target).map(|(_, _, age)| u32::from(*age)));
            *counts.entry(age.map_or("unknown", age_band)).or_default() += 1;
        }
        Some(
            AGE_BANDS
                .iter()
                .map(|band| CountRow {
                    label: (*band).to_string(),
                    count: counts.get(band).copied().unwrap_or(0),
                })
                .collect(),
        )
    } else {
        None
    };

    Ok(Stats {
        from: date_of(period.from),
        to: date_of(period.to - DAY_MS),
        bucket: period.bucket,
        child_safety_included: child_safety,
        totals,
        over_time: over_time
            .into_values()
            .map(|(mut row, mut times)| {
                row.median_ms_to_decision = median(&mut times);
                row
            })
            .collect(),
        tactics,
        surfaces: surfaces
            .into_iter()
            .map(|(label, count)| CountRow {
                label: label.to_string(),
                count,
            })
            .collect(),
        age_bands,
        queues: queues
            .into_values()
            .map(|(mut row, mut times)| {
                row.median_ms_to_decision = median(&mut times);
                row
            })
            .collect(),
        reviewers: reviewers
            .into_values()
            .map(|(mut row, mut times)| {
                row.median_ms_to_decision = median(&mut times);
                row
            })
            .collect(),
    })
}

// ------------------------------------------------------------------ CSV

/// One figure: `section,label,metric,value` (the CSV's rows).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    /// `totals`, `over_time`, `tactic`, `surface`, `age_band`, `queue`,
    /// `reviewer`.
    pub section: String,
    /// The row's label (a date, a code, a queue...).
    pub label: String,
    /// The column.
    pub metric: String,
    /// The value; empty when there is none (no decisions for a median).
    pub value: String,
}

impl Stats {
    /// Every figure, in page order.
    pub fn figures(&self) -> Vec<Figure> {
        let mut out = Vec::new();
        let mut push = |section: &str, label: &str, metric: &str, value: String| {
            out.push(Figure {
                section: section.into(),
                label: label.into(),
                metric: metric.into(),
                value,
            });
        };
        let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
        let t = &self.totals;
        let period = format!("{}..{}", self.from, self.to);
        push("totals", &period, "detected", t.detected.to_string());
        push("totals", &period, "decided", t.decided.to_string());
        push("totals", &period, "confirmed", t.confirmed.to_string());
        push("totals", &period, "dismissed", t.dismissed.to_string());
        push(
            "totals",
            &period,
            "median_ms_to_decision",
            opt(t.median_ms_to_decision),
        );
        push(
            "totals",
            &period,
            "p90_ms_to_decision",
            opt(t.p90_ms_to_decision),
        );
        for r in &self.over_time {
            push("over_time", &r.start, "detected", r.detected.to_string());
            push("over_time", &r.start, "decided", r.decided.to_string());
            push("over_time", &r.start, "confirmed", r.confirmed.to_string());
            push("over_time", &r.start, "dismissed", r.dismissed.to_string());
            push(
                "over_time",
                &r.start,
                "median_ms_to_decision",
                opt(r.median_ms_to_decision),
            );
        }
        for r in &self.tactics {
            push(
                "tactic",
                &r.code,
                "detected_conversations",
                r.detected_conversations.to_string(),
            );
            push(
                "tactic",
                &r.code,
                "confirmed_cases",
                r.confirmed_cases.to_string(),
            );
        }
        for r in &self.surfaces {
            push("surface", &r.label, "detected", r.count.to_string());
        }
        for r in self.age_bands.iter().flatten() {
            push(
                "age_band",
                &r.label,
                "targeted_accounts",
                r.count.to_string(),
            );
        }
        for r in &self.queues {
            push("queue", &r.queue, "detected", r.detected.to_string());
            push("queue", &r.queue, "decided", r.decided.to_string());
            push("queue", &r.queue, "confirmed", r.confirmed.to_string());
            push("queue", &r.queue, "dismissed", r.dismissed.to_string());
            push(
                "queue",
                &r.queue,
                "median_ms_to_decision",
                opt(r.median_ms_to_decision),
            );
        }
        for r in &self.reviewers {
            push("reviewer", &r.reviewer, "decided", r.decided.to_string());
            push(
                "reviewer",
                &r.reviewer,
                "confirmed",
                r.confirmed.to_string(),
            );
            push(
                "reviewer",
                &r.reviewer,
                "dismissed",
                r.dismissed.to_string(),
            );
            push(
                "reviewer",
                &r.reviewer,
                "escalated",
                r.escalated.to_string(),
            );
            push("reviewer", &r.reviewer, "ncmec", r.ncmec.to_string());
            push(
                "reviewer",
                &r.reviewer,
                "median_ms_to_decision",
                opt(r.median_ms_to_decision),
            );
        }
        out
    }

    /// The figures as CSV with a header. Cells a spreadsheet would take for
    /// a formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a leading
    /// `'`; numbers are never affected (they are non-negative).
    pub fn to_csv(&self) -> Result<String, ConsoleError> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let fail = |_| ConsoleError::Unavailable("The CSV could not be written.".into());
        writer
            .write_record(["section", "label", "metric", "value"])
            .map_err(fail)?;
        for f in self.figures() {
            writer
                .write_record([
                    f.section.as_str(),
                    &csv_safe(&f.label),
                    f.metric.as_str(),
                    f.value.as_str(),
                ])
                .map_err(fail)?;
        }
        let bytes = writer
            .into_inner()
            .map_err(|_| ConsoleError::Unavailable("The CSV could not be written.".into()))?;
        String::from_utf8(bytes)
            .map_err(|_| ConsoleError::Unavailable("The CSV could not be written.".into()))
    }
}

/// Neutralises spreadsheet formulas in a text cell.
fn csv_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

// ------------------------------------------------------------------ SVG

/// Escapes text for XML content and attribute values.
fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Not allowed in XML 1.0 at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Shortens a label for an axis (the full text is in the bar's `<title>`).
fn short(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_string()
    } else {
        let mut s: String = label.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

/// A vertical column chart of one or two series over buckets.
pub fn column_chart(title: &str, labels: &[String], series: &[(&str, &str, Vec<u64>)]) -> String {
    let (width, height, left, bottom, top) = (720.0_f64, 220.0_f64, 40.0, 40.0, 24.0);
    let max = series
        .iter()
        .flat_map(|(_, _, values)| values.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1);
    let plot_w = width - left - 8.0;
    let plot_h = height - top - bottom;
    let slot = plot_w / labels.len().max(1) as f64;
    let bar = (slot * 0.8 / series.len().max(1) as f64).max(1.0);
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{t}"><title>{t}</title>"#,
        t = xml_escape(title)
    );
    let _ = write!(
        svg,
        r##"<line x1="{left}" y1="{y}" x2="{x2}" y2="{y}" stroke="#888"/><text x="{lx}" y="{ty}" font-size="11" text-anchor="end">{max}</text><text x="{lx}" y="{y}" font-size="11" text-anchor="end">0</text>"##,
        y = top + plot_h,
        x2 = width - 8.0,
        lx = left - 4.0,
        ty = top + 4.0,
    );
    let every = (labels.len() / 12).max(1);
    for (index, label) in labels.iter().enumerate() {
        let x0 = left + slot * index as f64 + slot * 0.1;
        for (s, (name, color, values)) in series.iter().enumerate() {
            let value = values.get(index).copied().unwrap_or(0);
            let h = plot_h * value as f64 / max as f64;
            let _ = write!(
                svg,
                r#"<rect x="{x:.1}" y="{y:.1}" width="{bar:.1}" height="{h:.1}" fill="{color}"><title>{label}: {value} {name}</title></rect>"#,
                x = x0 + bar * s as f64,
                y = top + plot_h - h,
                color = xml_escape(color),
                label = xml_escape(label),
                name = xml_escape(name),
            );
        }
        if index % every == 0 {
            let _ = write!(
                svg,
                r#"<text x="{x:.1}" y="{y}" font-size="10" text-anchor="middle">{text}</text>"#,
                x = x0 + slot * 0.4,
                y = height - bottom + 14.0,
                text = xml_escape(&short(label, 10)),
            );
        }
    }
    // Legend.
    for (s, (name, color, _)) in series.iter().enumerate() {
        let x = left + 140.0 * s as f64;
        let _ = write!(
            svg,
            r#"<rect x="{x}" y="{y}" width="10" height="10" fill="{color}"/><text x="{tx}" y="{ty}" font-size="11">{name}</text>"#,
            y = height - 14.0,
            tx = x + 14.0,
            ty = height - 5.0,
            color = xml_escape(color),
            name = xml_escape(name),
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A horizontal bar chart of labelled counts.
pub fn bar_chart(title: &str, rows: &[(String, u64)]) -> String {
    let (width, row_h, left, top) = (720.0_f64, 20.0_f64, 180.0_f64, 8.0_f64);
    let height = top * 2.0 + row_h * rows.len().max(1) as f64;
    let max = rows.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let plot_w = width - left - 60.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{t}"><title>{t}</title>"#,
        t = xml_escape(title)
    );
    for (index, (label, value)) in rows.iter().enumerate() {
        let y = top + row_h * index as f64;
        let w = plot_w * *value as f64 / max as f64;
        let _ = write!(
            svg,
            r##"<text x="{tx}" y="{ty:.1}" font-size="11" text-anchor="end">{short}</text><rect x="{left}" y="{ry:.1}" width="{w:.1}" height="{h:.1}" fill="#3b6ea5"><title>{label}: {value}</title></rect><text x="{vx:.1}" y="{ty:.1}" font-size="11">{value}</text>"##,
            tx = left - 6.0,
            ty = y + row_h * 0.7,
            ry = y + 2.0,
            h = row_h - 4.0,
            vx = left + w + 4.0,
            short = xml_escape(&short(label, 28)),
            label = xml_escape(label),
        );
    }
    svg.push_str("</svg>");
    svg
}

// ------------------------------------------------------------------ handlers

#[derive(Template)]
#[template(path = "stats.html")]
struct StatsPage {
    chrome: Chrome,
    stats: Stats,
    query: String,
    bucket_week: bool,
    over_time_chart: String,
    tactic_chart: String,
    surface_chart: String,
    age_chart: Option<String>,
}

impl StatsPage {
    fn duration(&self, ms: &Option<i64>) -> String {
        ms.map_or_else(|| "–".to_string(), format_duration)
    }
}

async fn figures_for(
    state: &ConsoleState,
    user: &CurrentUser,
    query: &StatsQuery,
) -> Result<(Stats, Period), ConsoleError> {
    let period = parse_period(query, crate::now_ms())?;
    let stats = compute(state.store.as_ref(), period, user.sees_child_safety()).await?;
    Ok((stats, period))
}

async fn stats_page(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Query(query): Query<StatsQuery>,
) -> Result<Response, ConsoleError> {
    let (stats, period) = figures_for(&state, &user, &query).await?;
    let labels: Vec<String> = stats.over_time.iter().map(|r| r.start.clone()).collect();
    let over_time_chart = column_chart(
        "Detected events and reviewer decisions over time",
        &labels,
        &[
            (
                "detected",
                "#3b6ea5",
                stats.over_time.iter().map(|r| r.detected).collect(),
            ),
            (
                "decided",
                "#c07a2c",
                stats.over_time.iter().map(|r| r.decided).collect(),
            ),
        ],
    );
    let tactic_chart = bar_chart(
        "Conversations detected by tactic",
        &stats
            .tactics
            .iter()
            .map(|r| (r.code.clone(), r.detected_conversations))
            .collect::<Vec<_>>(),
    );
    let surface_chart = bar_chart(
        "Detected events by surface",
        &stats
            .surfaces
            .iter()
            .map(|r| (r.label.clone(), r.count))
            .collect::<Vec<_>>(),
    );
    let age_chart = stats.age_bands.as_ref().map(|bands| {
        bar_chart(
            "Targeted accounts by age band",
            &bands
                .iter()
                .map(|r| (r.label.clone(), r.count))
                .collect::<Vec<_>>(),
        )
    });
    let query_string = serde_urlencoded::to_string([
        ("from", stats.from.as_str()),
        ("to", stats.to.as_str()),
        (
            "bucket",
            if period.bucket == Bucket::Week {
                "week"
            } else {
                "day"
            },
        ),
    ])
    .unwrap_or_default();
    crate::ui::page(&StatsPage {
        chrome: Chrome::new(&user, "stats"),
        query: query_string,
        bucket_week: period.bucket == Bucket::Week,
        over_time_chart,
        tactic_chart,
        surface_chart,
        age_chart,
        stats,
    })
}

async fn stats_csv(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Query(query): Query<StatsQuery>,
) -> Result<Response, ConsoleError> {
    let (stats, _) = figures_for(&state, &user, &query).await?;
    let csv = stats.to_csv()?;
    Ok((
        crate::ui::no_store(),
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"lurewatch-stats-{}-{}.csv\"",
                    stats.from, stats.to
                ),
            ),
        ],
        csv,
    )
        .into_response())
}

async fn stats_json(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Query(query): Query<StatsQuery>,
) -> Result<Response, ConsoleError> {
    let (stats, _) = figures_for(&state, &user, &query).await?;
    Ok((crate::ui::no_store(), axum::Json(stats)).into_response())
}

#[cfg(test)]
mod tests {
    use axum::http::StatusCode;
    use lurewatch_core::{Decision, EventKind};
    use lurewatch_store::{CaseUpdate, NewEvent, NewReviewDecision, Role};
    use serde_json::json;

    use super::*;
    use crate::audit::test_support::TestConsole;

    /// 2026-05-01T10:00:00Z.
    const T0: i64 = 1_777_629_600_000;
    const HOUR: i64 = 3_600_000;

    fn event(kind: EventKind, actor: &str, conversation: Option<&str>, ts: i64) -> NewEvent {
        let envelope = match kind {
            EventKind::Profile => json!({"type": "profile", "account": actor}),
            _ => json!({"type": kind.as_str(), "sender": actor, "text": "asks for photos"}),
        };
        NewEvent {
            dedupe_key: None,
            kind,
            actor: actor.into(),
            conversation: conversation.map(str::to_string),
            ts,
            received: ts,
            envelope,
        }
    }

    fn risk(conversation: &str, codes: &[&str]) -> Signal {
        Signal::ConversationRisk {
            conversation: conversation.into(),
            score: 0.9,
            flagged: true,
            codes: codes.iter().map(|c| c.to_string()).collect(),
            evidence: vec![],
            suspected_sender: None,
        }
    }

    fn decided(verdict: Verdict, signals: Vec<Signal>) -> Decision {
        Decision {
            verdict,
            signals,
            ..Decision::default()
        }
    }

    /// See the expectations in `figures_on_a_seeded_store_are_exact`.
    async fn seed(console: &TestConsole) {
        let store = &console.store;
        let mut profile_t1 = event(EventKind::Profile, "t1", None, T0 - 20 * DAY_MS);
        profile_t1.envelope["birth_year"] = json!(2010);
        let mut profile_t2 = event(EventKind::Profile, "t2", None, T0 - 20 * DAY_MS);
        profile_t2.envelope["declared_age"] = json!(30);
        let seqs: Vec<i64> = store
            .append_events(&[
                event(EventKind::Message, "u1", Some("c1"), T0),
                event(EventKind::Message, "u1", Some("c1"), T0 + DAY_MS),
                event(EventKind::Post, "u2", None, T0 + DAY_MS),
                event(EventKind::Media, "u3", None, T0 + 2 * DAY_MS),
                event(EventKind::Message, "u4", Some("c2"), T0 - 10 * DAY_MS),
                profile_t1,
                profile_t2,
            ])
            .await
            .unwrap()
            .iter()
            .map(|a| a.seq())
            .collect();
        let media_match = Signal::MediaMatch {
            media_id: "m1".into(),
            bank: "known".into(),
            entry: 1,
            signal_type: "pdq".into(),
            distance: 3,
            transform: "orig".into(),
            label: None,
        };
        let stated_12 = Signal::Age {
            account: "t1".into(),
            age: 12,
            source: "stated".into(),
        };
        store
            .record_decisions(&[
                (
                    seqs[0],
                    decided(Verdict::Review, vec![risk("c1", &["GRM.TRUST"]), stated_12]),
                ),
                (
                    seqs[1],
                    decided(
                        Verdict::Block,
                        vec![risk("c1", &["GRM.TRUST", "GRM.ISOLATE"])],
                    ),
                ),
                (seqs[2], decided(Verdict::Allow, vec![])),
                (seqs[3], decided(Verdict::Allow, vec![media_match])),
                (
                    seqs[4],
                    decided(Verdict::Block, vec![risk("c2", &["RCT.JOB"])]),
                ),
            ])
            .await
            .unwrap();
        let case = |subject: &str, seq: i64, queue: &str, targets: &[&str], child_safety, now| {
            CaseUpdate {
                subject: subject.into(),
                queue: queue.into(),
                priority: 1,
                event_seq: seq,
                targets: targets.iter().map(|t| t.to_string()).collect(),
                child_safety,
                now,
            }
        };
        let a = store
            .upsert_case(&case("u1", seqs[0], "grooming", &["t1"], true, T0))
            .await
            .unwrap();
        store
            .upsert_case(&case("u1", seqs[1], "grooming", &["t1"], true, T0 + DAY_MS))
            .await
            .unwrap();
        let b = store
            .upsert_case(&case(
                "u3",
                seqs[3],
                "media",
                &["t2", "t3"],
                false,
                T0 + 2 * DAY_MS,
            ))
            .await
            .unwrap();
        console.login("rev", Role::Admin).await;
        console.login("rev2", Role::Admin).await;
        for (case_id, reviewer, kind, codes, ts) in [
            (
                a,
                "rev",
                ReviewDecisionKind::Confirm,
                vec!["GRM.ISOLATE"],
                T0 + DAY_MS + 2 * HOUR,
            ),
            (
                b,
                "rev2",
                ReviewDecisionKind::Dismiss,
                vec![],
                T0 + 2 * DAY_MS + HOUR,
            ),
        ] {
            store.claim_case(case_id, reviewer, ts).await.unwrap();
            store
                .record_review_decision(&NewReviewDecision {
                    case_id,
                    reviewer: reviewer.into(),
                    decision: kind,
                    action: (kind == ReviewDecisionKind::Confirm).then(|| "suspend".to_string()),
                    codes: codes.into_iter().map(String::from).collect(),
                    note: None,
                    ts,
                })
                .await
                .unwrap();
        }
    }

    fn period() -> Period {
        Period {
            from: parse_day("from", "2026-05-01").unwrap(),
            to: parse_day("to", "2026-05-14").unwrap() + DAY_MS,
            bucket: Bucket::Day,
        }
    }

    #[tokio::test]
    async fn figures_on_a_seeded_store_are_exact() {
        let console = TestConsole::new().await;
        seed(&console).await;
        let stats = compute(console.store.as_ref(), period(), true)
            .await
            .unwrap();
        assert_eq!(
            (stats.from.as_str(), stats.to.as_str()),
            ("2026-05-01", "2026-05-14")
        );
        assert_eq!(
            stats.totals,
            Totals {
                detected: 3,
                decided: 2,
                confirmed: 1,
                dismissed: 1,
                median_ms_to_decision: Some(HOUR),
                p90_ms_to_decision: Some(26 * HOUR),
            }
        );
        assert_eq!(stats.over_time.len(), 14);
        let day = |i: usize| {
            let r = &stats.over_time[i];
            (
                r.start.as_str(),
                r.detected,
                r.decided,
                r.confirmed,
                r.dismissed,
                r.median_ms_to_decision,
            )
        };
        assert_eq!(day(0), ("2026-05-01", 1, 0, 0, 0, None));
        assert_eq!(day(1), ("2026-05-02", 1, 1, 1, 0, Some(26 * HOUR)));
        assert_eq!(day(2), ("2026-05-03", 1, 1, 0, 1, Some(HOUR)));
        assert!(
            stats.over_time[3..]
                .iter()
                .all(|r| r.detected == 0 && r.decided == 0)
        );
        let tactics: Vec<(&str, u64, u64)> = stats
            .tactics
            .iter()
            .map(|t| (t.code.as_str(), t.detected_conversations, t.confirmed_cases))
            .collect();
        assert_eq!(tactics, vec![("GRM.ISOLATE", 1, 1), ("GRM.TRUST", 1, 0)]);
        let surfaces: Vec<(&str, u64)> = stats
            .surfaces
            .iter()
            .map(|r| (r.label.as_str(), r.count))
            .collect();
        assert_eq!(surfaces, vec![("media", 1), ("message", 2)]);
        let bands: Vec<(&str, u64)> = stats
            .age_bands
            .as_ref()
            .unwrap()
            .iter()
            .map(|r| (r.label.as_str(), r.count))
            .collect();
        // t1: born 2010 → 15 at the youngest in 2026 (beats the stated 12);
        // t2: declared 30; t3: nothing known.
        assert_eq!(
            bands,
            vec![
                ("<13", 0),
                ("13-15", 1),
                ("16-17", 0),
                ("adult", 1),
                ("unknown", 1)
            ]
        );
        type QueueFigures<'a> = (&'a str, u64, u64, u64, u64, Option<i64>);
        let queues: Vec<QueueFigures> = stats
            .queues
            .iter()
            .map(|q| {
                (
                    q.queue.as_str(),
                    q.detected,
                    q.decided,
                    q.confirmed,
                    q.dismissed,
                    q.median_ms_to_decision,
                )
            })
            .collect();
        assert_eq!(
            queues,
            vec![
                ("grooming", 2, 1, 1, 0, Some(26 * HOUR)),
                ("media", 1, 1, 0, 1, Some(HOUR))
            ]
        );
        let reviewers: Vec<(&str, u64, u64, u64)> = stats
            .reviewers
            .iter()
            .map(|r| (r.reviewer.as_str(), r.decided, r.confirmed, r.dismissed))
            .collect();
        assert_eq!(reviewers, vec![("rev", 1, 1, 0), ("rev2", 1, 0, 1)]);

        // Weekly: 2026-04-27 (Mon) .. 2026-05-11.
        let weekly = compute(
            console.store.as_ref(),
            Period {
                bucket: Bucket::Week,
                ..period()
            },
            true,
        )
        .await
        .unwrap();
        let weeks: Vec<(&str, u64, u64)> = weekly
            .over_time
            .iter()
            .map(|r| (r.start.as_str(), r.detected, r.decided))
            .collect();
        assert_eq!(
            weeks,
            vec![
                ("2026-04-27", 3, 2),
                ("2026-05-04", 0, 0),
                ("2026-05-11", 0, 0)
            ]
        );
    }

    #[tokio::test]
    async fn reviewers_get_no_child_safety_figures() {
        let console = TestConsole::new().await;
        seed(&console).await;
        let stats = compute(console.store.as_ref(), period(), false)
            .await
            .unwrap();
        assert!(!stats.child_safety_included);
        assert_eq!(stats.age_bands, None);
        assert_eq!((stats.totals.detected, stats.totals.decided), (1, 1));
        assert!(stats.tactics.is_empty());
        assert_eq!(
            stats
                .queues
                .iter()
                .map(|q| q.queue.as_str())
                .collect::<Vec<_>>(),
            vec!["media"]
        );
        assert_eq!(stats.reviewers.len(), 1);
        assert!(!stats.figures().iter().any(|f| f.section == "age_band"));

        let reviewer = console.login("rita", Role::Reviewer).await;
        let (status, _, body) = console
            .get("/stats?from=2026-05-01&to=2026-05-14", Some(&reviewer))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("left out here"));
        assert!(!body.contains("by age band"));
        assert!(!body.contains("grooming"));
        let (_, _, json) = console
            .get("/stats.json?from=2026-05-01&to=2026-05-14", Some(&reviewer))
            .await;
        let parsed: Stats = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed, stats);
        // Not logged in: no figures at all.
        let (status, _, _) = console.get("/stats.json", None).await;
        assert!(
            status.is_redirection() || status == StatusCode::UNAUTHORIZED,
            "{status}"
        );
    }

    #[tokio::test]
    async fn page_csv_and_json_agree() {
        let console = TestConsole::new().await;
        seed(&console).await;
        let admin = console.login("adam", Role::Admin).await;
        let q = "from=2026-05-01&to=2026-05-14";
        let (status, content_type, json) =
            console.get(&format!("/stats.json?{q}"), Some(&admin)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(content_type.starts_with("application/json"));
        let from_json: Stats = serde_json::from_str(&json).unwrap();
        let direct = compute(console.store.as_ref(), period(), true)
            .await
            .unwrap();
        assert_eq!(from_json, direct);

        let (status, content_type, csv_text) =
            console.get(&format!("/stats.csv?{q}"), Some(&admin)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(content_type.starts_with("text/csv"));
        let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
        let rows: Vec<Figure> = reader.deserialize().collect::<Result<_, _>>().unwrap();
        assert_eq!(rows, from_json.figures());
        assert!(rows.contains(&Figure {
            section: "age_band".into(),
            label: "13-15".into(),
            metric: "targeted_accounts".into(),
            value: "1".into(),
        }));
        assert!(rows.contains(&Figure {
            section: "totals".into(),
            label: "2026-05-01..2026-05-14".into(),
            metric: "p90_ms_to_decision".into(),
            value: (26 * HOUR).to_string(),
        }));

        let (status, _, page) = console
            .get(&format!("/stats?{q}&bucket=week"), Some(&admin))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            page.matches("<svg").count(),
            4,
            "over time, tactics, surfaces, age"
        );
        assert!(page.contains("Targeted accounts by age band"));
        assert!(page.contains("2026-04-27"));

        for bad in [
            "/stats?from=2026-05-10&to=2026-05-01",
            "/stats?from=yesterday",
            "/stats?bucket=month",
            "/stats.csv?from=2020-01-01&to=2026-01-01",
        ] {
            let (status, _, _) = console.get(bad, Some(&admin)).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        }
    }

    /// Parses an SVG with quick-xml; the text content of every element.
    fn parse_svg(svg: &str) -> Vec<String> {
        let mut reader = quick_xml::Reader::from_str(svg);
        let mut texts = Vec::new();
        let mut depth = 0i32;
        loop {
            match reader.read_event().expect("well-formed SVG") {
                quick_xml::events::Event::Start(_) => depth += 1,
                quick_xml::events::Event::End(_) => depth -= 1,
                quick_xml::events::Event::Text(t) => {
                    let raw = t.decode().unwrap().into_owned();
                    texts.push(quick_xml::escape::unescape(&raw).unwrap().into_owned());
                }
                quick_xml::events::Event::GeneralRef(r) => {
                    // quick-xml reports entities apart from text.
                    let name = String::from_utf8(r.to_vec()).unwrap();
                    let entity = format!("&{name};");
                    texts.push(quick_xml::escape::unescape(&entity).unwrap().into_owned());
                }
                quick_xml::events::Event::Eof => break,
                _ => {}
            }
            assert!(depth >= 0);
        }
        assert_eq!(depth, 0, "every element closed");
        texts
    }

    #[test]
    fn charts_are_well_formed_and_escape_labels() {
        let hostile = "<script>alert('x')</script> & \"q\" \u{1} \u{202E}";
        let bars = bar_chart(
            "Bars & <stuff>",
            &[(hostile.to_string(), 3), ("GRM.TRUST".to_string(), 0)],
        );
        assert!(!bars.contains("<script>"));
        let text = parse_svg(&bars).concat();
        assert!(
            text.contains("<script>alert('x')</script> & \"q\""),
            "{text}"
        );
        assert!(text.contains("Bars & <stuff>"));
        let columns = column_chart(
            "Over time",
            &["2026-05-01".to_string(), hostile.to_string()],
            &[
                ("detected", "#3b6ea5", vec![1, 5]),
                ("decided <", "#c07a2c", vec![0, 2]),
            ],
        );
        assert!(!columns.contains("<script>"));
        let text = parse_svg(&columns).concat();
        assert!(text.contains("decided <"));
        // Empty inputs still give a valid picture.
        parse_svg(&bar_chart("none", &[]));
        parse_svg(&column_chart("none", &[], &[]));
    }

    #[test]
    fn percentiles_and_buckets() {
        assert_eq!(percentile(&[], 50), None);
        assert_eq!(percentile(&[5], 90), Some(5));
        assert_eq!(percentile(&[1, 2, 3, 4], 50), Some(2));
        assert_eq!(percentile(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90), Some(9));
        let p = Period {
            from: 0,
            to: 14 * DAY_MS,
            bucket: Bucket::Week,
        };
        // 1970-01-01 was a Thursday: its week began on Monday 1969-12-29.
        assert_eq!(date_of(p.bucket_start(0)), "1969-12-29");
        assert_eq!(p.buckets().len(), 3);
        assert_eq!(age_band(12), "<13");
        assert_eq!(age_band(13), "13-15");
        assert_eq!(age_band(17), "16-17");
        assert_eq!(age_band(18), "adult");
        assert_eq!(csv_safe("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_safe("grooming"), "grooming");
    }
}
