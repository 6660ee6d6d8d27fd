"""Arbitrary text and bytes thrown at every stage a user's input reaches: nothing raises.

A reader may refuse an input, but only with ``UnreadableFile`` (shown as a skipped file);
every other stage takes whatever text a reader lets through.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import api
from claimcheck.claims import split_claims, split_sentences
from claimcheck.errors import ClaimcheckError
from claimcheck.facts import extract_facts
from claimcheck.loading import load_sources
from claimcheck.models import Article
from claimcheck.readers import Format, UnreadableFile, decode, normalise_text, read, sniff

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks a little like news: words, numbers, quotes, odd spaces and line ends mixed with anything.
NEWSY = st.lists(
    st.one_of(
        st.sampled_from(["The", "council", "said", "approved", "$4.5 million", "12%", "on Tuesday", "Nov. 10",
                         "“quoted”", "'single'", "not", "may", "U.S.", ".", ",", ":", "\n", "\r\n", "\u00a0",
                         "\u200b", "\ufeff", " ", "—", "...", "?", "Photo: Getty Images",
                         "Read more", "---\n"]),
        st.text(max_size=12),
    ),
    max_size=60,
).map("".join)
ANY_TEXT = st.one_of(NEWSY, st.text(max_size=300))
ANY_BYTES = st.one_of(
    st.binary(max_size=400),
    ANY_TEXT.flatmap(lambda t: st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1"]).map(
        lambda enc: t.encode(enc, errors="replace"))),
)


def _read_or_refuse(data: bytes, fmt: Format):
    try:
        return read(data, fmt, "x", "x")
    except UnreadableFile as exc:
        assert str(exc)
        return None


@FAST
@given(ANY_BYTES)
def test_decoding_any_bytes_gives_text_or_a_reason(data):
    try:
        text = decode(data)
    except UnreadableFile as exc:
        assert str(exc)
        return
    assert "\r" not in text and "\ufeff" not in text


@FAST
@given(ANY_BYTES, st.sampled_from(list(Format)))
def test_every_reader_takes_any_bytes(data, fmt):
    got = _read_or_refuse(data, fmt)
    if got is not None:
        assert got.articles and all(a.text.strip() for a in got.articles)


@settings(max_examples=25, deadline=None)
@given(st.one_of(ANY_TEXT,
                 ANY_TEXT.map(lambda t: f"<html><body><article><p>{t}</p></article></body></html>")))
def test_html_reader_takes_any_page(page):
    _read_or_refuse(page.encode("utf-8", errors="replace"), Format.HTML)


@FAST
@given(ANY_BYTES)
def test_stdin_takes_any_bytes(data):
    fmt = sniff(data)
    assert fmt in Format
    try:
        load_sources(["-"], stdin=io.BytesIO(data))
    except ClaimcheckError as exc:
        assert str(exc)


@FAST
@given(ANY_TEXT)
def test_splitting_keeps_offsets_into_the_text(text):
    text = _as_article_text(text)
    for start, end in split_sentences(text):
        assert 0 <= start < end <= len(text)
    for claim in split_claims(Article("a", "a.txt", text)):
        assert claim.text == text[claim.start:claim.end]


@FAST
@given(ANY_TEXT)
def test_fact_extraction_takes_any_sentence(text):
    for fact in extract_facts(text):
        assert fact.raw == text[fact.start:fact.end]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT, ANY_TEXT)
def test_a_whole_compare_takes_any_two_articles(one, two):
    articles = [Article("a", "a.txt", _as_article_text(one)), Article("b", "b.txt", _as_article_text(two))]
    report = api.compare_articles(articles)
    assert {s.id for s in report.sources} == {"a", "b"}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".csv", ""]),
                          ANY_BYTES),
                min_size=1, max_size=4))
def test_a_whole_compare_from_a_folder_of_anything(files):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n, (suffix, data) in enumerate(files):
            (folder / f"f{n}{suffix}").write_bytes(data)
        try:
            report = api.compare([folder])
        except ClaimcheckError as exc:
            assert str(exc) and exc.exit_code == 3
            return
        assert len(report.sources) >= 2


WORDS = ["the", "council", "approved", "rejected", "budget", "on", "Tuesday", "Nov.", "10", "12%", "$4.5",
         "million", "about", "more", "than", "not", "expected", "to", "said", "Smith", "“will", "act”", "a",
         "year", "delay", "of", "three", "weeks", "first", "2025", "300", "people", "may", "could", "denied"]
SENTENCE = st.lists(st.sampled_from(WORDS), min_size=3, max_size=18).map(lambda ws: " ".join(ws) + ".")
STORY = st.lists(SENTENCE, min_size=1, max_size=8)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(STORY, STORY, st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS)), max_size=4))
def test_a_whole_compare_of_overlapping_stories(shared, own, swaps):
    # Two articles that share sentences, some with words swapped: every detector gets pairs to judge.
    second = []
    for sentence in shared:
        swapped = sentence
        for old, new in swaps:
            swapped = swapped.replace(f" {old} ", f" {new} ", 1)
        second.append(swapped)
    articles = [Article("a", "a.txt", "\n".join(shared + own)),
                Article("b", "b.txt", "\n".join(second + own[:1]))]
    report = api.compare_articles(articles)
    for d in report.discrepancies:
        assert len(d.values) >= 2


def _as_article_text(text: str) -> str:
    # What every reader hands on: normalised text (binary-looking text is refused earlier).
    try:
        return normalise_text(text)
    except UnreadableFile:
        return text.translate({c: " " for c in range(32) if c not in (9, 10)})
