"""NIP, NIK, address, contacts and keterangan badan of a demo person.

* NIP (Perka BKN 22/2007): birth date, TMT CPNS year+month, gender digit, sequence 001 unless the
  first 15 digits were already handed out. NI PPPK: birth date, year of appointment, code ``21``,
  gender, sequence (domain.md §1.2).
* NIK (Dukcapil): a real Jambi kecamatan code, birth day (+40 for women), month, two-digit year,
  sequence 0001 unless the first 12 digits were already handed out.
"""

from __future__ import annotations

import random
from datetime import date
from functools import lru_cache

from app.demo.context import DemoContext
from app.demo.names import email, phone, street_address
from app.domain import wilayah

PPPK_CODE = "21"
_BLOOD = (("O", 40), ("B", 30), ("A", 25), ("AB", 5))
_HOBBIES = ("Membaca", "Olahraga", "Sepak bola", "Bulu tangkis", "Memasak", "Berkebun",
            "Memancing", "Bersepeda", "Menyanyi", "Bola voli", "Menjahit", "Jalan santai")


def _next(used: dict[str, int], prefix: str) -> int:
    used[prefix] = used.get(prefix, 0) + 1
    return used[prefix]


def make_nip(ctx: DemoContext, birth: date, tmt: date, gender: str, pppk: bool) -> str:
    g = "1" if gender == "L" else "2"
    if pppk:
        prefix = f"{birth:%Y%m%d}{tmt.year:04d}{PPPK_CODE}{g}"
    else:
        prefix = f"{birth:%Y%m%d}{tmt:%Y%m}{g}"
    return f"{prefix}{_next(ctx.nip_used, prefix):03d}"


def nik_district(ctx: DemoContext, rng: random.Random, home: str) -> str:
    roll = rng.random()
    if roll < 0.65:
        return home
    if roll < 0.85:
        return rng.choice(ctx.regency.districts).code
    other = rng.choice(_others(ctx.regency.code))
    return rng.choice(_districts(other)).code


@lru_cache(maxsize=16)
def _others(code: str) -> tuple[str, ...]:
    return tuple(r.code for r in wilayah.regencies() if r.code != code)


@lru_cache(maxsize=16)
def _districts(code: str) -> tuple[wilayah.Region, ...]:
    return wilayah.districts(code)


@lru_cache(maxsize=4096)
def _digits(code: str) -> str:
    return wilayah.undotted(code)


@lru_cache(maxsize=4096)
def _region(code: str) -> tuple[str | None, tuple[wilayah.Region, ...]]:
    found = wilayah.region(code)
    return (found.name if found else None), wilayah.villages(code)


def make_nik(ctx: DemoContext, district: str, birth: date, gender: str) -> str:
    day = birth.day + (40 if gender == "P" else 0)
    prefix = f"{_digits(district)}{day:02d}{birth.month:02d}{birth.year % 100:02d}"
    return f"{prefix}{_next(ctx.nik_used, prefix):04d}"


def address(ctx: DemoContext, rng: random.Random, district_code: str) -> dict[str, object]:
    district_name, villages = _region(district_code)
    village = rng.choice(villages) if villages else None
    return {
        "alamat": street_address(rng),
        "rt": f"{rng.randint(1, 25):03d}",
        "rw": f"{rng.randint(1, 8):03d}",
        "kelurahan": village.name if village else None,
        "kecamatan": district_name,
        "kabupaten_kota": ctx.regency.full_name,
        "provinsi": "Jambi",
        "kode_pos": f"{ctx.regency.postal_prefix}{rng.randint(11, 99):02d}",
        "kode_wilayah": village.code if village else district_code,
    }


def contacts(rng: random.Random, nama: str, birth: date) -> dict[str, object]:
    return {"telepon": phone(rng), "email": email(rng, nama, birth.year)}


def body(rng: random.Random, gender: str) -> dict[str, object]:
    height = rng.randint(158, 178) if gender == "L" else rng.randint(148, 166)
    return {
        "golongan_darah": rng.choices(*zip(*_BLOOD, strict=True))[0],
        "tinggi_badan": height,
        "berat_badan": max(42, height - rng.randint(95, 112)),
        "rambut": rng.choice(("Hitam lurus", "Hitam ikal", "Hitam bergelombang")),
        "bentuk_muka": rng.choice(("Oval", "Bulat", "Lonjong", "Persegi")),
        "warna_kulit": rng.choice(("Sawo matang", "Kuning langsat", "Sawo matang", "Putih")),
        "ciri_khas": None,
        "cacat_tubuh": None,
        "hobi": rng.choice(_HOBBIES),
    }


def documents(rng: random.Random, pns: bool, married: bool, gender: str) -> dict[str, object]:
    """Karpeg, karis/karsu, Taspen, NPWP and BPJS numbers (formats as printed on the cards)."""
    digits = "".join(str(rng.randrange(10)) for _ in range(15))
    return {
        "karpeg": f"{rng.choice('ABCDEFGHKLMNP')} {rng.randint(100000, 999999)}" if pns else None,
        "karis_karsu": (f"{'KARIS' if gender == 'L' else 'KARSU'} {rng.randint(10**6, 10**7 - 1)}"
                        if pns and married else None),
        "taspen": "".join(str(rng.randrange(10)) for _ in range(13)) if pns else None,
        "npwp": f"{digits[:2]}.{digits[2:5]}.{digits[5:8]}.{digits[8]}-{digits[9:12]}."
                f"{digits[12:15]}",
        "bpjs": "000" + "".join(str(rng.randrange(10)) for _ in range(10)),
    }
