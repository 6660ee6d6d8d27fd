"""How the match and classify stages spread their work (worker counts, the forked pool)
and pause the collector."""

from __future__ import annotations

import pytest

from claimcheck import gc_pause, parallel


@pytest.mark.parametrize("workers_for, floor", [
    (parallel.match_workers, parallel.MIN_PARALLEL_MATCH_CLAIMS),
    (parallel.classify_workers, parallel.MIN_PARALLEL_CLASSIFY_CLAIMS),
], ids=["match", "classify"])
@pytest.mark.parametrize("claims, env, expected", [
    (100, "", 1),  # a few articles: forking costs more than it saves
    ("floor - 1", "", 1),
    (100, "3", 3),  # the override wins either way
    (10**6, "1", 1),
])
def test_stage_workers(monkeypatch, workers_for, floor, claims, env, expected):
    monkeypatch.setenv(parallel.WORKERS_ENV, env)
    assert workers_for(floor - 1 if claims == "floor - 1" else claims) == expected


def test_large_inputs_use_the_machine(monkeypatch):
    monkeypatch.setenv(parallel.WORKERS_ENV, "")
    assert parallel.match_workers(parallel.MIN_PARALLEL_MATCH_CLAIMS) == parallel.worker_count(10**12)
    assert parallel.classify_workers(parallel.MIN_PARALLEL_CLASSIFY_CLAIMS) == parallel.worker_count(10**12)


_INHERITED = []


def _read_inherited(_: int) -> list[int]:
    return list(_INHERITED)


@pytest.mark.parametrize("workers, pooled", [(1, False), (2, True)])
def test_fork_pool_workers_see_the_callers_state(workers, pooled):
    _INHERITED[:] = [4, 5]  # set after import, before the fork: not picklable-by-argument state
    try:
        with parallel.fork_pool(workers) as executor:
            assert (executor is not None) is pooled
            if executor is not None:
                assert list(executor.map(_read_inherited, range(3))) == [[4, 5]] * 3
    finally:
        _INHERITED.clear()


@pytest.mark.parametrize("enabled", [True, False])
def test_a_paused_stage_leaves_the_collector_as_it_found_it(enabled):
    import gc

    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(RuntimeError), gc_pause.collector_paused():
            assert not gc.isenabled()
            raise RuntimeError("a stage that fails still restores the collector")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
