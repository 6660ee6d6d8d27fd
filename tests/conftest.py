"""Shared fixtures: factories for articles and claims, and paths to the repo's data."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.models import Article, Claim

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def make_article():
    def make(text: str, id: str = "a", **meta) -> Article:
        return Article(id=id, path=f"{id}.txt", text=text, **meta)

    return make


@pytest.fixture
def make_claim():
    def make(text: str, source: str = "a", index: int = 0) -> Claim:
        return Claim(source=source, index=index, text=text, start=0, end=len(text))

    return make


@pytest.fixture
def write_articles(tmp_path):
    """Write {name: text} into a fresh folder and return the folder."""

    def write(files: dict[str, str | bytes], folder: str = "corpus") -> Path:
        target = tmp_path / folder
        target.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            path = target / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return target

    return write
