//! Hash banks behind the API: import into the store, (re)build the
//! in-memory index, enable and disable without rebuilding.

use std::collections::HashMap;
use std::sync::Arc;

use lurewatch_match::import::{
    HexKind, ImportOptions, ImportReport, parse_hex_lines, parse_ncmec_xml, parse_pdq_csv,
    parse_threatexchange_json, parse_threatexchange_lines,
};
use lurewatch_match::{Bank, Entry, EntryMeta, EntryRef, SignalType, SignalValue};
use lurewatch_store::{BankEntryRecord, Store, StoreError};
use serde::Serialize;

use crate::detectors::MediaDetector;
use crate::error::ApiError;
use crate::pipeline::now_ms;
use crate::server::AppState;

/// The in-memory index with the store ids of its entries.
pub struct LoadedBanks {
    /// The detector over every bank.
    pub detector: MediaDetector,
    /// Store entry id → catalog id.
    pub ids: HashMap<i64, u32>,
}

/// Builds the index from every bank in the store.
pub async fn load(
    store: &dyn Store,
    limits: lurewatch_media::Limits,
) -> Result<LoadedBanks, StoreError> {
    let mut banks = Vec::new();
    let mut positions: Vec<(i64, usize, usize)> = Vec::new();
    for rec in store.banks().await? {
        let Ok(mut bank) = Bank::new(&rec.name) else {
            continue;
        };
        let _ = bank.set_max_distance(rec.max_distance);
        bank.set_enabled(rec.enabled);
        for e in store.bank_entries(&rec.name).await? {
            let ty = match e.signal_type.as_str() {
                "pdq" => SignalType::Pdq,
                "md5" => SignalType::Md5,
                "sha256" => SignalType::Sha256,
                _ => continue,
            };
            let Ok(value) = SignalValue::parse_hex(ty, &e.value) else {
                continue;
            };
            let meta = EntryMeta {
                source: e.source.clone(),
                label: e.label.clone(),
                added: e.added,
                enabled: e.enabled,
                quality: e.quality,
                ..EntryMeta::default()
            };
            let (index, _) = bank.add(Entry { value, meta });
            if let Some(id) = e.id {
                positions.push((id, banks.len(), index));
            }
        }
        banks.push(bank);
    }
    let detector =
        MediaDetector::new(banks, limits).map_err(|e| StoreError::Invalid(e.to_string()))?;
    let catalog = detector.matcher().catalog().clone();
    let ids = positions
        .into_iter()
        .filter_map(|(sid, bank, index)| catalog.id(EntryRef { bank, index }).map(|c| (sid, c)))
        .collect();
    Ok(LoadedBanks { detector, ids })
}

/// What an import did.
#[derive(Serialize)]
pub struct ImportSummary {
    /// Bank name.
    pub bank: String,
    /// Entries parsed.
    pub parsed: usize,
    /// New entries stored.
    pub inserted: u64,
    /// Duplicates within the file.
    pub duplicates: usize,
    /// Entries of unsupported signal types skipped.
    pub unsupported: usize,
    /// Bad lines (line number and reason, never the content).
    pub bad_lines: Vec<lurewatch_match::BadLine>,
    /// All bad lines, counted.
    pub bad_line_count: usize,
}

/// Imports a bank file in one of the field's formats, then rebuilds the index.
pub async fn import(
    s: &Arc<AppState>,
    bank: &str,
    format: &str,
    source: Option<&str>,
    body: &[u8],
) -> Result<ImportSummary, ApiError> {
    let name = lurewatch_match::normalize_bank_name(bank)
        .map_err(|e| ApiError::field("name", e.to_string()))?;
    if !s
        .store
        .banks()
        .await
        .map_err(|_| ApiError::internal())?
        .iter()
        .any(|b| b.name == name)
    {
        return Err(ApiError::not_found(format!(
            "no bank {name}; create it first"
        )));
    }
    let opts = ImportOptions {
        source: source.unwrap_or("api").to_string(),
        added: now_ms() / 1000,
        ..ImportOptions::default()
    };
    let report: ImportReport = match format {
        "auto" | "hex" => parse_hex_lines(body, HexKind::Auto, &opts),
        "csv" => parse_pdq_csv(body, &opts),
        "te" => parse_threatexchange_lines(body, HexKind::Auto, &opts),
        "te-json" => parse_threatexchange_json(body, &opts),
        "ncmec" => parse_ncmec_xml(body, &opts),
        _ => {
            return Err(ApiError::field(
                "format",
                "must be hex, csv, te, te-json or ncmec",
            ));
        }
    }
    .map_err(|e| ApiError::field("body", e.to_string()))?;
    let records: Vec<BankEntryRecord> = report
        .entries
        .iter()
        .map(|e| BankEntryRecord {
            id: None,
            signal_type: e.signal_type().name().to_string(),
            value: e.value.to_hex(),
            source: e.meta.source.clone(),
            label: e.meta.label.clone(),
            added: e.meta.added,
            enabled: true,
            quality: e.meta.quality,
        })
        .collect();
    let inserted = s
        .store
        .add_bank_entries(&name, &records)
        .await
        .map_err(|_| ApiError::internal())?;
    rebuild(s).await?;
    Ok(ImportSummary {
        bank: name,
        parsed: report.entries.len(),
        inserted,
        duplicates: report.duplicates,
        unsupported: report.unsupported,
        bad_lines: report.bad_lines,
        bad_line_count: report.bad_line_count,
    })
}

/// Rebuilds the index from the store and swaps it in.
pub async fn rebuild(s: &Arc<AppState>) -> Result<(), ApiError> {
    let loaded = load(s.store.as_ref(), lurewatch_media::Limits::default())
        .await
        .map_err(|_| ApiError::internal())?;
    *s.shared.media.write().map_err(|_| ApiError::internal())? = Arc::new(loaded.detector);
    *s.entry_ids.write().map_err(|_| ApiError::internal())? = loaded.ids;
    Ok(())
}

/// Enables or disables a whole bank: stored, and applied to the live index
/// at once (no rebuild).
pub async fn set_bank_enabled(
    s: &Arc<AppState>,
    bank: &str,
    enabled: bool,
) -> Result<(), ApiError> {
    let name = lurewatch_match::normalize_bank_name(bank)
        .map_err(|e| ApiError::field("name", e.to_string()))?;
    s.store
        .set_bank_enabled(&name, enabled)
        .await
        .map_err(|e| match e {
            StoreError::NotFound(w) => ApiError::not_found(w),
            _ => ApiError::internal(),
        })?;
    let media = s
        .shared
        .media
        .read()
        .map_err(|_| ApiError::internal())?
        .clone();
    media
        .matcher()
        .catalog()
        .set_bank_enabled(&name, enabled)
        .map_err(|e| ApiError::not_found(e.to_string()))?;
    Ok(())
}

/// Enables or disables one entry: stored, and applied to the live index at once.
pub async fn set_entry_enabled(s: &Arc<AppState>, id: i64, enabled: bool) -> Result<(), ApiError> {
    s.store
        .set_entry_enabled(id, enabled)
        .await
        .map_err(|e| match e {
            StoreError::NotFound(w) => ApiError::not_found(w),
            _ => ApiError::internal(),
        })?;
    let catalog_id = s
        .entry_ids
        .read()
        .map_err(|_| ApiError::internal())?
        .get(&id)
        .copied();
    if let Some(cid) = catalog_id {
        let media = s
            .shared
            .media
            .read()
            .map_err(|_| ApiError::internal())?
            .clone();
        media.matcher().catalog().set_id_enabled(cid, enabled);
    }
    Ok(())
}
