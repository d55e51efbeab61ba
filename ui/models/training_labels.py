"""What the clerk reads for the training codes the services store (kind, category, session
status, attendance) and the small formats of the training screens (JP, date ranges).

Labels are English sources marked with ``QT_TRANSLATE_NOOP`` in the ``TrainingLabels``
context, translated at display time. Unknown codes are shown as stored.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ui.models.employee_labels import fmt_date

_CTX = "TrainingLabels"

KIND = {
    "klasikal": QT_TRANSLATE_NOOP("TrainingLabels", "Classroom"),
    "nonklasikal": QT_TRANSLATE_NOOP("TrainingLabels", "Non-classroom"),
}
CATEGORY = {
    "latsar": QT_TRANSLATE_NOOP("TrainingLabels", "Latsar CPNS (basic training)"),
    "pkp": QT_TRANSLATE_NOOP("TrainingLabels", "PKP (supervisor leadership)"),
    "pka": QT_TRANSLATE_NOOP("TrainingLabels", "PKA (administrator leadership)"),
    "pkn_ii": QT_TRANSLATE_NOOP("TrainingLabels", "PKN II (national leadership II)"),
    "pkn_i": QT_TRANSLATE_NOOP("TrainingLabels", "PKN I (national leadership I)"),
    "struktural": QT_TRANSLATE_NOOP("TrainingLabels", "Structural (older leadership courses)"),
    "manajerial": QT_TRANSLATE_NOOP("TrainingLabels", "Managerial"),
    "teknis": QT_TRANSLATE_NOOP("TrainingLabels", "Technical"),
    "fungsional": QT_TRANSLATE_NOOP("TrainingLabels", "Functional"),
    "sosial_kultural": QT_TRANSLATE_NOOP("TrainingLabels", "Socio-cultural"),
    "seminar": QT_TRANSLATE_NOOP("TrainingLabels", "Seminar / workshop"),
    "lainnya": QT_TRANSLATE_NOOP("TrainingLabels", "Other"),
}
STATUS = {
    "planned": QT_TRANSLATE_NOOP("TrainingLabels", "Planned"),
    "open": QT_TRANSLATE_NOOP("TrainingLabels", "Open for enrolment"),
    "running": QT_TRANSLATE_NOOP("TrainingLabels", "Running"),
    "finished": QT_TRANSLATE_NOOP("TrainingLabels", "Finished"),
    "cancelled": QT_TRANSLATE_NOOP("TrainingLabels", "Cancelled"),
}
ATTENDANCE = {
    "registered": QT_TRANSLATE_NOOP("TrainingLabels", "Registered"),
    "present": QT_TRANSLATE_NOOP("TrainingLabels", "Present"),
    "partial": QT_TRANSLATE_NOOP("TrainingLabels", "Partly present"),
    "absent": QT_TRANSLATE_NOOP("TrainingLabels", "Absent"),
    "excused": QT_TRANSLATE_NOOP("TrainingLabels", "Excused"),
}
SOURCE = {
    "session": QT_TRANSLATE_NOOP("TrainingLabels", "Our session"),
    "external": QT_TRANSLATE_NOOP("TrainingLabels", "Elsewhere"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def label(table: dict[str, str], code: str | None) -> str:
    """The translated label of ``code`` in ``table`` (the code itself when unknown)."""
    if not code:
        return ""
    source = table.get(code)
    return tr(source) if source else code


def items(table: dict[str, str]) -> list[tuple[str, str]]:
    """``(code, label)`` pairs of a table, for a :class:`~ui.widgets.choice_combo.ChoiceCombo`."""
    return [(code, tr(text)) for code, text in table.items()]


def fmt_jp(value: float | int | None) -> str:
    """``24``, ``1.206``, ``7,5`` in the current locale (Indonesian: dot for thousands, decimal
    comma); ``""`` for none."""
    if value is None:
        return ""
    locale = QLocale()
    if float(value) == int(value):
        return locale.toString(int(value))
    text = locale.toString(float(value), "f", 2)
    decimal = locale.decimalPoint()
    return text.rstrip("0").rstrip(decimal) if decimal in text else text


def fmt_period(start: date | None, end: date | None) -> str:
    """``10-03-2025 – 12-03-2025`` (one date when both are the same)."""
    if start is None and end is None:
        return ""
    if start is None or end is None or start == end:
        return fmt_date(start or end)
    return f"{fmt_date(start)} – {fmt_date(end)}"


def fmt_percent(value: float | None) -> str:
    return "" if value is None else f"{fmt_jp(value)}%"
