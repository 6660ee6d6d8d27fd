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
    assert (article.title, article.outlet, article.url) == ("Budget passes", "City Wire",
                                                            "https://example.org/b")
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


def test_cp1252_curly_quotes_read_as_in_utf8(write_articles):
    text = "The mayor said the plan was “fair and overdue” — and signed it on Tuesday. " * 3 + "\n"
    folder = write_articles({"legacy.txt": text.encode("cp1252"), "modern.txt": text.encode("utf-8")})
    legacy, modern = load_sources([folder], dedupe=False).articles
    assert legacy.text == modern.text == text


def test_utf16_without_bom_is_text_not_binary(write_articles):
    folder = write_articles({"le.txt": BODY.encode("utf-16-le"), "be.txt": BODY.encode("utf-16-be")})
    assert [a.text for a in load_sources([folder], dedupe=False).articles] == [BODY, BODY]


# (id, file name, content, expected [(id, title, outlet, url, published, text fragment)])
RECORDS = [
    ("json-object", "one.json",
     '{"title": "Budget passes", "content": "The council approved the budget.", "outlet": "City Wire",'
     ' "url": "https://example.org/b", "published": "2026-03-14T09:00:00Z"}',
     [("one", "Budget passes", "City Wire", "https://example.org/b", dt.date(2026, 3, 14), "approved")]),
    ("json-array-ids", "many.json",
     '[{"id": "wire-1", "text": "The council approved the budget."},'
     ' {"text": "Road repairs get $4.5 million.", "source": {"name": "Daily"}}]',
     [("wire-1", None, None, None, None, "approved"), ("many-2", None, "Daily", None, None, "repairs")]),
    ("json-wrapper", "wrapped.json", '{"articles": [{"body": "The council approved the budget."}]}',
     [("wrapped-1", None, None, None, None, "approved")]),
    ("jsonl", "feed.jsonl",
     '{"text": "The council approved the budget.", "date": "2026-03-14"}\n\n'
     '{"id": 7, "text": "Road repairs get $4.5 million.", "headline": "Roads"}\n',
     [("feed-1", None, None, None, dt.date(2026, 3, 14), "approved"),
      ("7", "Roads", None, None, None, "repairs")]),
    ("jsonl-html-record", "pages.jsonl",
     '{"html": "<html><body><article><p>The council approved the budget on Tuesday.</p>'
     '</article></body></html>"}\n',
     [("pages-1", None, None, None, None, "approved")]),
    ("front-matter-author", "post.md",
     "---\ntitle: Budget\nauthor: [A. Writer, B. Writer]\n---\nThe council met.\n",
     [("post", "Budget", None, None, None, "council met")]),
]


@pytest.mark.parametrize("name, file, content, expected", RECORDS, ids=[r[0] for r in RECORDS])
def test_records_become_sources(write_articles, name, file, content, expected):
    folder = write_articles({file: content})
    articles = load_sources([folder]).articles
    got = [(a.id, a.title, a.outlet, a.url, a.published) for a in articles]
    assert got == [e[:5] for e in expected]
    assert all(e[5] in a.text for a, e in zip(articles, expected, strict=True))


def test_front_matter_author_is_kept(write_articles):
    folder = write_articles({"post.md": "---\nauthor: [A. Writer, B. Writer]\n---\nThe council met.\n"})
    assert load_sources([folder]).articles[0].author == "A. Writer, B. Writer"


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Budget passes | City Wire</title>
<meta property="og:site_name" content="City Wire"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2026-03-14T10:00:00Z">
<script>var tracking = "The council rejected everything.";</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Budget passes</h1>
<p>The council approved the budget on Tuesday by a vote of 7 to 2.</p>
<p>The budget sets aside $4.5 million for road repairs over three years.</p></article>
<div class="ad">Buy one, get one free!</div><footer>Subscribe to our newsletter</footer></body></html>"""


def test_html_main_text_and_metadata(write_articles):
    folder = write_articles({"page.html": PAGE})
    (article,) = load_sources([folder]).articles
    assert (article.id, article.title, article.author, article.outlet, article.published) == (
        "page", "Budget passes", "Jane Roe", "City Wire", dt.date(2026, 3, 14))
    lines = article.text.split("\n")
    assert "The council approved the budget on Tuesday by a vote of 7 to 2." in lines
    assert "The budget sets aside $4.5 million for road repairs over three years." in lines
    for noise in ("rejected", "Home", "Buy one", "newsletter"):
        assert noise not in article.text


# (id, bytes on stdin, expected ids, text fragment)
STDIN_CASES = [
    ("text", BODY.encode("utf-8"), ["stdin"], "approved"),
    ("html", PAGE.encode("utf-8"), ["stdin"], "road repairs"),
    ("jsonl", b'{"text": "The council approved the budget."}\n{"text": "Road repairs get more."}\n',
     ["stdin-1", "stdin-2"], "approved"),
    ("json", b'{"id": "wire", "text": "The council approved the budget."}', ["wire"], "approved"),
]


@pytest.mark.parametrize("name, data, ids, fragment", STDIN_CASES, ids=[c[0] for c in STDIN_CASES])
def test_stdin_is_one_source_or_its_records(name, data, ids, fragment):
    import io

    articles = load_sources(["-"], stdin=io.BytesIO(data)).articles
    assert [a.id for a in articles] == ids
    assert fragment in articles[0].text
    assert articles[0].path.startswith("-")


def test_glob_patterns_are_expanded(write_articles):
    folder = write_articles({"a.txt": BODY, "b.md": OTHER, "c.txt": "Another story entirely, told here.\n"})
    assert [a.id for a in load_sources([str(folder / "*.txt")]).articles] == ["a", "c"]


SYNDICATED = ("Officials confirmed the bridge will close for repairs in June.\n"
              "The closure is expected to last six weeks, the transport office said.\n"
              "Drivers will be diverted through the eastern ring road during the works.\n"
              "Local businesses have asked for compensation for lost trade.\n"
              "The bridge carries about 40,000 vehicles a day.\n")

# (id, second article, reason or None when both are kept)
DUPLICATES = [
    ("same-text", SYNDICATED, "duplicate of first"),
    ("other-encoding-and-line-ends", SYNDICATED.replace("\n", "\r\n").replace("'", "’"),
     "duplicate of first"),
    ("syndicated-with-own-header-and-footer",
     "Bridge to close\nBy A. Reporter\n" + SYNDICATED + "Read more on our app.\n",
     "duplicate of first (5 of 6 sentences identical)"),
    ("trimmed-copy", "".join(SYNDICATED.splitlines(keepends=True)[:4]),
     "duplicate of first (4 of 4 sentences identical)"),
    ("same-event-other-words",
     "The bridge shuts in June for six weeks of repairs, officials said.\n"
     "Traffic will use the eastern ring road.\nShop owners want compensation.\n", None),
    ("short-excerpt",
     "".join(SYNDICATED.splitlines(keepends=True)[:2]) + "A new paragraph of analysis follows here.\n"
     "Another sentence that is different from the wire copy.\n", None),
]


@pytest.mark.parametrize("name, second, reason", DUPLICATES, ids=[d[0] for d in DUPLICATES])
def test_duplicates_are_said_once(write_articles, name, second, reason):
    folder = write_articles({"first.txt": SYNDICATED, "second.txt": second})
    result = load_sources([folder])
    if reason is None:
        assert [a.id for a in result.articles] == ["first", "second"]
        assert result.skipped == ()
    else:
        assert [a.id for a in result.articles] == ["first"]
        assert [(s.path.rsplit("/", 1)[-1], s.reason) for s in result.skipped] == [("second.txt", reason)]


def test_texts_that_differ_by_a_sign_are_two_sources(write_articles):
    folder = write_articles({"a.txt": "The fund returned -2% last year, its managers said.\n",
                             "b.txt": "The fund returned 2% last year, its managers said.\n"})
    result = load_sources([folder])
    assert [a.id for a in result.articles] == ["a", "b"] and result.skipped == ()


def test_dedupe_can_be_turned_off(write_articles):
    folder = write_articles({"first.txt": SYNDICATED, "second.txt": SYNDICATED})
    assert len(load_sources([folder], dedupe=False).articles) == 2
