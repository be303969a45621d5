//! Days as the app keeps them (`YYYY-MM-DD`): counting back, and writing them in words.
use super::messages::{Lang, Msg};

/// `day` moved back by `days` (both `YYYY-MM-DD`), for "since a month ago".
pub fn days_before(day: &str, days: i64) -> Option<String> {
    let (y, m, d) = civil_from_days(day_number(day)? - days);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Whole days from `from` to `to` (both `YYYY-MM-DD`).
pub fn days_between(from: &str, to: &str) -> Option<i64> {
    Some(day_number(to)? - day_number(from)?)
}

/// Whole days since 1970-01-01 of a `YYYY-MM-DD` day.
fn day_number(day: &str) -> Option<i64> {
    let mut parts = day.splitn(3, '-').map(str::parse::<i64>);
    let (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| days_from_civil(y, m, d))
}

// Howard Hinnant's date algorithms: whole days since 1970-01-01, proleptic Gregorian.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// `2026-11-12` as "12 November 2026"; anything else is shown as it is.
pub fn long_day(day: &str, lang: Lang) -> String {
    const MONTHS: [Msg; 12] = [
        Msg::Month1,
        Msg::Month2,
        Msg::Month3,
        Msg::Month4,
        Msg::Month5,
        Msg::Month6,
        Msg::Month7,
        Msg::Month8,
        Msg::Month9,
        Msg::Month10,
        Msg::Month11,
        Msg::Month12,
    ];
    let mut parts = day.splitn(3, '-');
    let (Some(year), Some(month), Some(date)) = (parts.next(), parts.next(), parts.next()) else {
        return day.to_owned();
    };
    match (month.parse::<usize>(), date.parse::<u8>()) {
        (Ok(month @ 1..=12), Ok(date)) => format!("{date} {} {year}", MONTHS[month - 1].text(lang)),
        _ => day.to_owned(),
    }
}

/// `2026-11` as "November 2026".
pub fn long_month(month: &str, lang: Lang) -> String {
    let day = long_day(&format!("{month}-01"), lang);
    match day.split_once(' ') {
        Some((_, month)) => month.to_owned(),
        None => day,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_days_back_across_months_and_leap_years() {
        assert_eq!(days_before("2026-11-22", 30).as_deref(), Some("2026-10-23"));
        assert_eq!(days_before("2024-03-01", 1).as_deref(), Some("2024-02-29"));
        assert_eq!(days_before("2026-01-05", 10).as_deref(), Some("2025-12-26"));
        assert_eq!(days_before("not a day", 1), None);
    }

    #[test]
    fn writes_days_in_words() {
        assert_eq!(long_day("2026-11-02", Lang::En), "2 November 2026");
        assert_eq!(long_day("2026-13-02", Lang::En), "2026-13-02");
        assert_eq!(long_day("soon", Lang::En), "soon");
    }
}
