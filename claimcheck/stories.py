"""Group a feed's articles into stories: the articles that report one event.

A feed mixes many events, and claims must only ever be matched within one: a "12 dead" of
one story is no disagreement with a "12 dead" of another. Articles about one event share its
*event-specific* evidence: the names of its people, places and bodies, its figures and its
dates. Topic words are no such evidence (two rate decisions both speak of a bank, a rate
and inflation), so an article is read here as the set of those marks only (``evidence``).

Two steps, neither comparing every article with every other:
1. candidate pairs from MinHash LSH (``datasketch``) over the evidence sets, which finds
   the sets of high Jaccard similarity in time linear in the feed;
2. a precise check of each candidate pair (``_same_story``): enough shared marks, and a
   large enough share of the smaller article's marks, the commonest marks of the feed
   counting less.
Stories are then the connected groups of the pairs that pass. The library is imported
only when a feed has more than one article, so ``claimcheck --help`` stays light.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from claimcheck.lexicon import DEFAULT, Lexicon
from claimcheck.models import Article, Story

NUM_PERM = 128
"""MinHash permutations: 128 keeps the estimate's error near 0.09 at the LSH threshold."""
LSH_THRESHOLD = 0.08
"""Jaccard similarity above which a pair is likely a candidate. Low on purpose: articles of
one story of very different lengths share a small part of their union, and every candidate
still passes the precise check."""
MIN_SHARED = 3.25
"""Weighted shared marks below which two articles are not taken as one story: a few shared
names or figures can be chance (two stories in one country, a common first name, a round
number). With MIN_CONTAINMENT, midway in the range (3-3.5, 0.15-0.2) that groups both the
feed of the written corpora and a feed of nine real events right: lower merges two events
in one country, higher splits an event told in short articles."""
MIN_CONTAINMENT = 0.175
"""Weighted share of the smaller article's marks the two must share."""
MIN_SHARED_WITH_STORY = 1.5
"""Marks a lone article must share with a story to join it, each counted by the share of
the story's articles that carry it..."""
STRAY_MARGIN = 2.0
"""... and how many times more than it shares with any other story (``_attach_strays``)."""
MAX_DAYS_APART = 14
"""Articles published further apart than this report different events, whatever they share
(two stories in one country name its leader alike); a week's follow-ups stay within it."""
LABEL_WORDS = 4
"""Marks in a story's label."""

YEARS = (1900, 2100)
"""A four-digit figure in this range is read as a year."""

_POSSESSIVE = re.compile(r"['’]s$")
_CONTRACTION = re.compile(r"['’][a-z]+$")
"""A capitalised "We'll" opens a sentence; it names nothing."""
_MARK_TOKEN = re.compile(r"(?<![^\W_])(?![a-z])(?:\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’-][^\W\d_]+)*)")
"""A word that does not open with an ASCII lower-case letter, or a figure."""
_LOWER_TOKEN = re.compile(r"(?<![^\W_])[^\W\d_A-Z]+(?:['’-][^\W\d_]+)*")
"""A word that opens with a letter other than an ASCII capital (capitals outside ASCII are
dropped after the match)."""
_ADJACENT = frozenset({" ", ". ", ", "})
"""What stands between the month and the day of a date ("Nov. 10", "10 March", "March 9, 2026")."""


@dataclass(frozen=True)
class _Marks:
    """What an article carries of its event."""

    keys: frozenset[str]
    """Lower-case marks: a name's words, "#" and a figure, "@" and a date ("@march-9")."""
    shown: dict[str, str]
    """How each mark was first written, for labels."""
    runs: tuple[tuple[str, ...], ...] = ()
    """The names as written, each a run of capitalised words ("Pushpa Kamal Dahal")."""
    lower: frozenset[str] = frozenset()
    """The words the article writes in lower case."""
    share: dict[str, float] = field(default_factory=dict)
    """How much each mark counts for this article (``feed_marks``): a name of three words
    is one person, not three marks, so each of its words counts a third."""

    def total(self, weight: dict[str, float]) -> float:
        return sum(weight[k] * self.share.get(k, 1.0) for k in self.keys)


def _calendar(lexicon: Lexicon) -> frozenset[str]:
    dates = lexicon.tables("dates")
    words = {str(w).casefold() for table in ("months", "month_abbreviations", "weekdays")
             for w in dates.get(table) or ()}
    return frozenset(words)


def evidence(article: Article, lexicon: Lexicon = DEFAULT) -> _Marks:
    """The marks of an article that may be event-specific: names (a capitalised word that is
    no function or calendar word), figures of three digits or more or with decimals (two
    digits and clock times recur across unrelated stories), and dates (month and day); with
    the words the article writes in lower case, by which ``feed_marks`` drops the capitalised
    common nouns of titles and bodies ("Chief", "Council") and the words that open sentences
    ("Officials") from the names."""
    stop = lexicon.words("stopwords", "stopwords")
    calendar = lexicon.compiled(_calendar)
    text = f"{article.title}\n{article.text}" if article.title else article.text
    shown: dict[str, str] = {}
    runs: list[list[str]] = []
    previous, previous_end, in_name = "", -1, False
    # Only capitalised words and figures are walked one by one; the lower-case words are
    # only ever looked up, so they are gathered in one pass of the pattern.
    for match in _MARK_TOKEN.finditer(text):
        word = _POSSESSIVE.sub("", match.group())
        low = word.casefold()
        name = False
        adjacent = text[previous_end:match.start()] in _ADJACENT
        if word[0].isdigit():
            around = text[match.start() - 1:match.end() + 1]
            _figure(word, previous if adjacent else "", calendar, around, shown)
        elif word[0].islower():
            pass  # a lower-case letter outside ASCII: gathered below
        elif low in calendar:
            if adjacent and previous.isdigit() and len(previous) <= 2:  # "16 April": "April 16"
                shown.setdefault(f"@{low}-{int(previous)}", f"{word} {previous}")
        elif low not in stop and len(low) > 1 and not _CONTRACTION.search(word):
            shown.setdefault(low, word)
            name = True
            # Words of one name stand side by side, a single space apart.
            if in_name and text[previous_end:match.start()] == " ":
                runs[-1].append(low)
            else:
                runs.append([low])
        previous, previous_end, in_name = low, match.end(), name
    lower = {_POSSESSIVE.sub("", w).casefold() for w in set(_LOWER_TOKEN.findall(text)) if not w[0].isupper()}
    return _Marks(frozenset(shown), shown, tuple(dict.fromkeys(tuple(r) for r in runs)), frozenset(lower))


def _figure(word: str, previous: str, calendar: frozenset[str], around: str, shown: dict[str, str]) -> None:
    if ":" in around:  # a clock time ("10:30"): every live blog has them
        return
    digits = word.replace(",", "")
    if previous in calendar and len(digits) <= 2 and digits.isdigit():
        shown.setdefault(f"@{previous}-{int(digits)}", f"{previous.title()} {digits}")
        return
    if digits.isdigit() and (len(digits) < 3 or (len(digits) == 4 and "," not in word
                                                 and YEARS[0] <= int(digits) <= YEARS[1])):
        return  # small counts and years recur across stories: no event's own mark
    shown.setdefault(f"#{digits}", word)


def group(articles: Sequence[Article], lexicon: Lexicon = DEFAULT) -> tuple[Story, ...]:
    """The stories of a feed, each of at least one article, every article in exactly one."""
    if len(articles) < 2:
        return (Story("s1", "", tuple(a.id for a in articles)),) if articles else ()
    marks = feed_marks(articles, lexicon)
    frequency = Counter(k for m in marks for k in m.keys)
    weight = _weights(frequency, len(articles))
    parent = list(range(len(articles)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    totals = [m.total(weight) for m in marks]
    for bucket in candidate_buckets([m.keys for m in marks]):
        # Each article of a bucket is checked against a few articles of each other story met
        # in it so far, not against every one: thousands of copies of one story share every
        # bucket, and checking all their pairs took time and memory growing with the square
        # of the feed (5,000 such articles: 12 million pairs).
        shown: dict[int, list[int]] = {}  # a story's root -> its articles checked in this bucket
        for a in bucket:
            if totals[a] < MIN_SHARED:
                continue  # it cannot share enough with any article (a copy of a story told everywhere)
            joined = False
            for checked in list(shown.values())[-STORIES_PER_BUCKET:]:
                b = checked[0]
                if root(a) == root(b):
                    continue
                if any(not _apart(articles[a], articles[m]) and _same_story(marks[a], marks[m], weight)
                       for m in checked):
                    parent[max(root(a), root(b))] = min(root(a), root(b))
                    joined = True
            if joined:
                shown = _regrouped(shown, root)
            own = shown.setdefault(root(a), [])
            if len(own) < SHOWN_PER_STORY:
                own.append(a)
    members: dict[int, list[int]] = {}
    for k in range(len(articles)):
        members.setdefault(root(k), []).append(k)
    _attach_strays(members, marks, weight, articles)
    if sum(len(g) > 1 for g in members.values()) < 2:
        # At most one event told by several articles: nothing shows the feed to be several
        # stories (a folder of a few short articles names too little; a bulletin may name too
        # little of the one story), so it is read as one, as given. An article wrongly set apart
        # would lose every comparison; one wrongly kept in only meets claims it does not match.
        return (Story("s1", "", tuple(a.id for a in articles)),)
    return tuple(Story(f"s{n}", _label([marks[k] for k in group], frequency, len(articles)),
                       tuple(articles[k].id for k in group))
                 for n, group in enumerate(sorted(sorted(g) for g in members.values()), start=1))


def _attach_strays(members: dict[int, list[int]], marks: Sequence[_Marks], weight: dict[str, float],
                   articles: Sequence[Article]) -> None:
    """An article left alone joins the story whose articles, taken together, carry enough of
    its marks and clearly more than any other story: a short bulletin or a transcript names
    few of the story's marks, too few to pass with any one article, and the story as a whole
    holds them. Only stories sharing a mark with a stray are looked at (an index of the
    strays' marks, one pass over the feed)."""
    strays = [group[0] for group in members.values() if len(group) == 1]
    keys = [m.keys for m in marks]
    wanted: dict[str, list[int]] = {}
    for k in strays:
        for mark in keys[k]:
            wanted.setdefault(mark, []).append(k)
    if not wanted:
        return
    story_of = {k: root for root, group in members.items() for k in group}
    held: dict[int, dict[int, Counter[str]]] = {k: {} for k in strays}
    for k, own in enumerate(keys):
        if len(members[story_of[k]]) < 2:
            continue
        for mark in own & wanted.keys():
            for stray in wanted[mark]:
                if not _apart(articles[k], articles[stray]):
                    held[stray].setdefault(story_of[k], Counter())[mark] += 1
    for stray in strays:
        # A mark counts by the share of the story's articles that carry it: the story's own
        # names are in most of them, a chance match (a first name, a figure) in one.
        share = marks[stray].share
        scored = sorted(((sum(weight[m] * share.get(m, 1.0) * n for m, n in found.items())
                          / len(members[root]),
                          root)
                         for root, found in held[stray].items()), reverse=True)
        if not scored:
            continue
        best, home = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        if best >= MIN_SHARED_WITH_STORY and best >= STRAY_MARGIN * runner_up:
            members[home].append(stray)
            del members[stray]


def feed_marks(articles: Sequence[Article], lexicon: Lexicon = DEFAULT) -> list[_Marks]:
    """Each article's marks, less the capitalised words the feed also writes in lower case,
    each name word counting the share of the name it stands in."""
    read = [evidence(a, lexicon) for a in articles]
    common = frozenset().union(*(m.lower for m in read))
    out = []
    for m in read:
        share: dict[str, float] = {}
        for run in m.runs:
            kept = [w for w in run if w not in common]
            for w in kept:
                share[w] = max(share.get(w, 0.0), 1 / len(kept))
        out.append(_Marks(frozenset(k for k in m.keys if k not in common), m.shown, share=share))
    return out


def candidate_buckets(sets: Sequence[frozenset[str]]) -> list[list[int]]:
    """Groups of sets likely to be alike (each in input order), from MinHash LSH: each set is
    hashed into bands and the sets sharing a band's hash fall in one bucket; only sets of one
    bucket are ever paired, never every set with every other. The bands are the ones
    ``datasketch.MinHashLSH`` chooses for ``LSH_THRESHOLD``; the buckets are kept here, so a
    bucket of many copies need not be spelled out as all its pairs."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    bands, rows = lsh.b, lsh.r
    hashes = MinHash.bulk([[k.encode("utf-8") for k in sorted(s)] for s in sets], num_perm=NUM_PERM)
    buckets: dict[tuple[int, bytes], list[int]] = {}
    for k, (keys, minhash) in enumerate(zip(sets, hashes, strict=True)):
        if keys:
            for band in range(bands):
                band_hash = minhash.hashvalues[band * rows:(band + 1) * rows].tobytes()
                buckets.setdefault((band, band_hash), []).append(k)
    return [bucket for bucket in buckets.values() if len(bucket) > 1]


STORIES_PER_BUCKET = 32
"""Stories of a bucket an article is checked against, the latest met: a bucket is one shared
mark (``LSH_THRESHOLD`` gives bands of one row), and a mark many stories share (a country, a
leader) would otherwise have every article checked against all of them; the rarer marks
of an article's own story find its story in their buckets."""
SHOWN_PER_STORY = 3
"""Articles of one story each article of a bucket is checked against: one story's articles
differ in length and in which marks they carry, so a few, not one."""


def _regrouped(shown: dict[int, list[int]], root: Callable[[int], int]) -> dict[int, list[int]]:
    """The checked articles of a bucket by their stories' current roots (a union joins two)."""
    out: dict[int, list[int]] = {}
    for members in shown.values():
        group = out.setdefault(root(members[0]), [])
        group.extend(m for m in members if len(group) < SHOWN_PER_STORY)
    return out


def _weights(frequency: Counter[str], articles: int) -> dict[str, float]:
    """How much sharing a mark says: 1 for a mark of a few articles, less for one that a
    large part of the feed carries (a country's name, the year), which many stories share."""
    common = max(8.0, 0.05 * articles)
    return {k: 1.0 if n <= common else common / n for k, n in frequency.items()}


def _same_story(a: _Marks, b: _Marks, weight: dict[str, float]) -> bool:
    shared = sum(weight[k] * min(a.share.get(k, 1.0), b.share.get(k, 1.0)) for k in a.keys & b.keys)
    return shared >= MIN_SHARED and shared >= MIN_CONTAINMENT * min(a.total(weight), b.total(weight))


def _apart(a: Article, b: Article) -> bool:
    """Published too far apart to report one event (when both dates are known)."""
    return a.published is not None and b.published is not None and \
        abs((a.published - b.published).days) > MAX_DAYS_APART


def _label(marks: Sequence[_Marks], frequency: Counter[str], articles: int) -> str:
    """The marks most of the story's articles carry and the rest of the feed least: names
    first (a reader knows a story by who and where), then figures and dates."""
    inside = Counter(k for m in marks for k in m.keys)

    def telling(k: str) -> tuple[float, bool, str]:
        share = inside[k] / len(marks) - (frequency[k] - inside[k]) / articles
        return (-share * math.log(1 + inside[k]), k[0] in "#@", k)

    best = sorted(inside, key=telling)[:LABEL_WORDS]
    first = {k: next(m.shown[k] for m in marks if k in m.keys) for k in best}
    return " · ".join(first[k] for k in best)
