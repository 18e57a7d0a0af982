//! Calendar dates an editor gives events (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), as the
//! span of days each covers, so the checker can tell whether the timeline's order
//! contradicts them. A month and a day within it overlap, so they never conflict.

/// A day as (year, month, day), comparable in calendar order.
pub type Day = (u16, u8, u8);

/// The first and last day a date covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateSpan {
    pub first: Day,
    pub last: Day,
}

fn days_in(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

/// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else is `None`.
pub fn parse(date: &str) -> Option<DateSpan> {
    let mut parts = date.split('-');
    let number = |part: Option<&str>, digits: usize| {
        part.filter(|p| p.len() == digits && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u16>().ok())
    };
    let year = number(parts.next(), 4)?;
    let month = match parts.next() {
        None => {
            return Some(DateSpan {
                first: (year, 1, 1),
                last: (year, 12, 31),
            })
        }
        part => u8::try_from(number(part, 2)?)
            .ok()
            .filter(|m| (1..=12).contains(m))?,
    };
    let day = match parts.next() {
        None => {
            return Some(DateSpan {
                first: (year, month, 1),
                last: (year, month, days_in(year, month)),
            })
        }
        part => u8::try_from(number(part, 2)?)
            .ok()
            .filter(|d| (1..=days_in(year, month)).contains(d))?,
    };
    if parts.next().is_some() {
        return None;
    }
    Some(DateSpan {
        first: (year, month, day),
        last: (year, month, day),
    })
}

impl DateSpan {
    /// Whether this date lies wholly before `other`.
    pub fn before(&self, other: &DateSpan) -> bool {
        self.last < other.first
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_years_months_and_days() {
        assert_eq!(parse("2022").unwrap().last, (2022, 12, 31));
        assert_eq!(parse("2022-02").unwrap().last, (2022, 2, 28));
        assert_eq!(parse("2024-02").unwrap().last, (2024, 2, 29));
        assert_eq!(parse("2022-09-21").unwrap().first, (2022, 9, 21));
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for bad in [
            "",
            "22",
            "2022-13",
            "2022-9",
            "2022-02-30",
            "2022-09-21-1",
            "September",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_day_within_a_month_is_not_before_it() {
        let month = parse("2022-09").unwrap();
        let summit = parse("2022-09-15").unwrap();
        let exchange = parse("2022-09-21").unwrap();
        assert!(!month.before(&summit) && !summit.before(&month));
        assert!(summit.before(&exchange));
        assert!(!exchange.before(&summit));
    }
}
