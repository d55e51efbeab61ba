"""The smaller DRH sections of a demo person: Satyalencana Karya Satya, the rare light
disciplinary sanction, and the angka kredit integrasi every JF holder received in 2023."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.demo.context import DemoContext
from app.demo.person import Person
from app.demo.rows import record, sk_number

# (lowest, highest) integrated AK per jenjang as at 31 Dec 2022 (Peraturan BKN 3/2023)
_AK = {"pemula": (5, 15), "terampil": (20, 60), "mahir": (50, 100), "penyelia": (100, 200),
       "ahli_pertama": (50, 140), "ahli_muda": (150, 290), "ahli_madya": (300, 700),
       "ahli_utama": (800, 1000)}
_SANCTIONS = (("Teguran lisan", "Terlambat masuk kerja berulang kali tanpa alasan yang sah"),
              ("Teguran tertulis", "Tidak masuk kerja tanpa alasan yang sah selama 4 hari kerja"),
              ("Pernyataan tidak puas secara tertulis",
               "Tidak mencapai target kinerja tanpa alasan yang sah"))


def penghargaan_rows(ctx: DemoContext, p: Person) -> list[dict[str, object]]:
    """Satyalencana Karya Satya X/XX/XXX Tahun for PNS with that much service."""
    rng, out = ctx.rng, []
    if p.jenis != "PNS":
        return out
    for years, roman in ((10, "X"), (20, "XX"), (30, "XXX")):
        year = p.tmt.year + years + rng.randint(0, 2)
        if year >= ctx.today.year or rng.random() > 0.55:
            continue
        row = record(ctx, p.id)
        row.update({
            "nama": f"Satyalencana Karya Satya {roman} Tahun", "tahun": year,
            "sk_nomor": f"{rng.randint(10, 150)}/TK/Tahun {year}",
            "sk_tanggal": date(year, 8, rng.randint(5, 14)),
            "pemberi": "Presiden Republik Indonesia",
        })
        out.append(row)
    return out


def hukdis_rows(ctx: DemoContext, p: Person) -> list[dict[str, object]]:
    """A light sanction for about one PNS in 150 (nothing that delays KGB or KP)."""
    rng = ctx.rng
    if p.jenis != "PNS" or rng.random() > 0.0067 or p.tmt.year >= ctx.today.year - 2:
        return []
    year = rng.randint(max(p.tmt.year + 2, ctx.today.year - 6), ctx.today.year - 1)
    jenis, alasan = rng.choice(_SANCTIONS)
    start = date(year, rng.randint(1, 12), rng.randint(1, 28))
    row = record(ctx, p.id)
    row.update({
        "jenis": jenis, "tingkat": "ringan", "alasan": alasan,
        "sk_nomor": sk_number(rng, "862", start), "sk_tanggal": start,
        "tanggal_mulai": start, "tanggal_selesai": None, "masa_tahun": None, "masa_bulan": None,
        "peraturan": "PP 94/2021" if start >= date(2021, 9, 14) else "PP 53/2010",
    })
    return [row]


def angka_kredit_rows(ctx: DemoContext, p: Person) -> list[dict[str, object]]:
    """The AK integrasi as at 31 December 2022 of a PNS who held a JF then."""
    rng = ctx.rng
    cutoff = date(2022, 12, 31)
    held = [e for e in p.jabatan if e.tmt <= cutoff]
    if p.jenis != "PNS" or not held or held[-1].jenjang not in _AK:
        return []
    if p.retired_on is not None and p.retired_on <= date(2023, 6, 1):
        return []
    jab = held[-1]
    low, high = _AK[jab.jenjang]  # type: ignore[index]
    total = Decimal(f"{rng.uniform(low, high):.3f}")
    when = date(2023, rng.randint(3, 8), rng.randint(1, 28))
    row = record(ctx, p.id)
    row.update({
        "sk_nomor": sk_number(rng, "800.1.13", when), "sk_tanggal": when,
        "periode_mulai": None, "periode_selesai": cutoff, "jabatan_name": jab.name,
        "kredit_utama": total, "kredit_penunjang": Decimal("0.000"), "kredit_total": total,
        "is_first": False, "is_integrasi": True, "is_konversi": False,
    })
    return [row]
