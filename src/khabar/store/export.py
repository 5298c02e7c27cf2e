"""Whole-store export: jsonl (the article contract), csv and parquet (flat columns)."""

from __future__ import annotations

import csv
import json
from typing import IO, Any

from ..errors import StoreError

FORMATS = ("jsonl", "csv", "parquet")
FLAT_COLUMNS = (
    "id",
    "site",
    "section",
    "published",
    "headline",
    "deck",
    "bylines",
    "url",
    "text",
    "paragraphs",
    "entities",
    "quotes",
    "duplicate_of",
    "similarity",
)


def _flat(art: Any, canon: str | None, sim: float | None) -> dict[str, Any]:
    return {
        "id": art.id,
        "site": art.site,
        "section": art.section,
        "published": art.published,
        "headline": art.headline,
        "deck": art.deck,
        "bylines": "; ".join(b.name for b in art.bylines if b.name),
        "url": art.source.url,
        "text": art.text,
        "paragraphs": len(art.paragraphs),
        "entities": len(art.entities),
        "quotes": len(art.quotes),
        "duplicate_of": canon,
        "similarity": sim,
    }


def export(store: Any, fmt: str, out: IO[Any] | str) -> int:
    """Write every article of ``store``; ``out`` is a text stream (jsonl, csv) or a path.

    jsonl lines are the article contract plus ``duplicate_of`` and ``similarity``.
    """
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "parquet":
        return _parquet(store, out)
    own = isinstance(out, str)
    # A path is opened (and closed) here; a stream given by the caller stays theirs.
    stream = open(out, "w", encoding="utf-8", newline="") if own else out  # noqa: SIM115
    n = 0
    try:
        if fmt == "jsonl":
            for art, canon, sim in store.iter_rows():
                d = art.to_dict()
                d["duplicate_of"], d["similarity"] = canon, sim
                stream.write(json.dumps(d, ensure_ascii=False) + "\n")
                n += 1
        else:
            w = csv.DictWriter(stream, fieldnames=list(FLAT_COLUMNS))
            w.writeheader()
            for art, canon, sim in store.iter_rows():
                w.writerow(_flat(art, canon, sim))
                n += 1
    finally:
        if own:
            stream.close()
    return n


def _parquet(store: Any, out: IO[Any] | str, chunk: int = 1000) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise StoreError(
            "parquet export needs pyarrow: pip install 'khabar[parquet]' (or pip install pyarrow)"
        ) from exc
    if not isinstance(out, str):
        raise StoreError("parquet export needs an output file (-o FILE.parquet)")
    schema = pa.schema(
        [
            (c, pa.int64() if c in ("paragraphs", "entities", "quotes") else pa.float64())
            if c in ("paragraphs", "entities", "quotes", "similarity")
            else (c, pa.string())
            for c in FLAT_COLUMNS
        ]
        + [("json", pa.string())]
    )
    n = 0
    rows: list[dict[str, Any]] = []
    with pq.ParquetWriter(out, schema) as writer:
        for art, canon, sim in store.iter_rows():
            row = _flat(art, canon, sim)
            row["json"] = art.to_json()
            rows.append(row)
            n += 1
            if len(rows) >= chunk:  # row groups keep memory flat on big stores
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows or n == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    return n
