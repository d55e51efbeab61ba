"""NIP and NIK validation throughput against a bare regex match of 18/16 digits.

The regex baseline only checks the shape; ``parse_nip`` / ``parse_nik`` also check the calendar,
gender, sequence, age at TMT, region codes and build a frozen result. The ratio says how many
times the cost of the bare regex one full validation costs.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from app.domain.nik import parse_nik
from app.domain.nip import parse_nip
from bench.harness import BenchResult, best_of

COUNT = 20_000
TODAY = date(2025, 6, 1)


def sample_nips(rng: random.Random, count: int) -> list[str]:
    out = []
    for _ in range(count):
        birth = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 365 * 40))
        year = birth.year + rng.randint(19, 35)
        out.append(f"{birth:%Y%m%d}{year:04d}{rng.randint(1, 12):02d}"
                   f"{rng.randint(1, 2)}{rng.randint(1, 999):03d}")
    return out


def sample_niks(rng: random.Random, count: int) -> list[str]:
    districts = ["157101", "157102", "150202", "150101", "150803", "320101"]
    out = []
    for _ in range(count):
        birth = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 365 * 45))
        day = birth.day + (40 if rng.random() < 0.5 else 0)
        out.append(f"{rng.choice(districts)}{day:02d}{birth:%m%y}{rng.randint(1, 9999):04d}")
    return out


def _throughput(name: str, items: list[str], check, pattern: re.Pattern[str]) -> BenchResult:
    def full() -> None:
        for text in items:
            check(text)

    def bare() -> None:
        for text in items:
            pattern.fullmatch(text)

    # the bare loop takes a few milliseconds: more repeats keep scheduler noise out of it
    rate = len(items) / best_of(full, repeat=5)
    baseline = len(items) / best_of(bare, repeat=15)
    return BenchResult(
        name=name,
        value=round(rate),
        unit="per s",
        baseline=round(baseline),
        ratio=round(baseline / rate, 1),
        note="baseline: bare regex fullmatch; ratio = times the regex's cost",
    )


def run() -> list[BenchResult]:
    rng = random.Random(20250601)
    nips, niks = sample_nips(rng, COUNT), sample_niks(rng, COUNT)
    parse_nip(nips[0])  # load the reference tables outside the timing
    parse_nik(niks[0], today=TODAY)
    return [
        _throughput("identity.nip_validate", nips, parse_nip, re.compile(r"\d{18}")),
        _throughput(
            "identity.nik_validate",
            niks,
            lambda text: parse_nik(text, today=TODAY),
            re.compile(r"\d{16}"),
        ),
    ]
