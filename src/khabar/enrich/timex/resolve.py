"""Turn a recognised expression into a TIMEX3-style (type, value), given a reference date.

Pure functions: ``resolve(node, anchor, tense)``. Direction of an underspecified expression
(«الثلاثاء», «13 سبتمبر», «مارس») follows, in order: an explicit modifier (الماضي/المقبل),
the tense of its sentence (past → on or before the reference, future → on or after), and
otherwise the anchor's default: ``past`` for a publication date (news reports what happened),
``nearest`` for a reference inferred from the text (the inferred date is inside the story).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from hijridate import Gregorian, Hijri

Date = dt.date


@dataclass(frozen=True, slots=True)
class Anchor:
    """The reference date of an article and how it was obtained."""

    date: Date | None
    source: str  # context | published | inferred | none
    confidence: float = 1.0
    note: str = ""

    @property
    def default_direction(self) -> str:
        return "nearest" if self.source == "inferred" else "past"

    @property
    def label(self) -> str | None:
        if self.date is None:
            return None
        iso = self.date.isoformat()
        if self.source in ("context", "published"):
            return iso
        return f"{iso} (inferred, confidence {self.confidence:.2f}: {self.note})"


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + delta
    return t // 12, t % 12 + 1


def _valid(y: int, m: int, d: int) -> Date | None:
    try:
        return Date(y, m, d)
    except ValueError:
        return None


def _direction(mod: int | None, tense: str | None, anchor: Anchor) -> tuple[str, bool]:
    """(direction, strict) for an underspecified expression."""
    if mod is not None and mod < 0:
        return "past", True
    if mod is not None and mod > 0:
        return "future", True
    if mod == 0:
        return "nearest", False
    if tense in ("past", "future") and anchor.source != "inferred":
        return tense, False
    return anchor.default_direction, False


def pick_weekday(ref: Date, weekday: int, direction: str, strict: bool = False) -> Date:
    """The date with ISO ``weekday`` nearest ``ref`` in ``direction``."""
    if direction == "past":
        delta = (ref.isoweekday() - weekday) % 7
        if strict and delta == 0:
            delta = 7
        return ref - dt.timedelta(days=delta)
    if direction == "future":
        delta = (weekday - ref.isoweekday()) % 7
        if strict and delta == 0:
            delta = 7
        return ref + dt.timedelta(days=delta)
    delta = (weekday - ref.isoweekday()) % 7
    if delta > 3:
        delta -= 7
    return ref + dt.timedelta(days=delta)


def _pick_year(
    ref: Date, make: Any, direction: str, strict: bool, granularity: str
) -> tuple[int, Date] | None:
    """Year for a month(/day) without one: candidates around the reference year."""
    ref_key = ref if granularity == "day" else Date(ref.year, ref.month, 1)
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        d = make(y)
        if d is None:
            continue
        key = d if granularity == "day" else Date(d.year, d.month, 1)
        cands.append((y, d, key))
    if direction == "past":
        ok = [c for c in cands if (c[2] < ref_key if strict else c[2] <= ref_key)]
        return max(ok, key=lambda c: c[2])[:2] if ok else None
    if direction == "future":
        ok = [c for c in cands if (c[2] > ref_key if strict else c[2] >= ref_key)]
        return min(ok, key=lambda c: c[2])[:2] if ok else None
    best = min(cands, key=lambda c: abs((c[2] - ref_key).days), default=None)
    return best[:2] if best else None


def _month_around(ref: Date, month: int) -> int | None:
    """Year of ``month`` when it holds the reference or starts within a month of it."""
    for y in (ref.year - 1, ref.year, ref.year + 1):
        start = Date(y, month, 1)
        end = Date(*_shift_month(y, month, 1), 1) - dt.timedelta(days=1)
        if start <= ref <= end or dt.timedelta(0) < start - ref <= dt.timedelta(days=31):
            return y
    return None


def _part(value: str, part: str | None) -> str:
    return f"{value}T{part}" if part else value


def _hijri_to_greg(y: int, m: int, d: int) -> Date | None:
    try:
        return Hijri(y, m, d, validate=True).to_gregorian()  # type: ignore[no-any-return]
    except (ValueError, OverflowError):
        return None


def _hijri_month_range(y: int, m: int) -> tuple[Date, Date] | None:
    start = _hijri_to_greg(y, m, 1)
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    nxt = _hijri_to_greg(ny, nm, 1)
    if start is None or nxt is None:
        return None
    return start, nxt - dt.timedelta(days=1)


def _duration(n: int | str, unit: str) -> str:
    if unit in ("H", "MIN"):
        return f"PT{n}{'M' if unit == 'MIN' else 'H'}"
    return f"P{n}{unit}"


def _week(d: Date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def resolve(
    node: dict[str, Any], anchor: Anchor, tense: str | None = None
) -> tuple[str, Any] | None:
    """(type, value) of a recognised expression; None when it names no real date."""
    kind = node["kind"]
    ref = anchor.date
    if kind == "date":
        return _resolve_date(node, anchor, tense)
    if kind == "weekday":
        w, w2, part = node["weekday"], node["weekday2"], node["part"]
        if ref is None:
            v = _part(f"XXXX-WXX-{w}", part)
            return ("time" if part else "date"), v
        direction, strict = _direction(node["mod"], tense, anchor)
        d = pick_weekday(ref, w, direction, strict)
        if node["mod"] and abs(node["mod"]) > 1:  # «الأحد قبل الماضي»: one more week back
            d += dt.timedelta(weeks=(abs(node["mod"]) - 1) * (1 if node["mod"] > 0 else -1))
        if w2 is not None:
            end = d + dt.timedelta(days=(w2 - w) % 7)
            return "range", {"start": _part(d.isoformat(), part), "end": end.isoformat()}
        return ("time" if part else "date"), _part(d.isoformat(), part)
    if kind == "year":
        y = node["year"]
        if node.get("hijri"):
            a, b = _hijri_to_greg(y, 1, 1), _hijri_to_greg(y + 1, 1, 1)
            if a is None or b is None:
                return None
            return "range", {"start": a.isoformat(), "end": (b - dt.timedelta(days=1)).isoformat()}
        return "date", f"{y:04d}"
    if kind == "yearrange":
        return "range", {"start": f"{node['year']:04d}", "end": f"{node['year2']:04d}"}
    if kind == "relday":
        part = node["part"]
        if ref is None:
            return ("time" if part else "date"), _part("XXXX-XX-XX", part)
        d = ref + dt.timedelta(days=node["offset"])
        return ("time" if part else "date"), _part(d.isoformat(), part)
    if kind == "unitmod":
        unit, off = node["unit"], node["offset"]
        if ref is None:
            return "date", {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX"}.get(unit, "XXXX")
        if unit == "D":
            return "date", (ref + dt.timedelta(days=off)).isoformat()
        if unit == "W":
            return "date", _week(ref + dt.timedelta(weeks=off))
        if unit == "M":
            return "date", _ym(*_shift_month(ref.year, ref.month, off))
        if unit == "Y":
            return "date", f"{ref.year + off:04d}"
        if unit == "DE":
            return "date", f"{(ref.year // 10 + off):03d}"
        if unit == "CE":
            return "date", f"{(ref.year // 100 + off):02d}"
        return "date", ref.isoformat()
    if kind == "duration":
        if node.get("half"):
            n, unit = node["n"], node["unit"]
            half = {"H": f"PT{n}H30M", "Y": f"P{n}Y6M", "M": f"P{n}M15D", "D": f"P{n}DT12H"}
            return "duration", half[unit]
        return "duration", _duration(node["n"], node["unit"])
    if kind == "ago":
        n, unit = node["n"], node["unit"]
        if ref is None or not isinstance(n, int):
            return "date", "PAST_REF"
        if unit == "D":
            return "date", (ref - dt.timedelta(days=n)).isoformat()
        if unit == "W":
            return "date", _week(ref - dt.timedelta(weeks=n))
        if unit == "M":
            return "date", _ym(*_shift_month(ref.year, ref.month, -n))
        if unit in ("Y", "DE", "CE"):
            years = n * {"Y": 1, "DE": 10, "CE": 100}[unit]
            return "date", f"{ref.year - years:04d}"
        return "date", ref.isoformat()
    if kind == "set":
        return "set", node["value"]
    if kind == "era":
        return "date", node["value"]
    if kind == "present":
        return "date", "PRESENT_REF"
    if kind == "clock":
        return "time", f"XXXX-XX-XXT{node['hour']:02d}:{node['minute']:02d}"
    return None


def _resolve_date(
    node: dict[str, Any], anchor: Anchor, tense: str | None
) -> tuple[str, Any] | None:
    ref = anchor.date
    m, day, day2, part = node["month"], node["day"], node["day2"], node["part"]
    year = node["year"]
    if node["calendar"] == "h":
        return _resolve_hijri(node, anchor, tense)
    if m is None:  # a day of «الشهر الحالي/الماضي/المقبل»
        if ref is None:
            return None
        year, m = _shift_month(ref.year, ref.month, node["month_offset"])
    if year is None and node.get("year_offset") is not None and ref is not None:
        year = ref.year + node["year_offset"]
    if year is None and ref is not None and day is not None and node.get("weekday"):
        # «الأحد 15 آذار»: the printed weekday picks the year nearest the reference.
        fits = [
            y
            for y in range(ref.year - 6, ref.year + 2)
            if (d := _valid(y, m, day)) is not None and d.isoweekday() == node["weekday"]
        ]
        if fits:
            year = min(fits, key=lambda y: abs(((_valid(y, m, day) or ref) - ref).days))
    if year is None and ref is not None:
        direction, strict = _direction(node["mod"], tense, anchor)
        if day is None and node["mod"] is None:
            near = _month_around(ref, m)
            if near is not None:
                direction, strict = "nearest", False
        if day is not None:
            picked = _pick_year(ref, lambda y: _valid(y, m, day), direction, strict, "day")
        else:
            picked = _pick_year(ref, lambda y: Date(y, m, 1), direction, strict, "month")
        if picked is None:
            return None
        year = picked[0]
    ys = f"{year:04d}" if year is not None else "XXXX"
    if day is None:
        return "date", f"{ys}-{m:02d}"
    if year is not None and _valid(year, m, day) is None:
        return None  # «29 فبراير 2023»
    start = _part(f"{ys}-{m:02d}-{day:02d}", part)
    if day2 is not None:
        if year is not None and _valid(year, m, day2) is None:
            return None
        return "range", {"start": start, "end": f"{ys}-{m:02d}-{day2:02d}"}
    return ("time" if part else "date"), start


def _resolve_hijri(
    node: dict[str, Any], anchor: Anchor, tense: str | None
) -> tuple[str, Any] | None:
    ref = anchor.date
    m, day, year = node["month"], node["day"], node["year"]
    if year is None:
        if ref is None:
            return None
        hy = Gregorian(ref.year, ref.month, ref.day).to_hijri().year
        direction, _strict = _direction(node["mod"], tense, anchor)
        if day is None and node["mod"] is None:
            month_win = dt.timedelta(days=31)
            for y in (hy - 1, hy, hy + 1):
                rng = _hijri_month_range(y, m)
                if rng and (rng[0] <= ref <= rng[1] or dt.timedelta(0) < rng[0] - ref <= month_win):
                    direction = "nearest"  # «شهر رمضان» a few days before it starts
        best: tuple[int, Date] | None = None
        cands = []
        for y in (hy - 1, hy, hy + 1):
            d = _hijri_to_greg(y, m, day or 1)
            if d is not None:
                cands.append((y, d))
        if direction == "past":
            ok = [c for c in cands if c[1] <= ref]
            best = max(ok, key=lambda c: c[1]) if ok else None
        elif direction == "future":
            ok = [c for c in cands if c[1] >= ref]
            best = min(ok, key=lambda c: c[1]) if ok else None
        else:
            best = min(cands, key=lambda c: abs((c[1] - ref).days), default=None)
        if best is None:
            return None
        year = best[0]
    if day is not None:
        d = _hijri_to_greg(year, m, day)
        if d is None:
            return None
        if node["day2"] is not None:
            d2 = _hijri_to_greg(year, m, node["day2"])
            if d2 is None:
                return None
            return "range", {"start": _part(d.isoformat(), node["part"]), "end": d2.isoformat()}
        return ("time" if node["part"] else "date"), _part(d.isoformat(), node["part"])
    rng = _hijri_month_range(year, m)
    if rng is None:
        return None
    return "range", {"start": rng[0].isoformat(), "end": rng[1].isoformat()}
