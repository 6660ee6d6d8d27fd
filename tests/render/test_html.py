"""HTML: one self-contained page, parsed with html.parser; article text never becomes markup."""

from __future__ import annotations

import re

from claimcheck.render.html import HtmlRenderer
from claimcheck.render.view import cited, ordered
from tests.render.conftest import HOSTILE, HOSTILE_VALUES
from tests.render.htmltree import parse


def test_article_text_stays_text(report):
    page = HtmlRenderer().render(report)
    tree = parse(page)
    assert len(tree.find_all("script")) == 1  # ours, for the filters
    assert not tree.find_all("b") and not tree.find_all("i") and not tree.find_all("em")
    quoted = {bq.text for bq in tree.iter("blockquote")}
    for source, text in HOSTILE.items():
        assert source + text in quoted  # <cite>source</cite> then the sentence, unchanged
    assert 'Budget <em>passes</em> | "late"' in {td.text for td in tree.iter("td")}


def test_nothing_is_fetched_from_elsewhere(any_report):
    page = HtmlRenderer().render(any_report)
    tree = parse(page)
    assert not tree.find_all("link") and not tree.find_all("img") and not tree.find_all("iframe")
    assert all("src" not in n.attrs for n in tree.iter())
    assert not re.search(r"url\(|@import|https?://", "".join(s.text for s in tree.find_all("style")))
    csp = next(m for m in tree.find_all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in (csp.attrs["content"] or "")


def test_discrepancies_in_order_with_values_side_by_side(any_report):
    tree = parse(HtmlRenderer().render(any_report))
    articles = tree.find_all("article", cls="d")
    assert [a.attrs["id"] for a in articles] == [d.id for d in ordered(any_report.discrepancies)]
    by_id = {d.id: d for d in any_report.discrepancies}
    for a in articles:
        d = by_id[a.attrs["id"]]
        assert a.attrs["data-kind"] == d.kind.value and a.attrs["data-severity"] == d.severity.value
        columns = a.find_all("div", cls="value")
        assert [c.find_all("h4")[0].text for c in columns] == [g.value for g in d.values]
        for column, group in zip(columns, d.values, strict=True):
            # one quoted sentence per claim cited: a source may state a value in two sentences
            assert [c.text for c in column.iter("cite")] == [e.claim.source for e in group.evidence]


def test_differing_spans_are_marked(report):
    tree = parse(HtmlRenderer().render(report))
    assert {m.text for m in tree.iter("mark")} == {"$4.5 million", "$6 million", "never", "not"}
    assert set(HOSTILE_VALUES) == {h.text for h in tree.iter("h4")}


def test_filters_offer_each_kind_and_severity_present(report):
    tree = parse(HtmlRenderer().render(report))
    boxes = {(i.attrs["name"], i.attrs["value"])
             for i in tree.find_all("input") if i.attrs.get("type") == "checkbox"}
    assert boxes == {("kind", "quantity"), ("kind", "quote"), ("severity", "conflict"),
                     ("severity", "wording")}


def test_checks(checks):
    tree = parse(HtmlRenderer().render_checks(checks))
    assert not tree.find_all("script")
    assert [h.text for h in tree.iter("h2")] == [
        'budget: The council approved <script>x</script> $6 million | "now"', "The plan was rejected."]
    assert [s.text for s in tree.find_all("span", cls="badge")] == ["conflicts", "supports",
                                                                    "absent", "partial"]
    assert HOSTILE["a"] in {td.text for td in tree.iter("td")}


def test_every_highlight_is_marked(any_report):
    tree = parse(HtmlRenderer().render(any_report))
    marks = [m.text for m in tree.iter("mark")]
    expected = [c.claim.text[a:b]
                for d in ordered(any_report.discrepancies) for c in cited(d) for a, b in c.spans]
    assert marks == expected
