"""Quotations inside claims, and whether two quotations are the same remark.

A quotation is text between matching quote marks: curly or straight, double or single.
Single marks double as apostrophes, so a single-quoted span must open after a non-letter
and close before one ("the 'very large' fund", never "China's ... Beijing's").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from claimcheck.lexicon import DEFAULT, Lexicon
from claimcheck.models import Claim
from claimcheck.text import double_quoted, stem, stopwords, unaccented

_PATTERNS = (
    re.compile(r"(?<![\w‘’])‘([^‘]+?)’(?![\w])"),
    re.compile(r"(?<![\w'])'([^']+?)'(?![\w])"),
)
"""Single quotation marks; double ones are read by where they stand (``text.double_quoted``)."""
_WORDS = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*", re.UNICODE)
MIN_QUOTE_WORDS = 2


@dataclass(frozen=True)
class Quote:
    claim: Claim
    text: str
    """The words inside the marks, trailing punctuation trimmed."""
    start: int
    """Offset of the quoted words in ``claim.text``."""
    end: int

    @functools.cached_property
    def words(self) -> tuple[str, ...]:
        return quote_words(self.text)


def quote_words(text: str) -> tuple[str, ...]:
    """Words of a quotation for comparison: lower case, abbreviation dots dropped
    ("U.S." = "US"), curly apostrophes straightened."""
    return tuple(w.casefold().replace("’", "'").replace(".", "") for w in _WORDS.findall(text))


def extract_quotes(claim: Claim, lexicon: Lexicon = DEFAULT) -> list[Quote]:
    found: list[Quote] = []
    taken: list[tuple[int, int]] = []
    spans = list(double_quoted(claim.text, claim.quoted)[0])
    spans += [(m.start(1), m.end(1)) for pattern in _PATTERNS for m in pattern.finditer(claim.text)]
    for start, end in spans:
        if any(start < e and s < end for s, e in taken):
            continue
        inner = claim.text[start:end]
        trimmed = inner.rstrip(" ,.;:!?")
        lead = len(inner) - len(inner.lstrip())
        if len(quote_words(trimmed)) < MIN_QUOTE_WORDS or _is_a_title(trimmed, lexicon):
            continue
        taken.append((start, end))
        found.append(Quote(claim, trimmed.strip(), start + lead, start + len(trimmed)))
    return sorted(found, key=lambda q: q.start)


def _is_a_title(text: str, lexicon: Lexicon) -> bool:
    """Whether quoted words are a name, not a remark: every word capitalised but the function
    words, as the title of a work or a nickname is written ("Surviving the Flood", "The Iron
    Chancellor"). A remark runs on in lower case after its first word."""
    words = _WORDS.findall(text)
    stop = stopwords(lexicon)
    return all(w[:1].isupper() or w.casefold() in stop for w in words) \
        and sum(w[:1].isupper() for w in words) >= MIN_QUOTE_WORDS


class QuoteRelation(str, Enum):
    UNRELATED = "unrelated"
    IDENTICAL = "identical"
    EXCERPT = "excerpt"
    """One is a cut of the other that changes nothing: a prefix, or a part quoted mid-sentence."""
    VARIANT = "variant"
    """The same remark worded differently: a word added, dropped or changed."""


def relate_quotes(a: Quote, b: Quote, stopwords: frozenset[str],
                  similarity_floor: float = 70.0, lexicon: Lexicon = DEFAULT) -> QuoteRelation:
    from rapidfuzz import fuzz

    wa, wb = a.words, b.words
    shorter, longer = (a, b) if len(wa) <= len(wb) else (b, a)
    ws, wl = shorter.words, longer.words
    alike = (QuoteRelation.IDENTICAL if wa == wb or _spelt_alike(wa, wb, lexicon)
             else _with_insertions(a, b, lexicon))
    if alike is None and len(ws) >= MIN_STEMMED_OPENING and _stems(wl[:len(ws)]) == _stems(ws):
        # The longer's opening in other forms of the same words ("not our hearts" / "not our
        # heart. We will ..."), as two translations of one remark give it: a cut of it.
        alike = QuoteRelation.EXCERPT
    if alike is not None:
        return alike
    cut_off = _cut_off(ws, wl)
    if _contains(wl, ws) or cut_off:
        # A cut is faithful when the shorter keeps its own capitalisation at that place:
        # "We have ..." cut from "I think we have ..." turned a hedge into an assertion.
        opening = wl[: len(ws)] == ws or cut_off or _after_a_joiner(wl, ws, lexicon)
        cut_text = shorter.text.replace("’", "'")
        if opening or shorter.text[:1].islower() or shorter.text in longer.text \
                or _after_clause_break(cut_text, longer.text, lexicon) \
                or _after_a_plain_phrase(cut_text, longer.text, lexicon):
            return QuoteRelation.EXCERPT
        return QuoteRelation.VARIANT
    if _elided_cut(a, b) or _elided_cut(b, a):
        return QuoteRelation.EXCERPT  # "A ... C" cut from "A, B and C": the marks say words were left out
    if _other_sentences(a.text, b.text):
        return QuoteRelation.UNRELATED
    if one_word_changed(wa, wb):
        return QuoteRelation.VARIANT  # "I had to rub my eyes" / "... my ears"
    content_a = {w for w in wa if w not in stopwords}
    content_b = {w for w in wb if w not in stopwords}
    if len(content_a & content_b) < 2:
        return QuoteRelation.UNRELATED
    if _overlapping_cuts(a, b) or _overlapping_cuts(b, a):
        return QuoteRelation.UNRELATED
    if _aligned_share(wa, wb) < SAME_PASSAGE_SHARE:
        # Two passages of one statement (one source quotes its opening sentences, another
        # later ones) share a sentence or a phrase: two quotations, not one misquoted.
        return QuoteRelation.UNRELATED
    if fuzz.ratio(" ".join(wa), " ".join(wb)) >= similarity_floor:
        return QuoteRelation.VARIANT
    if _longest_common_run(wa, wb) >= min(SAME_OPENING_WORDS, len(ws)) and len(ws) >= SAME_OPENING_WORDS:
        return QuoteRelation.VARIANT  # "We lost the old town in forty seconds" / "... in less than a minute"
    return QuoteRelation.UNRELATED


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘]?[A-Z])")


MIN_STEMMED_OPENING = 4
"""Words a quotation must have to be read as another's opening in other forms of its words."""


def _other_sentences(a: str, b: str) -> bool:
    """Whether two quotations are two cuts of one statement at its sentences: they share a
    sentence word for word, and each sentence of one that the other lacks is unlike every
    sentence of the other ("A. C." / "B. C."): other sentences quoted, none worded otherwise."""
    from rapidfuzz import fuzz

    said_a = [" ".join(quote_words(x)) for x in _SENTENCE_END.split(a) if quote_words(x)]
    said_b = [" ".join(quote_words(x)) for x in _SENTENCE_END.split(b) if quote_words(x)]
    if len(said_a) + len(said_b) < 3 or not set(said_a) & set(said_b):
        return False
    only_a, only_b = set(said_a) - set(said_b), set(said_b) - set(said_a)
    return not any(fuzz.ratio(x, y) >= SAME_SENTENCE_RATIO for x in only_a for y in said_b) \
        and not any(fuzz.ratio(y, x) >= SAME_SENTENCE_RATIO for y in only_b for x in said_a)


SAME_SENTENCE_RATIO = 70.0
"""Similarity at which a sentence of one quotation is the other's worded otherwise."""


def one_word_changed(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two quotations of ``ONE_WORD_CHANGED_MIN`` words or more differ in one word
    only, every other the same and in place."""
    return len(a) == len(b) >= ONE_WORD_CHANGED_MIN and sum(x != y for x, y in zip(a, b, strict=True)) == 1


_INSERTION = re.compile(r"\[[^\]]{1,60}\]")
MAX_INSERTED_FOR = 6
"""Words of the remark an editor's bracketed words may stand for ("which [the board] never
paid for" for "which they never paid for")."""


def _with_insertions(a: Quote, b: Quote, lexicon: Lexicon) -> QuoteRelation | None:
    """How two quotations relate where one puts words in square brackets, an editor's words
    standing in for a pronoun of the speaker's ("[the board]" for "they", "[Vale's]" for
    "her"): the same remark when the rest is word for word the other's. A bracket standing
    for words of substance ("the finest [skipper]" for "the finest sailor") changes the
    remark, as any other word changed does. None where neither has such a bracket, or the
    rest differs."""
    function_words = stopwords(lexicon)
    for edited, other in ((a, b), (b, a)):
        if "[" not in edited.text:
            continue
        parts = _INSERTION.split(edited.text)
        if len(parts) < 2:
            continue
        slot = rf"((?:\S+ ){{0,{MAX_INSERTED_FOR}}})"
        pattern = slot.join("".join(re.escape(w + " ") for w in _normal(quote_words(part), lexicon))
                            for part in parts)
        said = "".join(w + " " for w in _normal(other.words, lexicon))
        found = re.fullmatch(pattern, said)
        relation = QuoteRelation.IDENTICAL
        if found is None and len(edited.words) < len(other.words):
            found, relation = re.search("(?:^| )" + pattern, said), QuoteRelation.EXCERPT
        if found is not None and all(w in function_words for slot_words in found.groups()
                                     for w in slot_words.split()):
            return relation
    return None


def _normal(words: tuple[str, ...], lexicon: Lexicon) -> tuple[str, ...]:
    """The words with accents dropped and a figure's scale written out as a word ("3bn",
    "3billion" and "3 billion" are one figure)."""
    scales = lexicon.compiled(_scale_words)
    out: list[str] = []
    for word in _plain(words):
        m = _GLUED_SCALE.fullmatch(word)
        if m and m.group(2) in scales:
            out += [m.group(1), scales[m.group(2)]]
        else:
            out.append(scales.get(word, word) if out and out[-1][:1].isdigit() else word)
    return tuple(out)


_GLUED_SCALE = re.compile(r"(\d[\d,.]*)([a-z]+)")


def _scale_words(lexicon: Lexicon) -> dict[str, str]:
    """Each scale word and abbreviation (``numbers.yaml``), by the scale word it stands for."""
    named = {int(v): str(k) for k, v in (lexicon.table("numbers", "scales", {}) or {}).items()}
    words = {str(k): str(k) for k in named.values()}
    for k, v in (lexicon.table("numbers", "scale_abbreviations", {}) or {}).items():
        if int(v) in named:
            words[str(k)] = named[int(v)]
    return words


def _spelt_alike(a: tuple[str, ...], b: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether two quotations differ only in how their words are spelt: a contraction written
    out ("it's" / "it is", ``contraction_suffixes``), accents dropped in transcription, a
    compound written open, hyphened or closed ("hell-bent" / "hellbent"), or a
    figure's scale abbreviated ("£3bn" / "£3 billion"). The same words in the same order are
    the same rendering of a remark, not a rewording."""
    na, nb = _normal(a, lexicon), _normal(b, lexicon)
    if na == nb or _closed_up(na) == _closed_up(nb):
        return True  # (a compound written open, hyphened or closed: "hell-bent" / "hellbent")
    if _unmarked(na) == _unmarked(nb) or _stems(na) == _stems(nb):
        # An apostrophe lost in transcription ("its" for "it's"), or a word rendered in another
        # form of itself ("our heart" / "our hearts"), as two translations of one remark give it.
        return True
    whole, suffixes = lexicon.compiled(_contractions)
    if not any(w in whole or "'" in w for w in a + b):
        return False
    return not set(_spellings(a, whole, suffixes)).isdisjoint(_spellings(b, whole, suffixes))


def _unmarked(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.replace("'", "") for w in words)  # (``quote_words`` straightened curly ones)


def _stems(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(stem(w) for w in words)


def _closed_up(words: tuple[str, ...]) -> str:
    """The words run together, hyphens dropped: one string for every way of writing a compound."""
    return "".join(w.replace("-", "") for w in words)


MAX_SPELLINGS = 16
"""Readings of a quotation's contractions tried at most (each "'s" is "is" or "has")."""

_Spellings = dict[str, list[list[str]]]


def _contractions(lexicon: Lexicon) -> tuple[_Spellings, _Spellings]:
    def table(name: str) -> _Spellings:
        return {str(k).casefold(): [str(v).casefold().split() for v in vs]
                for k, vs in (lexicon.table("stopwords", name, {}) or {}).items()}
    return table("contraction_words"), table("contraction_suffixes")


def _plain(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words with their accents dropped ("Orlàn" / "Orlan")."""
    return tuple(unaccented(w) for w in words)


def _spellings(words: tuple[str, ...], whole: _Spellings, suffixes: _Spellings) -> Iterator[tuple[str, ...]]:
    """Each reading of the quotation with its contractions written out, accents dropped."""
    options: list[list[list[str]]] = []
    for word in _plain(words):
        suffix = next((x for x in suffixes if word.endswith(x) and len(word) > len(x)), None)
        options.append(whole[word] if word in whole
                       else [[word[:-len(suffix)], *v] for v in suffixes[suffix]] if suffix else [[word]])
    for reading in itertools.islice(itertools.product(*options), MAX_SPELLINGS):
        yield tuple(w for part in reading for w in part)


ONE_WORD_CHANGED_MIN = 4
"""A quotation of this many words or more told with one word changed, all others the same and
in place, is one remark misquoted, however few content words it has."""
SAME_OPENING_WORDS = 5
"""A run of this many words in common, content words among them, is one remark
rendered twice, even when the rest is reworded past what a character ratio forgives."""


_CLAUSE_ENDS = ".!?;:\u2014\u2026"


def _after_clause_break(shorter: str, longer: str, lexicon: Lexicon) -> bool:
    """Whether the cut starts where a clause of the longer quotation starts: after a
    sentence's end, or after ", and" ("Our crews arrived, and the smell was overpowering"
    quoted as "The smell was overpowering"). What it drops is a clause of its own, not a
    hedge of what it keeps ("I think we have" quoted as "We have")."""
    at = _find_words(shorter, longer)
    if at < 0:
        return False
    before = longer[:at].rstrip()
    if before.endswith(tuple(_CLAUSE_ENDS)):
        return True
    words = before.split()
    return len(words) >= 2 and words[-2].endswith(",") \
        and words[-1].casefold() in lexicon.words("stopwords", "clause_joiners")


def _after_a_plain_phrase(shorter: str, longer: str, lexicon: Lexicon) -> bool:
    """Whether the cut starts after a leading phrase set off by a comma that holds no stance
    ("To keep pace with that demand, we hired ..." quoted as "We hired ..."): a reporter
    capitalises a clause quoted on its own. A phrase that hedges, believes, doubts or denies
    ("I think, we have") is what the cut would drop, so it is no faithful cut."""
    at = _find_words(shorter, longer)
    before = longer[:max(at, 0)].rstrip()
    if at <= 0 or not before.endswith(","):
        return False
    stance = lexicon.phrases(("certainty", "hedges"), ("certainty", "believing"), ("certainty", "doubts"),
                             ("certainty", "negations"))
    # Case matters to the cues ("May" is a month); a phrase opening the quotation is capitalised.
    before = before.replace("’", "'")
    return stance is None or not stance.search(before[:1].lower() + before[1:])


def _cut_off(shorter: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """Whether the shorter quotation is the longer's opening cut off inside a word, as a page
    cut short leaves it ("All winter our engineers said the river wa"): no other wording."""
    n = len(shorter)
    return 1 < n < len(longer) and longer[:n - 1] == shorter[:n - 1] and longer[n - 1] != shorter[-1] \
        and longer[n - 1].startswith(shorter[-1])


def _find_words(shorter: str, longer: str) -> int:
    """Where the words of ``shorter`` stand, in order, in ``longer``, whatever the punctuation
    between them ("influence and sway" in "influence, and sway"); -1 where they do not."""
    words = _WORDS.findall(shorter)
    if not words or len(words) >= MAX_FOUND_WORDS:
        return -1
    pattern = r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)"
    found = re.search(pattern, longer.replace("’", "'"), re.IGNORECASE)
    return found.start() if found else -1


MAX_FOUND_WORDS = 400
"""Words of a quotation beyond which it is not searched for word by word."""


def _overlapping_cuts(first: Quote, then: Quote) -> bool:
    """Whether two quotations are overlapping cuts of one statement: ``first`` ends with words
    that open ``then``, verbatim, and each goes on where a sentence or clause of the statement
    ends ("I regret it. We failed them." / "We failed them. We are sorry."). Each quotes a part
    the other leaves out; neither words the shared part differently."""
    wa, wb = first.words, then.words
    size = next((n for n in range(min(len(wa), len(wb)) - 1, SAME_OPENING_WORDS - 1, -1)
                 if wa[-n:] == wb[:n]), 0)
    if not size:
        return False
    spans_a = list(_WORDS.finditer(first.text))
    spans_b = list(_WORDS.finditer(then.text))
    opens = first.text[:spans_a[-size].start()].rstrip()
    closes = then.text[spans_b[size - 1].end():].lstrip()
    return opens.endswith(tuple(_CLAUSE_ENDS)) and closes.startswith(tuple(_CLAUSE_ENDS))


SAME_PASSAGE_SHARE = 0.5
"""Share of the shorter quotation's words the two must have in common, in order, to
render one passage."""


def _aligned_share(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Share of the shorter word sequence that lines up, in order, with the other."""
    from difflib import SequenceMatcher

    blocks = SequenceMatcher(a=a, b=b, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) / max(1, min(len(a), len(b)))


def _longest_common_run(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    from difflib import SequenceMatcher

    match = SequenceMatcher(a=a, b=b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    # (A run whose quotations open with different words is a phrase two remarks share, "is a
    # battle against the tide" said of two things; a remark rendered twice keeps what leads
    # to it, "Our members have kept ..." / "Our members kept ...".)
    before_a, before_b = a[:match.a], b[:match.b]
    if before_a and before_b:
        blocks = SequenceMatcher(a=before_a, b=before_b, autojunk=False).get_matching_blocks()
        kept = sum(m.size for m in blocks)
        if min(len(before_a), len(before_b)) - kept > REWORDED_LEAD:
            return 0
    return match.size


REWORDED_LEAD = 1
"""Words before a shared run that one rendering of a remark may change ("Tonight we ..." /
"Today we ..."): more, and the run is a phrase two remarks share."""


def differing_words(a: Quote, b: Quote) -> tuple[list[str], list[str]]:
    """Words only in ``a`` and words only in ``b``, in order of appearance."""
    from difflib import SequenceMatcher

    wa, wb = a.words, b.words
    only_a: list[str] = []
    only_b: list[str] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if tag != "equal":
            only_a.extend(wa[i1:i2])
            only_b.extend(wb[j1:j2])
    return only_a, only_b


_ELLIPSIS = re.compile(r"\[?(?:\.\s?\.\s?\.|\u2026)\]?")


def _elided_cut(cut: Quote, whole: Quote) -> bool:
    """Whether a quotation with words left out, marked by an ellipsis, is a cut of the other:
    each stretch between the marks is in it, in order."""
    parts = [words for part in _ELLIPSIS.split(cut.text) if (words := quote_words(part))]
    if len(parts) < 2:
        return False
    at = 0
    for part in parts:
        n = len(part)
        found = next((i for i in range(at, len(whole.words) - n + 1) if whole.words[i:i + n] == part), None)
        if found is None:
            return False
        at = found + n
    return True


def _after_a_joiner(longer: tuple[str, ...], shorter: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether the shorter quotation is the longer one's opening but for a word joining it to
    what was said before (``clause_joiners``: "We are home" / "And we are home. A
    triumph ..."): the cut leaves out a link, not a word that changes what is said."""
    joiners, n = lexicon.words("stopwords", "clause_joiners"), len(shorter)
    return len(longer) > n and longer[0] in joiners and longer[1:n + 1] == shorter


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))
