"""Find time expressions in one paragraph: a pure function from text to raw matches.

The text is normalised (with a map back to the original offsets), cut into tokens (digits,
letter runs, single punctuation marks, so «و2001» is «و» + «2001»), and a small hand-written
grammar is tried at every token; the longest expression wins. Each match is a :class:`Raw`:
its span in the original text, a ``node`` (what was recognised, not yet resolved to a date)
and the tense of its clause, which the resolver uses to pick the direction of a bare weekday.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from typing import Any

from .lexicon import CLITICS, TOKEN_RE, Lexicon, load
from .normalise import normalise

RANGE_DASH = {"-", "الي", "حتي"}
SENTENCE_END = {".", "!", "?", "؟", "؛", "\n"}
# A tense cue governs its own clause: stop at a comma or a relative pronoun.
CLAUSE_END = SENTENCE_END | {"،", ",", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي"}
GLOSS_OPEN = {"(": ")", "«": "»", "/": None, "[": "]", '"': '"'}
SHAHR = ("شهر", "بشهر", "وشهر", "لشهر")  # the noun "month" before a month name
D3 = (1, 2, 3)  # up to three digits
BARE_YEARS = (1950, 2035)  # a number in this span may be a year even without «عام» or a cue
HALF = {"H", "Y", "M", "D"}
CONTEXT_WINDOW = 12  # tokens either side searched for a tense cue


@dataclass(slots=True)
class Tok:
    text: str  # normalised
    start: int  # offsets in the normalised string
    end: int

    @property
    def is_num(self) -> bool:
        return self.text.isascii() and self.text.isdigit()


@dataclass(slots=True)
class Hit:
    kind: str
    data: dict[str, Any]
    end: int  # token index after the phrase
    clitic: int  # characters of the first token that are a proclitic (outside the span)


@dataclass(slots=True)
class Raw:
    """A recognised expression before resolution."""

    start: int  # offsets into the original paragraph
    end: int
    text: str
    node: dict[str, Any]
    tense: str | None = None  # past | future | None


class _Parser:
    def __init__(self, text: str, lex: Lexicon) -> None:
        self.norm = normalise(text)
        self.lex = lex
        self.toks = [Tok(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(self.norm.text)]
        self.hits = [self._lookup(i) for i in range(len(self.toks))]

    # -- lexicon -------------------------------------------------------------------------
    def _candidates(self, tok: str) -> list[tuple[str, int]]:
        out = [(tok, 0)]
        for p in CLITICS:
            if tok.startswith(p) and len(tok) - len(p) >= 2:
                rest = tok[len(p) :]
                if p.endswith("ل") and rest.startswith("ل"):
                    # «للعام» = لـ + العام with the alef of ال dropped; keep لل in the span.
                    out.append(("ا" + rest, 0 if len(p) == 1 else len(p) - 1))
                else:
                    out.append((rest, len(p)))
        return out

    def _lookup(self, i: int) -> dict[str, Hit]:
        best: dict[str, Hit] = {}
        for stem, clitic in self._candidates(self.toks[i].text):
            node = self.lex.trie.children.get(stem)
            j = i + 1
            while node is not None:
                for kind, data in node.entries:
                    old = best.get(kind)
                    if old is None or j > old.end or (j == old.end and clitic < old.clitic):
                        best[kind] = Hit(kind, data, j, clitic)
                if j >= len(self.toks):
                    break
                node = node.children.get(self.toks[j].text)
                j += 1
        return best

    def hit(self, i: int, kind: str) -> Hit | None:
        if 0 <= i < len(self.toks):
            return self.hits[i].get(kind)
        return None

    def word(self, i: int) -> str:
        return self.toks[i].text if 0 <= i < len(self.toks) else ""

    def num(self, i: int, lo: int, hi: int, digits: tuple[int, ...] = (1, 2)) -> int | None:
        t = self.word(i)
        if t.isascii() and t.isdigit() and len(t) in digits:
            v = int(t)
            if lo <= v <= hi:
                return v
        return None

    def year(self, i: int) -> int | None:
        return self.num(i, 1000, 2999, (4,))

    def is_cue(self, i: int) -> bool:
        """Is token ``i`` a word after which a bare month or year reads as a date?"""
        return any(self.hit(i, k) is not None for k in ("cue", "ago", "span")) or (
            self.word(i) in ("(", "،", ",") and self.year_marker(i + 2) is not None
        )

    def year_marker(self, i: int) -> str | None:
        w = self.word(i)
        return w if w in ("م", "ه") else None

    # -- grammar -------------------------------------------------------------------------
    def part_before(self, i: int) -> tuple[int, str] | None:
        h = self.hit(i, "part")
        if h and h.data["position"] in ("before", "both"):
            k = h.end
            if self.word(k) == "يوم":
                k += 1
            return k, h.data["code"]
        return None

    def part_after(self, i: int) -> tuple[int, str] | None:
        h = self.hit(i, "part")
        if h and h.clitic == 0 and h.data["position"] in ("after", "both"):
            return h.end, h.data["code"]
        return None

    def date(self, i: int, need_day: bool = False) -> tuple[int, dict[str, Any]] | None:
        k = i
        part = None
        pb = self.part_before(k)
        if pb:
            k, part = pb
        day = day2 = None
        d = self.num(k, 1, 31)
        if d is not None:
            day, k = d, k + 1
            if self.word(k) in RANGE_DASH | {"و"} and self.num(k + 1, 1, 31) is not None:
                day2, k = self.num(k + 1, 1, 31), k + 2
            if self.word(k) == "من":
                k += 1
        else:
            h = self.hit(k, "num")
            if h and h.data["kind"] == "ordinal" and self.word(h.end) == "من":
                day, k = h.data["value"], h.end + 1
        if need_day and day is None:
            return None
        shahr = False
        month_next = self.hit(k + 1, "hmonth") or self.hit(k + 1, "month")
        if day is None and part is None and month_next and self.word(k) in SHAHR:
            shahr, k = True, k + 1  # «شهر رمضان», «شهر مارس»: the month noun is kept
        gm, hm = self.hit(k, "month"), self.hit(k, "hmonth")
        mh = gm or hm
        if mh is None:
            return self._day_of_relative_month(k, day, day2, part)
        cal = "g" if gm else "h"
        month = mh.data["month"]
        k = mh.end
        glossed = False
        if cal == "g":
            opener = self.word(k)
            g = self.hit(k + 1, "month")
            if opener in GLOSS_OPEN and g and g.data["month"] == month and g.clitic == 0:
                closer = GLOSS_OPEN[opener]
                if closer is None:
                    k, glossed = g.end, True
                elif self.word(g.end) == closer:
                    k, glossed = g.end + 1, True
        year = None
        year_offset = None
        hijri_year = cal == "h"
        y = self.num(k, 1, 2999, (4,)) if cal == "g" else self.num(k, 1, 1999, (3, 4))
        if y is not None:
            year, k = y, k + 1
            marker = self.year_marker(k)
            if marker:
                k += 1
                hijri_year = marker == "ه"
                if hijri_year and cal == "g":
                    return None  # a Gregorian month with a Hijri year: not a date we can trust
        else:
            u = self.hit(k + 1, "unit")
            if self.word(k) == "من" and u and u.data["unit"] == "Y" and u.data["definite"]:
                m = self.hit(u.end, "modifier")
                if m is not None and isinstance(m.data["value"], int):
                    year_offset, k = m.data["value"], m.end
        if cal == "h" and self.hit(k, "epithet"):
            k = self.hit(k, "epithet").end  # type: ignore[union-attr]
        mod = None
        if year is None and year_offset is None:
            m = self.hit(k, "modifier")
            if m is not None and m.clitic == 0 and isinstance(m.data["value"], int):
                mod, k = m.data["value"], m.end
        if day is None and year is None and mod is None and year_offset is None and not glossed:
            prev = i - 1
            if cal == "h":
                if not shahr:
                    return None
            elif not (shahr or self.is_cue(prev) or part):
                return None
        if day is not None and not _day_ok(day, month, year if cal == "g" else None):
            return k, {"kind": "invalid"}  # «31 فبراير»: consumed so no part of it is dated
        if day2 is not None and day is not None and day2 <= day:
            return None
        if cal == "h" and (day or 0) > 30:
            return None
        if part is not None and day is None:
            return None  # «صباح مارس» is not an expression
        node = {
            "kind": "date",
            "calendar": cal,
            "year": year,
            "month": month,
            "day": day,
            "day2": day2,
            "mod": mod,
            "year_offset": year_offset,
            "part": part,
        }
        if cal == "h" and year is not None and not hijri_year:
            return None
        pa = self.part_after(k)
        if pa and day is not None and part is None:
            k, node["part"] = pa
        return k, node

    def _day_of_relative_month(
        self, k: int, day: int | None, day2: int | None, part: str | None
    ) -> tuple[int, dict[str, Any]] | None:
        """«السابع من الشهر الحالي», «20 الشهر الماضي»: a day of a month named relatively."""
        u = self.hit(k, "unit")
        if day is None or u is None or u.data["unit"] != "M" or u.data["number"] != "sg":
            return None
        if not u.data["definite"]:
            return None
        m = self.hit(u.end, "modifier")
        if m is None or not isinstance(m.data["value"], int):
            return None
        node = {"kind": "date", "calendar": "g", "year": None, "month": None, "day": day}
        node |= {"day2": day2, "mod": None, "year_offset": None, "part": part}
        node["month_offset"] = m.data["value"]
        return m.end, node

    def weekday(self, i: int) -> tuple[int, dict[str, Any]] | None:
        k = i
        part = None
        pb = self.part_before(k)
        if pb:
            k, part = pb
        w = self.hit(k, "weekday")
        if w is None:
            return None
        k = w.end
        w2 = None
        nxt = self.hit(k + 1, "weekday")
        if self.word(k) in RANGE_DASH and nxt:
            w2, k = nxt.data["weekday"], nxt.end
        else:
            nxt = self.hit(k, "weekday")
            if nxt and self.word(k).startswith("و") and nxt.clitic == 1:
                w2, k = nxt.data["weekday"], nxt.end
        mod = None
        m = self.hit(k, "modifier")
        if m is not None and m.clitic == 0 and isinstance(m.data["value"], int):
            mod, k = m.data["value"], m.end
        pa = self.part_after(k)
        if pa and part is None:
            k, part = pa
        node: dict[str, Any] = {
            "kind": "weekday",
            "weekday": w.data["weekday"],
            "weekday2": w2,
            "mod": mod,
            "part": part,
        }
        # Apposition: «الخميس 12 مارس», «الخميس (12 مارس)», «الخميس، الموافق 12 مارس».
        t, closer = k, None
        if self.word(t) in ("،", ",", "("):
            closer = ")" if self.word(t) == "(" else None
            t += 1
        if self.word(t) == "الموافق":
            t += 1
        d = self.date(t, need_day=True)
        if d and d[1]["part"] is None and d[1]["calendar"] == "g":
            t, dn = d
            if closer and self.word(t) == ")":
                t += 1
            dn["part"] = part
            dn["weekday"] = w.data["weekday"]
            return t, dn
        return k, node

    def year_expr(self, i: int) -> tuple[int, dict[str, Any]] | None:
        k = i
        noun = None
        u = self.hit(k, "unit")
        stems = [s for s, _ in self._candidates(self.word(k))]
        if u and u.data["unit"] == "Y" and any(s in self.lex.year_nouns for s in stems):
            noun, k = u, u.end
        y = self.year(k)
        if y is None:
            return None
        marker = self.year_marker(k + 1)
        k += 1
        if marker:
            k += 1
        node: dict[str, Any] = {"kind": "year", "year": y, "hijri": marker == "ه"}
        y2 = self.year(k + 1) if self.word(k) in RANGE_DASH else None
        if y2 is not None and y < y2 <= y + 100:
            # «1998 - 2005»: two years joined by a dash are a range even without a cue.
            node = {"kind": "yearrange", "year": y, "year2": y2, "hijri": False}
            k += 2
            if self.year_marker(k) == "م":
                k += 1
        elif noun is None and marker is None:
            if self._counted(k):
                return None
            if not self.is_cue(i - 1) and not self._bare_year(i, y, k):
                return None
        return k, node

    def _bare_year(self, i: int, y: int, k: int) -> bool:
        """A 4-digit number with no cue reads as a year only in the shape of a name tag:
        «أولمبياد بكين 2008.», «رؤية 2030 التي», «انتخابات 2024 الرئاسية» — a recent year,
        not after an approximator, and followed by punctuation, the end, a definite word or
        «و» + year. Counts are followed by the indefinite noun counted («1500 مقاتل»)."""
        if not BARE_YEARS[0] <= y <= BARE_YEARS[1]:
            return False
        if self.hit(i - 1, "approx"):
            return False
        prev = self.word(i - 1)
        if prev in ("-", ":", "/", ".", "،", ",") or prev.isdigit():
            return False
        nxt = self.word(k)
        if not nxt or nxt in ("،", ",", ".", "؛", ")", "»", '"', "(", "؟", "!", ":"):
            return True
        return nxt.startswith("ال") and not self.hit(k, "count_noun")

    def _counted(self, k: int) -> bool:
        """Is the number just before token ``k`` a count or a price («2200 و2400 يورو»)?"""
        if self.word(k) == "و" and self.word(k + 1).isdigit():
            k += 2
        return self.hit(k, "count_noun") is not None

    def numeric_date(self, i: int) -> tuple[int, dict[str, Any]] | None:
        """«13 / 12 / 1999», «13-12-1999», «2024-06-18»: day-month-year or ISO order."""
        w = [self.word(i + n) for n in range(5)]
        if w[1] != w[3] or w[1] not in ("/", "-", "."):
            return None
        if not all(x.isascii() and x.isdigit() for x in (w[0], w[2], w[4])):
            return None
        if len(w[4]) == 4 and len(w[0]) <= 2 and len(w[2]) <= 2:
            y, m, d = int(w[4]), int(w[2]), int(w[0])
        elif len(w[0]) == 4 and len(w[2]) <= 2 and len(w[4]) <= 2:
            y, m, d = int(w[0]), int(w[2]), int(w[4])
        else:
            return None
        if not (1 <= m <= 12 and 1000 <= y <= 2999 and _day_ok(d, m, y)):
            return None
        node = {"kind": "date", "calendar": "g", "year": y, "month": m, "day": d}
        node |= {"day2": None, "mod": None, "year_offset": None, "part": None}
        return i + 5, node

    def relday(self, i: int) -> tuple[int, dict[str, Any]] | None:
        k = i
        part = None
        pb = self.part_before(k)
        if pb:
            k, part = pb
        h = self.hit(k, "day")
        if h is None:
            return None
        k = h.end
        offset = h.data["value"]
        if self.hit(k, "anaphoric"):
            return None  # «مساء اليوم نفسه»: the story's day, not today
        nxt = self.word(k)
        m = self.hit(k, "modifier")
        if h.data["part"] and m is not None and m.data["value"] == -1:
            offset, k = offset - 1, m.end  # «الليلة الماضية» = last night
        elif (
            offset == 0
            and nxt.startswith("ال")
            and not any(self.hit(k, x) for x in ("weekday", "part"))
        ):
            return None  # «اليوم العالمي», «اليوم التالي», «اليوم السابع»: a day, not today
        part = part or (h.data["part"] or None)
        node: dict[str, Any] = {"kind": "relday", "offset": offset, "part": part}
        w = self.hit(k, "weekday")
        if w is not None and w.clitic == 0:
            # «اليوم الثلاثاء», «غداً الأربعاء»: the weekday restates the day.
            node["weekday"], k = w.data["weekday"], w.end
        elif self.word(k) == "(":
            w = self.hit(k + 1, "weekday")
            if w is not None and w.clitic == 0 and self.word(w.end) == ")":
                # «أمس (الاثنين)»: the house style of many Arab papers
                node["weekday"], k = w.data["weekday"], w.end + 1
        pa = self.part_after(k)
        if pa and part is None:
            k, node["part"] = pa
        return k, node

    def unitmod(self, i: int) -> tuple[int, dict[str, Any]] | None:
        k = i
        pre = None
        p = self.hit(k, "pre_modifier")
        if p:
            if self.word(i - 1) == "مثل":
                return None  # «في مثل هذا اليوم»: the same day of another year
            pre, k = 0, p.end
        u = self.hit(k, "unit")
        if u is None or not u.data["definite"] or u.data["number"] == "dc":
            return None
        if pre is None and u.clitic == 0 and self.hit(k, "adjectival"):
            prev = self.word(k - 1)
            if prev.startswith("ال") and not any(self.hits[k - 1]):
                return None  # «الأمين العام المقبل»: "general", an adjective
        k = u.end
        count = u.data["count"]
        n = self.hit(k, "num")
        if n and n.data.get("definite") and u.data["number"] == "pl":
            count, k = n.data["value"], n.end
        elif u.data["number"] == "pl" and self.word(k) == "ال" and self.num(k + 1, 1, 999, D3):
            count, k = self.num(k + 1, 1, 999, D3), k + 2  # «الساعات الـ24 الماضية»
        mod = pre
        if mod is None:
            m = self.hit(k, "modifier")
            if m is None or m.clitic or not isinstance(m.data["value"], int):
                return None
            mod, k = m.data["value"], m.end
        number = u.data["number"]
        if number == "sg":
            return k, {"kind": "unitmod", "unit": u.data["unit"], "offset": mod}
        return k, {
            "kind": "duration",
            "n": count if count is not None else "X",
            "unit": u.data["unit"],
            "mod": mod,
        }

    def quantity(self, i: int) -> tuple[int, dict[str, Any]] | None:
        k = i
        ago = self.hit(k, "ago")
        if ago:
            k = ago.end
            approx = self.hit(k, "approx")
            if approx and self.word(i).endswith("قبل"):
                # «قبل نحو شهرين» is still "ago"; «منذ أكثر من 60 عاماً» reads as an extent
                k = approx.end
            elif approx:
                return None
        n: int | str | None = None
        if (
            self.word(k).isascii()
            and self.word(k).isdigit()
            and len(self.word(k)) <= 4
            and int(self.word(k)) > 0
        ):
            n, k = int(self.word(k)), k + 1
        else:
            h = self.hit(k, "num")
            if h and h.data["kind"] in ("cardinal", "vague") and not h.data.get("definite"):
                n, k = h.data["value"], h.end
        u = self.hit(k, "unit")
        if u is None or u.data["number"] == "dc" or u.data["definite"]:
            return None
        if n is not None and u.clitic:
            return None
        if n is None:
            after_span = self.hit(i - 1, "span") is not None
            if u.data["count"] is not None:
                n = u.data["count"]
            elif ago and u.data["number"] == "sg" and self.year(u.end) is None:
                n = 1
            elif after_span and u.data["number"] == "sg" and self.year(u.end) is None:
                n = 1  # «لمدة عام» = for a year
            elif self.hit(i - 1, "ago") and u.data["number"] == "pl" and not ago:
                n = "X"  # «منذ عقود» = for decades
            else:
                return None
        k = u.end
        if self.word(k) == "ونصف" and isinstance(n, int) and u.data["unit"] in HALF:
            # «ساعة ونصف» = an hour and a half
            return k + 1, {"kind": "duration", "n": n, "unit": u.data["unit"], "half": True}
        if ago and self.word(k) == "من":
            return None  # «قبل أقل من شهر من موعد العطلة»: before an event, not before today
        if ago:
            return k, {"kind": "ago", "n": n, "unit": u.data["unit"]}
        return k, {"kind": "duration", "n": n, "unit": u.data["unit"], "mod": None}

    def era(self, i: int) -> tuple[int, dict[str, Any]] | None:
        """«القرن العشرين» (the 1900s, TIMEX "19"), «التسعينيات» (the 1990s, "199")."""
        d = self.hit(i, "decade")
        if d is not None:
            return d.end, {"kind": "era", "value": str(d.data["value"])}
        u = self.hit(i, "unit")
        if (
            u is None
            or u.data["unit"] != "CE"
            or u.data["number"] != "sg"
            or not u.data["definite"]
        ):
            return None
        n = self.hit(u.end, "num")
        if n is None or n.data["kind"] != "ordinal" or not isinstance(n.data["value"], int):
            return None
        return n.end, {"kind": "era", "value": f"{n.data['value'] - 1:02d}"}

    def set_expr(self, i: int) -> tuple[int, dict[str, Any]] | None:
        h = self.hit(i, "set")
        if h:
            return h.end, {"kind": "set", "value": h.data["value"]}
        e = self.hit(i, "each")
        if e:
            u = self.hit(e.end, "unit")
            if u and u.data["number"] == "sg" and not u.data["definite"] and u.clitic == 0:
                return u.end, {"kind": "set", "value": f"P1{u.data['unit']}"}
            node = self.lex.trie.children.get("ال" + self.word(e.end))
            for kind, data in node.entries if node else ():
                if kind == "weekday":  # «كل جمعة» = every Friday
                    return e.end + 1, {"kind": "set", "value": f"XXXX-WXX-{data['weekday']}"}
        return None

    def present(self, i: int) -> tuple[int, dict[str, Any]] | None:
        h = self.hit(i, "present")
        return (h.end, {"kind": "present"}) if h else None

    def clock(self, i: int) -> tuple[int, dict[str, Any]] | None:
        if self.word(i) not in ("الساعه", "الساعة") and not self.word(i).endswith("الساعه"):
            return None
        h = self.num(i + 1, 0, 24)
        k, minute = i + 2, 0
        if h is None:
            hw = self.hit(i + 1, "num")
            if hw is None or hw.data["kind"] != "hour":
                return None
            h, k = hw.data["value"], hw.end  # «الساعة الثامنة مساءً»
        if self.word(k) == ":" and self.num(k + 1, 0, 59, (2,)) is not None:
            minute, k = self.num(k + 1, 0, 59, (2,)) or 0, k + 2
        pa = self.part_after(k)
        code = None
        if pa:
            k, code = pa
        if code in ("AF", "EV", "NI") and h < 12:
            h += 12
        return k, {"kind": "clock", "hour": h, "minute": minute}

    # -- driver --------------------------------------------------------------------------
    def run(self) -> list[tuple[int, int, dict[str, Any]]]:
        rules = (
            self.weekday,
            self.date,
            self.year_expr,
            self.numeric_date,
            self.relday,
            self.unitmod,
            self.era,
            self.quantity,
            self.set_expr,
            self.present,
            self.clock,
        )
        out: list[tuple[int, int, dict[str, Any]]] = []
        i = 0
        while i < len(self.toks):
            if not self.hits[i] and not self.toks[i].is_num:
                i += 1  # every rule starts on a lexicon word or a number
                continue
            best: tuple[int, dict[str, Any]] | None = None
            for rule in rules:
                r = rule(i)
                if r is not None and (best is None or r[0] > best[0]):
                    best = r
            if best is None:
                i += 1
                continue
            if best[1]["kind"] != "invalid":
                out.append((i, best[0], best[1]))
            i = best[0]
            # «عامي 2000 و2001», «عام 2000 و2001»: a coordinated second year.
            if best[1]["kind"] == "year" and self.word(i) == "و" and self.year(i + 1):
                y2 = self.year(i + 1) or 0
                out.append((i + 1, i + 2, {"kind": "year", "year": y2, "hijri": False}))
                i += 2
        return out

    def tense(self, i: int, j: int) -> str | None:
        """Tense of the sentence around tokens ``[i, j)``: the nearest cue wins, left first."""
        lo = i
        while lo > 0 and i - lo < CONTEXT_WINDOW and self.word(lo - 1) not in CLAUSE_END:
            lo -= 1
        for t in range(i - 1, lo - 1, -1):
            c = self._cue(t)
            if c:
                return c
        hi = j
        while hi < len(self.toks) and hi - j < CONTEXT_WINDOW:
            if self.word(hi) in CLAUSE_END:
                break
            c = self._cue(hi)
            if c:
                return c
            hi += 1
        return None

    def _cue(self, t: int) -> str | None:
        if self.hit(t, "future"):
            return "future"
        if self.hit(t, "past"):
            return "past"
        w = self.word(t)
        for p in ("و", "ف"):
            if w.startswith(p) and len(w) > 5:
                w = w[1:]
                break
        if (
            len(w) >= 5
            and w[0] == "س"
            and w[1] in "يتنا"
            and not any(w.startswith(s) for s in self.lex.not_future)
        ):
            return "future"  # سيلتقي، ستعقد: the future prefix سـ on an imperfective verb
        return None


def _day_ok(day: int, month: int, year: int | None) -> bool:
    last = calendar.monthrange(year if year else 2000, month)[1]  # 2000: leap, allows 29 Feb
    return 1 <= day <= last


def recognise(text: str) -> list[Raw]:
    """Every time expression of ``text`` (one paragraph), left to right, not overlapping."""
    if not text:
        return []
    p = _Parser(text, load())
    out: list[Raw] = []
    for i, j, node in p.run():
        # The span starts after a glued proclitic («لعام 1961» → «عام 1961»).
        clitic = _leading_clitic(p, i, j)
        ns = p.toks[i].start + clitic
        ne = p.toks[j - 1].end
        s, e = p.norm.span(ns, ne)
        out.append(Raw(s, e, text[s:e], node, p.tense(i, j)))
    return out


# Lexicon kinds an expression can start with (cue or tense words never start one).
START_KINDS = frozenset(
    {
        "month",
        "hmonth",
        "weekday",
        "part",
        "unit",
        "num",
        "day",
        "pre_modifier",
        "ago",
        "set",
        "each",
        "present",
        "decade",
    }
)


def _leading_clitic(p: _Parser, i: int, j: int) -> int:
    """How many characters of the first token are a proclitic outside the expression."""
    tok = p.toks[i].text
    if tok.isascii() and tok.isdigit():
        return 0
    best = 0
    for h in p.hits[i].values():
        if h.kind in START_KINDS and h.clitic and h.end <= j:
            best = max(best, h.clitic)
    return best if best < len(tok) else 0
