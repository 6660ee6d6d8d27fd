"""Word-level helpers shared by matching and the detectors: tokens with offsets,
a light stemmer, synonym groups and clause boundaries."""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from sys import intern
from typing import NamedTuple

from claimcheck.lexicon import DEFAULT, Lexicon

_TOKEN = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*\.?", re.UNICODE)
_ABBREVIATION = re.compile(r"\.[^\W_]+\.$|^[A-Z][a-z]{0,3}\.$")
"""A token whose final period is its own: "U.S.", "Nov."."""
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+\S")
# A break starts at the first space of a run or after a non-space: a match starting inside
# a run would also start at its first space, which comes first, and testing every space of a
# run again (each reading the run to its end) took time growing with the square of the run.
# (A colon between digits is part of a time, "2:07:15", "10:33 am", not a break.)
_CLAUSE_BREAK = re.compile(r"(?<!\s)\s*(?:[;—–()]|(?<!\d):|:(?!\d)|\s-\s"
                           r"|,\s+(?:and|but|while|whereas|although|adding|saying|as)\b"
                           r"|\bwhile\b|\bwhereas\b)\s*")


class Token(NamedTuple):
    """A word of a text with its place. (A named tuple: every sentence of a run is cut
    into tokens, which are built and sent between processes by the hundred thousand.)"""

    text: str
    """As written, trailing period of abbreviations kept ("U.S.")."""
    norm: str
    """Lower case, apostrophes straightened, trailing period dropped."""
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """Word tokens with offsets (the annotate stage reads a sentence's once: later stages
    read ``Sentence.tokens``)."""
    out = []
    for m in _TOKEN.finditer(text):
        raw = m.group()
        # A final period belongs to the token only for abbreviations like "U.S." or "Nov.".
        if raw.endswith(".") and not _ABBREVIATION.search(raw):
            raw = raw[:-1]
        # One string object per spelling: tokens are sent between processes by the hundred
        # thousand, and pickle writes a string it has written before as a short reference.
        raw = intern(raw)
        norm = _norm(raw)
        out.append(Token(raw, raw if norm == raw else intern(norm), m.start(), m.start() + len(raw)))
    return out


@functools.lru_cache(maxsize=65536)
def unaccented(word: str) -> str:
    """A word with its accents dropped, every other character kept ("Orlàn" / "Orlan")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: enough to meet "finalized"/"finalize", "votes"/"vote"."""
    w = word.casefold()
    if len(w) <= 3 or not w.isalpha():
        return w
    found = _stripped(w)
    if len(found) >= SPELLED_Z_LETTERS and found[-2:] in ("is", "ys") and found != w:
        # British "-ise" is American "-ize": "hospitalised" and "hospitalized", "analysed" and
        # "analyzed" are one word.
        found = found[:-1] + "z"
    if len(found) < STEM_LETTERS:
        # Too little left to tell words apart ("fees" and "fee" would be "f" and "fee"): the
        # word as written, a plural "s" dropped.
        return w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    return found


STEM_LETTERS = 3
"""Letters of the shortest stem ``stem`` gives."""
SPELLED_Z_LETTERS = 5
"""Letters from which a stem in "-is" is read as "-iz" (not "raise", "prise": other words)."""


def _stripped(w: str) -> str:
    for suffix, keep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""),
                         ("ly", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)] + keep
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # "stopped" -> "stop"
            if suffix == "s" and w.endswith("ss"):
                return w
            return base.rstrip("e")
    return w.rstrip("e")


def _synonym_map(lexicon: Lexicon) -> dict[str, str]:
    """Each stem's concept: its synonym group's head. An irregular verb's past forms go to its
    base first (``irregular_verbs``: "took off" and "had taken off", "rose" and "has risen"
    say one act), so that they share the group of the base."""
    bases = {stem(str(past)): stem(str(base))
             for past, base in lexicon.table("verdicts", "irregular_verbs", [])}
    mapping: dict[str, str] = {}
    for group in lexicon.table("synonyms", "groups", []):
        words = [str(w) for w in group]
        head = stem(words[0])
        for word in words:
            if " " not in word:
                mapping.setdefault(bases.get(stem(word), stem(word)), head)
    for past, base in bases.items():
        mapping.setdefault(past, mapping.get(base, base))
    return mapping


QUOTATION_MARKS = "'\"\u2018\u2019\u201c\u201d"
"""Single and double quotation marks, straight and curly."""


def stopwords(lexicon: Lexicon = DEFAULT) -> frozenset[str]:
    return lexicon.compiled(_stopwords)


def _stopwords(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.table("stopwords", "stopwords", []))


@functools.lru_cache(maxsize=65536)
def concept(word: str, lexicon: Lexicon = DEFAULT) -> str:
    """The synonym group of a word (its stem when it has none)."""
    s = stem(word)
    return intern(lexicon.compiled(_synonym_map).get(s, s))  # the word itself, where it is its concept


def concepts(text: str, lexicon: Lexicon = DEFAULT) -> list[str]:
    """Content concepts of a text, in order (stopwords and bare numbers dropped); the
    annotate stage reads a sentence's once (``Sentence.concepts``)."""
    stop = stopwords(lexicon)
    norms = map(_norm, _TOKEN.findall(text))
    return [concept(n, lexicon) for n in norms if n not in stop and not n[:1].isdigit()]


def _norm(raw: str) -> str:
    """``Token.norm`` of a token as matched, without building the token: matching and the
    detectors read the concepts of every claim (3x faster at 5,000 articles). The period
    ``tokens`` may keep or drop is stripped from the norm either way."""
    norm = raw.casefold().replace("’", "'").rstrip(".")
    # A possessive is about its owner: "Beijing's" is about Beijing.
    return norm[:-2] if norm.endswith("'s") and len(norm) > 2 else norm


def within(spans: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether an offset lies inside one of ``spans`` (start in, end out), each
    test a bisection: testing every span for every token grows with the square of a line
    of values."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach: list[int] = []  # the furthest end of the spans starting at or before each
    for _, b in ordered:
        reach.append(max(b, reach[-1]) if reach else b)

    def inside(offset: int) -> bool:
        k = bisect_right(starts, offset) - 1
        return k >= 0 and reach[k] > offset

    return inside


def clause_bounds(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a sentence, cut at semicolons, dashes, brackets and
    coordinating links (", and", ", while", ", adding")."""
    bounds, start = [], 0
    for m in _CLAUSE_BREAK.finditer(text):
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds or [(0, len(text))]


def is_list_item(line: str) -> bool:
    """A bulleted or numbered line ("- Launch: 9:07pm on Monday", "2. Turnout rose")."""
    return _LIST_ITEM.match(line) is not None


_DOUBLE_MARKS = re.compile("[\"“”„]")
_OPENS_AFTER = "([{\u2014\u2013-"
_CLOSES_BEFORE = ",.;:!?)]}\u2014\u2013-"


def double_quoted(text: str, open_at_start: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """Spans inside double quotation marks, each mark read as opening or closing by where it
    stands (before a word, or after one), not by its glyph: pages mix them ("“We won," said X.
    “Since ...\""), and a straight mark opens as often as it closes. A mark that opens while
    another quotation is open ends that one (a quotation running on, unclosed), and one left
    open runs to the end. With whether a quotation is still open at the end
    (``open_at_start``: one was open before the text)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = 0 if open_at_start else None
    for m in _DOUBLE_MARKS.finditer(text):
        at = m.start()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        opens = (before.isspace() or before in _OPENS_AFTER) and not after.isspace()
        closes = not before.isspace() and (after.isspace() or after in _CLOSES_BEFORE)
        if opened is not None and (closes or opens):
            spans.append((opened, at))
            opened = at + 1 if opens and not closes else None
        elif opens:
            opened = at + 1
    if opened is not None and opened < len(text):
        # A quotation left open runs to the end of the text: the first sentence of a quotation
        # of several, or a sentence wholly inside one opened before it.
        spans.append((opened, len(text)))
    return spans, opened is not None


def quotation_open_after(text: str, open_at_start: bool = False) -> bool:
    """Whether a quotation is open at the end of the text (opened in it, or before it and
    not closed in it): the next sentence of its paragraph is then quoted words too."""
    return double_quoted(text, open_at_start)[1]
