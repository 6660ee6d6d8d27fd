"""Article -> sentence-level claims, each keeping its character span in the article.

Lines are split first (headings, captions and list intros rarely end in a period, and a
splitter would glue them to the next sentence), then each line goes through pySBD, the
most exact splitter measured on news text (abbreviations such as "U.S." and "Nov. 10",
quotations of several sentences). pySBD handles ~0.4 MB/s, so a line whose every
possible boundary is plain (a full stop after an ordinary word, outside quotes and
brackets, before a capital) is cut by a regular expression instead; anything else in
the line (abbreviations, initials, ellipses, open quotes) goes to pySBD as before. Lines
that are page furniture (headings, captions, bylines, promotional footers) are kept as
claims with their role, never compared. Furniture at the start of a line (a wire dateline,
a live blog's timestamp, a date stamp) is cut off as a claim of its own before the line is
split, so it is never glued to the first sentence; a line that repeats the headline is a
heading, whatever its length.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimcheck.errors import WatchlistError
from claimcheck.lexicon import DEFAULT, Lexicon
from claimcheck.limits import MAX_SEGMENTED_CHARS
from claimcheck.models import Article, Claim, ClaimRole
from claimcheck.text import is_list_item, quotation_open_after

_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”’]\s*$")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
HEADING_MAX_WORDS = 14
LIST_ITEM_MIN_WORDS = 4
"""A list item of this many words is a statement even without a full stop: blogs and
explainers give their facts as bullets ("- Payload: seven satellites from four customers")."""
COLON_INTRO_MAX_WORDS = 5
_LABEL = re.compile(r"(?:^|(?<=\s))[^\W\d_][\w'’]*(?:\s[^\W\d_][\w'’]*){0,2}\s*:(?=\s)")
_BRACKETED_NUMBERS = re.compile(r"\(\s*\d+(?:\s*,\s*\d+)*\s*\)")
HEADLINE_MAX_WORDS = 30
"""The first line of an article, when it does not end as a sentence and text follows, is its
headline up to this many words (a headline is often longer than other headings)."""


_BOUNDARY = re.compile(r"[.!?]+[\"'”’]?(\s+)(?=\S)")
_UNUSUAL = re.compile(r"[()\[\]•…\r\x0b\x0c\x85\u2028\u2029]|\.\.|^\s*\d|[!?][^\s\"'”’]")
_PLAIN_WORD = re.compile(r"(?:(?<![\w.@/&'’-])[^\W\d_]{2,}|(?<=\s)\$?\d[\d,]*(?:\.\d+)?%?)$")
_INNER_STOP = re.compile(r"[.!?…•]\S*\s+\S|[!?][^\s\"'”’]|•|\w\)|[\r\x0b\x0c\x85\u2028\u2029]")
_CURLY_QUOTE = re.compile(r"[“”]")
_SENTENCE_START = re.compile(r"[^\W\d_]|[\"“]")


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    from pysbd.lang.english import English

    abbr = English.Abbreviation
    return frozenset(abbr.ABBREVIATIONS) | frozenset(abbr.PREPOSITIVE_ABBREVIATIONS) | frozenset(
        abbr.NUMBER_ABBREVIATIONS)


def _plain_cuts(line: str) -> list[tuple[int, int]] | None:
    """Sentence spans of a line whose every boundary is unambiguous, or None when one
    is not (pySBD then decides the whole line)."""
    if not _INNER_STOP.search(line):
        return [(0, len(line))]  # nothing inside the line could end a sentence
    if _UNUSUAL.search(line) or not _quotes_paired(line):
        return None
    spans, start = [], 0
    for m in _BOUNDARY.finditer(line):
        before = line[start:m.start()]
        word = _PLAIN_WORD.search(before)
        if word is None or word.group().casefold() in _abbreviations():
            return None
        head = line[:m.start(1)]
        if head.count("“") != head.count("”") or head.count('"') % 2:
            return None  # inside a quotation, which may hold several sentences
        if not _SENTENCE_START.match(line, m.end()) or line[m.end()].islower():
            return None
        if m.group()[-len(m.group(1)) - 1] in "\"”" and line[m.end()] in "\"“":
            return None  # quotation after quotation: pySBD may keep them together
        spans.append((start, m.start(1)))
        start = m.end()
    spans.append((start, len(line)))
    return spans


def _quotes_paired(line: str) -> bool:
    depth = 0
    for ch in _CURLY_QUOTE.findall(line):
        depth += 1 if ch == "“" else -1
        if depth < 0:
            return False
    return depth == 0 and line.count('"') % 2 == 0


@functools.lru_cache(maxsize=1)
@functools.lru_cache(maxsize=1)
def _segmenter():
    import pysbd  # imported on first use: keeps `claimcheck --help` fast
    from pysbd.utils import TextSpan

    class Segmenter(pysbd.Segmenter):
        """pySBD with its sentence offsets found by ``str.find``. pySBD compiles each
        sentence into a pattern (its escaped text, then any whitespace) to find where it
        is: a third of its time, and its own rules were pushed out of ``re``'s cache.
        Same spans: the leftmost occurrence at or after the last one tried, with the
        whitespace after it, that ends past the previous sentence."""

        def sentences_with_char_spans(self, sentences):
            if not all(sentences):
                return super().sentences_with_char_spans(sentences)
            text = self.original_text
            spans, prior_end = [], 0
            # Where the walk through a sentence's occurrences stopped, for a sentence met
            # again in this line: the occurrences before it end before the last span does
            # and would be passed over again, so the walk goes on from there (from the
            # line's start, a run of one repeated sentence, "?! ?! ...", went through every
            # earlier copy for each: time growing with the square of the run).
            resume = {}  # sentence -> where its walk stopped
            for sent in sentences:
                at = resume[sent] if sent in resume else text.find(sent)
                while at >= 0:
                    end = at + len(sent)
                    while end < len(text) and text[end].isspace():  # what \s matches in a str pattern
                        end += 1
                    if end > prior_end:
                        spans.append(TextSpan(text[at:end], at, end))
                        prior_end = end
                        at = text.find(sent, end)
                        break
                    at = text.find(sent, end)
                resume[sent] = at
            return spans

    return Segmenter(language="en", clean=False, char_span=True)


_CREDIT = "credit_line"
"""Key of the patterns that make a whole line a caption when it ends with a picture credit."""


def _compile(pattern: object, table: str, flags: int = 0) -> re.Pattern[str]:
    """One pattern of a noise table; a watchlist may extend these tables, so a pattern that
    does not compile is the user's error, named, not a traceback."""
    try:
        return re.compile(str(pattern), flags)
    except (re.error, RecursionError, OverflowError) as exc:
        raise WatchlistError(f"lexicon table 'noise.{table}': {str(pattern)[:80]!r} is not a valid "
                             f"regular expression ({exc})") from None


def _noise_patterns(lexicon: Lexicon) -> dict[ClaimRole | str, list[re.Pattern[str]]]:
    tables = lexicon.tables("noise")
    ignore_case = re.IGNORECASE

    def compiled(table: str, flags: int = 0) -> list[re.Pattern[str]]:
        return [_compile(p, table, flags) for p in tables.get(table, [])]

    return {
        ClaimRole.BOILERPLATE: compiled("boilerplate", ignore_case),
        ClaimRole.CAPTION: compiled("caption", ignore_case) + compiled("byline"),
        ClaimRole.HEADING: compiled("caption_line", ignore_case),
        _CREDIT: compiled("credit_line"),
    }


@dataclass(frozen=True)
class _LinePatterns:
    """The noise tables that act on lines rather than on sentences (``data/noise.yaml``)."""

    date_lines: tuple[re.Pattern[str], ...]
    """A whole line that is only a date or a time: a caption (when the page was published)."""
    prefixes: tuple[re.Pattern[str], ...]
    """Furniture that may open a line before its text: cut off as a claim of its own."""
    unbroken: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    """(end of the text before, start of the text after) between which no sentence is cut."""


def _line_patterns(lexicon: Lexicon) -> _LinePatterns:
    tables = lexicon.tables("noise")
    pieces = {str(k): str(v) for k, v in (tables.get("pieces") or {}).items()}

    def fill(pattern: object) -> str:
        pattern = str(pattern)
        for name, piece in pieces.items():
            pattern = pattern.replace(f"%{name}%", f"(?:{piece})")
        return pattern

    return _LinePatterns(
        date_lines=tuple(_compile(fill(p), "date_line", re.IGNORECASE) for p in tables.get("date_line", [])),
        prefixes=tuple(_compile(fill(p), "line_prefix") for p in tables.get("line_prefix", [])),
        unbroken=tuple((_compile(fill(a), "unbroken"), _compile(fill(b), "unbroken"))
                       for a, b in tables.get("unbroken", [])),
    )


def _segments(line: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The pieces of a line: each furniture prefix cut off its start ("PORT ELLAN, March 9
    (Agency) -", "2:15 p.m. ET:"), then the rest. A line that is all furniture stays whole."""
    patterns = lexicon.compiled(_line_patterns)
    prefixes = patterns.prefixes
    # (Furniture is matched from where the line's text starts: a page may indent its date line.)
    pieces, start = [], len(line) - len(line.lstrip())
    while prefixes:
        rest = line[start:]
        if any(p.search(rest) for p in patterns.date_lines):
            break  # "Updated 15:20 GMT": a date line, whole
        ends = (m.end() for p in prefixes if (m := p.match(rest)) is not None)
        cut = next((end for end in ends if end and rest[end:].strip()), 0)  # text must follow
        if not cut:
            break
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, len(line)))
    return pieces


def _is_prefix(sentence: str, lexicon: Lexicon) -> bool:
    """Whether the sentence is nothing but line-opening furniture (a dateline, a timestamp)."""
    text = sentence.strip() + " "
    return any((m := p.match(text)) is not None and m.end() >= len(text) - 1
               for p in lexicon.compiled(_line_patterns).prefixes)


def _rejoined(text: str, cuts: list[tuple[int, int]], lexicon: Lexicon) -> list[tuple[int, int]]:
    """The cuts, with the sentences the splitter parted where no sentence ends ("at 4:30 p.m. |
    ET") put back together."""
    unbroken = lexicon.compiled(_line_patterns).unbroken
    if len(cuts) < 2 or not unbroken:
        return cuts
    joined = [cuts[0]]
    for start, end in cuts[1:]:
        before, after = text[joined[-1][0]:joined[-1][1]].rstrip(), text[start:end].lstrip()
        if any(a.search(before) and b.search(after) for a, b in unbroken):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _dangling_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.table("noise", "dangling_intro_words", []))


def split_sentences(text: str, segmented: dict[str, list[tuple[int, int]]] | None = None,
                    lexicon: Lexicon = DEFAULT, line_spans: list[tuple[int, int]] | None = None
                    ) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``, whitespace trimmed, in order (``segmented``: the
    cuts of the lines pySBD has read already in this run, by line). Furniture opening a line
    (``_segments``) is a span of its own (``line_spans``: the lines' pieces, when they have
    been cut already)."""
    spans: list[tuple[int, int]] = []
    for piece_start, piece_end in line_spans if line_spans is not None else _line_spans(text, lexicon):
        piece = text[piece_start:piece_end]
        if not piece.strip():
            continue
        # A piece that does not end its line is furniture cut off the line's start: whole.
        prefix = piece_end < len(text) and text[piece_end] != "\n"
        cuts = [(0, len(piece))] if prefix else _plain_cuts(piece)
        if cuts is None and segmented is not None:
            cuts = segmented.get(piece)
            if cuts is None:
                cuts = segmented[piece] = _segmented(piece)
        elif cuts is None:
            cuts = _segmented(piece)
        for cut in _unglued(piece, _rejoined(piece, cuts, lexicon)):
            start, end = _trim(piece, *cut)
            if start < end:
                spans.append((piece_start + start, piece_start + end))
    return spans


_GLUED_END = re.compile(r"(?<![\w.@/&'’-])([A-Za-z][a-z]{2,}|\d+)[.!?][\"”’]?(?=[\"“‘]?[A-Z][a-z])")
"""A sentence end whose space a web page lost with its paragraph break ("... to 20 years in
jail.Garrow said ...", "... you were doing."Lena ..."): a word of three letters or more or a number, a stop,
and a capitalised word straight after."""


def _unglued(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The cuts, each also cut where a sentence ends without a space (``_GLUED_END``); not
    after an abbreviation ("Gov.Smith"), and not inside a web or mail address."""
    if "." not in text and "!" not in text and "?" not in text:
        return cuts
    found: list[tuple[int, int]] = []
    for start, end in cuts:
        at = start
        for m in _GLUED_END.finditer(text, start, end):
            if m.group(1).casefold() in _abbreviations():
                continue
            found.append((at, m.end()))
            at = m.end()
        found.append((at, end))
    return found


def _segmented(line: str) -> list[tuple[int, int]]:
    """pySBD's cuts of a line it takes to read (abbreviations, quotes); a line too long for
    it at once is read in chunks cut where a sentence plainly ends (``limits.MAX_SEGMENTED_CHARS``)."""
    if len(line) <= MAX_SEGMENTED_CHARS:
        return [(piece.start, piece.end) for piece in _segmenter().segment(line)]
    cuts: list[tuple[int, int]] = []
    for start, end in _chunks(line):
        if end - start > MAX_SEGMENTED_CHARS:
            cuts.append((start, end))  # no plain sentence end in it: not prose, one (overlong) sentence
        else:
            pieces = _segmenter().segment(line[start:end])
            cuts += [(start + piece.start, start + piece.end) for piece in pieces]
    return cuts


_PLAIN_END = re.compile(r"\b[a-z]{4,}[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z])")
"""Where a sentence plainly ends: a lower-case word of four letters or more (no abbreviation,
no initial), a stop, and a capital after the space ("... were lost. The ...")."""


def _chunks(line: str) -> list[tuple[int, int]]:
    """The line in chunks of at most MAX_SEGMENTED_CHARS cut at plain sentence ends, each as
    long as it can be; a chunk is longer only where no plain end comes sooner."""
    ends = [m.end() for m in _PLAIN_END.finditer(line)] + [len(line)]
    chunks: list[tuple[int, int]] = []
    start = last = 0
    for end in ends:
        if end - start > MAX_SEGMENTED_CHARS and last > start:
            chunks.append((start, last))
            start = last
        last = end
        if end - start > MAX_SEGMENTED_CHARS:
            chunks.append((start, end))
            start = end
    if start < len(line):
        chunks.append((start, len(line)))
    return chunks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_claims(article: Article, lexicon: Lexicon = DEFAULT) -> tuple[Claim, ...]:
    """The article's sentences as claims, with the role of each line."""
    return split_articles([article], lexicon)[0]


def split_articles(articles: Sequence[Article], lexicon: Lexicon = DEFAULT) -> list[tuple[Claim, ...]]:
    """The claims of each article. A line or a sentence met again (copies of one story
    repeat theirs) is cut and judged once in the run."""
    segmented: dict[str, list[tuple[int, int]]] = {}
    roles: dict[tuple[str, bool], ClaimRole] = {}
    return [_split(a, lexicon, segmented, roles) for a in articles]


def _split(article: Article, lexicon: Lexicon, segmented: dict[str, list[tuple[int, int]]],
           roles: dict[tuple[str, bool], ClaimRole]) -> tuple[Claim, ...]:
    claims: list[Claim] = []
    text = article.text
    line_spans = _line_spans(text, lexicon)
    sentence_spans = split_sentences(text, segmented, lexicon, line_spans)
    title = _comparable(article.title) if article.title else None
    line_index = 0
    open_quote, quote_line = False, -1
    for start, end in sentence_spans:
        while line_spans[line_index][1] <= start:
            line_index += 1
        if line_index != quote_line:
            open_quote, quote_line = False, line_index  # a paragraph opens with no quotation open
        quoted = open_quote
        open_quote = quotation_open_after(text[start:end], quoted)
        line_start, line_end = _trim(text, *line_spans[line_index])
        whole_line = (start, end) == (line_start, line_end)
        role = roles.get((text[start:end], whole_line))
        if role is None:
            role = roles[(text[start:end], whole_line)] = classify_role(text[start:end], whole_line, lexicon)
        if role is ClaimRole.STATEMENT and not whole_line and _credited(text[line_start:line_end], lexicon):
            role = ClaimRole.CAPTION  # "People queue outside. (Name/Agency)": the credit marks the whole line
        if role is ClaimRole.STATEMENT and whole_line and (
                _comparable(text[start:end]) == title or (not claims and _headline(text, start, end))):
            role = ClaimRole.HEADING  # the headline, repeated as the first line or given as one
        claims.append(Claim(article.id, len(claims), text[start:end], start, end, role, quoted=quoted))
    return tuple(claims)


def _line_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The spans of the lines' pieces (``_segments``), every line in order."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        spans.extend((offset + a, offset + b) for a, b in _segments(line, lexicon))
        offset += len(line) + 1
    return spans


def _comparable(line: str) -> str:
    return " ".join(_WORD.findall(line.casefold()))


def _headline(text: str, start: int, end: int) -> bool:
    """Whether the article's first line is a headline: it does not end as a sentence, is no
    bullet and no longer than a headline, and the article goes on after it."""
    line = text[start:end]
    return (not _TERMINAL.search(line) and not line.endswith(":") and not is_list_item(line)
            and len(_WORD.findall(line)) <= HEADLINE_MAX_WORDS and bool(text[end:].strip()))


def _credited(line: str, lexicon: Lexicon) -> bool:
    return lexicon.compiled(_noise_unions)[_CREDIT](line)


def _noise_unions(lexicon: Lexicon) -> dict[ClaimRole | str, Callable[[str], bool]]:
    """Each ``_noise_patterns`` list as one test: whether any of its patterns is found."""
    return {role: _any_found(found) for role, found in lexicon.compiled(_noise_patterns).items()}


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]+\)")


def _any_found(patterns: Sequence[re.Pattern[str]]) -> Callable[[str], bool]:
    """Whether any pattern is found in a text, asked in one search of their union: a sentence
    is tested against every furniture pattern, and one search is several times faster than
    one per pattern. Patterns a union would change (backreferences, global flags) are asked
    one by one."""
    if not patterns or any(_BACKREFERENCE.search(p.pattern) for p in patterns):
        return lambda text: any(p.search(text) for p in patterns)
    parts = [f"(?{'i' if p.flags & re.IGNORECASE else '-i'}:{p.pattern})" for p in patterns]
    try:
        union = re.compile("|".join(parts))
    except re.error:  # e.g. one group name in two patterns
        return lambda text: any(p.search(text) for p in patterns)
    return lambda text: union.search(text) is not None


def classify_role(sentence: str, whole_line: bool, lexicon: Lexicon = DEFAULT) -> ClaimRole:
    """Statement, or a kind of page furniture, judged from the sentence and its line."""
    found = lexicon.compiled(_noise_unions)
    for role in (ClaimRole.BOILERPLATE, ClaimRole.CAPTION):
        if found[role](sentence):
            return role
    if _name_number_list(sentence):
        return ClaimRole.CAPTION
    tokens = _WORD.findall(sentence)
    words = len(tokens)
    if whole_line:
        if found[ClaimRole.HEADING](sentence):
            return ClaimRole.CAPTION
        if any(p.search(sentence) for p in lexicon.compiled(_line_patterns).date_lines):
            return ClaimRole.CAPTION  # "March 9, 2024 at 1:15 p.m.": when the page was published
        if is_list_item(sentence) and words >= LIST_ITEM_MIN_WORDS:
            return ClaimRole.STATEMENT  # "- Launch: 9:07pm on Monday, April 13": a fact box states facts
        stripped = sentence.rstrip()
        if stripped.endswith(":") and (
            words <= COLON_INTRO_MAX_WORDS or tokens[-1].lower() in lexicon.compiled(_dangling_words)
        ):
            return ClaimRole.HEADING
        if not stripped.endswith(":") and not _TERMINAL.search(stripped) and words <= HEADING_MAX_WORDS:
            return ClaimRole.HEADING
        if _is_prefix(stripped, lexicon):
            return ClaimRole.CAPTION  # a dateline or timestamp cut off the start of its line
    if words == 0:
        return ClaimRole.BOILERPLATE
    if _data_line(sentence, tokens):
        return ClaimRole.CAPTION
    return ClaimRole.STATEMENT


def _data_line(sentence: str, words: Sequence[str]) -> bool:
    """Whether the sentence is a line of data with no prose in it (a ticker box, an address:
    "TARC TARCO CORP. 41.20 +0.70 +1.73%", "Unit 12, 400 West Road, Tarnby, OH"): not one
    word in lower case, so no verb states anything and no word says what a figure measures;
    a figure in it; and no label that makes it a fact box's line ("Budget: $40 million")."""
    return (not any(w[:1].islower() for w in words) and any(ch.isdigit() for ch in sentence)
            and ":" not in sentence and not is_list_item(sentence))


def _name_number_list(sentence: str) -> bool:
    """Whether the sentence is a labelled list of names and numbers, a results box's line
    ("Scorers: Name (12, 40)", "Home: (7) 14 Goals: Name Kicks: Name 2"): no prose word, in
    lower case, after its first label, a number, and several labels or a bracketed list of
    numbers. Such a box counts per name (who scored, in which minutes), not the figures
    prose gives, and its numbers say nothing of what they count; a line of one label and a
    name ("Vehicle: Name 2", "Issued: Monday 9 March") is a fact box's, and stays."""
    labels = list(_LABEL.finditer(sentence))
    if not labels:
        return False
    rest = sentence[labels[0].start():]
    if not any(ch.isdigit() for ch in rest) or any(w[:1].islower() for w in _WORD.findall(rest)):
        return False
    return len(labels) >= 2 or _BRACKETED_NUMBERS.search(rest) is not None
