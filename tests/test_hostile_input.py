"""Untrusted pages in, nothing lost out (issue 17): hostile input gives a run, a named skip
or one line on stderr with a documented exit code, never a traceback; no output format
carries a raw control character from the input; a failed write leaves no partial report.

Every text here is invented. Rows build their inputs in a fresh folder.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import cli
from claimcheck.cli import app
from claimcheck.errors import OutputError, WatchlistError
from claimcheck.facts import extract_facts
from claimcheck.limits import MAX_WATCHLIST_CLAIMS, LimitExceeded, load_yaml, visible
from claimcheck.render.markdown import escape
from claimcheck.watchlist import parse_watchlist

runner = CliRunner()

A = "The parish board approved 40 new cottages on Tuesday, the clerk said.\n"
B = "On Tuesday the parish board approved 46 new cottages, the clerk said.\n"
ESC = "\x1b"


def _bomb(indent: str, anchor_prefix: str = "b") -> list[str]:
    """Ten levels of nine aliases each: a few hundred bytes that expand to 9**10 values."""
    lines = [f"{indent}{anchor_prefix}0: &{anchor_prefix}0 [w, w, w, w, w, w, w, w, w]"]
    for n in range(1, 10):
        refs = ", ".join([f"*{anchor_prefix}{n - 1}"] * 9)
        lines.append(f"{indent}{anchor_prefix}{n}: &{anchor_prefix}{n} [{refs}]")
    return lines


def _folder_with(name: str, content: str | bytes) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        (folder / "b.txt").write_text(B, encoding="utf-8")
        data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
        (folder / name).write_bytes(data)

    return build


@dataclass(frozen=True)
class Row:
    name: str
    build: Callable[[Path], None]
    command: str
    """compare, or check (the claim is A's sentence)."""
    code: int
    stderr: tuple[str, ...] = ()


_LONG_DIGITS = "9" * 400
_WIDE_DIGITS = "\uff19" * 400
_SCALES = " ".join(["billion"] * 40)

ROWS = [
    # Figures too large for a float: rounding and formatting them raised OverflowError.
    Row(
        "digits-past-float",
        _folder_with("a.txt", f"The board approved {_LONG_DIGITS} new cottages.\n"),
        "compare",
        0,
    ),
    Row(
        "wide-digits-past-float",
        _folder_with("a.txt", f"The board approved {_WIDE_DIGITS} new cottages.\n"),
        "compare",
        0,
    ),
    Row(
        "scale-words-past-float",
        _folder_with("a.txt", f"The repairs cost a {_SCALES} dollars.\n"),
        "compare",
        0,
    ),
    Row(
        "digits-past-float-check",
        _folder_with("a.txt", f"The board approved {_LONG_DIGITS} new cottages.\n"),
        "check",
        0,
    ),
    Row(
        "ordinal-of-5000-digits",
        _folder_with("a.txt", f"It was the 1{'0' * 5000}th vote of the board.\n"),
        "compare",
        0,
    ),
    # Integers YAML and JSON read without a digit limit, which str() then refuses.
    Row(
        "front-matter-hex-integer",
        _folder_with("a.md", f"---\ntitle: 0x{'f' * 6000}\n---\n{A}"),
        "compare",
        0,
    ),
    Row(
        "front-matter-sexagesimal",
        _folder_with("a.md", f"---\noutlet: 1{':59' * 3000}\n---\n{A}"),
        "compare",
        0,
    ),
    Row(
        "json-10000-digit-number",
        _folder_with("a.json", '{"text": "%s", "title": %s}' % (A.strip(), "7" * 10000)),
        "compare",
        3,
        ("a.json: not valid JSON (a number too long to read)",),
    ),
    Row(
        "jsonl-10000-digit-number",
        _folder_with("a.jsonl", '{"text": "%s", "title": %s}\n' % (A.strip(), "7" * 10000)),
        "compare",
        3,
        ("a.jsonl: not valid JSON",),
    ),
    Row(
        "json-lone-surrogate",
        _folder_with("a.json", '{"text": "The parish board approved 40 new cottages \\ud800."}'),
        "compare",
        0,
    ),
    # A sentence too long to be prose (a run of figures with no stop) is named as a skip,
    # and the rest of its article is read.
    Row(
        "overlong-sentence-compare",
        _folder_with("a.txt", A + "The clerk listed " + "17 " * 1500 + "as lots.\n"),
        "compare",
        0,
        ("a.txt: a sentence of 4,525 characters (the limit is 2,000)",),
    ),
    Row(
        "overlong-sentence-check",
        _folder_with("a.txt", A + "The clerk listed " + "17 " * 1500 + "as lots.\n"),
        "check",
        0,
        ("a.txt: a sentence of 4,525 characters (the limit is 2,000)",),
    ),
    # YAML that would build gigabytes, or construct Python objects.
    Row(
        "front-matter-alias-bomb",
        _folder_with("a.md", "\n".join(["---", *_bomb(""), "---", A])),
        "compare",
        3,
        ("a.md: front matter too large: more than",),
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_hostile_input_runs_or_says_why(tmp_path, row):
    row.build(tmp_path)
    args = [row.command, str(tmp_path)] if row.command == "compare" else ["check", A.strip(), str(tmp_path)]
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == row.code, result.output
    assert "Traceback" not in result.output
    for expected in row.stderr:
        assert expected in result.stderr, result.stderr


@pytest.mark.parametrize(
    "text",
    [
        f"It rose by {_LONG_DIGITS} percent.",
        f"a {_SCALES} dollars",
        f"{_WIDE_DIGITS} people",
        f"the 1{'0' * 400}th time",
    ],
)
def test_no_figure_past_the_bound(text):
    # Each gave a traceback (OverflowError, or ValueError for a long int) or an infinite value.
    assert all(f.value is None or abs(f.value) < 1e50 for f in extract_facts(text))


def _watchlist(*lines: str) -> str:
    return "\n".join(["claims:", "  - id: board-vote", f'    text: "{A.strip()}"', *lines]) + "\n"


WATCHLISTS = [
    (
        "python-tag",
        _watchlist("lexicon:", "  synonyms:", "    groups: [!!python/object/apply:os.getcwd []]"),
        "lexicon table 'synonyms.groups'",
    ),
    (
        "deep-nesting",
        _watchlist("lexicon:", "  synonyms:", "    groups: " + "[" * 3000 + "]" * 3000),
        "nested more than",
    ),
    (
        "alias-bomb",
        _watchlist(
            "lexicon:",
            "  synonyms:",
            "    groups:",
            "      -",
            "        - x",
            *("      - " + line.split(": ", 1)[1] for line in _bomb("")),
        ),
        "once its aliases are expanded",
    ),
    (
        "id-with-newline",
        'claims:\n  - id: "board\\nvote"\n    text: "The board met."\n',
        "id 'board\\nvote' must be",
    ),
    (
        "too-many-claims",
        "claims:\n"
        + "".join(
            f'  - id: c{n}\n    text: "The board met {n} times."\n' for n in range(MAX_WATCHLIST_CLAIMS + 1)
        ),
        "a watchlist holds at most",
    ),
]


@pytest.mark.parametrize("name, text, message", WATCHLISTS, ids=[w[0] for w in WATCHLISTS])
def test_hostile_watchlist_is_one_line_error(name, text, message):
    with pytest.raises(WatchlistError) as raised:
        parse_watchlist(text)
    assert message in str(raised.value)
    assert "\n" not in visible(str(raised.value))


def test_invalid_regex_in_lexicon_is_one_line_error(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    watchlist = tmp_path / "w.yaml"
    watchlist.write_text(
        _watchlist("lexicon:", "  noise:", '    boilerplate: ["(unclosed"]'), encoding="utf-8"
    )
    result = runner.invoke(app, ["check", "--claims", str(watchlist), str(tmp_path / "a.txt")])
    assert result.exit_code == 3, result.output
    assert "lexicon table 'noise.boilerplate'" in result.stderr
    assert result.stderr.count("\n") == 1


def test_the_loader_counts_expanded_aliases_not_written_ones():
    with pytest.raises(LimitExceeded):
        load_yaml("\n".join(_bomb("")))
    assert load_yaml("a: &x [1, 2]\nb: *x\n") == {"a": [1, 2], "b": [1, 2]}  # a small alias is fine


# --- every output format: no raw control character from the input ----------------------

_HOSTILE_TEXT = (
    f"The parish board approved {ESC}[2J{ESC}]0;title\x07 40 new cottages \x9b31m on Tuesday"
    f"{ESC}]8;;http://example.invalid{ESC}\\, the \u202eclerk said.\n"
)
_CONTROL = [chr(c) for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]] + ["\u202e"]


def _hostile_folder(folder: Path) -> None:
    (folder / "a.md").write_text(
        f'---\ntitle: "Board {ESC}[31mvote"\noutlet: "Gazette\x07"\n---\n{_HOSTILE_TEXT}', encoding="utf-8"
    )
    (folder / "b.txt").write_text(B, encoding="utf-8")
    (folder / f"c{ESC}[8m.txt").write_text(
        "The parish board approved 52 new cottages on Tuesday.\n", encoding="utf-8"
    )


@pytest.mark.parametrize("fmt", ["terminal", "json", "markdown", "csv", "html"])
@pytest.mark.parametrize("command", ["compare", "check"])
def test_no_output_carries_a_control_character(tmp_path, fmt, command):
    _hostile_folder(tmp_path)
    args = (
        [command, str(tmp_path)] if command == "compare" else ["check", f"{ESC}[2J{A.strip()}", str(tmp_path)]
    )
    result = runner.invoke(app, [*args, "--format", fmt])
    assert result.exit_code == 0, result.output
    leaked = sorted({hex(ord(ch)) for ch in result.stdout + result.stderr if ch in _CONTROL})
    assert leaked == []


def test_a_file_name_with_an_escape_is_shown_escaped(tmp_path):
    _hostile_folder(tmp_path)
    result = runner.invoke(app, ["compare", str(tmp_path), "--format", "json"])
    assert "c\\x1b[8m" in {s["id"] for s in json.loads(result.stdout)["sources"]}


@pytest.mark.parametrize(
    "text, shown",
    [
        # An address, a language name and an entity are no mention or reference: left as they are.
        ("ask @someone at a@b.example", "ask @&#8203;someone at a@b.example"),
        ("see #42 of the C# notes", "see #&#8203;42 of the C# notes"),
    ],
)
def test_markdown_mentions_and_references_are_not_live(text, shown):
    assert escape(text) == shown


# --- writing the report ------------------------------------------------------------------


def test_a_failed_write_keeps_the_old_report_and_leaves_no_part_file(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(B, encoding="utf-8")
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    target.write_text("old report", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    result = runner.invoke(app, ["compare", str(tmp_path / "in"), "-o", str(target)])
    assert result.exit_code == 4
    assert result.stderr.strip().endswith("No space left on device")
    assert target.read_text(encoding="utf-8") == "old report"
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.json"]


class _ClosedPipe:
    def write(self, text: str) -> int:
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    def fileno(self) -> int:
        raise ValueError("no descriptor")

    def isatty(self) -> bool:
        return False


def test_a_closed_pipe_ends_quietly(monkeypatch):
    monkeypatch.setattr("sys.stdout", _ClosedPipe())
    with pytest.raises(cli._ReaderGone):
        cli._write("report", None)


def test_a_stdout_closed_before_the_run_is_an_output_error(monkeypatch):
    monkeypatch.setattr("sys.stdout", None)  # what Python makes of a closed descriptor 1
    with pytest.raises(OutputError, match="standard output is closed"):
        cli._write("report", None)
    assert cli._use_color(False, None) is False


def test_a_report_behind_a_link_is_replaced_through_it(tmp_path):
    # Renaming over the link itself would turn it into a file and leave the report stale.
    report = tmp_path / "real.json"
    report.write_text("old", encoding="utf-8")
    report.chmod(0o640)
    (tmp_path / "link.json").symlink_to(report)
    cli._write("new\n", tmp_path / "link.json")
    assert (tmp_path / "link.json").is_symlink()
    assert report.read_text(encoding="utf-8") == "new\n"
    assert report.stat().st_mode & 0o777 == 0o640


def test_an_overlong_sentence_is_read_as_empty():
    from claimcheck.annotate import annotate
    from claimcheck.limits import MAX_SENTENCE_CHARS
    from claimcheck.models import Claim

    text = "The clerk listed " + "17 " * (MAX_SENTENCE_CHARS // 3) + "as lots."
    sentence = annotate(Claim(source="a", index=0, text=text, start=0, end=len(text)))
    assert sentence.text == text
    assert (sentence.tokens, sentence.facts, sentence.names) == ((), (), ())


@pytest.mark.parametrize(
    ("spans", "inside", "outside"),
    [
        ([(4, 9)], [4, 8], [3, 9]),
        ([(10, 12), (0, 3)], [0, 2, 10, 11], [3, 9, 12]),
        ([(0, 20), (5, 8)], [0, 9, 19], [20]),  # a span inside another: the outer one's end holds
        ([(6, 6)], [], [5, 6, 7]),  # an empty span holds nothing
        ([], [], [0]),
    ],
)
def test_within_finds_every_span_an_offset_is_in(spans, inside, outside):
    from claimcheck.text import within

    test = within(spans)
    assert [x for x in inside + outside if test(x)] == inside


def test_an_article_past_the_size_bound_is_a_named_skip(tmp_path, monkeypatch):
    from claimcheck import limits

    # The bound made small, so that the row stays fast; the invented article is a dump's size to it.
    monkeypatch.setattr(limits, "MAX_ARTICLE_CHARS", 500)
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    (tmp_path / "dump.txt").write_text(A * 20, encoding="utf-8")
    result = runner.invoke(app, ["compare", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "dump.txt: an article of 1,400 characters (the limit is 500): not one news report" in result.stderr
    assert [s["id"] for s in json.loads(result.stdout)["sources"]] == ["a", "b"]


def test_more_articles_than_a_run_reads_is_one_line(tmp_path, monkeypatch):
    from claimcheck import loading

    monkeypatch.setattr(loading, "MAX_ARTICLES", 3)
    for n in range(4):
        (tmp_path / f"s{n}.txt").write_text(A.replace("40", str(40 + n)), encoding="utf-8")
    result = runner.invoke(app, ["compare", str(tmp_path)])
    assert result.exit_code == 3
    assert result.stderr.strip().splitlines() == ["claimcheck: error: more than 3 articles in one run "
                                                  "(the limit): compare one story's coverage at a time"]


@pytest.mark.parametrize(
    ("line", "chunks"),
    [
        # Prose past the bound: cut at plain sentence ends, each chunk as long as it may be.
        ("The clerk counted the boats. " * 700, [(0, 9976), (9976, 19952), (19952, 20300)]),
        # Abbreviations and initials end no sentence plainly: one chunk, read as one sentence.
        ("Dr. Mr. A. B. " * 800, [(0, 11200)]),
        # A line within the bound is one chunk.
        ("The clerk counted the boats. " * 10, [(0, 290)]),
    ],
)
def test_a_long_line_is_segmented_in_chunks_cut_at_plain_ends(line, chunks):
    from claimcheck.claims import _chunks

    assert _chunks(line) == chunks


def test_a_long_line_of_prose_splits_into_its_sentences():
    from claimcheck.claims import split_sentences

    sentence = "The clerk counted 12 boats in the harbour on Monday."
    line = " ".join([sentence] * 400)
    spans = split_sentences(line)
    assert len(spans) == 400 and {line[a:b] for a, b in spans} == {sentence}
