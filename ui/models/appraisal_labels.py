"""What the Kinerja screen shows for the appraisal codes the services store: statuses, ratings,
predikat, organisation results, aspects, channels, regimes, potential levels…

English sources in the ``Appraisal`` context, translated when shown (Indonesian: the official
wording, "Di Atas Ekspektasi", "Kurang/Misconduct", "Istimewa"). Unknown codes (data from a
newer version) are shown as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_C = "Appraisal"

STATUS = {
    "draft": QT_TRANSLATE_NOOP("Appraisal", "Draft"),
    "agreed": QT_TRANSLATE_NOOP("Appraisal", "Agreed"),
    "evaluated": QT_TRANSLATE_NOOP("Appraisal", "Evaluated"),
    "final": QT_TRANSLATE_NOOP("Appraisal", "Final"),
}
RATING = {
    "di_atas": QT_TRANSLATE_NOOP("Appraisal", "Above expectations"),
    "sesuai": QT_TRANSLATE_NOOP("Appraisal", "As expected"),
    "di_bawah": QT_TRANSLATE_NOOP("Appraisal", "Below expectations"),
}
PREDIKAT = {
    "sangat_baik": QT_TRANSLATE_NOOP("Appraisal", "Very good"),
    "baik": QT_TRANSLATE_NOOP("Appraisal", "Good"),
    "butuh_perbaikan": QT_TRANSLATE_NOOP("Appraisal", "Needs improvement"),
    "kurang": QT_TRANSLATE_NOOP("Appraisal", "Poor/Misconduct"),
    "sangat_kurang": QT_TRANSLATE_NOOP("Appraisal", "Very poor"),
}
ORG_RESULT = {
    "istimewa": QT_TRANSLATE_NOOP("Appraisal", "Outstanding"),
    "baik": QT_TRANSLATE_NOOP("Appraisal", "Good"),
    "butuh_perbaikan": QT_TRANSLATE_NOOP("Appraisal", "Needs improvement"),
    "kurang": QT_TRANSLATE_NOOP("Appraisal", "Poor"),
    "sangat_kurang": QT_TRANSLATE_NOOP("Appraisal", "Very poor"),
}
APPROACH = {
    "kuantitatif": QT_TRANSLATE_NOOP("Appraisal", "Quantitative"),
    "kualitatif": QT_TRANSLATE_NOOP("Appraisal", "Qualitative"),
}
RHK_KIND = {
    "utama": QT_TRANSLATE_NOOP("Appraisal", "Main (utama)"),
    "tambahan": QT_TRANSLATE_NOOP("Appraisal", "Additional (tambahan)"),
}
ASPEK = {
    "kuantitas": QT_TRANSLATE_NOOP("Appraisal", "Quantity"),
    "kualitas": QT_TRANSLATE_NOOP("Appraisal", "Quality"),
    "waktu": QT_TRANSLATE_NOOP("Appraisal", "Time"),
    "biaya": QT_TRANSLATE_NOOP("Appraisal", "Cost"),
}
PERIOD_STATUS = {
    "open": QT_TRANSLATE_NOOP("Appraisal", "Open"),
    "closed": QT_TRANSLATE_NOOP("Appraisal", "Closed"),
}
SCHEME = {
    "quarterly": QT_TRANSLATE_NOOP("Appraisal", "Quarterly (triwulan)"),
    "semester": QT_TRANSLATE_NOOP("Appraisal", "Per semester"),
    "custom": QT_TRANSLATE_NOOP("Appraisal", "Own periods"),
}
CHANNEL = {
    "kotak_saran": QT_TRANSLATE_NOOP("Appraisal", "Suggestion box"),
    "survei": QT_TRANSLATE_NOOP("Appraisal", "Survey"),
    "telepon": QT_TRANSLATE_NOOP("Appraisal", "Telephone"),
    "surel": QT_TRANSLATE_NOOP("Appraisal", "E-mail"),
    "media_sosial": QT_TRANSLATE_NOOP("Appraisal", "Social media"),
    "aplikasi": QT_TRANSLATE_NOOP("Appraisal", "Application"),
    "langsung": QT_TRANSLATE_NOOP("Appraisal", "In person"),
    "lainnya": QT_TRANSLATE_NOOP("Appraisal", "Other"),
}
REGIME = {
    "DP3_1979": QT_TRANSLATE_NOOP("Appraisal", "DP3 (PP 10/1979, until 2013)"),
    "PP46_2011": QT_TRANSLATE_NOOP("Appraisal", "Work performance (PP 46/2011, 2014–2020)"),
    "PM8_2021": QT_TRANSLATE_NOOP("Appraisal", "SKP (PermenPANRB 8/2021, 2021)"),
}
POTENTIAL = {
    "rendah": QT_TRANSLATE_NOOP("Appraisal", "Low"),
    "menengah": QT_TRANSLATE_NOOP("Appraisal", "Medium"),
    "tinggi": QT_TRANSLATE_NOOP("Appraisal", "High"),
}
DECISION = {
    "pending": QT_TRANSLATE_NOOP("Appraisal", "Pending"),
    "accepted": QT_TRANSLATE_NOOP("Appraisal", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("Appraisal", "Rejected"),
}
FORM = {
    "evaluasi": QT_TRANSLATE_NOOP("Appraisal", "Performance evaluation record (Dokumen Evaluasi)"),
    "lembar-evaluasi": QT_TRANSLATE_NOOP("Appraisal", "Performance evaluation worksheet"),
    "skp": QT_TRANSLATE_NOOP("Appraisal", "SKP (performance plan)"),
}
PAPER = {
    "A4": QT_TRANSLATE_NOOP("Appraisal", "A4"),
    "F4": QT_TRANSLATE_NOOP("Appraisal", "F4 (folio)"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def label(table: dict[str, str], code: str | None) -> str:
    """The translated label of ``code`` ('' for none; the code itself when unknown)."""
    if not code:
        return ""
    source = table.get(code)
    return tr(source) if source else code


def items(table: dict[str, str], codes: Sequence[str] | None = None) -> list[tuple[str, str]]:
    """``(code, label)`` pairs for a :class:`~ui.widgets.choice_combo.ChoiceCombo`."""
    return [(code, label(table, code)) for code in (codes or table)]
