"""Grouping a feed into stories (``claimcheck.stories``) and comparing claims within each.

The articles below are invented; the acceptance feed is built from the project's own
written corpora in a temporary folder."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from claimcheck import api, parallel
from claimcheck.models import Article
from claimcheck.parallel import dask_map
from claimcheck.render import OutputFormat, renderer_for
from claimcheck.stories import group

ROOT = Path(__file__).resolve().parent.parent

# Invented stories on one topic (two council votes, two rate decisions): the topic words are
# shared, the names, figures and dates are each story's own.
COUNCIL_A = ("The Tarrow council voted 7-2 on Tuesday to approve the Quillan Yard scheme of 1,240 homes, "
             "mayor Odile Brannock said. Councillor Pim Aldercott opposed the Quillan Yard plan. "
             "The scheme will cost 48.5 million marks, Brannock told reporters in Tarrow.")
COUNCIL_A2 = ("Odile Brannock, the mayor of Tarrow, hailed the vote on the Quillan Yard homes. "
              "Aldercott said the 1,240 homes were too many. The council approved the plan on Tuesday.")
COUNCIL_A3 = ("Tarrow's council backed Quillan Yard, a project of 1,240 homes worth 48.5 million marks. "
              "Brannock said building starts in spring; Aldercott called the vote rushed.")
COUNCIL_B = ("The Elsmere council voted on Thursday to reject the Vantry Quay tower of 316 flats, "
             "mayor Ruel Kastovic said. Councillor Ines Morrow backed the Vantry Quay tower. "
             "The tower would have cost 92.75 million marks, Kastovic said in Elsmere.")
COUNCIL_B2 = ("Ruel Kastovic, the mayor of Elsmere, welcomed the council vote against Vantry Quay. "
              "Morrow said the 316 flats were needed. The council rejected the plan on Thursday.")
COUNCIL_B3 = ("Elsmere's council turned down Vantry Quay and its 316 flats, worth 92.75 million marks. "
              "Kastovic said the site will stay a park; Morrow called the vote a mistake.")
STRAY_A = "BRANNOCK: We are proud of Tarrow tonight. HOST: Thank you, mayor."
# Capitalised in a body's name, these are topic words all the same: the feed writes them in
# lower case too.
BODIES = " The City Council's Housing Committee, the Planning Board and the Transport Office met on it."
TOPIC_ONLY = ("The council voted on the housing plan, the mayor said. The committee, the planning board "
              "and the city's transport office met. Councillors said the homes were needed.")
# Two events in one country: its leader's four-word name is one shared mark, not four.
FLOOD_1 = ("Flooding in Varnholt killed 212 people near Oskelby on Monday, said Prime Minister "
           "Tavio Renn Aldous Marek of Sundmark.")
FLOOD_2 = "Sundmark's Tavio Renn Aldous Marek visited Oskelby, where floods killed 212 people in Varnholt."
TRAIN_1 = ("A train derailed near Pellacombe, injuring 147 passengers, Tavio Renn Aldous Marek "
           "of Sundmark said.")
TRAIN_2 = ("Tavio Renn Aldous Marek of Sundmark visited Pellacombe after 147 passengers were hurt "
           "in the derailment.")
# The flood's town two months on: the same marks, another event.
BRIDGE_1 = ("Two months after the flood that killed 212 people in Varnholt, Oskelby reopened the Harle "
            "Bridge, Sundmark's Tavio Renn Aldous Marek said.")
BRIDGE_2 = ("The Harle Bridge in Oskelby reopened on Friday, Marek said, months after 212 people "
            "died in Varnholt.")
SHORT_1 = "Prices rose 3% in May, the office said."
SHORT_2 = "Prices rose 4% in May, the agency said."


def _articles(*texts: str | tuple[str, str]) -> list[Article]:
    """Articles of the texts; a (text, "YYYY-MM-DD") pair is published that day."""
    return [Article(id=f"a{n}", path=f"a{n}.txt", text=text if isinstance(text, str) else text[0],
                    published=None if isinstance(text, str) else dt.date.fromisoformat(text[1]))
            for n, text in enumerate(texts, start=1)]


@pytest.mark.parametrize("texts, stories", [
    # two stories on one topic: told apart by their names, figures and dates
    ((COUNCIL_A, COUNCIL_A2, COUNCIL_A3, COUNCIL_B, COUNCIL_B2, COUNCIL_B3), [[1, 2, 3], [4, 5, 6]]),
    # capitalised topic words (a council's committees) join no two stories; an article of
    # topic words only joins neither
    ((COUNCIL_A + BODIES, COUNCIL_A2, COUNCIL_B + BODIES, COUNCIL_B2, TOPIC_ONLY), [[1, 2], [3, 4], [5]]),
    # a short transcript naming a few of a story's marks joins that story
    ((COUNCIL_A, COUNCIL_A2, COUNCIL_A3, COUNCIL_B, COUNCIL_B2, STRAY_A), [[1, 2, 3, 6], [4, 5]]),
    # a long name shared by two events is one mark
    ((FLOOD_1, FLOOD_2, TRAIN_1, TRAIN_2), [[1, 2], [3, 4]]),
    # published two months apart: two events, whatever they share
    (((FLOOD_1, "2026-03-02"), (FLOOD_2, "2026-03-03"), (BRIDGE_1, "2026-05-08"), (BRIDGE_2, "2026-05-08")),
     [[1, 2], [3, 4]]),
    # articles too short to show any story are read as one, as given
    ((SHORT_1, SHORT_2), [[1, 2]]),
    # one story and an article that names too little to join it: nothing shows a second
    # story, so the folder is one, as given (set apart, its claims would meet no other)
    ((COUNCIL_A, COUNCIL_A2, COUNCIL_A3, TOPIC_ONLY), [[1, 2, 3, 4]]),
], ids=["one-topic-two-stories", "topic-words-are-no-evidence", "stray-joins-its-story", "a-name-is-one-mark",
        "days-apart-are-two-events", "thin-feed-is-one", "one-story-keeps-its-strays"])
def test_grouping(texts, stories):
    found = group(_articles(*texts))
    assert [[int(source[1:]) for source in story.sources] for story in found] == stories


def test_one_story_option_skips_grouping():
    articles = _articles(COUNCIL_A, COUNCIL_A2, COUNCIL_B, COUNCIL_B2)
    assert len(api.compare_articles(articles).stories) == 2
    assert api.compare_articles(articles, api.CompareOptions(stories=False)).stories == ()


def test_progress_of_a_feed_of_stories_runs_each_stage_in_order_to_its_end():
    calls: list[tuple[str, int, int]] = []
    api.compare_articles(_articles(COUNCIL_A, COUNCIL_A2, COUNCIL_B, COUNCIL_B2),
                         progress=lambda stage, done, total: calls.append((stage, done, total)))
    stages = list(dict.fromkeys(stage for stage, _, _ in calls))
    assert stages == ["split", "annotate", "match", "classify"]
    for stage in stages:
        last = [c for c in calls if c[0] == stage][-1]
        assert last[1] == last[2]


def _feed(tmp_path: Path, corpora: tuple[str, ...] = ()) -> tuple[Path, dict[str, str]]:
    """Every written corpus and the seeds (or only the corpora named) in one folder, each file
    named after its corpus."""
    feed = tmp_path / "feed"
    feed.mkdir()
    folders = [ROOT / "seeds", *sorted(p for p in (ROOT / "tests" / "corpora").iterdir() if p.is_dir())]
    folders = [f for f in folders if not corpora or f.name in corpora]
    truth = {}
    for folder in folders:
        for file in sorted(folder.iterdir()):
            if file.is_file():
                shutil.copy(file, feed / f"{folder.name}--{file.name}")
                truth[f"{folder.name}--{file.stem}"] = folder.name
    return feed, truth


def _signature(report_json: dict) -> list[str]:
    ids = ("id", "cluster", "story")
    kept = ({k: v for k, v in d.items() if k not in ids} for d in report_json["discrepancies"])
    return sorted(json.dumps(d, sort_keys=True) for d in kept)


def test_a_feed_of_every_corpus_is_grouped_into_its_stories(tmp_path):
    feed, truth = _feed(tmp_path)
    articles, _ = api.load([feed])
    report = api.compare_articles(articles)
    # At least 95% of the articles in the story of their corpus, and no story across two.
    for story in report.stories:
        assert len({truth[s] for s in story.sources}) == 1, story
    largest = {}
    for story in report.stories:
        corpus = truth[story.sources[0]]
        largest[corpus] = max(largest.get(corpus, 0), len(story.sources))
    assert sum(largest.values()) >= 0.95 * len(articles)
    assert len(largest) == len(set(truth.values()))
    # Each story's discrepancies are those of its corpus run alone.
    shown = json.loads(renderer_for(OutputFormat.JSON).render(report))
    from jsonschema import validate
    validate(shown, json.loads((ROOT / "claimcheck" / "data" / "report.schema.json").read_text()))
    by_story = {s["id"]: s["sources"] for s in shown["stories"]}
    whole = Counter(truth.values())
    checked = 0
    for story_id, sources in by_story.items():
        if len(sources) != whole[truth[sources[0]]]:
            continue  # a corpus not wholly in one story is not the corpus run alone
        alone = api.compare_articles([a for a in articles if a.id in set(sources)],
                                     api.CompareOptions(stories=False))
        own = {"discrepancies": [d for d in shown["discrepancies"] if d["story"] == story_id]}
        assert _signature(own) == _signature(json.loads(renderer_for(OutputFormat.JSON).render(alone)))
        checked += 1
    assert checked >= len(whole) - 1


def test_a_feed_gives_the_same_json_on_a_two_worker_dask_cluster(tmp_path, monkeypatch):
    feed, _ = _feed(tmp_path, ("seeds", "merger", "rate-decision", "wildfire"))
    articles, _ = api.load([feed])
    plain = renderer_for(OutputFormat.JSON).render(api.compare_articles(articles))
    monkeypatch.setenv("CLAIMCHECK_WORKERS", "2")  # the local cluster's worker processes
    mapped: list[int] = []

    def counted(function, items, scheduler):
        mapped.append(len(items))
        return dask_map(function, items, scheduler)

    monkeypatch.setattr(parallel, "dask_map", counted)
    on_dask = renderer_for(OutputFormat.JSON).render(
        api.compare_articles(articles, api.CompareOptions(scheduler="local")))
    assert mapped == [4]  # the stories went to the cluster
    assert len(json.loads(plain)["stories"]) == 4
    assert on_dask == plain
