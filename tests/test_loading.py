"""Reading sources: encodings, front matter, and what is skipped (always with a reason)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.errors import InputNotFound, NoArticlesFound
from claimcheck.loading import load_sources

BODY = "The council approved the budget on Tuesday. “It is fair,” the mayor said.\n"
OTHER = "Road repairs will get $4.5 million over three years, the finance office said.\n"

ENCODINGS = [
    ("utf-8", BODY.encode("utf-8")),
    ("utf-8-bom", b"\xef\xbb\xbf" + BODY.encode("utf-8")),
    ("utf-16", BODY.encode("utf-16")),
    ("crlf", BODY.replace("\n", "\r\n").encode("utf-8")),
    ("nbsp-and-zero-width", BODY.replace("the budget", "the\u00a0bud\u200bget").encode("utf-8")),
]


@pytest.mark.parametrize("name, data", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_same_text_whatever_the_encoding(write_articles, name, data):
    folder = write_articles({"one.txt": data})
    (article,) = load_sources([folder]).articles
    assert article.text == BODY


def test_legacy_single_byte_encoding_is_detected(write_articles):
    text = "Le conseil a approuvé le budget mardi. Les élus ont voté à l'unanimité après un long débat.\n"
    folder = write_articles({"fr.txt": text.encode("cp1252")})
    (article,) = load_sources([folder]).articles
    assert "approuvé" in article.text and "élus" in article.text


def test_front_matter_is_read_and_removed(write_articles):
    folder = write_articles({"wire.md": "---\ntitle: Budget passes\noutlet: City Wire\n"
                                         "url: https://example.org/b\npublished: 2026-03-14\n---\n" + BODY})
    (article,) = load_sources([folder]).articles
    assert article.id == "wire"
    assert (article.title, article.outlet, article.url) == ("Budget passes", "City Wire", "https://example.org/b")
    assert article.published == dt.date(2026, 3, 14)
    assert article.text == BODY


def test_skipped_files_are_named_with_a_reason(write_articles):
    folder = write_articles({
        "good.txt": BODY,
        "photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
        "blob.txt": b"\x00\x01\x02\x03binary",
        "empty.txt": "   \n\n",
        ".hidden.txt": BODY,
    })
    (folder / "nested").mkdir()
    result = load_sources([folder])
    assert [a.id for a in result.articles] == ["good"]
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in result.skipped}
    assert reasons == {
        "blob.txt": "binary file (contains NUL bytes)",
        "empty.txt": "empty file",
        "nested": "folder (use --recursive to read nested folders)",
        "photo.jpg": "unsupported file type '.jpg'",
    }


def test_recursive_reads_nested_folders(write_articles):
    folder = write_articles({"a.txt": BODY})
    (folder / "more").mkdir()
    (folder / "more" / "b.txt").write_text(OTHER, encoding="utf-8")
    assert [a.id for a in load_sources([folder], recursive=True).articles] == ["a", "b"]


def test_files_and_folders_mix_and_duplicates_are_read_once(write_articles):
    folder = write_articles({"a.txt": BODY, "b.txt": OTHER})
    result = load_sources([folder, folder / "a.txt"])
    assert [a.id for a in result.articles] == ["a", "b"]


def test_same_stem_in_two_folders_gets_distinct_ids(write_articles):
    one = write_articles({"story.txt": BODY}, folder="one")
    two = write_articles({"story.txt": OTHER}, folder="two")
    assert [a.id for a in load_sources([one, two]).articles] == ["story", "story-2"]


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(InputNotFound, match="no such file or folder"):
        load_sources([tmp_path / "nope"])


def test_empty_folder_is_an_error(tmp_path):
    with pytest.raises(NoArticlesFound, match="no readable articles"):
        load_sources([tmp_path])
