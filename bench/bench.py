"""Benchmark ``compare`` on synthetic corpora of growing size.

    python3 dev.py bench                      N = 5, 50, 500, 5000; all-pairs baseline up to 120 s
    python3 dev.py bench --sizes 50,500 --cap 60 --keep /tmp/corpora
    python3 dev.py bench --feed dense --sizes 500,5000 --no-baseline
    python3 dev.py bench --sizes 20000 --no-baseline --engine serial,pool,dask

Each size runs in a fresh subprocess (so start-up, imports and peak memory are those of
one real run): load, split, annotate, match, classify and render JSON, timed by stage
through the ``progress`` callback. Peak memory is the largest resident set of the run's
main process plus the largest of its worker processes, an upper bound on what it holds at
once. The all-pairs baseline is the same run with ``MatchOptions(blocking=False)``,
killed after ``--cap`` seconds. Corpora come from ``bench/synth.py``; see its docstring.
``--feed stories`` (the default) is a newsroom feed of many small stories; ``--feed dense``
is one story told by every article (wire copies and rewrites on a big day), where the
findings must grow with the points in dispute, not with the sources. ``--engine`` runs each
size on one process (``serial``: ``CLAIMCHECK_WORKERS=1``), the local process pool (``pool``,
the default) or a local Dask cluster of one worker a core (``dask``: ``--scheduler local``,
the ``dask`` extra); the Dask workers' memory is not in the peak, which is then the client's.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAGES = ("load", "split", "annotate", "match", "classify", "render")


ENGINES = ("serial", "pool", "dask")


def child(folder: str, all_pairs: bool, engine: str = "pool") -> None:
    """One timed run; prints a JSON line of figures on stdout."""
    t0 = time.perf_counter()
    from dataclasses import replace

    from claimcheck import api
    from claimcheck.matching import MatchOptions
    from claimcheck.render.json import JsonRenderer

    options = api.CompareOptions(scheduler="local" if engine == "dask" else None)
    if all_pairs:
        options = replace(options, match=replace(options.match, blocking=False))
    marks: dict[str, float] = {"import": time.perf_counter() - t0}
    last = [time.perf_counter()]

    def progress(stage: str, done: int, total: int) -> None:
        if done == total:  # a stage ends when its last unit is done
            now = time.perf_counter()
            marks[stage] = marks.get(stage, 0.0) + now - last[0]
            last[0] = now
            print(json.dumps({"stage": stage, "seconds": marks[stage]}), flush=True)  # read if the run is cut

    articles, skipped = api.load([folder], options)
    progress("load", 1, 1)
    report = api.compare_articles(articles, options, skipped, progress)
    text = JsonRenderer().render(report)
    progress("render", 1, 1)
    self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({
        "articles": len(articles),
        "mb": sum(len(a.text.encode("utf-8")) for a in articles) / 1e6,
        "claims": len(report.claims),
        "clusters": len(report.clusters),
        "discrepancies": len(report.discrepancies),
        "cpu": sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
                   for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)),
        "stages": marks,
        "peak_mb": (self_peak + workers_peak) / 1024,  # Linux reports KiB
        "json_mb": len(text) / 1e6,
        "MatchOptions": repr(MatchOptions()),
    }))


def run(folder: Path, all_pairs: bool, cap: float | None, engine: str = "pool") -> dict | None:
    """Figures of one run, or None when it did not finish within ``cap`` seconds (then
    the stages it finished are printed)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(folder), "--engine", engine]
    if all_pairs:
        cmd.append("--all-pairs")
    env = dict(os.environ)
    if engine == "serial":
        env["CLAIMCHECK_WORKERS"] = "1"
    start = time.perf_counter()
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=cap, check=False, env=env)
    except subprocess.TimeoutExpired as exc:
        partial = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        stages = [json.loads(line) for line in partial.splitlines() if line.startswith('{"stage"')]
        kind = "all pairs" if all_pairs else "blocking"
        print(f"  ({kind} run on {folder.name} cut at {cap:.0f} s; finished: "
              + ", ".join(f"{s['stage']} {s['seconds']:.1f} s" for s in stages) + ")", flush=True)
        return None
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"bench: run failed on {folder}:\n{done.stderr}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["wall"] = wall
    return figures


def print_row(n: int, engine: str, fast: dict, slow: dict | None, args: argparse.Namespace,
              header: str | None) -> None:
    if header:
        print(header)
    slow_s = f"{slow['wall']:.2f}" if slow else (f">{args.cap:.0f}" if not args.no_baseline else "-")
    speedup = f"{slow['wall'] / fast['wall']:.1f}x" if slow else (f">{args.cap / fast['wall']:.0f}x"
                                                                   if not args.no_baseline else "-")
    stages = fast["stages"]
    print(f"{n:>6} {engine:>7} {fast['mb']:>6.2f} {fast['claims']:>8} {fast['discrepancies']:>7} "
          f"{fast['wall']:>7.2f} {fast['cpu']:>7.2f} "
          f"{fast['peak_mb']:>8.0f} {slow_s:>12} {speedup:>9}  "
          + " ".join(f"{stages.get(s, 0.0):>8.2f}" for s in STAGES),
          flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,50,500,5000", help="comma-separated article counts")
    parser.add_argument("--cap", type=float, default=120.0,
                        help="seconds before the all-pairs run is given up")
    parser.add_argument("--run-cap", type=float, default=1800.0, help="seconds before any run is given up")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--feed", choices=("stories", "dense"), default="stories",
                        help="many small stories, or one story told by every article")
    parser.add_argument("--no-baseline", action="store_true", help="skip the all-pairs runs")
    parser.add_argument("--keep", type=Path, help="write the corpora here and keep them")
    parser.add_argument("--engine", default="pool",
                        help="comma-separated engines to run each size on: serial, pool, dask")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--all-pairs", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    engines = args.engine.split(",")
    if unknown := [e for e in engines if e not in ENGINES]:
        parser.error(f"unknown engine {unknown[0]!r}; choose from {', '.join(ENGINES)}")
    if args.child:
        child(args.child, args.all_pairs, engines[0])
        # End as the claimcheck command does (cli.main): without freeing the report object by object.
        sys.stdout.flush()
        os._exit(0)

    sys.path.insert(0, str(HERE))
    from synth import load_material, write_corpus, write_dense_corpus

    sizes = [int(s) for s in args.sizes.split(",")]
    material = load_material() if args.feed == "stories" else None
    print(f"claimcheck bench: {args.feed} feed, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
          f"seed {args.seed}")
    header = (f"{'N':>6} {'engine':>7} {'MB':>6} {'claims':>8} {'found':>7} {'wall s':>7} {'cpu s':>7} "
              f"{'peak MB':>8} {'all-pairs s':>12} {'speed-up':>9}  "
              + " ".join(f"{s:>8}" for s in STAGES))
    rows = []
    baseline_gave_up = False
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as tmp:
        base = args.keep or Path(tmp)
        for n in sizes:
            folder = base / f"n{n}"
            if not folder.exists() and material is None:
                write_dense_corpus(folder, n, seed=args.seed)
            elif not folder.exists():
                write_corpus(folder, n, seed=args.seed, material=material)
            for engine in engines:
                fast = run(folder, False, args.run_cap, engine)
                if fast is None:
                    print(f"{n:>6} {engine:>7}: no result within {args.run_cap:.0f} s", flush=True)
                    continue
                slow = None
                if not args.no_baseline and not baseline_gave_up and engine == engines[0]:
                    slow = run(folder, True, args.cap)
                    baseline_gave_up = slow is None
                rows.append((n, engine, fast, slow))
                print_row(n, engine, fast, slow, args, header if len(rows) == 1 else None)
    for n, _, fast, slow in rows:
        if slow and (slow["clusters"], slow["discrepancies"]) != (fast["clusters"], fast["discrepancies"]):
            print(f"note: N={n}: blocking found {fast['clusters']} clusters / "
                  f"{fast['discrepancies']} discrepancies, "
                  f"all pairs {slow['clusters']} / {slow['discrepancies']}")
    for engine in engines:
        runs = [(n, fast) for n, ran_on, fast, _ in rows if ran_on == engine]
        for (n1, f1), (n2, f2) in pairwise(runs):
            if n2 == 10 * n1:
                print(f"growth {n1} -> {n2} articles ({engine}): {f2['wall'] / f1['wall']:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
