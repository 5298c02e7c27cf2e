"""Build ``src/khabar/lexicons/gazetteer_cldr.tsv``: Arabic place names from Unicode CLDR.

Source: the CLDR data that the Babel package ships (territory names and exemplar-city names of
time zones, Arabic locale). Licence: Unicode License v3 (permissive; attribution kept in the TSV
header). Babel is needed only to run this script, not at run time.

    python3 scripts/build_gazetteer.py
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src" / "khabar" / "lexicons" / "gazetteer_cldr.tsv"
# Territory codes that are regions/groupings, not places a news story names as such.
SKIP = {"ZZ", "QO", "EZ", "UN", "XA", "XB", "001"}  # 001: «العالم», the world


def main() -> None:
    import babel

    ar = Locale("ar")
    rows: set[tuple[str, str, str]] = set()
    for code, name in ar.territories.items():
        if code in SKIP:
            continue
        kind = "region" if code.isdigit() else "country"
        rows.add((name, "LOC", kind))
    for zone, data in ar.time_zones.items():
        city = data.get("city") if hasattr(data, "get") else None
        if city and "/" in zone and not zone.startswith("Etc/"):
            rows.add((city, "LOC", "city"))
    header = [
        "# Arabic place names from Unicode CLDR (territories; exemplar cities of time zones),",
        f"# extracted from Babel {babel.__version__} by scripts/build_gazetteer.py.",
        "# Licence: Unicode License v3, Copyright © 1991-2024 Unicode, Inc.",
        "# https://www.unicode.org/license.txt — redistribution permitted with this notice.",
        "name\ttype\tkind",
    ]
    lines = [f"{n}\t{t}\t{k}" for n, t, k in sorted(rows) if "\t" not in n]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} names to {OUT}")


if __name__ == "__main__":
    main()
