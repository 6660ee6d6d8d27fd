"""Claims of different sources that make the same statement -> clusters.

Scoring: the mean of rapidfuzz ``token_set_ratio`` and ``token_sort_ratio`` on
lower-cased, punctuation-free text. On the 116 labelled seed pairs it reached F1 0.93
(cross-validated 0.915, AUC 0.953); stemming or dropping stopwords made it worse, and
WRatio and a MiniLM embedding were both worse and the latter far slower to start.

Candidates: scoring every pair grows with the square of the input, so pairs are only
scored when they share at least ``min_shared`` content words that are not too common
in the corpus (an inverted index). ``blocking=False`` scores all pairs, for benchmarks.
Each claim is scored against all of its candidates in one rapidfuzz ``process.extract``
call per scorer (the query is processed once; the scores are those of ``similarity``, bit
for bit), and only scores at or above ``floor`` are kept. The alternative measured,
``process.cdist`` on blocks with ``score_cutoff``, needs numpy and was no faster here: a
cutoff cannot prune a mean of two scorers exactly, and the pairs, not the calls, cost.

Clusters: built greedily from the strongest links down. A claim joins a cluster when it
is close to all of its members, so chains of weak links do not glue different
statements together; a claim can sit in several clusters, because one news sentence
often makes several statements.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.align import FIGURE_KINDS, act_before, figure_key, opposite_edges
from claimcheck.entities import speech_words
from claimcheck.facts import is_scaled_number
from claimcheck.lexicon import DEFAULT, Lexicon
from claimcheck.measures import ANOTHER_ORIGIN, PLAIN_ORIGIN
from claimcheck.models import Claim, ClaimRole, Cluster, Fact, FactKind
from claimcheck.text import clause_bounds, concept, stopwords

if TYPE_CHECKING:
    from claimcheck.annotate import Sentence

_WORD = re.compile(r"[^\W_]+")
MIN_CLAUSE_WORDS = 4


@dataclass(frozen=True)
class MatchOptions:
    """Thresholds of the matching stage (scores are 0-100)."""

    link: float = 55.0
    """Two claims are linked when their score reaches this."""
    join: float = 50.0
    """A claim joins a cluster when its mean score to the members reaches this..."""
    floor: float = 40.0
    """... and no member scores below this."""
    min_shared: int = 2
    """Candidate pairs share at least this many content words (or one, for short claims)."""
    max_df_share: float = 0.2
    """Content words in more than this share of claims do not generate candidates..."""
    max_df: int = 200
    """... nor those in more than this many: past a few stories' worth of claims a word
    says little about which statement a claim makes, and scoring every pair that shares
    it grows with the square of the input (a newsroom feed of 5,000 articles)."""
    max_cluster: int = 16
    """A cluster takes at most this many claims. Detectors compare every pair of a
    cluster, so a line that many sources print alike (a footer, a time stamp) would
    otherwise cost the square of the input; a full cluster's overflow forms its own."""
    figure_bonus: float = 15.0
    """Added to the score of a pair for each figure (sum, share, count, span) both give, up to two."""
    date_bonus: float = 6.0
    """Added to the score of a pair below ``link`` whose dates stand among the same words
    ("due to open for the 2029 season" / "targeting an opening for the 2030 season")."""
    counted_bonus: float = 6.0
    """Added to the score of a pair that counts the same specific thing ("aftershocks", "homes"),
    in any figures, or gives two large sums of one size, when no shared figure raised it already."""
    blocking: bool = True
    """Generate candidates from an inverted index; False scores every cross-source pair."""


def prepare(text: str) -> str:
    """The text as the scorers see it: lower case, words separated by single spaces."""
    return " ".join(_WORD.findall(text.casefold().replace("’", "'")))


def content_words(prepared: str, lexicon: Lexicon = DEFAULT) -> frozenset[str]:
    """Words that can say two claims are about the same thing: no stopwords, and no
    one- or two-digit numbers (days of the month and small counts are everywhere)."""
    stop = stopwords(lexicon)
    return frozenset(w for w in prepared.split() if w not in stop and (not w.isdigit() or len(w) > 2))


@functools.lru_cache(maxsize=1)
def _rapidfuzz():
    from rapidfuzz import fuzz, process  # on first use: importing claimcheck.api stays light

    return fuzz, process


def similarity(a: str, b: str) -> float:
    """Score two prepared texts, 0-100."""
    fuzz, _ = _rapidfuzz()
    return (fuzz.token_set_ratio(a, b, processor=None) + fuzz.token_sort_ratio(a, b, processor=None)) / 2


def index_terms(sentence: Sentence) -> frozenset[str]:
    """The words (as concepts) and fact units under which the inverted index files a claim."""
    return frozenset(sentence.concepts) | fact_terms(sentence.claim)


def candidate_pairs(sentences: Sequence[Sentence], options: MatchOptions) -> Iterable[tuple[int, int]]:
    """Index pairs (i < j) of claims from different sources worth scoring."""
    claims = [s.claim for s in sentences]
    index = CandidateIndex([index_terms(s) for s in sentences], [c.source for c in claims],
                           options) if options.blocking else None
    for i, partners in _blocks(claims, index, range(len(claims))):
        for j in partners:
            yield i, j


class CandidateIndex:
    """An inverted index from index terms to claims, answering "which later claims of other
    sources share enough terms with claim i": each claim's candidates are found by counting
    shared terms over the short postings only, never by looking at every other claim."""

    def __init__(self, words: Sequence[frozenset[str]], sources: Sequence[str], options: MatchOptions):
        self.words = words
        self.sizes = [len(ws) for ws in words]
        self.options = options
        numbers: dict[str, int] = {}
        self.source = [numbers.setdefault(s, len(numbers)) for s in sources]
        # Where claim i's source ends, when each source's claims are contiguous (as an
        # article's claims are): later claims of other sources then start there, and
        # same-source claims need not be counted at all.
        ends: dict[int, int] = {}
        for i, s in enumerate(self.source):
            ends[s] = i + 1
        contiguous = all(self.source[i] == self.source[i - 1] or ends[self.source[i - 1]] == i
                         for i in range(1, len(self.source)))
        self.after = [ends[s] for s in self.source] if contiguous else None
        postings: dict[str, list[int]] = defaultdict(list)
        for i, ws in enumerate(words):
            for w in ws:
                postings[w].append(i)
        max_df = max(3, min(int(options.max_df_share * len(words)), options.max_df))
        self.postings = {w: p for w, p in postings.items() if len(p) <= max_df}

    def partners(self, i: int) -> list[int]:
        """Claims j > i of other sources that share at least ``min_shared`` index terms with i
        (one, when either claim has fewer terms than that; i's threshold applies only past three)."""
        first = self.after[i] if self.after is not None else i + 1
        shared: Counter[int] = Counter()
        for w in self.words[i]:
            posting = self.postings.get(w)
            if posting is not None and posting[-1] >= first:
                shared.update(posting[bisect_left(posting, first):])
        need = self.options.min_shared if self.sizes[i] > 3 else 1
        sizes = self.sizes
        found = [j for j, count in shared.items() if count >= need or count >= sizes[j]]
        if self.after is None:
            source = self.source[i]
            found = [j for j in found if self.source[j] != source]
        return found


def _blocks(claims: Sequence[Claim], index: CandidateIndex | None, rows: Iterable[int]
            ) -> Iterator[tuple[int, list[int]]]:
    """(i, its candidate partners) for each row that has any; without an index, every later
    claim of another source (all pairs)."""
    for i in rows:
        if index is not None:
            partners = index.partners(i)
        else:
            partners = [j for j in range(i + 1, len(claims)) if claims[j].source != claims[i].source]
        if partners:
            yield i, partners


def fact_terms(claim: Claim) -> frozenset[str]:
    """What the claim's facts measure ("#%", "#home", "#date"), as index terms: "35% contained"
    and "53 percent contained" share little but their unit, and that is what makes them comparable.
    Sums are filed as sums whatever their currency, with the bare numbers news prints for a sum
    when the currency is clear from the story ("paying 2.1bn" / "for $2.4 billion")."""
    return frozenset("#" + _measured(f) for f in claim.facts) | frozenset(
        "=" + f.canonical for f in claim.facts
        if f.canonical and (f.kind in FIGURE_KINDS or f.kind is FactKind.DATE))


def _measured(fact: Fact) -> str:
    if fact.kind is FactKind.MONEY or is_scaled_number(fact):
        return FactKind.MONEY.value
    return (fact.unit or fact.kind.value).casefold()


def score_block(units: Sequence[Sequence[str]], i: int, partners: Sequence[int], floor: float
                ) -> list[tuple[int, int, float]]:
    """(i, j, score) for each j of ``partners`` whose best pair of statement units scores at
    least ``floor``: the same scores as ``similarity`` pair by pair, computed by rapidfuzz
    one unit of ``i`` against all of the partners' units at once (the query is processed once)."""
    fuzz, process = _rapidfuzz()
    # Each distinct unit is scored once, for all the partners that have it: copies of one
    # story (wire copy, syndication) give many partners the same sentences.
    choices: list[str] = []
    owners: list[list[int]] = []
    slot: dict[str, int] = {}
    for j in partners:
        for unit in units[j]:
            k = slot.get(unit)
            if k is None:
                slot[unit] = len(choices)
                choices.append(unit)
                owners.append([j])
            else:
                owners[k].append(j)
    best: dict[int, float] = {}
    token_set = [0.0] * len(choices)
    every = {"processor": None, "limit": None}
    for u in units[i]:
        for _, score, k in process.extract(u, choices, scorer=fuzz.token_set_ratio, **every):
            token_set[k] = score
        for _, score, k in process.extract(u, choices, scorer=fuzz.token_sort_ratio, **every):
            combined = (token_set[k] + score) / 2
            for j in owners[k]:
                if combined > best.get(j, -1.0):
                    best[j] = combined
    return [(i, j, score) for j, score in best.items() if score >= floor]


def score_links(sentences: Sequence[Sentence], options: MatchOptions = MatchOptions(),
                lexicon: Lexicon = DEFAULT, workers: int | None = None) -> dict[tuple[int, int], float]:
    """Scores of candidate pairs that reach ``options.floor``, keyed by (i, j) with i < j.

    Rows (each claim against its later candidates) are scored in forked processes when
    ``workers`` (by default ``parallel.match_workers``) is more than one; the scores are
    the same either way."""
    from claimcheck import parallel

    claims = [s.claim for s in sentences]
    units, words = _features(sentences, lexicon, options.blocking)
    index = CandidateIndex(words, [c.source for c in claims], options) if options.blocking else None
    if workers is None:
        workers = parallel.match_workers(len(claims))
    scores: dict[tuple[int, int], float] = {}
    with parallel.fork_pool(workers) as executor:
        if executor is None:
            for i, partners in _blocks(claims, index, range(len(claims))):
                for _, j, score in score_block(units, i, partners, options.floor):
                    scores[(i, j)] = score
            return scores
        _FORKED.update(claims=claims, units=units, index=index, floor=options.floor)
        try:
            # Rows dealt round-robin: early rows have the most later claims to meet.
            parts = workers * 4
            for found in executor.map(_score_rows, [range(k, len(claims), parts) for k in range(parts)]):
                for i, j, score in found:
                    scores[(i, j)] = score
        finally:
            _FORKED.clear()
    return scores


_FORKED: dict = {}
"""What forked scoring workers read: set before the pool's processes start, so they inherit
the claims and their features instead of receiving them pickled."""


def _score_rows(rows: range) -> list[tuple[int, int, float]]:
    claims, units, index, floor = (_FORKED[k] for k in ("claims", "units", "index", "floor"))
    found: list[tuple[int, int, float]] = []
    for i, partners in _blocks(claims, index, rows):
        found.extend(score_block(units, i, partners, floor))
    return found


def _features(sentences: Sequence[Sentence], lexicon: Lexicon, blocking: bool
              ) -> tuple[list[list[str]], list[frozenset[str]]]:
    """Statement units and index terms of each claim. A text met again (a wire story many
    outlets print) reuses its first reading."""
    units_of: dict[str, list[str]] = {}
    units, words = [], []
    for s in sentences:
        u = units_of.get(s.text)
        if u is None:
            u = units_of[s.text] = statement_units(s.text, lexicon, s.clauses, s.restated)
        units.append(u)
        if blocking:
            w = frozenset(s.concepts)
            words.append(index_terms(s) if s.facts else w)
    return units, words


def statement_units(text: str, lexicon: Lexicon = DEFAULT,
                    bounds: Sequence[tuple[int, int]] | None = None,
                    restated: Sequence[tuple[int, int]] = ()) -> list[str]:
    """The sentence and, when it makes several statements, each clause long enough to
    be one: a claim is matched by its best unit, so a sentence that reports a quote and
    two decisions can meet each of its counterparts. ``restated``: spans of values written
    again in another unit ("$900 (800 euros)", ``Sentence.restated``), which say nothing more
    and are not scored."""
    for start, end in restated:
        text = text[:start] + " " * (end - start) + text[end:]
    whole = prepare(text)
    units = [whole]
    bounds = list(bounds) if bounds is not None else clause_bounds(text)
    if len(bounds) > 1:
        for start, end in bounds:
            clause = prepare(text[start:end])
            if len(content_words(clause, lexicon)) >= MIN_CLAUSE_WORDS and clause != whole:
                units.append(clause)
    said = _credited_after(text, lexicon)
    if said is not None:
        # What is reported, without who reports it and what else they did ("X, the man said,
        # holding up a receipt"): another source may tell it credited to no one.
        reported = prepare(text[:said])
        if len(content_words(reported, lexicon)) >= MIN_CLAUSE_WORDS and reported not in units:
            units.append(reported)
    return units


CREDIT_REACH = 5
"""Words between the comma that closes a report and the verb of speech crediting it (", the
52-year-old farmer said")."""


def _credited_after(text: str, lexicon: Lexicon) -> int | None:
    """The offset of the comma after which a sentence credits what it reports to someone (",
    the chief said", ", said X"), None where it does not."""
    speech = speech_words(lexicon)
    for comma in re.finditer(r",\s+", text):
        words = [w.casefold() for w in _WORD.findall(text[comma.end():comma.end() + 80])][:CREDIT_REACH + 1]
        if comma.start() and any(w in speech for w in words):
            return comma.start()
    return None


@dataclass(frozen=True)
class MatchResult:
    clusters: tuple[Cluster, ...]
    """Claims judged to make the same statement."""
    links: tuple[tuple[Claim, Claim, float], ...]
    """Every scored cross-source pair at or above the floor, strongest first: detectors
    that look for one specific disagreement may use pairs too weak to cluster."""


def cluster_claims(claims: Sequence[Claim], options: MatchOptions = MatchOptions(),
                   lexicon: Lexicon = DEFAULT) -> tuple[Cluster, ...]:
    """Group claims of different sources that make the same statement."""
    return match_claims(claims, options, lexicon).clusters


def match_claims(claims: Sequence[Claim], options: MatchOptions = MatchOptions(),
                 lexicon: Lexicon = DEFAULT) -> MatchResult:
    """``match_sentences`` of claims not read yet."""
    from claimcheck.annotate import annotate_all

    return match_sentences(annotate_all(claims, lexicon), options, lexicon)


def match_sentences(sentences: Sequence[Sentence], options: MatchOptions = MatchOptions(),
                    lexicon: Lexicon = DEFAULT) -> MatchResult:
    """Clusters and the scored links they were built from."""
    from claimcheck.gc_pause import collector_paused

    with collector_paused():
        return _match(sentences, options, lexicon)


def _match(sentences: Sequence[Sentence], options: MatchOptions, lexicon: Lexicon) -> MatchResult:
    read = [s for s in sentences if s.claim.role is ClaimRole.STATEMENT]
    comparable = [s.claim for s in read]
    scores = with_shared_figures(read, score_links(read, options, lexicon), options, lexicon)

    def pair_score(i: int, j: int) -> float:
        return scores.get((i, j) if i < j else (j, i), 0.0)

    groups: list[dict[str, int]] = []
    member_of: dict[int, list[int]] = defaultdict(list)

    def fits(i: int, group: dict[str, int]) -> bool:
        if comparable[i].source in group or len(group) >= options.max_cluster:
            return False
        linked = [pair_score(i, m) for m in group.values()]
        return min(linked) >= options.floor and sum(linked) / len(linked) >= options.join

    # Strongest first, then by position; (-score, i, j) tuples sort that way without a key function.
    ranked = sorted((-score, i, j) for (i, j), score in scores.items())
    for negative, i, j in ranked:
        if -negative < options.link:
            break
        if any(comparable[j].source in groups[g] and groups[g][comparable[j].source] == j
               for g in member_of[i]):
            continue  # already together
        placed = False
        for a, b in ((i, j), (j, i)):
            for g in member_of[a]:
                if fits(b, groups[g]):
                    groups[g][comparable[b].source] = b
                    member_of[b].append(g)
                    placed = True
        if not placed:
            if any(len(groups[g]) >= options.max_cluster for g in member_of[i] + member_of[j]):
                continue  # one side already sits in a full cluster: do not seed another around it
            groups.append({comparable[i].source: i, comparable[j].source: j})
            member_of[i].append(len(groups) - 1)
            member_of[j].append(len(groups) - 1)

    links = tuple((comparable[i], comparable[j], round(-negative, 1)) for negative, i, j in ranked)
    return MatchResult(_as_clusters(_drop_subsets(groups), comparable, pair_score), links)


BIG_SUM = 1e6
"""Sums from a million up are rare enough in one story that two of one size are likely one sum..."""
SUM_SPREAD = 1.5
"""... when neither is more than this many times the other."""


def with_shared_figures(sentences: Sequence[Sentence], scores: dict[tuple[int, int], float],
                        options: MatchOptions, lexicon: Lexicon = DEFAULT) -> dict[tuple[int, int], float]:
    """Scores raised for pairs that give the same figure ("$38 a share", "27%"): two outlets
    rarely print one exact sum or share about different things, however differently they
    word the rest ("will pay $38 per share in cash" / "values it at $2.4bn, or $38 a share").
    Pairs that count the same specific thing, measure one named thing with a bare number
    ("magnitude 5.6" / "6.4 magnitude"), or date the same act gain less: they are where
    two sources' figures for one thing differ."""
    if not (options.figure_bonus or options.counted_bonus or options.date_bonus):
        return scores
    claims = [s.claim for s in sentences]
    figures = [frozenset(key for f in c.facts if f.unit and (key := figure_key(f))) for c in claims]
    broad = broad_units(lexicon)
    # A length written as a modifier ("a five-year contract", "a two-week ban") is the length of
    # a thing, as specific as a thing counted.
    counted = [frozenset(f.unit for f in c.facts if f.unit and (
        (f.kind is FactKind.COUNT and f.unit not in broad) or (f.kind is FactKind.DURATION and "-" in f.raw)))
               for c in claims]
    # The words around each calendar date of a sentence, read once: a sentence is in many pairs.
    dated = [date_contexts(s) for s in sentences]
    acts = [dated_acts(s, lexicon) for s in sentences]
    sums = [tuple(f.value for f in c.facts if f.value and f.value >= BIG_SUM and _measured(f) == "money")
            for c in claims]
    named = [named_numbers(s) for s in sentences]
    places = [distance_origins(s) for s in sentences]
    raised = dict(scores)
    for (i, j), similar in scores.items():
        score = similar
        if (options.date_bonus and score < options.link and dated[i] and dated[j]
                and _same_dated_act(sentences[i], dated[i], acts[i],
                                    sentences[j], dated[j], acts[j], lexicon)):
            # One day or year of one act, given by both, among the same words or after the same
            # verb: the rest of the two sentences may run quite differently, and the very
            # disagreement (18 May / 19 May) makes them differ. Pairs above the link are linked already.
            score = raised[(i, j)] = similar + options.date_bonus
        shared = len(figures[i] & figures[j]) if figures[i] and figures[j] else 0
        if shared and options.figure_bonus:
            raised[(i, j)] = min(100.0, score + options.figure_bonus * min(shared, 2))
        elif (counted[i] and counted[j] and counted[i] & counted[j]) or (
                named[i] and named[j] and named[i] & named[j]) or (
                places[i] and places[j] and places[i] & places[j]) or (
                sums[i] and sums[j]
                and any(max(x, y) <= SUM_SPREAD * min(x, y) for x in sums[i] for y in sums[j])):
            # Two figures for the same specific thing, or two large sums of one size ("paying
            # 2.1bn" / "a deal worth $2.4 billion"): the statement a discrepancy is made of,
            # however differently the rest of the sentences run.
            raised[(i, j)] = min(100.0, score + options.counted_bonus)
    return raised


def distance_origins(sentence: Sentence) -> frozenset[str]:
    """The places the sentence's distances are told from by name ("3 km from X", "2.5 miles
    north-east of X"): two distances from one named place are as specific a statement as
    two counts of one thing, however the rest of the sentences run."""
    return frozenset(m.origin for m in sentence.measures
                     if m.origin and not m.origin.startswith(PLAIN_ORIGIN) and m.origin != ANOTHER_ORIGIN)


def named_numbers(sentence: Sentence) -> frozenset[str]:
    """The concepts of the words right beside the sentence's bare numbers, those with no unit
    ("magnitude 5.6", "6.4 magnitude"): the word next to such a number names what it measures,
    as a counted noun names what a count counts. Names aside ("Gate 4")."""
    found = set()
    words = sentence.words
    for f in sentence.facts:
        if f.kind is not FactKind.NUMBER or f.unit or f.value is None:
            continue
        k = bisect_left(words, f.start, key=lambda w: w.start)
        for w in (words[k - 1] if k else None, words[k] if k < len(words) else None):
            if w is not None and not w.capitalised and w.start not in sentence.numbered_names \
                    and not sentence.text[min(w.end, f.end):max(w.start, f.start)].strip():
                found.add(w.concept)
    return frozenset(found)


def broad_units(lexicon: Lexicon = DEFAULT) -> frozenset[str]:
    return lexicon.compiled(_broad_units)


def _broad_units(lexicon: Lexicon) -> frozenset[str]:
    """Count units that say little about which statement a sentence makes: measures (km, mph,
    acres; not multiples) and the nouns that count anyone (people)."""
    measures = (frozenset(lexicon.table("units", "measures", {}) or {})
                - lexicon.words("units", "specific_measures"))
    return measures | lexicon.words("units", "broad_counted")


def _drop_subsets(groups: list[dict[str, int]]) -> list[frozenset[int]]:
    sets = sorted({frozenset(g.values()) for g in groups}, key=lambda s: (-len(s), sorted(s)))
    kept: list[frozenset[int]] = []
    holding: dict[int, list[frozenset[int]]] = defaultdict(list)
    for s in sets:
        # A superset of s holds any one member of s, so only the kept sets holding it need a
        # look: comparing with every kept set grew with the square of the input.
        if not any(s <= k for k in holding[next(iter(s))]):
            kept.append(s)
            for m in s:
                holding[m].append(s)
    return kept


def _as_clusters(sets: list[frozenset[int]], comparable: Sequence[Claim], pair_score) -> tuple[Cluster, ...]:
    ordered = sorted(sets, key=lambda s: min((comparable[i].source, comparable[i].index) for i in s))
    clusters = []
    for n, members in enumerate(ordered, start=1):
        idx = sorted(members, key=lambda i: (comparable[i].source, comparable[i].index))
        weakest = min(pair_score(a, b) for k, a in enumerate(idx) for b in idx[k + 1:])
        clusters.append(Cluster(f"c{n}", tuple(comparable[i] for i in idx), round(weakest, 1)))
    return tuple(clusters)


MIN_SHARED_AROUND_DATES = 2


def dated_acts(sentence: Sentence, lexicon: Lexicon = DEFAULT) -> tuple[str, ...]:
    """The concept of the verb each calendar date of the sentence dates ("" for none), in the
    order of ``date_contexts``: the finite verb before the date in its clause
    (``align.act_before``: "presented ... on 19 May" dates a presentation, however far the
    date stands from the verb). A denied act, or a verb of
    saying, is passed over: "said on Monday" dates a statement, which two sentences on any
    two points of a story share."""
    said = lexicon.compiled(_speech_acts)
    found = []
    for f in sentence.facts:
        if f.kind is FactKind.DATE:
            act = act_before(sentence, f)
            dates_act = act is not None and not act.negated and act.concept not in said
            found.append(act.concept if act is not None and dates_act else "")
    return tuple(found)


def _speech_acts(lexicon: Lexicon) -> frozenset[str]:
    """Concepts of the one-word verbs of saying (``entities.yaml`` speech_cues)."""
    return frozenset(concept(w, lexicon) for w in lexicon.words("entities", "speech_cues") if " " not in w)


def date_contexts(sentence: Sentence) -> tuple[frozenset[str], ...]:
    """The words around each calendar date of the sentence."""
    from claimcheck.annotate import words_near

    return tuple(words_near(sentence, f.start, f.end) for f in sentence.facts if f.kind is FactKind.DATE)


def _same_dated_act(a: Sentence, near_a: Sequence[frozenset[str]], acts_a: Sequence[str], b: Sentence,
                    near_b: Sequence[frozenset[str]], acts_b: Sequence[str], lexicon: Lexicon) -> bool:
    """Both sentences give a calendar date (a weekday or "last week" is as often the day something
    was said) among at least two of the same words, not all of them names, or after the same
    verb (``dated_acts``), and not one the start and the other the end of a span: what matching
    may take as a sign that two differently worded sentences date one act."""
    if not near_a or not near_b:
        return False
    names = a.name_concepts | b.name_concepts
    for one, act in zip(near_a, acts_a, strict=True):
        for other, act_b in zip(near_b, acts_b, strict=True):
            shared = (one & other) - names
            if (len(shared) >= MIN_SHARED_AROUND_DATES or (act and act == act_b)) \
                    and not opposite_edges(one, other, lexicon):
                return True
    return False
