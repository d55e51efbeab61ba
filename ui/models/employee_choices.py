"""The choice lists of the personnel forms and filters, as ``(code, label)`` items.

Wraps :class:`app.services.ui_support.PersonnelChoices` (loaded once per page) and adds the
translated labels of the fixed code lists (:mod:`ui.models.employee_labels`). ``jenis``
picks the golongan list (PPPK I–XVII or PNS I/a–IV/e) of the employee being edited.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.models import employee_labels as lbl
from ui.widgets.choice_combo import Item

if TYPE_CHECKING:
    from app.services.ui_support import Choice, PersonnelChoices

_FIXED = {
    "status": lbl.STATUS,
    "gender": lbl.GENDER,
    "relation": lbl.RELATION,
    "family_status": lbl.FAMILY_STATUS,
    "hukuman_level": lbl.HUKUMAN_LEVEL,
    "jenis_pegawai": lbl.JENIS_PEGAWAI,
    "jenis_kp": lbl.KP_KIND,
    "jenis_mutasi": lbl.MUTASI,
    "organisasi_era": lbl.ORGANISASI_ERA,
}
BLOOD_TYPES = ("A", "B", "AB", "O")


class EmployeeChoices:
    def __init__(self, choices: PersonnelChoices | None = None, jenis: str | None = None) -> None:
        self.choices = choices
        self.jenis = jenis

    def for_employee(self, jenis: str | None) -> EmployeeChoices:
        return EmployeeChoices(self.choices, jenis)

    def items(self, key: str) -> list[Item]:
        """The entries of list ``key`` (empty until the lists are loaded)."""
        if key in _FIXED:
            codes = self._codes(key)
            return [(c, lbl.label(_FIXED[key], c)) for c in codes]
        if key == "golongan_darah":
            return [(b, b) for b in BLOOD_TYPES]
        c = self.choices
        if c is None:
            return []
        found: tuple[Choice, ...] = {
            "golongan": c.golongan(self.jenis),
            "golongan_pns": c.golongan_pns,
            "golongan_pppk": c.golongan_pppk,
            "jabatan_kind": c.jabatan_kinds,
            "jenjang": c.jenjang,
            "pendidikan": c.pendidikan,
            "religion": c.religions,
            "marital_status": c.marital_statuses,
            "unit": c.units,
        }.get(key, ())
        return [(x.code, x.label, x.depth) for x in found]

    def _codes(self, key: str) -> tuple[str, ...]:
        c = self.choices
        if key == "status":
            return c.statuses if c else tuple(lbl.STATUS)
        if key == "jenis_pegawai":
            return c.jenis_pegawai if c else tuple(lbl.JENIS_PEGAWAI)
        if key == "relation":
            return c.family_relations if c else tuple(lbl.RELATION)
        if key == "family_status":
            return (c.spouse_statuses + c.child_statuses) if c else tuple(lbl.FAMILY_STATUS)
        if key == "hukuman_level":
            return c.hukuman_levels if c else tuple(lbl.HUKUMAN_LEVEL)
        return tuple(_FIXED[key])

    def order(self, key: str, code: str) -> int:
        """Where ``code`` stands in list ``key`` (golongan sort by rank, not by text)."""
        for n, item in enumerate(self.items(key)):
            if item[0] == code:
                return n
        return len(self.items(key))

    def label(self, key: str, code: str) -> str:
        """The label of ``code`` in list ``key`` (the code itself when unknown)."""
        for item in self.items(key):
            if item[0] == code:
                return item[1]
        return code
