"""The command line through Typer's CliRunner: exit codes, messages, formats."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from tests.conftest import ROOT, SEEDS

runner = CliRunner()

ARTICLE_A = ("The council approved the budget on Tuesday by a vote of 7 to 2.\n"
             "The budget sets aside $4.5 million for road repairs over three years.\n")
ARTICLE_B = ("On Tuesday the council approved the budget by a vote of 7 to 2.\n"
             "The budget sets aside $6 million for road repairs over three years.\n")


def test_help_lists_the_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "compare" in result.stdout


def test_version():
    from claimcheck import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"claimcheck {__version__}"


def test_compare_json_on_the_seeds_follows_the_contract():
    result = runner.invoke(app, ["compare", str(SEEDS), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert [s["id"] for s in report["sources"]] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert report["clusters"] and report["discrepancies"]
    for cluster in report["clusters"]:
        assert len({c["source"] for c in cluster["claims"]}) >= 2
    for d in report["discrepancies"]:
        assert d["kind"] in {"quantity", "date", "specificity", "polarity", "certainty", "quote",
                             "attribution", "entity"}
        assert len(d["values"]) >= 2
        assert all(c["text"] and c["source"] for v in d["values"] for c in v["claims"])


def test_compare_terminal_report(write_articles):
    folder = write_articles({"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    result = runner.invoke(app, ["compare", str(folder), "--no-color"])
    assert result.exit_code == 0, result.stderr
    assert "claimcheck compare" in result.stdout
    assert "$4.5 million" in result.stdout and "$6 million" in result.stdout


def test_output_file_and_format_from_extension(write_articles, tmp_path):
    folder = write_articles({"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["compare", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["sources"] == 2


def test_fail_on_conflict_exits_1_when_sources_disagree(write_articles):
    folder = write_articles({"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    assert runner.invoke(app, ["compare", str(folder), "--fail-on", "conflict", "-f", "json"]).exit_code == 1
    same = write_articles({"a.txt": ARTICLE_A, "b.txt": ARTICLE_A.replace("The council", "Council members")},
                          folder="agree")
    assert runner.invoke(app, ["compare", str(same), "--fail-on", "conflict", "-f", "json"]).exit_code == 0


BAD_INPUT = [
    # (id, files in the folder or None for a missing path, extra args, exit code, stderr fragment)
    ("missing-path", None, [], 3, "error: no such file or folder"),
    ("empty-folder", {}, [], 3, "error: no readable articles"),
    ("one-source", {"a.txt": ARTICLE_A}, [], 3,
     "error: comparing needs at least two sources; found only one source (a)"),
    ("binary-only", {"a.txt": b"\x00\x01\x02", "b.txt": b"\x00\xff"}, [], 3, "binary file"),
    ("unknown-format", {"a.txt": ARTICLE_A, "b.txt": ARTICLE_B}, ["--format", "pdf"], 2, "Invalid value"),
]


@pytest.mark.parametrize("name, files, extra, code, message", BAD_INPUT, ids=[c[0] for c in BAD_INPUT])
def test_bad_input_gives_one_line_and_an_exit_code(write_articles, tmp_path, name, files, extra,
                                                   code, message):
    path = tmp_path / "does-not-exist" if files is None else write_articles(files)
    result = runner.invoke(app, ["compare", str(path), *extra])
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_skipped_files_are_named_on_stderr(write_articles):
    folder = write_articles({"a.txt": ARTICLE_A, "b.txt": ARTICLE_B, "c.txt": b"\x00\x00", "d.pdf": b"%PDF"})
    result = runner.invoke(app, ["compare", str(folder), "-f", "json"])
    assert result.exit_code == 0
    assert f"warning: skipped {folder / 'c.txt'}: binary file (contains NUL bytes)" in result.stderr
    assert f"warning: skipped {folder / 'd.pdf'}: unsupported file type '.pdf'" in result.stderr
    assert json.loads(result.stdout)["skipped"] == [
        {"path": str(folder / "c.txt"), "reason": "binary file (contains NUL bytes)"},
        {"path": str(folder / "d.pdf"), "reason": "unsupported file type '.pdf'"},
    ]


def test_output_into_missing_folder_is_an_output_error(write_articles, tmp_path):
    folder = write_articles({"a.txt": ARTICLE_A, "b.txt": ARTICLE_B})
    result = runner.invoke(app, ["compare", str(folder), "-o", str(tmp_path / "nope" / "r.json")])
    assert result.exit_code == 4
    assert "error: cannot write" in result.stderr


def test_seed_copy_is_what_the_cli_reads(tmp_path):
    # Files given one by one are the same sources as their folder.
    target = tmp_path / "s"
    shutil.copytree(SEEDS, target)
    by_folder = runner.invoke(app, ["compare", str(target), "-f", "json"])
    by_files = runner.invoke(app, ["compare", *sorted(str(p) for p in target.glob("*.txt")), "-f", "json"])
    assert json.loads(by_folder.stdout)["discrepancies"] == json.loads(by_files.stdout)["discrepancies"]


@pytest.mark.parametrize("args, code, stdout_has, stderr_has", [
    (["--version"], 0, "claimcheck", ""),
    (["compare", "seeds", "--format", "json"], 0, '"schema_version"', ""),
    (["compare", "no/such/folder"], 3, "", "claimcheck: error:"),
    (["no-such-command"], 2, "", "No such command"),
])
def test_the_installed_entry_point_flushes_its_output_and_keeps_exit_codes(args, code, stdout_has,
                                                                           stderr_has):
    # cli.main ends the process without teardown (os._exit): output must still arrive whole.
    import json as json_module
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "claimcheck", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == code
    assert stdout_has in done.stdout
    assert stderr_has in done.stderr
    if "json" in args:
        assert json_module.loads(done.stdout)["summary"]["sources"] == 5


# A defect met on some input (here one put into the comparison on purpose) ends the run with
# one line and code 70; the traceback is there for a bug report when asked for.
_BROKEN_RUN = (
    "import sys, claimcheck.api as api\n"
    "def broken(*args, **kwargs): raise KeyError('no such reading')\n"
    "api.compare_articles = broken\n"
    "sys.argv = ['claimcheck', 'compare', 'seeds']\n"
    "from claimcheck.cli import main\n"
    "main()\n"
)


@pytest.mark.parametrize("debug, stderr_has, stderr_lacks", [
    ("", "claimcheck: internal error: KeyError: 'no such reading'", "Traceback"),
    ("1", "Traceback", "internal error"),
])
def test_a_defect_of_ours_ends_in_one_line_and_its_own_exit_code(debug, stderr_has, stderr_lacks):
    import os
    import subprocess
    import sys

    env = {**os.environ, "CLAIMCHECK_DEBUG": debug}
    done = subprocess.run([sys.executable, "-c", _BROKEN_RUN], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False, env=env)
    assert done.returncode == 70
    assert stderr_has in done.stderr
    assert stderr_lacks not in done.stderr
    if not debug:
        assert len(done.stderr.strip().splitlines()) == 1
