"""What the three appraisal forms share (domain.md §6.5): the header lines (approach, jabatan
family, period), the identity blocks, the signature date and place, the owner line.

The forms print the SKP's own identity snapshots (:class:`~app.services.appraisal.Official`):
names with gelar, NIP grouped, pangkat with golongan. Ratings, predikat and the organisation
result are printed in their official Indonesian wording, upper case, as on the official forms.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

import app.reports.appraisal_labels  # noqa: F401 - registers the report.ap_* texts
from app.domain.berakhlak import berakhlak_values
from app.reports.formatting import month_name, nip_text, tanggal_indonesia
from app.reports.labels import label
from app.reports.model import Letterhead, Paper
from app.services.appraisal import BehaviourRow, Official, RhkRow, SkpDetail
from app.services.appraisal_org import result_label
from app.services.report_data import OfficeHeader

FORM_SKP = "skp"  # the SKP (rencana)
FORM_WORKSHEET = "lembar-evaluasi"  # the Evaluasi Kinerja Pegawai worksheet
FORM_DOCUMENT = "evaluasi"  # the one-page Dokumen Evaluasi Kinerja Pegawai
FORMS = (FORM_SKP, FORM_DOCUMENT, FORM_WORKSHEET)


@dataclass(frozen=True)
class PrintSetup:
    """Everything about a print run that is not the SKP itself."""

    office: OfficeHeader
    paper: Paper = Paper.A4
    printed_on: date = field(default_factory=date.today)
    lang: str | None = None

    @property
    def letterhead(self) -> Letterhead:
        return Letterhead(self.office.instansi, self.office.agency, self.office.address_lines)


@dataclass(frozen=True)
class AppraisalForm:
    """One SKP to print, with the predikat counts of its unit for the worksheet's pola
    distribusi (``None``: not gathered)."""

    skp: SkpDetail
    distribution: Mapping[str, int] | None = None


def t(code: str, lang: str | None, **params: object) -> str:
    return label(f"ap_{code}", lang, **params)


def upper(text: str | None) -> str:
    return (text or "").upper()


def approach_line(skp: SkpDetail, lang: str | None) -> str:
    kind = t(f"approach_{skp.approach}", lang) if skp.approach in (
        "kuantitatif", "kualitatif") else upper(skp.approach)
    return t("approach", lang, approach=kind)


def jabatan_line(skp: SkpDetail, lang: str | None) -> str | None:
    """``BAGI PEJABAT FUNGSIONAL`` from the jabatan kind at the time of the SKP."""
    kind = skp.pegawai_jabatan_kind or ""
    if kind.startswith("jpt_"):
        return t("for_jpt", lang)
    if kind.startswith("fungsional_"):
        return t("for_jf", lang)
    if kind in ("administrator", "pengawas", "pelaksana"):
        return t("for_adm", lang)
    return None


def _period(skp: SkpDetail) -> tuple[date, date]:
    return (skp.period_start or date(skp.year, 1, 1), skp.period_end or date(skp.year, 12, 31))


def months_span(skp: SkpDetail, lang: str | None) -> str:
    """``PERIODE: JANUARI–DESEMBER 2026``."""
    start, end = _period(skp)
    text = t("months_span", lang, start=month_name(start.month, lang),
             end=month_name(end.month, lang), year=end.year)
    return t("period", lang, period=text.upper())


def assessed_span(skp: SkpDetail, lang: str | None) -> str:
    """``PERIODE PENILAIAN: 1 JANUARI S.D. 31 DESEMBER 2026``."""
    start, end = _period(skp)
    return t("period_assessed", lang, start=tanggal_indonesia(start, lang).upper(),
             end=tanggal_indonesia(end, lang).upper())


def identity_rows(who: Official | None, lang: str | None,
                  short: bool = False) -> list[tuple[str, str]]:
    """The five lines of an identity block; empty values for a missing or non-PNS official.
    ``short``: the narrow side-by-side blocks say "Pangkat/Gol"."""
    return [
        (t("nama", lang), (who.nama if who else None) or ""),
        (t("nip", lang), nip_text(who.nip) if who and who.nip else ""),
        (t("pangkat_short" if short else "pangkat", lang), (who.pangkat if who else None) or ""),
        (t("jabatan", lang), (who.jabatan if who else None) or ""),
        (t("unit", lang), (who.unit if who else None) or ""),
    ]


def rating_text(label_text: str | None) -> str:
    return upper(label_text) or "-"


def capaian_text(skp: SkpDetail) -> str:
    return upper(result_label(skp.capaian_organisasi)) or "-"


def _day(value: datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def sign_date(skp: SkpDetail, form: str, printed_on: date) -> date:
    """The date under the signatures: the day the plan was agreed (SKP), the day of the
    evaluation (evaluation forms); the print date while that step has not happened."""
    if form == FORM_SKP:
        return _day(skp.agreed_at) or printed_on
    return _day(skp.evaluated_at) or _day(skp.finalized_at) or printed_on


def owner_text(skp: SkpDetail, lang: str | None) -> str:
    nama = (skp.pegawai.nama if skp.pegawai else None) or ""
    nip = skp.pegawai.nip if skp.pegawai else None
    if nip:
        return t("owner", lang, nama=nama, nip=nip_text(nip))
    return t("owner_no_nip", lang, nama=nama)


def draft_mark(skp: SkpDetail, form: str, lang: str | None) -> str | None:
    """A line that says the printed form is not yet the final one (or ``None``)."""
    if form == FORM_SKP:
        return t("status_draft", lang) if skp.status == "draft" else None
    return t("status_unfinal", lang) if skp.status != "final" else None


BLANK_NAME = "(..................................................)"
BLANK_NIP = "NIP .............................."


def signer(who: Official | None) -> tuple[str, str]:
    """Name and ``NIP …`` line of a signature: dotted lines to fill by hand when nobody is
    recorded; no NIP line for an official outside the civil service (domain.md §6.5 C)."""
    name = (who.nama if who else None) or ""
    if not name:
        return BLANK_NAME, BLANK_NIP
    nip = who.nip if who else None
    return name, (f"NIP {nip_text(nip)}" if nip else "")


def behaviours(skp: SkpDetail) -> tuple[BehaviourRow, ...]:
    """All seven BerAKHLAK values in their official order, the SKP's own rows where it has
    them (an SKP always prints the seven, even when older data lacks some)."""
    own = {b.code: b for b in skp.behaviours}
    rows = [own.pop(v.code, None) or BehaviourRow("", v.code, v.name, v.behaviours, None, None)
            for v in berakhlak_values()]
    return (*rows, *own.values())


def penugasan_text(rhk: RhkRow, lang: str | None) -> str | None:
    """``Penugasan dari Kepala Bidang …`` (the stored text may already say "Penugasan dari")."""
    who = (rhk.penugasan_dari or "").strip()
    if not who:
        return None
    plain = t("penugasan", lang, who="").strip().lower()
    return who if who.lower().startswith(plain) else t("penugasan", lang, who=who)
