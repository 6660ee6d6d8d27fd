"""CSV: read back with the csv module, one row per cited sentence, fixed columns."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from claimcheck.models import Story
from claimcheck.render.tabular import CHECK_COLUMNS, REPORT_COLUMNS, CsvRenderer, cell
from claimcheck.render.view import cited
from tests.render.conftest import HOSTILE


def rows(text: str) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return list(reader)


def test_one_row_per_cited_sentence_with_stable_columns(any_report):
    text = CsvRenderer().render(any_report)
    assert text.splitlines()[0].split(",") == list(REPORT_COLUMNS)
    read = rows(text)
    assert len(read) == sum(len(cited(d)) for d in any_report.discrepancies)
    by_id = {d.id: d for d in any_report.discrepancies}
    for row in read:
        d = by_id[row["discrepancy"]]
        assert row["kind"] == d.kind.value and row["severity"] == d.severity.value
        assert row["value"] in {g.value for g in d.values}
        assert row["source"] in {s for g in d.values for s in g.sources if g.value == row["value"]}


def test_article_text_survives_the_round_trip(report):
    read = rows(CsvRenderer().render(report))
    sentences = {r["source"]: r["sentence"] for r in read}
    # "b" starts with "=": spreadsheet programs would run it, so it is prefixed with an apostrophe.
    assert sentences == HOSTILE | {"b": "'" + HOSTILE["b"]}
    assert {r["value"] for r in read} == {"$4.5 million", "$6 million", "“we will never agree”",
                                          "“we will not agree”"}
    assert next(r for r in read if r["source"] == "b")["outlet"] == "'=cmd|' /C calc'!A0"
    assert next(r for r in read if r["source"] == "c")["highlighted"] == "never"


@pytest.mark.parametrize("value, expected", [
    ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-5%", "'-5%"), ("@x", "'@x"), ("5%", "5%"),
    (None, ""), (3, "3"),
    ("\tx", "'\tx"), ("\r=1", "'\r=1"), ("  =1+1", "'  =1+1"), ("\n@x", "'\n@x"),
    ("\uff1dSUM(A1)", "'\uff1dSUM(A1)"), ("\u3000\uff0b1", "'\u3000\uff0b1"), ("a=b", "a=b"), (" 5", " 5"),
])
def test_cells_that_a_spreadsheet_would_run_are_defused(value, expected):
    assert cell(value) == expected


def test_checks_one_row_per_verdict(checks):
    read = rows(CsvRenderer().render_checks(checks))
    assert list(read[0].keys()) == list(CHECK_COLUMNS)
    assert [(r["check"], r["source"], r["verdict"]) for r in read] == [
        ("budget", "a", "conflicts"), ("budget", "b", "supports"), ("budget", "c", "absent"),
        ("", "d", "partial")]
    assert read[0]["claim"] == 'The council approved <script>x</script> $6 million | "now"'
    assert read[0]["differing"] == "$6 million -> $4.5 million"
    assert read[2]["evidence"] == ""


def test_story_column_names_the_story_of_each_discrepancy_in_a_feed_of_several(report):
    # One story: the column is there (columns are stable) and empty.
    assert {r["story"] for r in rows(CsvRenderer().render(report))} == {""}
    sources = sorted(a.id for a in report.sources)
    feed = replace(report, stories=(Story("s1", "first", tuple(sources[:1])),
                                    Story("s2", "second", tuple(sources[1:]))))
    story_of = {source: story.id for story in feed.stories for source in story.sources}
    by_id = {d.id: d for d in feed.discrepancies}
    read = rows(CsvRenderer().render(feed))
    assert read and all(r["story"] == story_of[by_id[r["discrepancy"]].values[0].evidence[0].claim.source]
                        for r in read)
