"""Every bad input through the CLI: one clear line on stderr, a documented exit code, no traceback.

Each row builds its inputs in a fresh folder and gives the arguments after ``compare``.
A run that can go on goes on: a bad file among good ones is named with its reason and
the report is still produced (exit 0).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

runner = CliRunner()

A = ("The council approved the budget on Tuesday by a vote of 7 to 2.\n"
     "The budget sets aside $4.5 million for road repairs over three years.\n")
B = ("On Tuesday the council approved the budget by a vote of 7 to 2.\n"
     "The budget sets aside $6 million for road repairs over three years.\n")


def _two_good(folder: Path) -> None:
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "b.txt").write_text(B, encoding="utf-8")


def _with(name: str, content: bytes) -> Callable[[Path], list[str]]:
    """Two good articles and one bad file beside them; the folder is the argument."""

    def build(folder: Path) -> list[str]:
        _two_good(folder)
        (folder / name).write_bytes(content)
        return [str(folder)]

    return build


def _missing(folder: Path) -> list[str]:
    return [str(folder / "nope")]


def _empty_folder(folder: Path) -> list[str]:
    return [str(folder)]


def _one_source(folder: Path) -> list[str]:
    (folder / "a.txt").write_text(A, encoding="utf-8")
    return [str(folder)]


def _symlink_loop(folder: Path) -> list[str]:
    _two_good(folder)
    os.symlink(folder / "loop.txt", folder / "loop.txt")
    return [str(folder)]


def _symlink_loop_named(folder: Path) -> list[str]:
    _two_good(folder)
    os.symlink(folder / "loop.txt", folder / "loop.txt")
    return [str(folder / "loop.txt"), str(folder / "a.txt"), str(folder / "b.txt")]


def _folder_cycle(folder: Path) -> list[str]:
    _two_good(folder)
    os.symlink(folder, folder / "again")
    return [str(folder), "--recursive"]


def _non_utf8_name(folder: Path) -> list[str]:
    _two_good(folder)
    # A Latin-1 file name on a UTF-8 system; its content is binary so that it is named in a warning.
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(b"\x00\x01\x02")
    return [str(folder)]


def _non_utf8_name_read(folder: Path) -> list[str]:
    (folder / "a.txt").write_text(A, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(B.encode("utf-8"))
    return [str(folder), "-f", "json"]


def _output_missing_folder(folder: Path) -> list[str]:
    _two_good(folder)
    return [str(folder), "-o", str(folder / "nope" / "report.json")]


def _unknown_format(folder: Path) -> list[str]:
    _two_good(folder)
    return [str(folder), "--format", "pdf"]


def _glob_no_match(folder: Path) -> list[str]:
    _two_good(folder)
    return [str(folder / "*.html")]


def _duplicate_only(folder: Path) -> list[str]:
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "copy.txt").write_text(A.replace("\n", "\r\n"), encoding="utf-8")
    return [str(folder)]


def _fifty_mb_line(folder: Path) -> list[str]:
    _two_good(folder)
    (folder / "line.txt").write_bytes(b"word " * (10 * 1024 * 1024))
    return [str(folder)]


def _malformed_claims(content: bytes) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        _two_good(folder)
        watchlist = folder.parent / "claims.yaml"
        watchlist.write_bytes(content)
        return ["--claims", str(watchlist), str(folder)]

    return build


def _claim(text: str) -> Callable[[Path], list[str]]:
    def build(folder: Path) -> list[str]:
        _two_good(folder)
        return [text, str(folder)]

    return build


LONG_CLAIM = "The council approved the budget for road repairs on Tuesday by a vote of 7 to 2. "


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], list[str]]
    code: int
    stderr: tuple[str, ...]
    """Fragments, each expected in one line of stderr."""
    stdin: str | None = None
    sources: tuple[str, ...] | None = field(default=None)
    """For runs that go on with -f json: the source ids in the report."""
    command: str = "compare"
    claim_ids: tuple[str | None, ...] = ()
    """For ``check`` runs that go on: the ids of the checked claims, in order."""


CASES = [
    Case("missing-path", _missing, 3, ("claimcheck: error: no such file or folder: ",)),
    Case("glob-without-match", _glob_no_match, 3, ("claimcheck: error: no files match ",)),
    Case("empty-folder", _empty_folder, 3, ("claimcheck: error: no readable articles in ",)),
    Case("fewer-than-two-sources", _one_source, 3,
         ("claimcheck: error: comparing needs at least two sources; found only one source (a)",)),
    Case("binary-file", _with("blob.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0,
         ("blob.txt: binary file (contains NUL bytes)",)),
    Case("empty-file", _with("empty.txt", b""), 0, ("empty.txt: empty file",)),
    Case("whitespace-only-file", _with("blank.md", b" \n\t\r\n\xc2\xa0\n"), 0, ("blank.md: empty file",)),
    Case("undecodable-bytes", _with("odd.txt", bytes(range(128, 256)) * 20), 0,
         ("odd.txt: undecodable bytes (not text in any known encoding)",)),
    Case("bad-utf16", _with("odd16.txt", b"\xff\xfe\x00\xd8a\x00"), 0,
         ("odd16.txt: undecodable bytes",)),
    Case("single-50-mb-line", _fifty_mb_line, 0,
         ("line.txt: a line of 52,428,800 characters (the limit is 100,000): not article text",)),
    Case("symlink-loop-in-folder", _symlink_loop, 0, ("loop.txt: symlink loop",)),
    Case("symlink-loop-named", _symlink_loop_named, 0, ("loop.txt: symlink loop",)),
    Case("folder-symlink-cycle", _folder_cycle, 0, ("again: symlink loop",)),
    Case("non-utf8-file-name", _non_utf8_name, 0, ("caf\ufffd.txt: binary file",)),
    Case("non-utf8-file-name-read", _non_utf8_name_read, 0, (), sources=("a", "caf\ufffd")),
    Case("invalid-json", _with("x.json", b'{"text": "unterminated'), 0, ("x.json: not valid JSON (line 1",)),
    Case("json-without-text", _with("x.json", b'{"title": "A headline"}'), 0,
         ("x.json: no 'text' or 'content' field",)),
    Case("jsonl-bad-line",
         _with("x.jsonl", b'{"text": "' + A.split("\n", maxsplit=1)[0].encode() + b'"}\n{oops\n'),
         0, ("x.jsonl line 2: not valid JSON",), sources=("a", "b", "x-1")),
    Case("jsonl-all-bad", _with("x.jsonl", b'{oops\n[1, 2]\n'), 0,
         ("x.jsonl: no article in any of its 2 records "
          "(a JSON list, not an article object; not valid JSON)",)),
    Case("html-without-text", _with("x.html", b"<html><body><script>var a = 1;</script></body></html>"), 0,
         ("x.html: no article text found in the HTML page",)),
    Case("own-report-in-folder", _with("report.json", json.dumps(
        {"generated_by": "claimcheck 0.1.0", "sources": [], "discrepancies": []}).encode()), 0,
         ("report.json: a claimcheck report, not an article",)),
    Case("own-check-report-in-folder", _with("check.json", json.dumps(
        {"schema_version": "1.0", "claim": "The budget passed.", "verdicts": []}).encode()), 0,
         ("check.json: a claimcheck report, not an article",)),
    Case("own-html-report-in-folder",
         _with("report.html", b'<!DOCTYPE html>\n<html lang="en"><head>'
                              b"<title>claimcheck report</title></head><body></body></html>"), 0,
         ("report.html: a claimcheck report, not an article",)),
    Case("own-markdown-report-in-folder", _with("report.md", b"# claimcheck report\n\n| a | b |\n"), 0,
         ("report.md: a claimcheck report, not an article",)),
    Case("unsupported-file-type", _with("scan.pdf", b"%PDF-1.7"), 0,
         ("scan.pdf: unsupported file type '.pdf'",)),
    Case("duplicate-is-said-once", _duplicate_only, 3,
         ("copy.txt: duplicate of a",
          "error: comparing needs at least two sources; found only one source (a)")),
    Case("empty-stdin", lambda f: (_two_good(f), ["-", str(f)])[1], 0, ("skipped -: empty file",), stdin=""),
    Case("output-into-missing-folder", _output_missing_folder, 4, ("claimcheck: error: cannot write ",)),
    Case("unknown-format", _unknown_format, 2, ("Invalid value",)),
    Case("malformed-claims-yaml", _malformed_claims(b"claims:\n  - id: x\n    claim: [unclosed\n"), 3,
         ("claims.yaml: line 4: not valid YAML",), command="check"),
    Case("undecodable-claims-yaml", _malformed_claims(b"\xff\xfe\x00"), 3,
         ("claims.yaml: cannot read the watchlist",), command="check"),
    Case("check-empty-claim", _claim(""), 3, ("claimcheck: error: the claim is empty",), command="check"),
    Case("check-blank-claim", _claim(" \t\n "), 3, ("claimcheck: error: the claim is empty",),
         command="check"),
    Case("check-claim-without-content-words", _claim("It was the one of them."), 3,
         ("claimcheck: error: the claim has no content words to look for: 'It was the one of them.'",),
         command="check"),
    Case("check-claim-of-punctuation", _claim("?! ... --"), 3, ("the claim has no content words",),
         command="check"),
    Case("check-no-content-words-shown-short", _claim("the " * 500), 3,
         ("to look for: 'the the the", "...'"), command="check"),
    Case("check-very-long-claim", _claim(LONG_CLAIM * 100), 3,
         (f"claimcheck: error: the claim is {len((LONG_CLAIM * 100).strip()):,} characters long "
          "(the limit is 2,000)",),
         command="check"),
    Case("check-long-claim-within-limit", _claim(LONG_CLAIM * 20), 0, (), command="check", claim_ids=(None,)),
    Case("check-numeric-claim-ids", _malformed_claims(
        b"claims:\n  - id: 1\n    text: The council approved the budget.\n"
        b"  - id: 2.5\n    text: The budget sets aside $6 million.\n"
        b"  - id: 0x1F\n    text: The vote was 7 to 2.\n"),
         0, (), command="check", claim_ids=("1", "2.5", "0x1F")),
    Case("check-numeric-ids-still-unique", _malformed_claims(
        b"claims:\n  - id: 1\n    text: The council approved the budget.\n"
        b"  - id: '1'\n    text: The budget sets aside $6 million.\n"),
         3, ("claims.yaml: line 4: duplicate id '1' (first on line 2)",), command="check"),
    Case("check-negative-number-id",
         _malformed_claims(b"claims:\n  - id: -1\n    text: The budget passed.\n"), 3,
         ("claims.yaml: line 2: id '-1' must be letters, digits",), command="check"),
    Case("check-boolean-id", _malformed_claims(b"claims:\n  - id: yes\n    text: The budget passed.\n"), 3,
         ("claims.yaml: line 2: 'id' must be a string",), command="check"),
    Case("check-watchlist-claim-too-long", _malformed_claims(
        b"claims:\n  - id: 7\n    text: " + (LONG_CLAIM * 30).encode() + b"\n"), 3,
         (f"claimcheck: error: claim '7': the claim is {len((LONG_CLAIM * 30).strip()):,} characters long",),
         command="check"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input(tmp_path, case: Case):
    folder = tmp_path / "in"
    folder.mkdir()
    args = case.build(folder)
    if case.code == 0 and "-f" not in args and "-o" not in args:
        args = [*args, "-f", "json"]
    result = runner.invoke(app, [case.command, *args], input=case.stdin)
    assert result.exit_code == case.code, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.splitlines()
    for fragment in case.stderr:
        assert any(fragment in line for line in lines), (fragment, lines)
    if case.code == 3:
        # Input errors: warnings for what was passed over, then exactly one error line.
        assert [line for line in lines if "error:" in line] == [lines[-1]]
    if case.code in (3, 4):
        assert all(line.startswith("claimcheck: ") for line in lines)
    if case.code == 0 and case.command == "check":
        report = json.loads(result.stdout)
        checks = report.get("checks", [report])
        assert [c["id"] for c in checks] == list(case.claim_ids)
        assert all([v["source"] for v in c["verdicts"]] == ["a", "b"] for c in checks)
        assert lines == []
    elif case.code == 0:
        report = json.loads(result.stdout)
        expected = case.sources or ("a", "b")
        assert [s["id"] for s in report["sources"]] == list(expected)
        assert all(line.startswith("claimcheck: warning: skipped ") for line in lines)
        assert len(report["skipped"]) == len(lines)
