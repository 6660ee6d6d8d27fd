"""Markdown: rendered with markdown-it-py (rich's own Markdown parser) and read back as HTML."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from claimcheck.render.markdown import MarkdownRenderer, escape
from claimcheck.render.view import cited, ordered
from tests.render.conftest import HOSTILE, HOSTILE_VALUES
from tests.render.htmltree import Node, parse

# What the renderer itself writes; any other element came from article text and is a bug.
OUR_TAGS = {"#root", "h1", "h2", "h3", "p", "table", "thead", "tbody", "tr", "th", "td", "strong",
            "em", "code"}


def rendered(markdown: str) -> Node:
    return parse(MarkdownIt("commonmark").enable("table").render(markdown))


def test_article_text_stays_text(report):
    tree = rendered(MarkdownRenderer().render(report))
    assert {n.tag for n in tree.iter()} <= OUR_TAGS
    sentences = {td.text for td in tree.iter("td")}
    assert set(HOSTILE.values()) <= sentences
    assert 'Budget <em>passes</em> | "late"' in sentences


def test_every_table_row_has_as_many_cells_as_its_header(any_report):
    tree = rendered(MarkdownRenderer().render(any_report))
    tables = tree.find_all("table")
    assert tables
    for table in tables:
        widths = {len(tr.find_all("th") + tr.find_all("td")) for tr in table.iter("tr")}
        assert len(widths) == 1, widths


def test_discrepancies_come_in_terminal_order_with_their_values(any_report):
    tree = rendered(MarkdownRenderer().render(any_report))
    headings = [h.text.split(" · ")[0] for h in tree.iter("h3") if " · " in h.text]
    assert headings == [d.id for d in ordered(any_report.discrepancies)]
    bold = {s.text for s in tree.iter("strong")}
    for d in any_report.discrepancies:
        assert {g.value for g in d.values} <= bold


def test_differing_spans_are_bold_inside_the_sentence(report):
    tree = rendered(MarkdownRenderer().render(report))
    cells = [td for td in tree.iter("td") if "council" in td.text]
    marked = {s.text for td in cells for s in td.iter("strong")}
    assert {"$4.5 million", "$6 million", "never", "not"} <= marked
    assert set(HOSTILE_VALUES) <= {s.text for s in tree.iter("strong")}


@pytest.mark.parametrize("text, expected", [
    ("a | b", "a \\| b"), ("<script>", "\\<script\\>"), ("*x* _y_", "\\*x\\* \\_y\\_"),
    ("line\nbreak", "line break"),
    ("AT&T", "AT&T"), ("&amp;", "\\&amp;"), ("U.S. 1.5", "U.S. 1.5"),
])
def test_escape(text, expected):
    assert escape(text) == expected


def test_checks(checks):
    tree = rendered(MarkdownRenderer().render_checks(checks))
    assert {n.tag for n in tree.iter()} <= OUR_TAGS
    assert [h.text for h in tree.iter("h2")] == [
        'budget: The council approved <script>x</script> $6 million | "now"', "The plan was rejected."]
    verdicts = [tr.find_all("td")[1].text for tr in tree.iter("tr") if tr.find_all("td")]
    assert verdicts == ["conflicts", "supports", "absent", "partial"]


def test_every_highlight_renders_bold(any_report):
    # Emphasis next to punctuation ("**157%**", "“**I think**") only works where CommonMark's
    # flanking rules allow; this catches spans whose bold markers would show as asterisks.
    tree = rendered(MarkdownRenderer().render(any_report))
    bold = {s.text for s in tree.iter("strong")}
    missing = [(d.id, c.claim.text[a:b])
               for d in any_report.discrepancies for c in cited(d) for a, b in c.spans
               if c.claim.text[a:b] not in bold]
    assert not missing
