"""The library's front door: ``compare`` and ``check``; the only place stages are chained."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from claimcheck import __version__
from claimcheck.errors import BadClaim, TooFewSources
from claimcheck.lexicon import DEFAULT, Lexicon
from claimcheck.limits import UNSAFE_CHARACTERS, overlong_sentence
from claimcheck.matching import MatchOptions
from claimcheck.models import Article, CheckResult, Claim, Cluster, Discrepancy, Report, Skipped, Story

if TYPE_CHECKING:
    from claimcheck.annotate import Sentence

ProgressCallback = Callable[[str, int, int], None]
"""Called as (stage, done, total), stage one of "split", "annotate", "match", "classify"
in that order, each ending with done == total; UI callers draw a bar, others pass nothing."""


@dataclass(frozen=True)
class CompareOptions:
    """Everything that tunes a run of ``compare``."""

    recursive: bool = False
    match: MatchOptions = field(default_factory=MatchOptions)
    lexicon: Lexicon = DEFAULT
    stories: bool = True
    """Group the articles into stories and compare claims only within one (``claimcheck.stories``);
    False takes every article as one story (``--one-story``)."""
    scheduler: str | None = None
    """Compare the stories on Dask (the ``dask`` extra): a scheduler's address, or "local" for
    a cluster of local worker processes; None compares them in this process and its pool."""


def _no_progress(stage: str, done: int, total: int) -> None:
    pass


def load(paths: Sequence[str | os.PathLike[str]], options: CompareOptions = CompareOptions()
         ) -> tuple[tuple[Article, ...], tuple[Skipped, ...]]:
    from claimcheck.dateline import dateline_date
    from claimcheck.loading import load_sources

    result = load_sources(paths, recursive=options.recursive)
    # A source without a date in its metadata may still carry one on its dateline.
    articles = tuple(a if a.published else replace(a, published=dateline_date(a.text, options.lexicon))
                     for a in result.articles)
    return articles, result.skipped


def read_sentences(articles: Sequence[Article], lexicon: Lexicon = DEFAULT,
                   progress: ProgressCallback = _no_progress) -> tuple[Sentence, ...]:
    """Split every article into claims and read each once (``claimcheck.annotate``); large
    inputs are spread over processes (see ``claimcheck.parallel``), with the same result."""
    from claimcheck.annotate import name_words, plain_words, with_known_names
    from claimcheck.gc_pause import collector_paused

    sentences = _annotated(articles, lexicon, progress)
    with collector_paused():
        # A word opening a sentence is a name where the story writes it as one elsewhere, and
        # a plain word where it writes it in lower case.
        return with_known_names(sentences, name_words(sentences, lexicon), lexicon, plain_words(sentences))


def _annotated(articles: Sequence[Article], lexicon: Lexicon, progress: ProgressCallback
               ) -> tuple[Sentence, ...]:
    """Each sentence read alone (``read_sentences`` before what the story tells of names)."""
    from claimcheck import parallel
    from claimcheck.gc_pause import collector_paused

    workers = parallel.worker_count(sum(len(a.text) for a in articles))
    # The readings are millions of small objects and no cycles: each pass of the cyclic
    # collector would walk all those read so far again.
    with collector_paused(), parallel.pool(workers, lexicon) as executor:
        per_article = parallel.split_all(articles, lexicon, executor,
                                         lambda done, total: progress("split", done, total))
        claims = [c for split in per_article for c in split]
        return tuple(parallel.annotate_all(claims, lexicon, executor,
                                           lambda done, total: progress("annotate", done, total)))


def overlong_sentences(articles: Sequence[Article], sentences: Sequence[Sentence] | Sequence[Claim]
                       ) -> tuple[Skipped, ...]:
    """A skip for each sentence (or claim) too long to be read (``limits.MAX_SENTENCE_CHARS``),
    naming its article: what is passed over is said, never dropped silently."""
    paths = {a.id: a.path for a in articles}
    return tuple(Skipped(paths.get(s.source, s.source), reason) for s in sentences
                 if (reason := overlong_sentence(s.text)) is not None)


def extract_claims(articles: Sequence[Article], lexicon: Lexicon = DEFAULT,
                   progress: ProgressCallback = _no_progress) -> tuple[Claim, ...]:
    """The claims of every article, each with the facts it states."""
    return tuple(s.claim for s in read_sentences(articles, lexicon, progress))


def compare(paths: Sequence[str | os.PathLike[str]], options: CompareOptions = CompareOptions(),
            progress: ProgressCallback = _no_progress) -> Report:
    """Load the sources under ``paths`` and report where they disagree."""
    articles, skipped = load(paths, options)
    return compare_articles(articles, options, skipped, progress)


def compare_articles(articles: Sequence[Article], options: CompareOptions = CompareOptions(),
                     skipped: Sequence[Skipped] = (), progress: ProgressCallback = _no_progress) -> Report:
    if len(articles) < 2:
        found = f"only one source ({articles[0].id})" if articles else "no sources"
        raise TooFewSources(f"comparing needs at least two sources; found {found}")
    if options.stories:
        from claimcheck.stories import group

        stories = group(articles, options.lexicon)
    else:
        stories = (Story("s1", "", tuple(a.id for a in articles)),)
    if len(stories) == 1:
        sentences = read_sentences(articles, options.lexicon, progress)
        clusters, discrepancies = _compare_story(sentences, articles, options, progress)
        return Report(sources=tuple(articles), claims=tuple(s.claim for s in sentences), clusters=clusters,
                      discrepancies=discrepancies,
                      skipped=(*skipped, *overlong_sentences(articles, sentences)),
                      generated_by=f"claimcheck {__version__}")
    return _compare_stories(stories, articles, options, skipped, progress)


def _compare_story(sentences: Sequence[Sentence], articles: Sequence[Article], options: CompareOptions,
                   progress: ProgressCallback) -> tuple[tuple[Cluster, ...], tuple[Discrepancy, ...]]:
    """The clusters and discrepancies of one story's sentences."""
    from claimcheck.classify import find_discrepancies
    from claimcheck.confidence import with_confidence
    from claimcheck.copies import find_copies
    from claimcheck.corpus import read_corpus
    from claimcheck.gc_pause import collector_paused
    from claimcheck.matching import match_sentences

    published = {a.id: a.published for a in articles}
    # Wire copies are matched and compared once, then join what their first was found in.
    copies = find_copies(sentences, published)
    progress("match", 0, 1)
    matched = copies.with_own_clusters(match_sentences(copies.kept, options.match, options.lexicon))
    progress("match", 1, 1)
    progress("classify", 0, 1)
    with collector_paused():  # classify 5,000 articles: 46 -> 29 s, same peak memory
        corpus = read_corpus(sentences, published, options.lexicon)
        discrepancies = with_confidence(find_discrepancies(corpus, matched, copies), corpus, matched)
    progress("classify", 1, 1)
    return tuple(copies.in_cluster(c) for c in matched.clusters), discrepancies


StoryResult = tuple[tuple[Claim, ...], tuple[Cluster, ...], tuple[Discrepancy, ...]]
"""One story's claims, clusters and discrepancies, ids numbered within the story."""


def story_report(articles: Sequence[Article], options: CompareOptions = CompareOptions()) -> StoryResult:
    """One story compared alone, as if its articles were the whole input: the task a worker of
    a distributed run is given (a module-level function, so that it travels by pickle)."""
    sentences = read_sentences(articles, options.lexicon)
    if len(articles) < 2:
        return tuple(s.claim for s in sentences), (), ()  # one source: nothing to compare
    return (tuple(s.claim for s in sentences), *_compare_story(sentences, articles, options, _no_progress))


def _compare_stories(stories: Sequence[Story], articles: Sequence[Article], options: CompareOptions,
                     skipped: Sequence[Skipped], progress: ProgressCallback) -> Report:
    """Each story compared as if its articles were the whole input (what a sentence tells of
    the names of the others is the story's own too), then one report: cluster and discrepancy
    ids numbered on across the stories, in story order."""
    story_of = {source: n for n, story in enumerate(stories) for source in story.sources}
    members: list[list[Article]] = [[] for _ in stories]
    for article in articles:
        members[story_of[article.id]].append(article)
    if options.scheduler:
        from functools import partial

        from claimcheck.parallel import dask_map

        results = dask_map(partial(story_report, options=options), members, options.scheduler)
    else:
        results = _stories_here(members, articles, options, progress)
    return _merged(stories, articles, results, skipped)


def _stories_here(members: Sequence[Sequence[Article]], articles: Sequence[Article], options: CompareOptions,
                  progress: ProgressCallback) -> list[StoryResult]:
    """``story_report`` of every story in this process, the sentences of all read at once
    (across the local process pool for a large feed) and the rest story by story."""
    from claimcheck.annotate import name_words, plain_words, with_known_names
    from claimcheck.gc_pause import collector_paused

    by_source: dict[str, list[Sentence]] = {}
    for s in _annotated(articles, options.lexicon, progress):
        by_source.setdefault(s.source, []).append(s)
    results: list[StoryResult] = []
    # Matching and classifying go story by story: the bar's "match" stage counts the stories
    # done, and "classify" closes when the last is.
    for done, story in enumerate(members):
        progress("match", done, len(members))
        own = [s for a in story for s in by_source.get(a.id, ())]
        with collector_paused():
            own = list(with_known_names(own, name_words(own, options.lexicon), options.lexicon,
                                        plain_words(own)))
        found = _compare_story(own, story, options, _no_progress) if len(story) >= 2 else ((), ())
        results.append((tuple(s.claim for s in own), *found))
    progress("match", len(members), len(members))
    progress("classify", 0, 1)
    progress("classify", 1, 1)
    return results


def _merged(stories: Sequence[Story], articles: Sequence[Article], results: Sequence[StoryResult],
            skipped: Sequence[Skipped]) -> Report:
    by_source: dict[str, list[Claim]] = {}
    clusters: list[Cluster] = []
    discrepancies: list[Discrepancy] = []
    for claims, found, disagreements in results:
        for claim in claims:
            by_source.setdefault(claim.source, []).append(claim)
        renamed = {c.id: f"c{len(clusters) + n}" for n, c in enumerate(found, start=1)}
        clusters += [replace(c, id=renamed[c.id]) for c in found]
        discrepancies += [replace(d, id=f"d{len(discrepancies) + n}",
                                  cluster_id=renamed.get(d.cluster_id, d.cluster_id))
                          for n, d in enumerate(disagreements, start=1)]
    claims = tuple(c for a in articles for c in by_source.get(a.id, ()))
    return Report(sources=tuple(articles), claims=claims, clusters=tuple(clusters),
                  discrepancies=tuple(discrepancies),
                  skipped=(*skipped, *overlong_sentences(articles, claims)),
                  generated_by=f"claimcheck {__version__}", stories=tuple(stories))


def claims_to_check(
    claim: str | None, watchlist: str | os.PathLike[str] | None, options: CompareOptions = CompareOptions(),
) -> tuple[list[str], list[str], CompareOptions]:
    """The claims of one run of ``check`` (texts and ids), with the options extended by a
    watchlist's lexicon. Every claim is validated here, before any article is read."""
    from claimcheck.check import read_claim

    texts, ids = [claim or ""], [""]
    if watchlist is not None:
        from claimcheck.watchlist import load_watchlist

        loaded = load_watchlist(watchlist)
        texts, ids = [c.text for c in loaded.claims], [c.id for c in loaded.claims]
        options = replace(options, lexicon=loaded.lexicon)
    # A claim is shown in every report, as article text is: no control character survives.
    texts = [UNSAFE_CHARACTERS.sub("\ufffd", text) for text in texts]
    for text, claim_id in zip(texts, ids, strict=True):
        try:
            read_claim(text, options.lexicon)
        except BadClaim as exc:
            raise BadClaim(f"claim '{claim_id}': {exc}" if claim_id else str(exc)) from None
    return texts, ids, options


def check(claims: Sequence[str], paths: Sequence[str | os.PathLike[str]],
          options: CompareOptions = CompareOptions(), ids: Sequence[str] = (),
          progress: ProgressCallback = _no_progress) -> tuple[CheckResult, ...]:
    """Check each claim against every source under ``paths``: one verdict per source."""
    from claimcheck.check import read_claim

    for text in claims:
        read_claim(text, options.lexicon)  # a bad claim fails before any file is read
    articles, _ = load(paths, options)
    return check_articles(claims, articles, options, ids, progress)


def check_articles(claims: Sequence[str], articles: Sequence[Article],
                   options: CompareOptions = CompareOptions(), ids: Sequence[str] = (),
                   progress: ProgressCallback = _no_progress, *, skipped: list[Skipped] | None = None
                   ) -> tuple[CheckResult, ...]:
    """Like ``check``, on articles already loaded; ``ids`` name the claims (a watchlist's).
    Sentences too long to be read are added to ``skipped`` when it is given."""
    from claimcheck.check import check_claim, read_sources
    from claimcheck.corpus import read_corpus
    from claimcheck.errors import NoArticlesFound

    if not articles:
        raise NoArticlesFound("no sources to check the claim against")
    sentences = read_sentences(articles, options.lexicon, progress)
    if skipped is not None:
        skipped.extend(overlong_sentences(articles, sentences))
    # Every source sentence is read as ``compare`` reads it, once for all the claims.
    sources = read_sources(read_corpus(sentences, {a.id: a.published for a in articles}, options.lexicon))
    names = list(ids) + [""] * (len(claims) - len(ids))
    return tuple(check_claim(text, sources, claim_id=claim_id)
                 # not strict: names is padded to the claims, but a caller may give more ids than claims
                 for text, claim_id in zip(claims, names, strict=False))
