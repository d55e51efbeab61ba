"""Type-to-search the jabatan catalogue in the jabatan history dialog.

The *Jabatan* box completes from the catalogue the office may use (the province's shared
entries and its own, :func:`app.services.reference.list_jabatan`; the old nomenclature too, as
a history row may be years old), matching any part of the name. A name that is a catalogue
entry links the row to it (``jabatan_id``): the kind, jenjang and eselon are filled from the
entry and locked (the service takes them from the catalogue). Any other name is kept as typed
— ``add_history`` accepts a free name with its kind — and the line under the box says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QWidget

from ui.widgets.field_form import FieldForm

if TYPE_CHECKING:
    from app.services.reference import JabatanRow

FROM_CATALOGUE = ("jabatan_kind", "jenjang", "eselon")
NOTE_STYLE = "color: #555;"


class JabatanPicker(QObject):
    picked = Signal()  # the link to the catalogue changed (an entry chosen, or a free name)

    def __init__(self, form: FieldForm, entries: list[JabatanRow], note_parent: QWidget,
                 jabatan_id: str | None = None) -> None:
        super().__init__(form)
        self.form = form
        self.entries = entries
        self._by_name = {e.name.casefold(): e for e in entries}
        self._by_id = {e.id: e for e in entries}
        self.jabatan_id = jabatan_id  # kept while the name is not changed, even if unlisted
        self.edit = form.widget("jabatan_name")
        assert isinstance(self.edit, QLineEdit)
        completer = QCompleter(QStringListModel([e.name for e in entries], self), self.edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._on_name)
        self.edit.setCompleter(completer)
        self.completer = completer
        self.edit.textChanged.connect(self._on_name)
        self.note = QLabel(note_parent)
        self.note.setObjectName("history.jabatan.catalogue")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.apply()

    @property
    def entry(self) -> JabatanRow | None:
        return self._by_id.get(self.jabatan_id) if self.jabatan_id else None

    def _on_name(self, text: str) -> None:
        found = self._by_name.get(text.strip().casefold())
        new_id = found.id if found is not None else None
        if new_id == self.jabatan_id:
            self.apply()  # still free (or still the same entry): the note follows the text
            return
        self.jabatan_id = new_id
        if found is not None:
            self.form.set_value("jabatan_kind", found.kind)
            self.form.set_value("jenjang", found.jenjang)
            self.form.set_value("eselon", found.eselon)
            if self.edit.text() != found.name:  # the catalogue's own spelling
                self.edit.setText(found.name)
        self.apply()
        self.picked.emit()

    def apply(self) -> None:
        """Lock what the catalogue decides and say where the name comes from."""
        entry = self.entry
        for name in FROM_CATALOGUE:
            widget = self.form.widget(name)
            widget.setEnabled(entry is None)
            widget.setToolTip(self.tr("Taken from the jabatan catalogue.") if entry else "")
        if entry is not None:
            self.note.setText(self.tr("From the jabatan catalogue (%1 entries to choose from)."
                                  ).replace("%1", str(len(self.entries))))
        elif text := self.edit.text().strip().casefold():
            matches = sum(text in e.name.casefold() for e in self.entries)
            if matches:
                self.note.setText(self.tr("%1 catalogue entries contain this text: choose one "
                                          "from the list, or keep the name as typed."
                                          ).replace("%1", str(matches)))
            else:
                self.note.setText(self.tr("Not in the jabatan catalogue: saved as typed; "
                                          "choose the kind of position yourself."))
        else:
            self.note.setText(self.tr("Type part of the name to search the jabatan catalogue."))
        self.note.setAccessibleName(self.note.text())

    def retranslate(self) -> None:
        self.apply()
