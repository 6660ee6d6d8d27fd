"""How a claim stands on what it states: negated or affirmed predicates.

Works on concepts (stem + synonym group), so "has not officially confirmed" and
"offered no public confirmation" both negate the concept of confirming.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claimcheck.lexicon import DEFAULT, Lexicon
from claimcheck.text import Token, concept, stopwords, tokens


@dataclass(frozen=True)
class Predication:
    concept: str
    """The concept stated or denied ("confirm")."""
    negated: bool
    finite: bool
    """Affirmed in a past or perfect form ("confirmed", "won"): a statement that it happened."""
    start: int
    """Span of the whole phrase in the claim ("still need to finalize")."""
    end: int
    subject: frozenset[str]
    """Capitalised names before the predicate in its clause; empty when the subject is generic."""
    capitalised: bool = False
    """Written with a capital inside the sentence: a name."""


@functools.lru_cache(maxsize=8)
def _tables(lexicon: Lexicon):
    cues = sorted((tuple(str(c).casefold().replace("’", "'").split()) for c in lexicon.table("polarity", "negation_cues", [])),
                  key=len, reverse=True)
    fillers = frozenset(str(w).casefold() for w in lexicon.table("polarity", "fillers", []))
    antonyms: dict[str, str] = {}
    for a, b in lexicon.table("polarity", "antonyms", []):
        ca, cb = concept(str(a), lexicon), concept(str(b), lexicon)
        antonyms[ca], antonyms[cb] = cb, ca
    past = frozenset(str(w).casefold() for w in lexicon.table("polarity", "irregular_past", []))
    return cues, fillers, antonyms, past


def predications(text: str, lexicon: Lexicon = DEFAULT) -> list[Predication]:
    """Every content word of the claim as affirmed, or as negated when a cue governs it."""
    cues, fillers, _, past = _tables(lexicon)
    stop = stopwords(lexicon)
    toks = tokens(text)
    words = [t.norm for t in toks]
    negated_at: dict[int, int] = {}  # token index of predicate -> token index where its cue starts
    i = 0
    while i < len(words):
        matched = next((c for c in cues if tuple(words[i:i + len(c)]) == c
                        or (c == ("n't",) and words[i].endswith("n't"))), None)
        if matched is None:
            i += 1
            continue
        j = i + (1 if matched == ("n't",) else len(matched))
        while j < len(words) and (words[j] in fillers or words[j].endswith("ly") and words[j] not in stop):
            j += 1
        if j < len(words) and words[j] not in stop:
            negated_at[j] = i
        i = j if j > i else i + 1
    result = []
    for k, tok in enumerate(toks):
        if tok.norm in stop or tok.norm[:1].isdigit() or k in negated_at.values():
            continue
        negated = k in negated_at
        start = toks[negated_at[k]].start if negated else tok.start
        name = tok.norm if tok.text[:1].isupper() else concept(tok.norm, lexicon)
        finite = tok.norm.endswith("ed") or tok.norm in past
        result.append(Predication(concept=name, negated=negated, finite=finite, start=start, end=tok.end,
                                  subject=_subject(text, toks, k, stop),
                                  capitalised=tok.text[:1].isupper() and k > 0))
    return result


_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "when", "after", "before", "because", "if", "while",
                             "whereas", "although", "though", "as", "since", "but"})


def _subject(text: str, toks: list[Token], k: int, stop: frozenset[str]) -> frozenset[str]:
    """Capitalised words between the start of the predicate's clause and the predicate."""
    names = []
    for n in range(k - 1, -1, -1):
        t = toks[n]
        between = text[t.end:toks[n + 1].start]
        if any(p in between for p in ",;:—(") or t.norm in _CLAUSE_OPENERS:
            break
        if t.text[:1].isupper() and (n > 0 or t.norm not in stop):
            names.append(t.norm)
    return frozenset(names[:3])


def antonym_of(concept_name: str, lexicon: Lexicon = DEFAULT) -> str | None:
    return _tables(lexicon)[2].get(concept_name)


__all__ = ["Predication", "antonym_of", "predications"]
