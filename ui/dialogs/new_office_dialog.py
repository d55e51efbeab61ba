"""First start on a new computer: create this office's database (schema, offices, references)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.domain import wilayah
from app.services.office import OfficeInfo, agency_name, init_office
from ui.dialogs.form_dialog import FormDialog


class NewOfficeDialog(FormDialog):
    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__("new_office", parent)
        self.path = path
        self.created: OfficeInfo | None = None
        self.office = QComboBox(self)
        for office in wilayah.offices():
            self.office.addItem(f"{office.code} — {agency_name(office)}", office.code)
        self.office.setCurrentIndex(-1)
        self.add_field("office", self.office)
        self.intro.show()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New office database"))
        self.intro.setText(self.tr(
            "No database was found on this computer. Choose the office this computer works "
            "for; its database is created at %1 with the offices and reference data of Jambi "
            "province. The first administrator is created next.").replace("%1", self.path))
        self.set_label("office", self.tr("&Office:"))
        self.office.setPlaceholderText(self.tr("choose the office"))
        self.set_buttons(self.tr("&Create database"), self.tr("E&xit"))

    def _submit(self) -> None:
        code = self.office.currentData()
        if not code:
            self.show_error(self.tr("Choose the office first."), "office")
            return
        path = self.path
        self.run(lambda _p: init_office(path, code), self._on_created)

    def _on_created(self, info: OfficeInfo) -> None:
        self.created = info
        self.accept()

    @classmethod
    def ask(cls, path: str, parent: QWidget | None = None) -> str | None:
        """The path of the new database, or None when the clerk gave up."""
        dialog = cls(path, parent)
        try:
            return path if dialog.exec() == FormDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
