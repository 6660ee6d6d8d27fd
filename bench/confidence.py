"""Calibrate the discrepancies' confidence against gold annotations.

    python bench/confidence.py GOLD.yaml:DIR ... [--fit] [--written N]

For every corpus, ``compare`` runs in-process and each discrepancy (all of them, none hidden)
is judged as ``tests/eval/score.py`` judges it: real when it covers a must-find or tolerated
item of the gold file. Printed: per confidence band, how many findings are real; per threshold,
how many findings are shown and real, and the must-find items still found on each corpus (the
first ``--written`` corpora are the written ones, where no must-find item may be lost).
``--fit`` also fits the weights of ``claimcheck.confidence`` by logistic regression on the
features and prints them, to be rounded into the module's constants.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from claimcheck import api, confidence  # noqa: E402
from claimcheck.classify import find_discrepancies  # noqa: E402
from claimcheck.corpus import read_corpus  # noqa: E402
from claimcheck.matching import match_sentences  # noqa: E402
from claimcheck.render.json import discrepancy_json  # noqa: E402
from tests.eval.score import covers  # noqa: E402

BANDS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
THRESHOLDS = (0.0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8)


def judged(gold_path: str, corpus_dir: str) -> list[dict]:
    """One row per discrepancy: its confidence, features, and which gold items it covers."""
    gold = yaml.safe_load(Path(gold_path).read_text(encoding="utf-8"))
    articles, _ = api.load([corpus_dir])
    sentences = api.read_sentences(articles)
    matched = match_sentences(sentences)
    corpus = read_corpus(sentences, {a.id: a.published for a in articles})
    found = find_discrepancies(corpus, matched)
    rows = []
    for d, f in zip(found, confidence.all_features(found, corpus, matched), strict=True):
        as_json = discrepancy_json(d)
        must = [i["id"] for i in gold.get("discrepancies") or [] if covers(as_json, i)]
        tolerated = [i["id"] for i in gold.get("tolerated") or [] if covers(as_json, i)]
        rows.append({"corpus": Path(corpus_dir).name, "id": d.id, "kind": d.kind.value,
                     "confidence": round(f.confidence, 2), "features": f,
                     "real": bool(must or tolerated), "must": must,
                     "explanation": d.explanation})
    return rows


def vector(f: confidence.Features) -> list[float]:
    p = f.pair
    kinds = [1.0 if f.kind is k else 0.0 for k in confidence.KIND_PRIOR]
    return [1.0, p.match, p.shared, p.context, p.names, p.approximate, p.quoted, f.backing, *kinds]


NAMES = ["bias", "match", "shared", "context", "names", "approximate", "quoted", "backing",
         *(k.value for k in confidence.KIND_PRIOR)]


def fit(rows: list[dict], steps: int = 4000, rate: float = 0.5, l2: float = 0.02) -> list[float]:
    """Logistic regression by gradient descent (no numpy needed), with a little L2 so that
    a kind seen a few times does not get an extreme prior."""
    xs = [vector(r["features"]) for r in rows]
    ys = [1.0 if r["real"] else 0.0 for r in rows]
    w = [0.0] * len(xs[0])
    for _ in range(steps):
        grad = [0.0] * len(w)
        for x, y in zip(xs, ys, strict=True):
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x, strict=True))))
            for i, xi in enumerate(x):
                grad[i] += (p - y) * xi
        w = [wi - rate * (g / len(xs) + (l2 * wi if i else 0.0))
             for i, (wi, g) in enumerate(zip(w, grad, strict=True))]
    return w


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pairs", nargs="+", help="GOLD.yaml:CORPUS_DIR")
    ap.add_argument("--written", type=int, default=0, help="how many of the first pairs are written corpora")
    ap.add_argument("--fit", action="store_true")
    ap.add_argument("--list", action="store_true", help="list every finding with its judgement")
    args = ap.parse_args()
    per_corpus = [judged(*p.split(":", 1)) for p in args.pairs]
    rows = [r for c in per_corpus for r in c]
    if args.list:
        for r in rows:
            print(f"{r['corpus']:20} {r['id']:>4} {r['kind']:12} {r['confidence']:.2f} "
                  f"{'REAL' if r['real'] else '----'} {r['explanation'][:70]}")
    print("confidence band    findings  real  share")
    for lo, hi in zip(BANDS, BANDS[1:], strict=False):
        band = [r for r in rows if lo <= r["confidence"] < hi]
        real = sum(r["real"] for r in band)
        share = real / len(band) if band else 0
        print(f"[{lo:.2f}, {min(hi, 1.0):.2f})      {len(band):8} {real:5}  {share:.2f}")
    print("\nthreshold  shown real  written-real written-shown  real-events: shown real  "
          "must lost (written)")
    written, events = rows_of(per_corpus[:args.written]), rows_of(per_corpus[args.written:])
    for t in THRESHOLDS:
        lost = [f"{c[0]['corpus']}:{m}" for c in per_corpus[:args.written] if c
                for m in sorted({m for r in c for m in r["must"]} - {m for r in c if r["confidence"] >= t
                                                                      for m in r["must"]})]
        print(f"{t:9.2f}  {count(rows, t):5} {count(rows, t, True):4}  {count(written, t, True):12} "
              f"{count(written, t):13}  {count(events, t):17} {count(events, t, True):4}  {' '.join(lost)}")
    if args.fit:
        for name, w in zip(NAMES, fit(rows), strict=True):
            print(f"{name:12} {w:+.2f}")
    return 0


def rows_of(corpora: list[list[dict]]) -> list[dict]:
    return [r for c in corpora for r in c]


def count(rows: list[dict], threshold: float, real: bool = False) -> int:
    return sum(1 for r in rows if r["confidence"] >= threshold and (r["real"] or not real))


if __name__ == "__main__":
    raise SystemExit(main())
