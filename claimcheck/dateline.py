"""The publication date of a source that has no metadata, from its dateline.

Newsletters, blogs and transcripts pasted as plain text often carry their date on a short
line at the top ("Aug. 3, 2025", "Health | 20 May 2025", "DOVER — Tuesday,
March 10, 2025"). A full date (day, month and year) on one of the first short lines is
taken as the day of publication; dates in the body (sentences, or anything after the
first long paragraph) are about the story, not the source.
"""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.lexicon import DEFAULT, Lexicon

HEAD_LINES = 6
"""How many non-empty lines at the top may hold the dateline."""
MAX_LINE = 100
"""A dateline is a short line; a longer one is the body's first paragraph."""


def _patterns(lexicon: Lexicon) -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]:
    months = {str(k).casefold(): int(v) for table in ("months", "month_abbreviations")
              for k, v in (lexicon.table("dates", table, {}) or {}).items()}
    month = "(?P<month>" + "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True)) + r")\.?"
    day, year = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?", r"(?P<year>\d{4})"
    month_first = re.compile(rf"\b{month}\s+{day},?\s+{year}\b", re.IGNORECASE)
    day_first = re.compile(rf"\b{day}\s+{month},?\s+{year}\b", re.IGNORECASE)
    return months, month_first, day_first


_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")


def _stamp(lexicon: Lexicon) -> re.Pattern[str]:
    """A word of publication opening a line (the ``stamp`` piece of noise.yaml: "date",
    "posted", "updated"), before the date it stamps."""
    stamp = (lexicon.table("noise", "pieces", {}) or {}).get("stamp") or "(?!)"
    return re.compile(rf"^(?:{stamp})\s*:?\s*", re.IGNORECASE)


def dateline_date(text: str, lexicon: Lexicon = DEFAULT) -> dt.date | None:
    """The first full date on one of the first short lines of ``text``, or None."""
    months, month_first, day_first = lexicon.compiled(_patterns)
    lines = [line.strip() for line in text.splitlines() if line.strip()][:HEAD_LINES]
    stamp = lexicon.compiled(_stamp)
    for whole in lines:
        opened = stamp.match(whole)
        # "date 2025-03-04 Tarco agreed ...": a page's stamp glued to its first line dates
        # the page, whatever follows it.
        line = whole[opened.end():][:MAX_LINE // 4] if opened else whole
        if not opened and len(line) > MAX_LINE:
            break  # the body has begun
        if not opened and line[-1] in ".!?\"”’":
            continue  # a sentence, not a dateline
        for pattern in (month_first, day_first, _ISO):
            m = pattern.search(line)
            if m is None:
                continue
            raw_month = m.group("month")
            month = int(raw_month) if raw_month.isdigit() else months[raw_month.casefold()]
            try:
                return dt.date(int(m.group("year")), month, int(m.group("day")))
            except ValueError:
                continue
    return None


__all__ = ["dateline_date"]
