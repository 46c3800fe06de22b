"""Dates and times from archives, pages and exports, as ISO 8601 in UTC.

A time with a zone becomes `YYYY-MM-DDTHH:MM:SSZ`; a bare day stays `YYYY-MM-DD`. A time without a
zone is read as UTC, with a warning. What cannot be read is None plus a warning naming the value;
nothing here depends on the clock or the locale, so the same input always gives the same output.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

_DAY_FORMATS = ("%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")
_WARC14 = re.compile(r"^\d{14}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COMPACT_DAY = re.compile(r"^\d{8}$")
_EPOCH_TEXT = re.compile(r"^\d{10}(\d{3})?$")  # Unix time in seconds or milliseconds, as a CSV cell holds it
_JS_DATE = re.compile(r"^[A-Za-z]{3} ([A-Za-z]{3} \d{1,2} \d{4} \d{2}:\d{2}:\d{2}) GMT([+-]\d{4})")
_EPOCH_MIN, _EPOCH_MAX = 0, 4_102_444_800  # 1970-01-01 .. 2100-01-01 in seconds


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _from_datetime(moment: datetime, what: str, raw: str) -> tuple[str, str | None]:
    if moment.tzinfo is None:
        return _iso(moment.replace(tzinfo=UTC)), f"{what} {raw!r} has no time zone: read as UTC"
    return _iso(moment), None


def _from_number(value: float, what: str) -> tuple[str | None, str | None]:
    """A number read as its digits are read as text (fix79, review71 2): a whole number of 8 digits that form a day
    (20240501) is that day and one of 14 a WARC time, 10 or 13 digits (fraction kept) Unix time in seconds or
    milliseconds; any other number (20240501 was read as Unix seconds in 1970) is no date."""
    digits = f"{int(value)}" if math.isfinite(value) and value >= 0 else ""
    if value.is_integer() and (_COMPACT_DAY.match(digits) or _WARC14.match(digits)):
        return to_utc_iso(digits, what)
    seconds = value / 1000 if len(digits) == 13 else value
    if not _EPOCH_TEXT.match(digits) or not _EPOCH_MIN <= seconds < _EPOCH_MAX:
        shown = digits if value.is_integer() and digits else repr(value)
        return None, f"{what} {shown} is a number but neither a day nor a Unix time: left empty"
    return _iso(datetime.fromtimestamp(seconds, UTC)), None


def _epoch_text(digits: str, what: str) -> tuple[str | None, str | None]:
    """10 digits as seconds, 13 as milliseconds, nothing else: a 10-digit cell out of the seconds' range is no
    millisecond time of 1970, and one with a leading zero (a telephone number, an ID) no Unix time (review15b)."""
    seconds = int(digits) / 1000 if len(digits) == 13 else int(digits)
    if digits.startswith("0") or not _EPOCH_MIN <= seconds < _EPOCH_MAX:
        return None, f"{what} {digits!r} is a number but not a Unix time: left empty"
    return _iso(datetime.fromtimestamp(seconds, UTC)), None


def _parse_text(raw: str) -> datetime | date | None:
    try:
        return _parse_strict(raw.strip())
    except ValueError:  # the right shape with impossible values (month 13, hour 25, ...)
        return None


def _parse_strict(text: str) -> datetime | date | None:
    if _DAY.match(text):
        return date.fromisoformat(text)
    if _COMPACT_DAY.match(text):  # 20240501: a day, not midnight UTC
        return datetime.strptime(text, "%Y%m%d").date()
    if _WARC14.match(text):
        return datetime.strptime(text, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    if match := _JS_DATE.match(text):  # JavaScript Date.toString(), as SingleFile writes it
        return datetime.strptime(" ".join(match.groups()), "%b %d %Y %H:%M:%S %z")
    try:
        return datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DAY_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def to_utc_iso(value: object, what: str = "date") -> tuple[str | None, str | None]:
    """(ISO 8601 UTC string or None, warning or None) for a date-like value; `what` names it in warnings.

    Reads ISO 8601, RFC 2822 (HTTP, e-mail), WARC/ARC 14-digit times, `YYYY/MM/DD`, `1 May 2024`,
    `May 1, 2024`, `20240501` (a day), and 10 or 13 digits as Unix time (seconds or milliseconds); a number
    as its digits written as text are read (`_from_number`).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool):
        return None, f"{what} {value!r} is not a date: left empty"
    if isinstance(value, int | float):
        return _from_number(float(value), what)
    if not isinstance(value, str):
        return None, f"{what} of type {type(value).__name__} is not a date: left empty"
    if _EPOCH_TEXT.match(value.strip()):
        return _epoch_text(value.strip(), what)
    parsed = _parse_text(value)
    if parsed is None:
        return None, f"{what} {value.strip()[:80]!r} is not a date this pipeline reads: left empty"
    if isinstance(parsed, datetime):
        return _from_datetime(parsed, what, value.strip())
    return parsed.isoformat(), None
