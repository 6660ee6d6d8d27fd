"""A source's publication date from its dateline, when its metadata has none."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck import api
from claimcheck.dateline import dateline_date

BODY = "The county board voted to close the bridge for repairs, officials said on Monday.\n"


@pytest.mark.parametrize("text,expected", [
    ("River Weekly\nTransport | 20 May 2025\n\n" + BODY, dt.date(2025, 5, 20)),
    ("Bridge to close for a year\n\nBy Ann Lee, staff writer\nSept. 3, 2025\n\n" + BODY, dt.date(2025, 9, 3)),
    ("DOVER — Wednesday, June 4, 2025\n\n" + BODY, dt.date(2025, 6, 4)),
    ("Posted by Ann Lee | 2025-06-04\n\n" + BODY, dt.date(2025, 6, 4)),
    ("Notes | March 9th, 2025\n" + BODY, dt.date(2025, 3, 9)),
    # A page's stamp glued to its first line dates the page, however long the line.
    ("date 2025-03-04 Tarco agreed on Wednesday to buy Norcrest in a deal valued at $4.2 billion, the "
     "companies said in a joint statement.\n" + BODY, dt.date(2025, 3, 4)),
    ("Posted: March 9, 2025 The county board voted on Monday to close the bridge for repairs.\n" + BODY,
     dt.date(2025, 3, 9)),
    # Only a full date on a short line at the top: a body date is the story's, a month
    # and year is no day, and a date past the first lines is not the dateline.
    (BODY + "The bridge opened on May 2, 1961, and was last repaired in 1998.\n", None),
    ("River Weekly | May 2025\n\n" + BODY, None),
    ("a\nb\nc\nd\ne\nf\nJune 4, 2025\n" + BODY, None),
    ("Dover: " + "x" * 120 + " June 4, 2025\n", None),
    ("Feb. 30, 2025\n" + BODY, None),
    ("", None),
])
def test_dateline_date(text, expected):
    assert dateline_date(text) == expected


def test_loading_dates_a_plain_text_source_by_its_dateline(write_articles):
    folder = write_articles({
        "plain.txt": "River Weekly\nTransport | 20 May 2025\n\n" + BODY,
        "meta.txt": "---\ntitle: Bridge closes\npublished: 2025-05-21\n---\nDOVER — June 4, 2025\n\n" + BODY,
    })
    articles, _ = api.load([folder])
    assert {a.id: a.published for a in articles} == {"plain": dt.date(2025, 5, 20),
                                                     "meta": dt.date(2025, 5, 21)}
