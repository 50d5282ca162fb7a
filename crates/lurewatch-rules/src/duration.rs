//! Durations written as `<digits><unit>`: `90s`, `15m`, `24h`, `365d`.

/// Longest window or label TTL a rule file may ask for: ten years.
pub const MAX_DURATION_SECS: u64 = 3650 * 86_400;

/// Parses `30s`, `15m`, `24h` or `7d` into seconds. Zero, negative, fractional,
/// unit-less and over-long (more than ten years) durations are refused.
pub fn parse_duration_secs(s: &str) -> Result<u64, String> {
    let bad =
        || format!("invalid duration `{s}`: expected a number and a unit s, m, h or d, e.g. `24h`");
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
    let (digits, unit) = t.split_at(split);
    if digits.is_empty() || digits.len() > 12 {
        return Err(bad());
    }
    let n: u64 = digits.parse().map_err(|_| bad())?;
    let mult = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return Err(bad()),
    };
    let secs = n.checked_mul(mult).ok_or_else(bad)?;
    if secs == 0 {
        return Err(format!("invalid duration `{s}`: must be longer than zero"));
    }
    if secs > MAX_DURATION_SECS {
        return Err(format!("invalid duration `{s}`: longer than 3650d"));
    }
    Ok(secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(parse_duration_secs("90s"), Ok(90));
        assert_eq!(parse_duration_secs("15m"), Ok(900));
        assert_eq!(parse_duration_secs("24h"), Ok(86_400));
        assert_eq!(parse_duration_secs("365d"), Ok(365 * 86_400));
        for bad in [
            "",
            "h",
            "24",
            "0h",
            "-1h",
            "1.5h",
            "24 h",
            "24hours",
            "1w",
            "3651d",
            "99999999999999d",
        ] {
            assert!(parse_duration_secs(bad).is_err(), "{bad}");
        }
    }
}
