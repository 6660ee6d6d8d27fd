"""Claim extraction spread over processes when the input is large enough to pay for it.

Splitting (pySBD) and fact extraction are pure Python and CPU-bound, so threads do not
help; processes do, once the input outweighs starting them (~50 ms each with fork).
Work is sent in chunks and results come back in input order, so the claims are the
same, in the same order, whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from claimcheck.lexicon import Lexicon
from claimcheck.models import Article, Claim

if TYPE_CHECKING:
    from claimcheck.annotate import Sentence

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")

WORKERS_ENV = "CLAIMCHECK_WORKERS"
"""Overrides the number of worker processes; 1 keeps everything in this process."""
MIN_PARALLEL_BYTES = 256 * 1024
"""Below this much text, one process is faster than starting others."""
MAX_WORKERS = 8
CHUNKS_PER_WORKER = 4


def worker_count(total_bytes: int) -> int:
    """How many processes to use for this much text (1: stay serial)."""
    if multiprocessing.current_process().daemon:
        return 1  # a worker of a pool or of a Dask cluster: it may not start processes of its own
    override = os.environ.get(WORKERS_ENV, "").strip()
    if override:
        try:
            return max(1, int(override))
        except ValueError:
            pass  # an unusable value is ignored rather than failing the run
    if total_bytes < MIN_PARALLEL_BYTES:
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_WORKERS))


_WORKER: dict[str, Lexicon] = {}
"""The lexicon of the run, in a worker of ``pool`` (under "lexicon"): given once to each worker, not with
every chunk (a lexicon sent with a chunk arrives as a new object, whose compiled patterns
and tables each chunk would build again)."""


def _set_lexicon(lexicon: Lexicon | None) -> None:
    if lexicon is not None:
        _WORKER["lexicon"] = lexicon


@contextmanager
def pool(workers: int, lexicon: Lexicon | None = None) -> Iterator[Executor | None]:
    """A process pool of ``workers``, or None when one process will do; each worker holds
    ``lexicon`` for the chunks it is sent."""
    if workers <= 1:
        yield None
        return
    # fork reuses the modules this process has already imported; elsewhere the default.
    context = multiprocessing.get_context("fork") if sys.platform == "linux" else None
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker,
                                   initargs=(lexicon,))
    try:
        yield executor
    except BaseException:
        # An interrupt or an error: the workers' remaining chunks are of no use, and waiting
        # for them (what leaving the pool normally does) would keep the user waiting, then
        # leave the processes behind if the parent is killed meanwhile.
        for process in list((getattr(executor, "_processes", None) or {}).values()):
            process.terminate()
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    executor.shutdown(wait=True)


def _start_worker(lexicon: Lexicon | None) -> None:
    """A worker holds the run's lexicon (``_WORKER``). It leaves SIGINT (sent to the whole
    process group by Ctrl-C) to its parent, which ends it; SIGTERM ends it at once, without
    a traceback of where it was."""
    _set_lexicon(lexicon)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def chunked(items: Sequence, parts: int) -> list[Sequence]:
    size = max(1, -(-len(items) // parts))
    return [items[k:k + size] for k in range(0, len(items), size)]


def _split_chunk(articles: Sequence[Article], lexicon: Lexicon | None = None) -> list[tuple[Claim, ...]]:
    from claimcheck.claims import split_articles

    return split_articles(articles, lexicon or _pool_lexicon())


def _annotate_chunk(claims: Sequence[Claim], lexicon: Lexicon | None = None) -> list[dict]:
    from claimcheck.annotate import read_fields

    lexicon = lexicon or _pool_lexicon()
    return [read_fields(c, lexicon) for c in claims]


def _pool_lexicon() -> Lexicon:
    if "lexicon" not in _WORKER:
        raise RuntimeError("a chunk sent to a worker without a lexicon: make the pool with one")
    return _WORKER["lexicon"]


def split_all(articles: Sequence[Article], lexicon: Lexicon, executor: Executor | None,
              done: Callable[[int, int], None]) -> list[tuple[Claim, ...]]:
    """The claims of each article, in article order; ``done(n, total)`` after each chunk."""
    return _map(_split_chunk, articles, lexicon, executor, done)


def annotate_all(claims: Sequence[Claim], lexicon: Lexicon, executor: Executor | None,
                 done: Callable[[int, int], None]) -> list[Sentence]:
    """The sentence of each claim, in order; ``done(n, total)`` after each chunk. A sentence
    repeated across sources (wire copy, syndication) is read once."""
    from claimcheck.annotate import sentence_of

    first: dict[str, Claim] = {}
    for c in claims:
        first.setdefault(c.text, c)
    unique = list(first.values())
    read = _map(_annotate_chunk, unique, lexicon, executor,
                lambda n, total: done(n * len(claims) // max(1, total), len(claims)))
    found = dict(zip((c.text for c in unique), read, strict=True))  # one reading per text, in order
    return [sentence_of(c, found[c.text]) for c in claims]


def _map(work: Callable, items: Sequence, lexicon: Lexicon, executor: Executor | None,
         done: Callable[[int, int], None]) -> list:
    if executor is None:
        parts = chunked(items, max(1, len(items) // 64))  # progress every ~64 items
        results = []
        for part in parts:
            results.extend(work(part, lexicon))
            done(len(results), len(items))
        if not items:
            done(0, 0)
        return results
    parts = chunked(items, executor._max_workers * CHUNKS_PER_WORKER)  # type: ignore[attr-defined]
    results = []
    for part_result in executor.map(work, parts):  # the workers hold the lexicon (``pool``)
        results.extend(part_result)
        done(len(results), len(items))
    if not items:
        done(0, 0)
    return results


MIN_PARALLEL_MATCH_CLAIMS = 250_000
"""Below this many claims, candidate pairs are scored in one process. At 5,000 synthetic
articles (93,000 claims, 2 cores) forked scoring left the match stage at 8.0 s, as serial,
and added 180 MB of worker memory: once candidates are counted in C and each claim's
candidates are scored in one rapidfuzz call, reading features and clustering (serial) cost
as much as scoring, and every forked worker copies the pages of the objects it touches."""


def match_workers(claims: int) -> int:
    """How many processes score candidate pairs for this many claims (1: stay serial)."""
    return _stage_workers(claims, MIN_PARALLEL_MATCH_CLAIMS)


def _stage_workers(work: int, floor: int) -> int:
    # ``worker_count`` keeps a pool's or a Dask cluster's worker serial (it may not start
    # processes of its own).
    override = os.environ.get(WORKERS_ENV, "").strip()
    if override or work >= floor:
        return worker_count(10**12)  # the override, or the machine's cores
    return 1


MIN_PARALLEL_CLASSIFY_CLAIMS = 20_000
"""Below this many clustered claims, clusters are compared in one process: starting workers
and sending findings back costs more than it saves."""


def classify_workers(clustered_claims: int) -> int:
    """How many processes compare the claims of clusters (1: stay serial)."""
    return _stage_workers(clustered_claims, MIN_PARALLEL_CLASSIFY_CLAIMS)


@contextmanager
def fork_pool(workers: int) -> Iterator[Executor | None]:
    """Like ``pool``, but only where workers are forked and so inherit the caller's module
    state (a large index need not be pickled to each); None elsewhere, and for one worker."""
    if workers <= 1 or sys.platform != "linux":
        yield None
        return
    with pool(workers) as executor:
        yield executor


def dask_map(function: Callable[[_Item], _Result], items: Sequence[_Item], scheduler: str) -> list[_Result]:
    """``function`` of each item, computed on Dask distributed (the ``dask`` extra), in the
    order of the items: on the scheduler at ``scheduler``, or "local" for a cluster of worker
    processes on this machine (one a core, one thread each: the work is pure Python)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        from claimcheck.errors import MissingExtra

        raise MissingExtra("--scheduler needs Dask: pip install 'claimcheck-news[dask]'") from None
    if scheduler == "local":
        import logging

        # silence_logs: a worker that outlives the scheduler by a heartbeat at shutdown logs a
        # traceback that says nothing to the user.
        with LocalCluster(n_workers=worker_count(MIN_PARALLEL_BYTES), threads_per_worker=1, processes=True,
                          dashboard_address=None, silence_logs=logging.CRITICAL) as cluster, \
                Client(cluster) as client:
            return list(client.gather(client.map(function, items, pure=False)))
    with Client(scheduler) as client:
        return list(client.gather(client.map(function, items, pure=False)))
