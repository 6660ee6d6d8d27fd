"""The library's front door: ``compare`` and ``check``; the only place stages are chained."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from claimcheck import __version__
from claimcheck.errors import TooFewSources
from claimcheck.lexicon import DEFAULT, Lexicon
from claimcheck.matching import MatchOptions
from claimcheck.models import Article, Claim, Report, Skipped

ProgressCallback = Callable[[str, int, int], None]
"""Called as (stage, done, total), stage one of "split", "facts", "match", "classify"
in that order, each ending with done == total; UI callers draw a bar, others pass nothing."""


@dataclass(frozen=True)
class CompareOptions:
    """Everything that tunes a run of ``compare``."""

    recursive: bool = False
    match: MatchOptions = field(default_factory=MatchOptions)
    lexicon: Lexicon = DEFAULT


def _no_progress(stage: str, done: int, total: int) -> None:
    pass


def load(paths: Sequence[str | os.PathLike[str]], options: CompareOptions = CompareOptions()
         ) -> tuple[tuple[Article, ...], tuple[Skipped, ...]]:
    from claimcheck.loading import load_sources

    result = load_sources(paths, recursive=options.recursive)
    return result.articles, result.skipped


def extract_claims(articles: Sequence[Article], lexicon: Lexicon = DEFAULT,
                   progress: ProgressCallback = _no_progress) -> tuple[Claim, ...]:
    """Split every article into claims and attach the facts each states; large inputs
    are spread over processes (see ``claimcheck.parallel``), with the same result."""
    from claimcheck import parallel

    workers = parallel.worker_count(sum(len(a.text) for a in articles))
    with parallel.pool(workers) as executor:
        per_article = parallel.split_all(articles, lexicon, executor,
                                         lambda done, total: progress("split", done, total))
        claims = [c for split in per_article for c in split]
        facts = parallel.facts_all([c.text for c in claims], lexicon, executor,
                                   lambda done, total: progress("facts", done, total))
    return tuple(replace(c, facts=f) for c, f in zip(claims, facts))


def compare(paths: Sequence[str | os.PathLike[str]], options: CompareOptions = CompareOptions(),
            progress: ProgressCallback = _no_progress) -> Report:
    """Load the sources under ``paths`` and report where they disagree."""
    articles, skipped = load(paths, options)
    return compare_articles(articles, options, skipped, progress)


def compare_articles(articles: Sequence[Article], options: CompareOptions = CompareOptions(),
                     skipped: Sequence[Skipped] = (), progress: ProgressCallback = _no_progress) -> Report:
    from claimcheck.classify import find_discrepancies
    from claimcheck.matching import match_claims

    if len(articles) < 2:
        found = f"only one source ({articles[0].id})" if articles else "no sources"
        raise TooFewSources(f"comparing needs at least two sources; found {found}")
    claims = extract_claims(articles, options.lexicon, progress)
    progress("match", 0, 1)
    matched = match_claims(claims, options.match, options.lexicon)
    progress("match", 1, 1)
    published = {a.id: a.published for a in articles}
    progress("classify", 0, 1)
    discrepancies = find_discrepancies(claims, matched, published, options.lexicon)
    progress("classify", 1, 1)
    return Report(
        sources=tuple(articles),
        claims=claims,
        clusters=matched.clusters,
        discrepancies=discrepancies,
        skipped=tuple(skipped),
        generated_by=f"claimcheck {__version__}",
    )
