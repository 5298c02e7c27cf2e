"""Regenerate the golden files after an intended change; review `git diff` before committing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent / "src"))

import khabar  # noqa: E402

sys.path.insert(0, str(HERE.parent.parent))
from tests.quotes_fixtures import quote_rows  # noqa: E402


def dump(articles, name: str) -> None:
    out = [a.to_dict() for a in articles]
    (HERE / name).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", "utf-8")


seed = HERE.parent.parent / "src" / "khabar" / "data" / "sample_asharq.txt"
dump(khabar.parse_text(seed.read_text("utf-8"), source="seed.txt"), "seed.expected.json")
# the seed's quotes (issue 5): every quote with its kind, speaker and cue, so that a rule
# that adds or loses one on the reference page shows in review
quotes = quote_rows(khabar.parse_text(seed.read_text("utf-8"), source="seed.txt", enrich=True))
(HERE / "seed_quotes.expected.json").write_text(
    json.dumps(quotes, ensure_ascii=False, indent=1) + "\n", "utf-8"
)
for page in sorted((HERE.parent / "pages").glob("*.txt")):
    arts = khabar.parse_text(page.read_text("utf-8"), source=page.name)
    dump(arts, page.stem + ".expected.json")
print("regenerated", len(list(HERE.glob("*.json"))), "golden files")
