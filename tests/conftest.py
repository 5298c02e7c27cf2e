from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

import khabar

# No per-example deadline: CI machines are small and shared; a slow example is not a failure
# (speed lives in bench/). Examples stay bounded by each test's max_examples.
settings.register_profile("khabar", deadline=None)
settings.load_profile("khabar")

HERE = Path(__file__).parent
PAGES = HERE / "pages"
SEED = HERE.parent / "src" / "khabar" / "data" / "sample_asharq.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_articles(seed_text):
    return khabar.parse_text(seed_text, source="seed.txt")


def parse_page_file(name: str):
    return khabar.parse_text((PAGES / name).read_text(encoding="utf-8"), source=name)
