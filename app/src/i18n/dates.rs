//! Times and dates as people in the UK read them (Europe/London), in the reader's
//! language: "10pm on Sunday 15 June", "9:30yb ddydd Llun 1 Mawrth".

use super::{text, text_with};
use crate::domain::timetable::on_london_clock;
use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

/// "10pm", "9:30am" (Welsh "yh"/"yb").
pub fn clock_time_in(lang: &str, at: DateTime<Utc>) -> String {
    let local = on_london_clock(at);
    let (pm, hour) = local.hour12();
    let half = if pm { "date.pm" } else { "date.am" };
    let minutes = match local.minute() {
        0 => String::new(),
        m => format!(":{m:02}"),
    };
    format!("{hour}{minutes}{}", text(lang, half))
}

/// "Sunday 15 June 2027".
pub fn day_in(lang: &str, date: NaiveDate) -> String {
    text_with(
        lang,
        "date.day",
        &[
            ("weekday", weekday(lang, date)),
            ("day", date.day().to_string()),
            ("month", month(lang, date)),
            ("year", date.year().to_string()),
        ],
    )
}

fn weekday(lang: &str, date: NaiveDate) -> String {
    text(
        lang,
        &format!("date.weekday.{}", date.weekday().number_from_monday()),
    )
    .to_owned()
}

fn month(lang: &str, date: NaiveDate) -> String {
    text(lang, &format!("date.month.{}", date.month())).to_owned()
}

/// "10pm on Sunday 15 June": a moment close enough that the year goes without saying.
pub fn moment_in(lang: &str, at: DateTime<Utc>) -> String {
    let date = on_london_clock(at).date();
    text_with(
        lang,
        "date.moment",
        &[
            ("time", clock_time_in(lang, at)),
            ("weekday", weekday(lang, date)),
            ("day", date.day().to_string()),
            ("month", month(lang, date)),
        ],
    )
}

/// "10pm on Sunday 15 June 2027": for the record, where the year matters.
pub fn moment_with_year_in(lang: &str, at: DateTime<Utc>) -> String {
    let date = on_london_clock(at).date();
    text_with(
        lang,
        "date.moment_year",
        &[
            ("moment", moment_in(lang, at)),
            ("year", date.year().to_string()),
        ],
    )
}

/// "15 June 2027".
pub fn date_in(lang: &str, date: NaiveDate) -> String {
    text_with(
        lang,
        "date.long",
        &[
            ("day", date.day().to_string()),
            ("month", month(lang, date)),
            ("year", date.year().to_string()),
        ],
    )
}

/// [`date_in`] in the reader's language.
pub fn date(d: NaiveDate) -> String {
    date_in(super::current(), d)
}

/// [`moment_with_year_in`] in the reader's language.
pub fn moment_with_year(at: DateTime<Utc>) -> String {
    moment_with_year_in(super::current(), at)
}

/// [`moment_in`] in the reader's language.
pub fn moment(at: DateTime<Utc>) -> String {
    moment_in(super::current(), at)
}

/// [`day_in`] in the reader's language.
pub fn day(date: NaiveDate) -> String {
    day_in(super::current(), date)
}

// The words come from the language files, which only the server build holds.
#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_closing_time_reads_on_the_uk_clock_in_english_and_welsh() {
        // 21:00 UTC in June is 10pm British Summer Time.
        let at = Utc.with_ymd_and_hms(2025, 6, 15, 21, 0, 0).unwrap();
        assert_eq!(moment_in("en", at), "10pm on Sunday 15 June");
        assert_eq!(moment_in("cy", at), "10yh ddydd Sul 15 Mehefin");
        let morning = Utc.with_ymd_and_hms(2027, 3, 1, 9, 30, 0).unwrap();
        assert_eq!(moment_in("en", morning), "9:30am on Monday 1 March");
        let d = NaiveDate::from_ymd_opt(2027, 7, 20).unwrap();
        assert_eq!(day_in("cy", d), "Dydd Mawrth 20 Gorffennaf 2027");
        assert_eq!(date_in("en", d), "20 July 2027");
        assert_eq!(date_in("cy", d), "20 Gorffennaf 2027");
        assert_eq!(moment_with_year_in("en", at), "10pm on Sunday 15 June 2025");
    }
}
