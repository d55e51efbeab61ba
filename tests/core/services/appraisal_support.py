"""Shortcuts the appraisal and talent tests share (on top of :mod:`hr_support`)."""

from __future__ import annotations

from app.services import appraisal as a
from tests.core.services.hr_support import VERIFIKATOR, Org

YEAR = 2025


def planned_skp(o: Org, key: str, year: int = YEAR, **header) -> a.SkpDetail:
    """A draft SKP with one RHK utama and one indicator with a target."""
    skp = o.call(a.create_skp, o.people[key], year, a.SkpHeader(**header) if header else None)
    rhk = o.call(a.add_rhk, skp.id, a.RhkData("Terlaksananya layanan administrasi kepegawaian"))
    o.call(a.add_indicator, rhk.id, a.IndicatorData("Jumlah berkas yang diproses", "kuantitas",
                                                    "120 berkas"))
    return o.call(a.get_skp, skp.id)


def agreed_skp(o: Org, key: str, year: int = YEAR) -> a.SkpDetail:
    return o.call(a.agree_skp, planned_skp(o, key, year).id)


def evaluated_skp(o: Org, key: str, hasil: str = "sesuai", perilaku: str = "sesuai",
                  year: int = YEAR) -> a.SkpDetail:
    return o.call(a.evaluate_skp, agreed_skp(o, key, year).id, hasil, perilaku)


def final_skp(o: Org, key: str, hasil: str = "sesuai", perilaku: str = "sesuai",
              year: int = YEAR) -> a.SkpDetail:
    skp = evaluated_skp(o, key, hasil, perilaku, year)
    return o.call(a.finalize_skp, skp.id, actor=VERIFIKATOR)
