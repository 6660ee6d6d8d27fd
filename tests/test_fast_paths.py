"""Shortcuts taken for speed give the answers of the code they stand in for."""

from __future__ import annotations

from importlib import resources

import pysbd
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.claims import _segmenter
from claimcheck.lexicon import DATA_PACKAGE, builtin

SEGMENT_CASES = [
    # (id, line): lines where finding each sentence's offsets is not a plain left-to-right walk
    ("repeated-sentence", "He left. She stayed. He left. He left."),
    ("repeated-with-more-space", "No.   No.  No. Then yes."),
    ("unicode-spaces-after", "The vote passed.\u00a0\u2003It was close.\u3000"),
    ("abbreviations", "Dr. Ames met Gen. Ruiz at 9 a.m. on Nov. 10. They spoke."),
    ("quotation-inside", "“We are not leaving. We will rebuild,” the mayor said. Crews stayed."),
    ("ellipsis-and-marks", "Wait... what? Yes! (Really.) Fine."),
    ("one-sentence", "Nothing inside this line ends a sentence"),
    ("leading-space", "   Starts with spaces. Ends with a tab.\t"),
]

_PIECES = ["Dr. Ames", " said", " 3.5 percent.", " U.S.", " \u00a0", " He left.", "  ", "\u2003",
           " “Yes.”", " (AP)", "...", " No!", " Mr. X.", "\t", " a.m.", " He left.", " Why?"]


def _pysbd_spans(line: str) -> list[tuple[str, int, int]]:
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return [(s.sent, s.start, s.end) for s in segmenter.segment(line)]


def _our_spans(line: str) -> list[tuple[str, int, int]]:
    return [(s.sent, s.start, s.end) for s in _segmenter().segment(line)]


@pytest.mark.parametrize("line", [c[1] for c in SEGMENT_CASES], ids=[c[0] for c in SEGMENT_CASES])
def test_sentence_offsets_as_pysbd_finds_them(line):
    assert _our_spans(line) == _pysbd_spans(line)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_sentence_offsets_of_any_line_as_pysbd_finds_them(pieces):
    line = "".join(pieces)
    assert _our_spans(line) == _pysbd_spans(line)


DATA_FILES = sorted(p.name.removesuffix(".yaml") for p in resources.files(DATA_PACKAGE).iterdir()
                    if p.name.endswith(".yaml"))


@pytest.mark.parametrize("name", DATA_FILES)
def test_tables_read_as_the_plain_yaml_loader_reads_them(name):
    text = resources.files(DATA_PACKAGE).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    assert builtin(name) == yaml.safe_load(text)


_REPLACED = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u2007\u202f\u2009\u200a\u3000\u2028\u2029\x0b\x0c\x85"


@pytest.mark.parametrize("text", [
    "Plain text, nothing to replace.\nA second line with a \\ backslash.",
    *(f"before{ch}after" for ch in _REPLACED),
    "mixed\u00a0spaces\u200band\u3000marks\u00ad everywhere",
])
def test_text_normalised_as_by_the_tables(text):
    from claimcheck.readers import _INVISIBLE, _SPACES, normalise_text

    assert normalise_text(text) == text.translate(_INVISIBLE).translate(_SPACES)
