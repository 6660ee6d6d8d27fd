"""Article -> sentence-level claims, each keeping its character span in the article.

Lines are split first (headings, captions and list intros rarely end in a period, and a
splitter would glue them to the next sentence), then each line goes through pySBD, the
most exact splitter measured on news text (abbreviations such as "U.S." and "Nov. 10",
quotations of several sentences). Lines that are page furniture (headings, captions,
bylines, promotional footers) are kept as claims with their role, never compared.
"""

from __future__ import annotations

import functools
import re

from claimcheck.lexicon import DEFAULT, Lexicon
from claimcheck.models import Article, Claim, ClaimRole

_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”’]\s*$")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
HEADING_MAX_WORDS = 14
COLON_INTRO_MAX_WORDS = 5


@functools.lru_cache(maxsize=1)
def _segmenter():
    import pysbd  # imported on first use: keeps `claimcheck --help` fast

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


_CREDIT = "credit_line"
"""Key of the patterns that make a whole line a caption when it ends with a picture credit."""


@functools.lru_cache(maxsize=8)
def _noise_patterns(lexicon: Lexicon) -> dict[ClaimRole | str, list[re.Pattern[str]]]:
    tables = lexicon.tables("noise")
    ignore_case = re.IGNORECASE
    return {
        ClaimRole.BOILERPLATE: [re.compile(p, ignore_case) for p in tables.get("boilerplate", [])],
        ClaimRole.CAPTION: [re.compile(p, ignore_case) for p in tables.get("caption", [])]
        + [re.compile(p) for p in tables.get("byline", [])],
        ClaimRole.HEADING: [re.compile(p, ignore_case) for p in tables.get("caption_line", [])],
        _CREDIT: [re.compile(p) for p in tables.get("credit_line", [])],
    }


@functools.lru_cache(maxsize=8)
def _dangling_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.table("noise", "dangling_intro_words", []))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            for piece in _segmenter().segment(line):
                start, end = _trim(line, piece.start, piece.end)
                if start < end:
                    spans.append((offset + start, offset + end))
        offset += len(line) + 1
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_claims(article: Article, lexicon: Lexicon = DEFAULT) -> tuple[Claim, ...]:
    """The article's sentences as claims, with the role of each line."""
    claims: list[Claim] = []
    text = article.text
    line_spans = _line_spans(text)
    sentence_spans = split_sentences(text)
    line_index = 0
    for start, end in sentence_spans:
        while line_spans[line_index][1] < start:
            line_index += 1
        line_start, line_end = _trim(text, *line_spans[line_index])
        whole_line = (start, end) == (line_start, line_end)
        role = classify_role(text[start:end], whole_line, lexicon)
        if role is ClaimRole.STATEMENT and not whole_line and _credited(text[line_start:line_end], lexicon):
            role = ClaimRole.CAPTION  # "People queue outside. (Name/Agency)": the credit marks the whole line
        claims.append(Claim(article.id, len(claims), text[start:end], start, end, role))
    return tuple(claims)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, offset = [], 0
    for line in text.split("\n"):
        spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _credited(line: str, lexicon: Lexicon) -> bool:
    return any(p.search(line) for p in _noise_patterns(lexicon)[_CREDIT])


def classify_role(sentence: str, whole_line: bool, lexicon: Lexicon = DEFAULT) -> ClaimRole:
    """Statement, or a kind of page furniture, judged from the sentence and its line."""
    patterns = _noise_patterns(lexicon)
    for role in (ClaimRole.BOILERPLATE, ClaimRole.CAPTION):
        if any(p.search(sentence) for p in patterns[role]):
            return role
    tokens = _WORD.findall(sentence)
    words = len(tokens)
    if whole_line:
        if any(p.search(sentence) for p in patterns[ClaimRole.HEADING]):
            return ClaimRole.CAPTION
        stripped = sentence.rstrip()
        if stripped.endswith(":") and (
            words <= COLON_INTRO_MAX_WORDS or tokens[-1].lower() in _dangling_words(lexicon)
        ):
            return ClaimRole.HEADING
        if not stripped.endswith(":") and not _TERMINAL.search(stripped) and words <= HEADING_MAX_WORDS:
            return ClaimRole.HEADING
    if words == 0:
        return ClaimRole.BOILERPLATE
    return ClaimRole.STATEMENT
