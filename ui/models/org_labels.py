"""What the clerk reads for the codes of the Referensi screen (kinds of org unit, pelaksana
categories, where a jabatan comes from), the choice lists of its forms, and small formats.

Labels are English sources marked with ``QT_TRANSLATE_NOOP`` in the ``OrgLabels`` context,
translated at display time. Unknown codes are shown as stored. Jabatan kinds and jenjang keep
their statutory Indonesian names (``JPT Pratama``, ``Ahli Muda``) in both languages.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.org_admin import ReferenceChoices
from ui.widgets.choice_combo import Item

_CTX = "OrgLabels"

UNIT_KIND = {
    "sekretariat_daerah": QT_TRANSLATE_NOOP("OrgLabels", "Regional secretariat"),
    "sekretariat_dprd": QT_TRANSLATE_NOOP("OrgLabels", "DPRD secretariat"),
    "inspektorat": QT_TRANSLATE_NOOP("OrgLabels", "Inspectorate"),
    "dinas": QT_TRANSLATE_NOOP("OrgLabels", "Department (dinas)"),
    "badan": QT_TRANSLATE_NOOP("OrgLabels", "Agency (badan)"),
    "kantor": QT_TRANSLATE_NOOP("OrgLabels", "Office (kantor)"),
    "kecamatan": QT_TRANSLATE_NOOP("OrgLabels", "District (kecamatan)"),
    "kelurahan": QT_TRANSLATE_NOOP("OrgLabels", "Urban village (kelurahan)"),
    "bagian": QT_TRANSLATE_NOOP("OrgLabels", "Section (bagian)"),
    "bidang": QT_TRANSLATE_NOOP("OrgLabels", "Division (bidang)"),
    "sekretariat": QT_TRANSLATE_NOOP("OrgLabels", "Secretariat"),
    "subbagian": QT_TRANSLATE_NOOP("OrgLabels", "Sub-section (subbagian)"),
    "seksi": QT_TRANSLATE_NOOP("OrgLabels", "Unit (seksi)"),
    "upt": QT_TRANSLATE_NOOP("OrgLabels", "Technical unit (UPT)"),
    "sekolah": QT_TRANSLATE_NOOP("OrgLabels", "School"),
    "puskesmas": QT_TRANSLATE_NOOP("OrgLabels", "Health centre (puskesmas)"),
    "rumah_sakit": QT_TRANSLATE_NOOP("OrgLabels", "Hospital"),
    "lainnya": QT_TRANSLATE_NOOP("OrgLabels", "Other"),
}
PELAKSANA_CATEGORY = {
    "klerek": QT_TRANSLATE_NOOP("OrgLabels", "Clerical (klerek)"),
    "operator": QT_TRANSLATE_NOOP("OrgLabels", "Operator"),
    "teknisi": QT_TRANSLATE_NOOP("OrgLabels", "Technician (teknisi)"),
}
TRAINING_KIND = {
    "klasikal": QT_TRANSLATE_NOOP("OrgLabels", "Classroom"),
    "nonklasikal": QT_TRANSLATE_NOOP("OrgLabels", "Non-classroom"),
}
ACTIVE = {
    True: QT_TRANSLATE_NOOP("OrgLabels", "Active"),
    False: QT_TRANSLATE_NOOP("OrgLabels", "Inactive"),
}


def label(table: dict, code: object) -> str:
    """The translated label of ``code`` in ``table``; the code itself when unknown."""
    if code is None or code == "":
        return ""
    source = table.get(code)
    return QCoreApplication.translate(_CTX, source) if source else str(code)


def tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def jabatan_kind_label(choices: ReferenceChoices | None, code: str | None) -> str:
    if not code:
        return ""
    found = next((c for c in (choices.jabatan_kinds if choices else ()) if c.code == code), None)
    return found.label if found else code.replace("_", " ").title()


def jenjang_label(code: str | None) -> str:
    return code.replace("_", " ").title() if code else ""


class FormChoices:
    """The choice source of the unit and jabatan forms (:class:`~ui.widgets.field_form.FieldForm`
    asks ``items(key)``); labels follow the current language."""

    def __init__(self, data: ReferenceChoices | None = None) -> None:
        self.data = data

    def items(self, key: str) -> Sequence[Item]:
        d = self.data
        if key == "kind_unit":
            codes = d.unit_kinds if d else tuple(UNIT_KIND)
            return [(c, label(UNIT_KIND, c)) for c in codes]
        if key == "pelaksana_category":
            codes = d.pelaksana_categories if d else tuple(PELAKSANA_CATEGORY)
            return [(c, label(PELAKSANA_CATEGORY, c)) for c in codes]
        if key == "training_kind":
            return [(c, label(TRAINING_KIND, c)) for c in TRAINING_KIND]
        if d is None:
            return []
        if key == "kind_jabatan":
            return [(c.code, c.label) for c in d.jabatan_kinds]
        if key == "jenjang":
            return [(c.code, c.label) for c in d.jenjang]
        if key == "eselon":
            return [(c.code, c.code) for c in d.eselon]
        return []

    def bup_of(self, kind: str | None, jenjang: str | None) -> int | None:
        return self.data.bup_of(kind, jenjang) if self.data else None
