"""The seeds give the same report from .txt, from an HTML rendering of each article, and from one JSONL file.

The renderings are made here from seeds/*.txt: each line a paragraph inside a page with
navigation, a script, an advert and a footer that the HTML reader must drop.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.models import Report
from tests.conftest import SEEDS

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<script>window.dataLayer = [{{"event": "view", "text": "Prices rose 40% on Monday."}}];</script>
<style>article p {{ line-height: 1.5 }}</style></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li></ul></nav>
<main><article>
{paragraphs}
</article></main>
<aside class="advert">Advertisement</aside>
<footer><p>Copyright © Example Media. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def _seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def _as_html(folder: Path) -> Path:
    folder.mkdir()
    for stem, text in _seed_texts().items():
        paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
        page = PAGE.format(title=f"Story {stem}", paragraphs=paragraphs)
        (folder / f"{stem}.html").write_text(page, encoding="utf-8")
    return folder


def _as_jsonl(folder: Path) -> Path:
    folder.mkdir()
    lines = [json.dumps({"id": stem, "text": text}) for stem, text in _seed_texts().items()]
    (folder / "seeds.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _key(report: Report) -> tuple[list, list]:
    """The report as the scorer reads it: who says what, grouped; offsets and paths aside."""
    clusters = [sorted((c.source, c.text) for c in cluster.claims) for cluster in report.clusters]
    discrepancies = [
        (d.kind.value, [sorted((e.claim.source, e.claim.text) for e in group.evidence) for group in d.values])
        for d in report.discrepancies
    ]
    return clusters, discrepancies


@pytest.fixture(scope="module")
def from_txt() -> tuple[list, list]:
    return _key(api.compare([SEEDS]))


@pytest.mark.parametrize("render", [_as_html, _as_jsonl], ids=["html", "jsonl"])
def test_same_report_whatever_the_format(tmp_path, from_txt, render):
    report = api.compare([render(tmp_path / "corpus")])
    assert [s.id for s in report.sources] == list(_seed_texts())
    assert report.skipped == ()
    clusters, discrepancies = _key(report)
    assert from_txt[1], "the seeds have discrepancies to compare"
    assert clusters == from_txt[0]
    assert discrepancies == from_txt[1]
