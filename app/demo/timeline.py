"""When a demo person was born, appointed and graduated.

* Ages follow the pyramid of a regency's ASN (a bulge of 41–55-year-olds hired in the 1990s and
  2000s, a younger wave since 2019), limited by the BUP of the jabatan: nobody active has passed
  it except the deliberate case of :mod:`app.demo.cases`.
* TMT CPNS is the 1st of a month, at least 18 years after birth (NIP rule, domain.md §1.1), after
  the appointment education was finished, never in the 2015–2017 hiring moratorium; CPNS have a
  TMT in the last eleven months, PPPK one of the PPPK appointment waves since 2022.
* Education: SMA always, then the appointment programme, and sometimes a degree earned in service.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from app.demo.education import BACHELOR_FOR, MASTERS_FOR, PROGRAMMES, Programme
from app.domain.dates import add_months, add_years, first_of_month

# age band (inclusive) and weight
AGE_PYRAMID = ((21, 25, 4), (26, 30, 9), (31, 35, 12), (36, 40, 14), (41, 45, 16),
               (46, 50, 18), (51, 55, 18), (56, 60, 9))
# age at appointment by level: (lowest, highest)
ENTRY_AGE = {"SMA": (19, 27), "D-II": (21, 28), "D-III": (21, 29), "D-IV": (22, 31),
             "S1": (22, 33), "S2": (26, 36), "S3": (30, 40)}
GRAD_AGE = {"SMA": 18, "D-I": 19, "D-II": 20, "D-III": 21, "D-IV": 22, "S1": 22, "S2": 25,
            "S3": 30}
PPPK_WAVES = ((2022, 3), (2022, 10), (2023, 3), (2023, 10), (2024, 3), (2024, 10), (2025, 3),
              (2025, 10))


@dataclass(frozen=True)
class Study:
    programme: Programme
    graduated: date
    first: bool = False  # the education of the appointment
    last: bool = False  # the highest recognised

    @property
    def level(self) -> str:
        return self.programme.level


def pyramid_age(rng: random.Random, low: int, high: int) -> int:
    """An age in ``low..high`` drawn from the ASN age pyramid."""
    bands = [(max(a, low), min(b, high), w) for a, b, w in AGE_PYRAMID if b >= low and a <= high]
    if not bands:
        return low
    a, b, _ = rng.choices(bands, [w * (b - a + 1) / 5 for a, b, w in bands])[0]
    return rng.randint(a, b)


def birth_for_age(rng: random.Random, today: date, age: int) -> date:
    """A birth date of someone who is ``age`` (completed years) on ``today``."""
    latest = add_years(today, -age)
    return latest - timedelta(days=rng.randint(0, 364))


def entry_age_range(p: Programme) -> tuple[int, int]:
    if p.key in ("dokter", "drg"):
        return 25, 33
    if p.key.startswith("sp_"):
        return 30, 38
    return ENTRY_AGE.get(p.level, (19, 30))


def pns_tmt(rng: random.Random, birth: date, entry_age: int, latest: date) -> date:
    """TMT CPNS: the 1st of a month at ``entry_age`` (no TMT in the 2015–2017 moratorium),
    never after ``latest``."""
    tmt = first_of_month(add_months(add_years(birth, entry_age), rng.randint(1, 11)))
    if tmt.year in (2015, 2016, 2017):
        tmt = date(2019, rng.choice((1, 3, 4)), 1)
    return min(tmt, first_of_month(latest))


def cpns_tmt(rng: random.Random, horizon: date) -> date:
    return add_months(horizon, -rng.randint(0, 10))


def pppk_tmt(rng: random.Random, horizon: date) -> date:
    waves = [date(y, m, 1) for y, m in PPPK_WAVES if date(y, m, 1) <= horizon]
    return rng.choice(waves) if waves else add_months(horizon, -12)


def studies(rng: random.Random, entry: Programme, birth: date, tmt: date, horizon: date,
            later: str | None) -> list[Study]:
    """SMA, the appointment programme (finished before ``tmt``) and an optional programme
    ``later`` finished in service before ``horizon``."""
    out: list[Study] = []
    grad = min(_graduation(rng, birth, entry), tmt - timedelta(days=rng.randint(30, 200)))
    sma_grad = min(date(birth.year + 18, 6, rng.randint(10, 28)), grad)
    if entry.level != "SMA":
        sma = PROGRAMMES[rng.choice(("sma_ipa", "sma_ips"))]
        out.append(Study(sma, sma_grad))
        if entry.level in ("S2", "S3"):
            first = _bachelor_before(entry)
            s1_grad = date(max(sma_grad.year + 4, grad.year - 3), rng.choice((3, 8, 10)), 15)
            out.append(Study(PROGRAMMES[first], min(s1_grad, grad - timedelta(days=365))))
    out.append(Study(entry, grad, first=True))
    if later is not None:
        p = PROGRAMMES[later]
        start = add_years(tmt, 2 if p.level != "S2" else 4)
        if start < horizon:
            span = max((horizon - start).days, 1)
            done = start + timedelta(days=rng.randint(0, span - 1))
            out.append(Study(p, done))
    top = max(range(len(out)), key=lambda i: (_rank(out[i].level), i))
    out[top] = Study(out[top].programme, out[top].graduated, out[top].first, True)
    return out


def _graduation(rng: random.Random, birth: date, p: Programme) -> date:
    age = GRAD_AGE.get(p.level, 22) + (2 if p.key in ("dokter", "drg") else 0)
    if p.key.startswith("sp_"):
        age = 31
    age += rng.choice((0, 0, 1, 1, 2))
    return date(birth.year + age, rng.choice((6, 8, 9, 10, 11, 12)), rng.randint(1, 28))


def _bachelor_before(p: Programme) -> str:
    if p.key.startswith("sp_"):
        return "dokter"
    for s1, s2 in MASTERS_FOR.items():
        if s2 == p.key and PROGRAMMES[s1].level == "S1":
            return s1
    return "s1_adm"


_ORDER = ("SD", "SMP", "SMA", "D-I", "D-II", "D-III", "D-IV", "S1", "S2", "S3")


def _rank(level: str) -> int:
    return _ORDER.index(level) if level != "D-IV" else _ORDER.index("S1")


def later_programme(rng: random.Random, entry: Programme, chance: float) -> str | None:
    """The degree someone earns in service (with probability ``chance``), or None."""
    if rng.random() >= chance:
        return None
    if entry.level in ("SMA", "D-II", "D-III"):
        return BACHELOR_FOR.get(entry.key)
    if entry.level in ("S1", "D-IV"):
        return MASTERS_FOR.get(entry.key)
    return None
