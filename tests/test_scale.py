"""Behaviour behind the performance work (issue 7): the fast sentence path gives pySBD's
spans, extraction across processes gives the serial claims, matching stays bounded, and
the command line starts without the heavy modules."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from claimcheck import api, parallel
from claimcheck.claims import _plain_cuts, _segmenter, _trim, split_sentences
from claimcheck.matching import MatchOptions, match_claims
from claimcheck.models import Claim
from tests.conftest import ROOT, SEEDS


def _pysbd_spans(line: str) -> list[tuple[int, int]]:
    spans = [_trim(line, p.start, p.end) for p in _segmenter().segment(line)]
    return [s for s in spans if s[0] < s[1]]


FAST_LINES = [
    # (line, whether the regular-expression path may decide it)
    ("The council approved the budget on Tuesday. Residents were not consulted.", True),
    ("Shares rose 4.2% on Monday. Analysts expected more.", True),
    ("Costs reached $1,900. “We will pay,” the mayor said.", True),
    ("Why now? Nobody would say.", True),
    ("A headline without a full stop", True),
    ("The U.S. Senate voted. Then it adjourned.", False),  # abbreviation
    ("It was 5 p.m. The doors closed.", False),
    ("He met Gen. Ortiz. The talks ended.", False),
    ("She said, “We are done. We go home.” Then she left.", False),  # quotation of two sentences
    ("“It is over.” “It is not,” he replied.", False),
    ("Prices (in dollars. Roughly) rose.", False),
    ("1) First item 2) Second item", False),
    ("Wait... what happened. Nothing.", False),
    ("Why now?, and why here.", False),
    ("approx. the same. Then more.", False),
    ("Sales climbed 3. 4 stores closed.", False),
]


@pytest.mark.parametrize("line, fast", FAST_LINES)
def test_fast_split_agrees_with_pysbd(line, fast):
    cuts = _plain_cuts(line)
    assert (cuts is not None) is fast
    if cuts is not None:
        spans = [_trim(line, *c) for c in cuts]
        assert [s for s in spans if s[0] < s[1]] == _pysbd_spans(line)


def _corpus_lines():
    for folder in (SEEDS, ROOT / "tests" / "corpora"):
        for path in sorted(folder.rglob("*.txt")):
            for line in path.read_text(encoding="utf-8").split("\n"):
                if line.strip():
                    yield line


def test_fast_split_agrees_with_pysbd_on_every_corpus_line():
    lines = list(_corpus_lines())
    fast = [line for line in lines if _plain_cuts(line) is not None]
    assert len(fast) > len(lines) / 2  # the fast path does carry most of the text
    wrong = [line for line in fast
             if [s for s in (_trim(line, *c) for c in _plain_cuts(line)) if s[0] < s[1]]
             != _pysbd_spans(line)]
    assert wrong == []


def test_split_sentences_offsets_cover_mixed_lines():
    text = "Title line\nThe U.S. agreed. Talks end Friday.\n\nPrices rose. Nobody knew why."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Title line", "The U.S. agreed.", "Talks end Friday.", "Prices rose.", "Nobody knew why."]


@pytest.fixture
def seed_articles():
    articles, _ = api.load([SEEDS])
    return articles


@pytest.mark.parametrize("workers", ["1", "2", "3"])
def test_parallel_extraction_gives_the_serial_claims(seed_articles, monkeypatch, workers):
    monkeypatch.setenv(parallel.WORKERS_ENV, "1")
    serial = api.extract_claims(seed_articles)
    monkeypatch.setenv(parallel.WORKERS_ENV, workers)
    stages: list[tuple[str, int, int]] = []
    assert api.extract_claims(seed_articles, progress=lambda *a: stages.append(a)) == serial
    assert [s for s in stages if s[1] == s[2]] == [("split", len(seed_articles), len(seed_articles)),
                                                   ("annotate", len(serial), len(serial))]


@pytest.mark.parametrize("workers", ["2", "3"])
def test_forked_detection_gives_the_serial_report(seed_articles, monkeypatch, workers):
    # The seeds' clusters compared in forked workers (the override forces them at any size):
    # the same discrepancies, in the same order.
    monkeypatch.setenv(parallel.WORKERS_ENV, "1")
    serial = api.compare_articles(seed_articles)
    monkeypatch.setenv(parallel.WORKERS_ENV, workers)
    forked = api.compare_articles(seed_articles)
    assert serial.discrepancies
    assert forked.discrepancies == serial.discrepancies


@pytest.mark.parametrize("total_bytes, env, expected", [
    (10_000, "", 1),  # small input: no processes
    (10_000, "4", 4),
    (10**9, "1", 1),
    (10**9, "not a number", None),  # ignored: decided by the machine
])
def test_worker_count(monkeypatch, total_bytes, env, expected):
    monkeypatch.setenv(parallel.WORKERS_ENV, env)
    count = parallel.worker_count(total_bytes)
    assert count >= 1
    if expected is not None:
        assert count == expected


def _claim(source: str, text: str, index: int = 0) -> Claim:
    return Claim(source=source, index=index, text=text, start=0, end=len(text))


@pytest.mark.parametrize("sources, cap", [(5, 16), (40, 16), (40, 8), (12, 3)])
def test_clusters_never_exceed_the_cap(sources, cap):
    # The same footer in every source: one family of near-identical claims.
    claims = [_claim(f"s{n:02d}",
                     f"The regional council approved the harbour budget of {n} items on Tuesday.")
              for n in range(sources)]
    matched = match_claims(claims, MatchOptions(max_cluster=cap, max_df_share=1.0))
    assert matched.clusters
    assert max(len(c.claims) for c in matched.clusters) <= cap
    if sources <= cap:
        assert len(matched.clusters) == 1 and len(matched.clusters[0].claims) == sources
    clustered = {c.key for cl in matched.clusters for c in cl.claims}
    assert len(clustered) >= min(sources, cap)


def test_max_df_leaves_small_corpora_alone(seed_articles):
    claims = api.extract_claims(seed_articles)
    loose = match_claims(claims, MatchOptions(max_df=10**9))
    assert match_claims(claims, MatchOptions()) == loose


def test_max_df_bounds_candidates_on_a_common_word():
    # 300 claims sharing two words: all pairs without the cap, none with it.
    claims = [_claim(f"s{n}", f"Officials reviewed harbour paperwork number {n} quickly.")
              for n in range(300)]
    options = MatchOptions(max_df=50, max_df_share=1.0)
    assert match_claims(claims, options).links == ()
    assert len(match_claims(claims[:20], options).links) == 20 * 19 // 2


def test_cli_import_leaves_heavy_modules_unloaded():
    code = ("import sys, claimcheck.cli; heavy = ['pysbd', 'rapidfuzz', 'yaml', 'claimcheck.facts', "
            "'claimcheck.matching', 'claimcheck.classify', 'markdown_it', 'multiprocessing']; "
            "print(','.join(m for m in heavy if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_blocking_off_still_runs(seed_articles):
    claims = api.extract_claims(seed_articles)
    all_pairs = match_claims(claims, replace(MatchOptions(), blocking=False))
    assert all_pairs.clusters
