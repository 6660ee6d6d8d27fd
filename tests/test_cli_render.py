"""The command line's output options: formats, filters, colour and the schema command."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from claimcheck.cli import FormatChoice, KindChoice, app
from claimcheck.models import DiscrepancyKind
from claimcheck.render import OutputFormat, renderer_for
from claimcheck.render.json import report_schema
from tests.conftest import SEEDS
from tests.test_cli import ARTICLE_A, ARTICLE_B

runner = CliRunner()


def test_every_format_choice_has_a_renderer():
    assert [f.value for f in FormatChoice] == [f.value for f in OutputFormat]
    for fmt in OutputFormat:
        renderer = renderer_for(fmt)
        assert callable(renderer.render) and callable(renderer.render_checks)


def test_every_kind_can_be_filtered():
    assert {k.value for k in KindChoice} == {k.value for k in DiscrepancyKind}


FROM_EXTENSION = [
    # (file name, a marker of the format in the written file)
    ("r.json", '"schema_version"'),
    ("r.md", "# claimcheck report"),
    ("r.markdown", "# claimcheck report"),
    ("r.csv", "discrepancy,kind,severity"),
    ("r.html", "<!DOCTYPE html>"),
    ("r.HTM", "<!DOCTYPE html>"),
    ("r.txt", "╭─ claimcheck compare"),
]


@pytest.mark.parametrize("name, marker", FROM_EXTENSION)
def test_format_from_the_output_extension(write_articles, tmp_path, name, marker):
    folder = write_articles({"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    out = tmp_path / name
    result = runner.invoke(app, ["compare", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert marker in text[:100]
    assert "\x1b[" not in text  # files never get colour codes


def test_unknown_extension_asks_for_a_format(write_articles, tmp_path):
    folder = write_articles({"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    result = runner.invoke(app, ["compare", str(folder), "-o", str(tmp_path / "r.pdf")])
    assert result.exit_code == 2
    # Typer boxes usage errors and wraps them to the terminal width.
    stderr = " ".join(result.stderr.replace("│", " ").split())
    assert "cannot tell the format from 'r.pdf'; add --format" in stderr


def test_explicit_format_wins_over_the_extension(write_articles, tmp_path):
    folder = write_articles({"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    out = tmp_path / "r.json"
    assert runner.invoke(app, ["compare", str(folder), "-f", "csv", "-o", str(out)]).exit_code == 0
    assert next(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))[0] == "discrepancy"


FILTERS = [
    # (options, what every remaining discrepancy must satisfy)
    (["--kind", "quantity"], lambda d: d["kind"] == "quantity"),
    (["-k", "date", "-k", "quote"], lambda d: d["kind"] in {"date", "quote"}),
    (["--min-severity", "refinement"], lambda d: d["severity"] in {"conflict", "refinement"}),
    (["--conflicts-only"], lambda d: d["severity"] == "conflict"),
]


@pytest.mark.parametrize("options, keeps", FILTERS)
def test_filters_apply_to_the_export(options, keeps):
    full = json.loads(runner.invoke(app, ["compare", str(SEEDS), "-f", "json"]).stdout)
    result = runner.invoke(app, ["compare", str(SEEDS), "-f", "json", *options])
    assert result.exit_code == 0, result.stderr
    filtered = json.loads(result.stdout)
    expected = [d["id"] for d in full["discrepancies"] if keeps(d)]
    assert expected, "the seeds should have some of each"
    assert [d["id"] for d in filtered["discrepancies"]] == expected
    assert filtered["filters"]["hidden_discrepancies"] == len(full["discrepancies"]) - len(expected)


def test_fail_on_looks_at_what_the_filters_keep(write_articles):
    folder = write_articles({"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    assert runner.invoke(app, ["compare", str(folder), "--fail-on", "conflict", "-f", "json"]).exit_code == 1
    result = runner.invoke(app,
                           ["compare", str(folder), "--fail-on", "conflict", "-f", "json", "-k", "quote"])
    assert result.exit_code == 0


def test_bad_kind_is_a_usage_error(write_articles):
    folder = write_articles({"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    result = runner.invoke(app, ["compare", str(folder), "--kind", "tone"])
    assert result.exit_code == 2
    assert "Invalid value" in result.stderr


def test_no_color_environment_variable(write_articles, monkeypatch):
    from claimcheck import cli

    folder = write_articles({"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    monkeypatch.setattr(cli.sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli._use_color(False, None) is False
    monkeypatch.delenv("NO_COLOR")
    result = runner.invoke(app, ["compare", str(folder), "--no-color"])
    assert "\x1b[" not in result.stdout


def test_schema_command_prints_the_shipped_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json.loads(report_schema())
    assert json.loads(result.stdout)["$schema"].endswith("2020-12/schema")


def test_piped_json_has_no_progress_output():
    # CliRunner's streams are not terminals, as with a pipe: stdout must be the JSON alone.
    result = runner.invoke(app, ["compare", str(SEEDS), "-f", "json"])
    assert json.loads(result.stdout)["summary"]["sources"] == 5
    assert result.stderr == ""


def test_a_progress_bar_goes_to_stderr_and_leaves_the_json_alone(monkeypatch):
    import sys

    from rich.console import Console

    from claimcheck import cli
    from claimcheck.render.progress import ProgressBar

    # As if stderr were a terminal and the run big: the bar is drawn, on stderr only.
    monkeypatch.setattr(cli, "_progress", lambda sources: ProgressBar(
        1000, console=Console(file=sys.stderr, force_terminal=True, width=80)))
    result = runner.invoke(app, ["compare", str(SEEDS), "-f", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["summary"]["sources"] == 5
    assert "split" in result.stderr  # the first stage api.compare reports
