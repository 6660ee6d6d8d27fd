"""Matching at scale (issue 7) must not change what is matched: candidates from the inverted
index are the pairs a plain count of shared terms gives, blockwise scoring gives the scores of
``similarity`` pair by pair, and forked scoring gives the serial scores."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections import Counter

import pytest

from claimcheck import api
from claimcheck.annotate import Sentence, annotate
from claimcheck.lexicon import DEFAULT
from claimcheck.matching import (
    CandidateIndex,
    MatchOptions,
    candidate_pairs,
    index_terms,
    match_claims,
    score_links,
    similarity,
    statement_units,
)
from claimcheck.models import Claim, ClaimRole
from claimcheck.text import concept, concepts, stopwords, tokens
from tests.conftest import ROOT, SEEDS

CORPORA = [SEEDS] + sorted(p for p in (ROOT / "tests" / "corpora").iterdir() if p.is_dir())


@pytest.fixture(scope="module", params=CORPORA, ids=lambda p: p.name)
def statements(request) -> list[Sentence]:
    articles, _ = api.load([request.param])
    return [s for s in api.read_sentences(articles) if s.claim.role is ClaimRole.STATEMENT]


def reference_pairs(claims: list[Sentence], options: MatchOptions) -> set[tuple[int, int]]:
    """The rule the index implements, written the slow way: every pair of other sources,
    counting the shared terms that are not too common."""
    words = [index_terms(c) for c in claims]
    df = Counter(w for ws in words for w in ws)
    max_df = max(3, min(int(options.max_df_share * len(claims)), options.max_df))
    pairs = set()
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if claims[i].source == claims[j].source:
                continue
            shared = sum(1 for w in words[i] & words[j] if df[w] <= max_df)
            need = options.min_shared if len(words[i]) > 3 else 1
            if shared and shared >= min(need, len(words[j])):
                pairs.add((i, j))
    return pairs


def pairwise_scores(claims: list[Sentence], pairs, floor: float) -> dict[tuple[int, int], float]:
    units = [statement_units(c.text, bounds=c.clauses, restated=c.restated) for c in claims]
    scores = {}
    for i, j in pairs:
        score = max(similarity(u, v) for u in units[i] for v in units[j])
        if score >= floor:
            scores[(i, j)] = score
    return scores


def test_index_gives_the_pairs_of_a_plain_count(statements):
    options = MatchOptions()
    assert set(candidate_pairs(statements, options)) == reference_pairs(statements, options)


def test_blockwise_scores_are_the_pairwise_scores(statements):
    options = MatchOptions()
    expected = pairwise_scores(statements, candidate_pairs(statements, options), options.floor)
    assert expected  # the corpus does have pairs to score
    assert score_links(statements, options, workers=1) == expected


def test_all_pairs_scores_every_pair_of_other_sources():
    articles, _ = api.load([SEEDS])
    claims = [s for s in api.read_sentences(articles) if s.claim.role is ClaimRole.STATEMENT]
    options = MatchOptions(blocking=False)
    every = [(i, j) for i in range(len(claims)) for j in range(i + 1, len(claims))
             if claims[i].source != claims[j].source]
    assert set(candidate_pairs(claims, options)) == set(every)
    assert score_links(claims, options, workers=1) == pairwise_scores(claims, every, options.floor)


@pytest.mark.parametrize("workers", [2, 3])
def test_forked_scoring_gives_the_serial_scores(statements, workers):
    serial = score_links(statements, MatchOptions(), workers=1)
    assert score_links(statements, MatchOptions(), workers=workers) == serial


def _claim(source: str, index: int, text: str) -> Claim:
    return Claim(source=source, index=index, text=text, start=0, end=len(text))


def _sentence(source: str, index: int, text: str) -> Sentence:
    return annotate(_claim(source, index, text))


TEXTS = [
    "The council approved the harbour budget on Tuesday after a long debate.",
    "On Tuesday the council approved the harbour budget.",
    "The harbour budget was approved by the council after a long debate on Tuesday.",
    "Fishermen said the harbour budget ignores the northern quay.",
    "The northern quay will close for repairs in March, the council said.",
    "Repairs to the northern quay start in March.",
]


@pytest.mark.parametrize("sources", [
    "aabbcc",  # each source's claims together, as articles give them
    "abcabc",  # interleaved: the index cannot skip a source's block
    "abacbc",
    "aaaaab",
])
def test_candidates_do_not_depend_on_how_sources_are_ordered(sources):
    claims = [_sentence(s, n, t) for n, (s, t) in enumerate(zip(sources, TEXTS, strict=True))]
    options = MatchOptions()
    assert set(candidate_pairs(claims, options)) == reference_pairs(claims, options)
    assert score_links(claims, options, workers=1) == pairwise_scores(
        claims, reference_pairs(claims, options), options.floor)


def test_partners_are_later_claims_of_other_sources():
    claims = [_sentence(s, n, t) for n, (s, t) in enumerate(zip("abcabc", TEXTS, strict=True))]
    index = CandidateIndex([index_terms(c) for c in claims], [c.source for c in claims], MatchOptions())
    for i in range(len(claims)):
        assert all(j > i and claims[j].source != claims[i].source for j in index.partners(i))


@pytest.mark.parametrize("enabled", [True, False])
def test_match_leaves_the_collector_as_it_found_it(enabled):
    claims = [_claim(s, n, t) for n, (s, t) in enumerate(zip("abcabc", TEXTS, strict=True))]
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        match_claims(claims)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def _concepts_from_tokens(text: str) -> list[str]:
    stop = stopwords(DEFAULT)
    return [concept(t.norm) for t in tokens(text) if t.norm not in stop and not t.norm[:1].isdigit()]


@pytest.mark.parametrize("text", [
    "The U.S. and Beijing’s envoys met on Nov. 10, the end.",
    "Officials' statements... STRASSE and straße; it's 5 p.m. in St. Louis.",
    "A co-operative's 3.5% rise, 'quoted' words and J.R.R. Tolkien's books.",
    "",
])
def test_concepts_read_without_tokens_match_the_tokens(text):
    assert concepts(text) == _concepts_from_tokens(text)


def test_concepts_match_the_tokens_on_every_corpus_claim(statements):
    assert [concepts(c.text) for c in statements] == [_concepts_from_tokens(c.text) for c in statements]


def test_importing_matching_leaves_rapidfuzz_unloaded():
    code = "import sys, claimcheck.api, claimcheck.matching; print('rapidfuzz' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
