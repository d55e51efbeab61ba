"""Marital status and keluarga (spouse, children) of a demo person.

Marriage gets likelier with age; a spouse is of the other sex, a husband usually a few years
older; children are born after the wedding, a few years apart, and none after today. The family
allowance (tunjangan) goes to the spouse of a living marriage and at most the two eldest
children under 21.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from app.db.family import FamilyRelation
from app.demo.context import DemoContext
from app.demo.identity import make_nik
from app.demo.names import person_name
from app.domain.dates import add_years

_WIFE_JOBS = (("Mengurus Rumah Tangga", 45), ("Wiraswasta", 15), ("PNS", 12),
              ("Karyawan Swasta", 10), ("Guru Honorer", 8), ("Perawat", 5), ("Pedagang", 5))
_HUSBAND_JOBS = (("Wiraswasta", 30), ("Petani", 20), ("Karyawan Swasta", 20), ("PNS", 15),
                 ("Pedagang", 10), ("TNI/Polri", 5))
_CHILDREN = ((0, 10), (1, 20), (2, 35), (3, 25), (4, 10))


def marital_status(rng: random.Random, age: int, gender: str) -> str:
    married = 0.3 if age < 25 else 0.62 if age < 30 else 0.88 if age < 40 else 0.92
    roll = rng.random()
    if roll >= married:
        return "belum_kawin"
    if age >= 40 and roll < 0.03:
        return "cerai_mati" if gender == "P" or rng.random() < 0.4 else "cerai_hidup"
    if age >= 35 and roll < 0.05:
        return "cerai_hidup"
    return "kawin"


def family_rows(ctx: DemoContext, rng: random.Random, employee_id: str, gender: str,
                religion: str, birth: date, status: str, district: str,
                place: str) -> list[dict[str, object]]:
    """The spouse and children rows of someone with marital ``status``."""
    if status == "belum_kawin":
        return []
    today = ctx.today
    spouse_gender = "P" if gender == "L" else "L"
    gap = rng.randint(0, 6) * (1 if gender == "L" else -1)
    spouse_birth = add_years(birth, gap) + timedelta(days=rng.randint(-150, 150))
    married_at = max(add_years(birth, rng.randint(23, 30)), add_years(spouse_birth, 20))
    married_at = min(married_at, today - timedelta(days=rng.randint(30, 400)))
    jobs = _WIFE_JOBS if spouse_gender == "P" else _HUSBAND_JOBS
    rows = [_member(ctx, employee_id, FamilyRelation.ISTRI if spouse_gender == "P"
                    else FamilyRelation.SUAMI, person_name(rng, spouse_gender, religion)[0],
                    spouse_gender, spouse_birth, district, place, 1,
                    pekerjaan=rng.choices(*zip(*jobs, strict=True))[0],
                    tanggal_nikah=married_at,
                    status={"kawin": "menikah", "cerai_hidup": "cerai",
                            "cerai_mati": "meninggal"}[status],
                    tunjangan=status == "kawin")]
    count = rng.choices(*zip(*_CHILDREN, strict=True))[0]
    born = married_at + timedelta(days=rng.randint(300, 900))
    allowance = 0
    for i in range(count):
        if born >= today:
            break
        g = rng.choice("LP")
        age = today.year - born.year
        counted = age < 21 and allowance < 2
        allowance += counted
        job = "Belum Bekerja" if age < 6 else "Pelajar/Mahasiswa" if age < 23 else \
            rng.choice(("Karyawan Swasta", "Wiraswasta", "Honorer"))
        rows.append(_member(ctx, employee_id, FamilyRelation.ANAK,
                            person_name(rng, g, religion)[0], g, born, district, place, i + 2,
                            pekerjaan=job, status="kandung", tunjangan=counted))
        born += timedelta(days=rng.randint(700, 1800))
    return rows


def _member(ctx: DemoContext, employee_id: str, relation: FamilyRelation, nama: str,
            gender: str, birth: date, district: str, place: str, order: int,
            **values: object) -> dict[str, object]:
    row: dict[str, object] = {
        "id": ctx.new_id(), "office_code": ctx.regency.code, "deleted": False,
        "deleted_reason": None, "merged_into": None, "employee_id": employee_id,
        "relation": relation.value,
        "nama": nama, "nik": make_nik(ctx, district, birth, gender), "nip": None,
        "tempat_lahir": place, "tanggal_lahir": birth, "jenis_kelamin": gender,
        "tanggal_nikah": None, "pekerjaan": None, "status": None, "tunjangan": False,
        "sort_order": order, "source": "local", "siasn_id": None, "notes": None,
    }
    row.update(values)
    return row
