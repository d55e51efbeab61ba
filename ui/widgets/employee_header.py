"""The top of the employee record: photo, name with gelar, NIP, golongan/pangkat, jabatan,
unit, masa kerja, age, BUP and TMT pensiun, status — what a clerk checks at a glance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.models import employee_labels as lbl
from ui.widgets.photo_view import PhotoView

if TYPE_CHECKING:
    from app.services.employee_detail import EmployeeDetail

NAME_STYLE = "font-size: 15pt; font-weight: 600;"
NIP_STYLE = "font-size: 11pt; color: #33475b;"
KEY_STYLE = "color: #5b6b7b;"
BADGE_STYLE = ("border-radius: 3px; padding: 1px 6px; color: white; background: %s; "
               "font-weight: 600;")
ACTIVE_COLOR, INACTIVE_COLOR = "#2e7d32", "#8a5a00"


class EmployeeHeader(QWidget):
    """Call :meth:`show_detail` with the loaded :class:`EmployeeDetail`."""

    FACTS = ("golongan", "jabatan", "unit", "masa_kerja", "usia", "pensiun")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("employee.header")
        self._detail: EmployeeDetail | None = None
        self.photo = PhotoView(self)
        self.photo.setObjectName("employee.photo")
        self.name = self._label("employee.name", NAME_STYLE)
        self.name.setWordWrap(True)
        self.nip = self._label("employee.nip", NIP_STYLE)
        self.badge = self._label("employee.status", "")
        self.deleted = self._label("employee.deleted", f"color: {INACTIVE_COLOR};")
        self._keys: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        facts = QGridLayout()
        facts.setHorizontalSpacing(10)
        facts.setVerticalSpacing(2)
        for n, key in enumerate(self.FACTS):
            self._keys[key] = self._label(f"employee.{key}.key", KEY_STYLE)
            self._values[key] = self._label(f"employee.{key}", "")
            self._values[key].setWordWrap(True)
            row, col = n % 3, (n // 3) * 2
            facts.addWidget(self._keys[key], row, col, Qt.AlignmentFlag.AlignTop)
            facts.addWidget(self._values[key], row, col + 1, Qt.AlignmentFlag.AlignTop)
        facts.setColumnStretch(1, 3)
        facts.setColumnStretch(3, 2)
        title = QHBoxLayout()
        title.addWidget(self.name, 1)
        title.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(3)
        text.addLayout(title)
        text.addWidget(self.nip)
        text.addWidget(self.deleted)
        text.addLayout(facts)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.deleted.hide()
        self.retranslate()

    def _label(self, name: str, style: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if style:
            label.setStyleSheet(style)
        return label

    def value(self, key: str) -> str:
        return self._values[key].text()

    def show_detail(self, detail: EmployeeDetail, photo: bytes | None = None) -> None:
        self._detail = detail
        self.photo.set_photo(photo)
        self._fill()

    def _fill(self) -> None:
        d = self._detail
        if d is None:
            return
        self.name.setText(d.nama_lengkap)
        self.photo.setToolTip(self.tr("Photo") if self.photo.has_photo
                              else self.tr("No photo on record"))
        self.nip.setText(self.tr("NIP %1").replace("%1", d.nip_display) if d.nip_display
                         else self.tr("No NIP recorded"))
        status = d.values.status or ""
        active = status in ("aktif", "cltn", "tugas_belajar", "diberhentikan_sementara")
        jenis = d.values.jenis_pegawai or ""
        self.badge.setText(f"{jenis} · {lbl.label(lbl.STATUS, status)}".strip(" ·"))
        self.badge.setStyleSheet(BADGE_STYLE % (ACTIVE_COLOR if active else INACTIVE_COLOR))
        self.badge.setAccessibleName(self.badge.text())
        self.deleted.setVisible(d.deleted)
        self.deleted.setText(self.tr("Deleted: %1").replace("%1", d.deleted_reason or ""))
        since = (self.tr(", since %1").replace("%1", lbl.fmt_date(d.tmt_golongan))
                 if d.tmt_golongan else "")
        values = {
            "golongan": (d.pangkat or "—") + since,
            "jabatan": d.jabatan or "—",
            "unit": " › ".join(d.unit_path) or "—",
            "masa_kerja": self._masa_kerja(d),
            "usia": self.tr("%1 years").replace("%1", str(d.age)) if d.age is not None
            else "—",
            "pensiun": self._pensiun(d),
        }
        for key, text in values.items():
            self._values[key].setText(text)
            self._values[key].setAccessibleName(f"{self._keys[key].text()} {text}")

    def _masa_kerja(self, d: EmployeeDetail) -> str:
        if d.mks is None:
            return "—"
        text = lbl.fmt_masa_kerja(d.mks)
        if d.mkg is not None:
            text += " " + self.tr("(for salary: %1)").replace("%1", lbl.fmt_masa_kerja(d.mkg))
        return text

    def _pensiun(self, d: EmployeeDetail) -> str:
        if d.tmt_pensiun is None:
            return self.tr("BUP %1").replace("%1", str(d.bup))
        return (self.tr("BUP %1 years, TMT pensiun %2")
                .replace("%1", str(d.bup)).replace("%2", lbl.fmt_date(d.tmt_pensiun)))

    def retranslate(self) -> None:
        keys = {
            "golongan": self.tr("Golongan:"), "jabatan": self.tr("Position:"),
            "unit": self.tr("Unit:"), "masa_kerja": self.tr("Service:"),
            "usia": self.tr("Age:"), "pensiun": self.tr("Retirement:"),
        }
        for key, text in keys.items():
            self._keys[key].setText(text)
        self.photo.setAccessibleName(self.tr("Photo"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
