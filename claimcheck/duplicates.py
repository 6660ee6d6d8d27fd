"""The same article given twice, or a syndicated copy of it, is one source, not two.

Two copies would otherwise agree with each other on every sentence and be counted as
independent confirmation, or disagree with themselves where a copy was trimmed. The
test is on sentences, so a copy under another headline, with its own byline, footer or
a paragraph cut, is still recognised.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from claimcheck.models import Article, Skipped

MIN_SHARED = 3
"""Sentences two articles must share before they can be copies (unless their whole text is equal)."""
SHARE_OF_SMALLER = 0.8
"""Share of the shorter article's sentences found in the other."""
SHARE_OF_LARGER = 0.5
"""Share of the longer article's sentences: a short excerpt of a long article is still its own source."""
MIN_WORDS = 4
"""Shorter sentences ("He declined to comment.") recur in unrelated articles."""
MAX_POSTINGS = 20
"""A sentence already in this many kept articles is stock text; counting it would make
large runs quadratic."""

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+|\n")
# A sign glued to a number is kept as a word: "-0.1%" and "0.1%" are two claims, not two
# punctuations of one, and two texts that differ only there are not copies.
_WORD = re.compile(r"(?<![^\W_])[-\u2212](?=\d)|[^\W_]+")
_NON_WORD = re.compile(r"[\W_]+")


def drop_duplicates(articles: Sequence[Article]) -> tuple[list[Article], list[Skipped]]:
    """Keep the first of each set of copies; the others are skipped, naming the kept one."""
    kept: list[Article] = []
    kept_sizes: list[int] = []
    index: dict[str, list[int]] = {}
    whole: dict[str, int] = {}
    skipped: list[Skipped] = []
    for article in articles:
        sentences = fingerprint(article.text)
        body = " ".join(sorted(sentences)) or _NON_WORD.sub(" ", article.text.casefold()).strip()
        if body in whole:
            skipped.append(Skipped(article.path, f"duplicate of {kept[whole[body]].id}"))
            continue
        shared = Counter(i for s in sentences for i in index.get(s, ()) if len(index[s]) < MAX_POSTINGS)
        copy_of = next(((i, n) for i, n in shared.most_common()
                        if _is_copy(n, len(sentences), kept_sizes[i])), None)
        if copy_of is not None:
            i, n = copy_of
            skipped.append(Skipped(article.path, f"duplicate of {kept[i].id} "
                                                 f"({n} of {len(sentences)} sentences identical)"))
            continue
        position = len(kept)
        kept.append(article)
        kept_sizes.append(len(sentences))
        whole[body] = position
        for s in sentences:
            postings = index.setdefault(s, [])
            if len(postings) < MAX_POSTINGS:
                postings.append(position)
    return kept, skipped


def _is_copy(shared: int, size_a: int, size_b: int) -> bool:
    small, large = sorted((size_a, size_b))
    return shared >= MIN_SHARED and shared >= SHARE_OF_SMALLER * small and shared >= SHARE_OF_LARGER * large


def fingerprint(text: str) -> frozenset[str]:
    """The article's sentences, compared without case, punctuation or quote and dash styles."""
    out = set()
    for piece in _SENTENCE_END.split(text.casefold()):
        words = _WORD.findall(piece)
        if len(words) >= MIN_WORDS:
            out.add(" ".join(words))
    return frozenset(out)
