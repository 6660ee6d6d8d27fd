"""The terminal report: fits the width it is given, plain without colour, same order as the exports."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from claimcheck.filtering import DiscrepancyFilter, filter_report
from claimcheck.render.console import ConsoleRenderer
from claimcheck.render.view import ordered

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("width", [80, 100])
def test_lines_fit_the_width(any_report, width):
    out = ConsoleRenderer(width=width).render(any_report)
    assert max(cell_len(line) for line in out.splitlines()) <= width


def test_no_escape_codes_without_colour_and_some_with(any_report):
    assert not ANSI.search(ConsoleRenderer(color=False).render(any_report))
    assert ANSI.search(ConsoleRenderer(color=True).render(any_report))


def test_panels_in_order_with_marked_values_and_coverage(report):
    out = ConsoleRenderer(width=200).render(report)
    titles = re.findall(r"─ (d\d+) (\w+) · (\w+) · ([01]\.\d\d) ─", out)
    assert [t[0] for t in titles] == [d.id for d in ordered(report.discrepancies)]
    # Without colour the differing words are bracketed, so they still stand out.
    assert "[$4.5 million]" in out and "[$6 million]" in out and "[never]" in out
    assert "<script>alert(\"x\")</script>" in out  # shown as it is: a terminal does not run markup
    assert "coverage · 2 shared, 1 single-source" in out
    assert "A sentence only <i>one</i> | source makes." in out
    # rich would read these as markup if they went in as strings.
    assert "officials [bold]said[/] [/b]." in out and "Plan [/] rejected [UPDATED]" in out


def test_a_filtered_report_says_so(report):
    out = ConsoleRenderer(width=120).render(filter_report(report, DiscrepancyFilter.build(kinds=["date"])))
    assert "filtered (kind: date): 2 discrepancies hidden" in out
    assert "No discrepancies found between the sources that pass the filters." in out


def test_checks_show_article_text_as_it_is(checks):
    out = ConsoleRenderer(width=160).render_checks(checks)
    assert "<script>x</script> $6 million" in out
    assert "officials [bold]said[/]" in out  # would stop rich if read as markup
