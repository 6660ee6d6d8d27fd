"""JSON: the contract of ../shared/eval/README.md plus everything the terminal shows."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable
from json.encoder import encode_basestring as _escape  # the C escaper when built
from typing import Any

from claimcheck.gc_pause import collector_paused
from claimcheck.models import Article, CheckResult, Claim, Discrepancy, Report, Severity, Verdict
from claimcheck.render.interface import Renderer
from claimcheck.render.view import Cited, cited, coverage, ordered, stories_by_seriousness

SCHEMA_VERSION = "1.0"


def claim_json(claim: Claim) -> dict[str, Any]:
    return {"source": claim.source, "index": claim.index, "text": claim.text,
            "start": claim.start, "end": claim.end}


def source_json(article: Article, claim_count: int) -> dict[str, Any]:
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "claims": claim_count,
    }


def discrepancy_json(d: Discrepancy) -> dict[str, Any]:
    by_group: dict[int, list[Cited]] = {}
    for c in cited(d):
        by_group.setdefault(c.group, []).append(c)
    return {
        "id": d.id,
        "kind": d.kind.value,
        "severity": d.severity.value,
        "confidence": d.confidence,
        "cluster": d.cluster_id,
        "explanation": d.explanation,
        "values": [
            {
                "value": group.value,
                "sources": list(group.sources),
                "claims": [
                    claim_json(c.claim) | {
                        "span": {"start": c.evidence.start, "end": c.evidence.end,
                                 "text": c.evidence.span_text},
                        "highlights": [{"start": s, "end": e, "text": c.claim.text[s:e]} for s, e in c.spans],
                    }
                    for c in by_group[n]
                ],
            }
            for n, group in enumerate(d.values)
        ],
    }


def report_json(report: Report) -> dict[str, Any]:
    """The report; a feed of several stories adds ``stories`` and each cluster's and
    discrepancy's ``story``, which a report of one story leaves out (it is as it was)."""
    shown = _report_json(report)
    if len(report.stories) < 2:
        return shown
    story_of = {source: story.id for story in report.stories for source in story.sources}
    cluster_story = {c.id: story_of[c.claims[0].source] for c in report.clusters}
    for cluster in shown["clusters"]:
        cluster["story"] = cluster_story[cluster["id"]]
    for item, d in zip(shown["discrepancies"], ordered(report.discrepancies), strict=True):
        item["story"] = story_of[d.values[0].evidence[0].claim.source]
    shown["stories"] = [{"id": s.id, "label": s.label, "sources": list(s.sources)}
                        for s in stories_by_seriousness(report)]
    return shown


def _report_json(report: Report) -> dict[str, Any]:
    per_source = Counter(c.source for c in report.claims)
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_by": report.generated_by,
        "summary": {
            "sources": len(report.sources),
            "claims": len(report.claims),
            "clusters": len(report.clusters),
            "discrepancies": len(report.discrepancies),
            "by_kind": dict(sorted(Counter(d.kind.value for d in report.discrepancies).items())),
            "by_severity": {s.value: sum(1 for d in report.discrepancies if d.severity is s)
                            for s in Severity},
        },
        "sources": [source_json(a, per_source[a.id]) for a in report.sources],
        "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
        "clusters": [
            {"id": c.id, "score": c.score, "claims": [claim_json(claim) for claim in c.claims]}
            for c in report.clusters
        ],
        # In the order of every format (the surest first); ids stay those of detection.
        "discrepancies": [discrepancy_json(d) for d in ordered(report.discrepancies)],
        "filters": {"applied": list(report.filters), "hidden_discrepancies": report.hidden},
        "coverage": {"only_one_source": [claim_json(c) for c in coverage(report).unique]},
    }


def check_json(result: CheckResult) -> dict[str, Any]:
    """The contract's ``claim`` and ``verdicts[].{source, verdict, evidence.text}``, plus the
    score, the explanation and the values that agree or differ."""
    return {
        "id": result.id or None,
        "claim": result.claim,
        "summary": {v.value: sum(1 for x in result.verdicts if x.verdict is v) for v in Verdict},
        "verdicts": [
            {
                "source": v.source,
                "verdict": v.verdict.value,
                "score": round(v.score, 1),
                "explanation": v.explanation,
                "agreeing": list(v.agreeing),
                "differing": list(v.differing),
                "evidence": claim_json(v.evidence) if v.evidence else None,
            }
            for v in result.verdicts
        ],
    }


class JsonRenderer(Renderer):
    def render(self, report: Report) -> str:
        with collector_paused():
            return dumps_indented(report_json(report), end="\n")

    def render_checks(self, results: tuple[CheckResult, ...]) -> str:
        if len(results) == 1:
            payload: dict[str, Any] = check_json(results[0]) | {"schema_version": SCHEMA_VERSION}
        else:
            payload = {"schema_version": SCHEMA_VERSION, "checks": [check_json(r) for r in results]}
        return dumps_indented(payload, end="\n")


_KEYWORDS = {True: "true", False: "false", None: "null"}


def dumps_indented(value: Any, indent: int = 2, end: str = "") -> str:
    """``json.dumps(value, indent=indent, ensure_ascii=False) + end``, character for character,
    in half the time. With ``indent`` the standard library leaves its C encoder for a Python
    generator that yields every token; a report of 500 articles is ~23 MB of JSON, and that
    encoder took three quarters of the render stage. Strings still go through its C escaper."""
    parts: list[str] = []
    _write(value, 0, parts.append, " " * indent)
    parts.append(end)  # joined with the rest: adding it afterwards would copy the whole text
    return "".join(parts)


def _write(v: Any, level: int, add: Callable[[str], None], step: str) -> None:
    # A module function rather than a closure: a recursive closure is a reference cycle, which
    # would keep every part alive until the cyclic collector ran.
    kind = type(v)
    if kind is str:  # by far the most common: test the exact type first
        add(_escape(v))
    elif kind is dict or (kind is not list and isinstance(v, dict)):
        if not v:
            add("{}")
            return
        inner = "\n" + step * (level + 1)
        sep = "{" + inner
        for k, item in v.items():
            add(sep + (_escape(k) if type(k) is str else _key(k)) + ": ")
            # Strings and ints (most values: claim texts, offsets) written here, without a call each.
            value_kind = type(item)
            if value_kind is str:
                add(_escape(item))
            elif value_kind is int:
                add(int.__repr__(item))
            else:
                _write(item, level + 1, add, step)
            sep = "," + inner
        add("\n" + step * level + "}")
    elif kind is list or isinstance(v, (list, tuple)):
        if not v:
            add("[]")
            return
        inner = "\n" + step * (level + 1)
        sep = "[" + inner
        for item in v:
            add(sep)
            _write(item, level + 1, add, step)
            sep = "," + inner
        add("\n" + step * level + "]")
    else:
        add(_scalar(v))


def _scalar(v: Any) -> str:
    if isinstance(v, str):
        return _escape(v)
    if v is None or v is True or v is False:
        return _KEYWORDS[v]
    if isinstance(v, int):
        return int.__repr__(v)
    if isinstance(v, float):
        return float.__repr__(v) if math.isfinite(v) else json.dumps(v)  # NaN as the stdlib writes it
    raise TypeError(f"Object of type {type(v).__name__} is not JSON serializable")


def _key(k: Any) -> str:
    """A key that is not a string, written as the stdlib writes it (1 -> "1", True -> "true")."""
    return _escape(_scalar(k).strip('"'))


def report_schema() -> str:
    """The JSON Schema of ``report_json``'s output, as shipped in the package."""
    from importlib.resources import files

    return files("claimcheck").joinpath("data/report.schema.json").read_text(encoding="utf-8")
