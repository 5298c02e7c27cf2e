"""Choose an article's reference date, inferring it from the text when nobody gave one.

Order: the run's ``--published`` (EnrichContext) overrides the article's own ``published``;
when neither is known the text decides, and the crawl date (``source.fetched``) is used when the
text gives no strong evidence. A weekday and a day-month without a year fix the year,
because a given day of the year falls on a given weekday only every 5 to 11 years:
«ليل الأربعاء - الخميس» with «ليل 25 - 26 سبتمبر» fits 2024 (25 Sep 2024 is a Wednesday) and no
other year of the recent window. Failing that, the latest fully dated day in the text is used,
with a low confidence. Every choice is recorded in :class:`Anchor` and shown in ``anchor``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from .resolve import Anchor

RECENT_YEARS = 6  # the window of candidate years: this year and the five before it


def parse_date(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` (or a datetime starting with one); None when absent or malformed."""
    if not value or not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def choose(
    context_published: str | None,
    article_published: str | None,
    nodes: Iterable[dict[str, Any]],
    today: dt.date | None = None,
    fetched: str | None = None,
) -> Anchor:
    d = parse_date(context_published)
    if d is not None:
        return Anchor(d, "context")
    d = parse_date(article_published)
    if d is not None:
        return Anchor(d, "published")
    guess = infer(list(nodes), today or dt.date.today())
    crawl = parse_date(fetched)
    if crawl is not None and (guess.date is None or guess.confidence < 0.5):
        # A page cannot be crawled before it was written: the crawl date bounds the story.
        return Anchor(crawl, "inferred", 0.5, "crawl date of the page (WARC-Date)")
    return guess


def infer(nodes: list[dict[str, Any]], today: dt.date) -> Anchor:
    weekdays: list[tuple[int, int | None]] = []  # (first weekday, span in days or None)
    dated: list[dict[str, Any]] = []  # Gregorian day-month without a year
    full: list[dt.date] = []
    for n in nodes:
        if n["kind"] == "weekday":
            w2 = n.get("weekday2")
            weekdays.append((n["weekday"], None if w2 is None else (w2 - n["weekday"]) % 7))
        elif n["kind"] == "date" and n["calendar"] == "g" and n["day"] is not None:
            if n["year"] is None:
                dated.append(n)
            else:
                try:
                    full.append(dt.date(n["year"], n["month"], n["day"]))
                except ValueError:
                    pass
    scores: dict[int, float] = {}
    best_day: dict[int, dt.date] = {}
    for y in range(today.year - RECENT_YEARS + 1, today.year + 1):
        score = 0.0
        for n in dated:
            try:
                d = dt.date(y, n["month"], n["day"])
            except ValueError:
                continue
            if d > today:
                continue
            span = None if n["day2"] is None else n["day2"] - n["day"]
            w = n.get("weekday")
            if w is not None:  # «الخميس 12 مارس»: printed side by side, strongest evidence
                s = 2.0 if d.isoweekday() == w else 0.0
            else:
                s = max(
                    (
                        (1.0 if wspan == span else 0.5)
                        for wd, wspan in weekdays
                        if wd == d.isoweekday()
                    ),
                    default=0.0,
                )
            if s:
                score += s
                best_day.setdefault(y, d)
        if score:
            scores[y] = score
    if scores:
        top = max(scores.values())
        winners = sorted(y for y, s in scores.items() if s == top)
        year = winners[-1]
        conf = round(min(0.9, 0.6 + 0.15 * top) / len(winners), 2)
        day = best_day[year]
        first = today.year - RECENT_YEARS + 1
        note = f"weekday fits {day.isoformat()} in {year} only among {first}-{today.year}"
        if len(winners) > 1:
            note = f"weekday fits years {', '.join(map(str, winners))}; latest taken"
        return Anchor(day, "inferred", conf, note)
    if full:
        latest = max(d for d in full if d <= today) if any(d <= today for d in full) else None
        if latest is not None:
            return Anchor(latest, "inferred", 0.3, "latest full date in the text")
    return Anchor(None, "none", 0.0, "no reference date")
