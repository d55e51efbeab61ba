"""Peta jabatan of a unit: the jabatan it needs and how many of each (from the ABK), next to
the holders it has now. Opened from Laporan ▸ Formasi.

The clerk types the lines (or starts from the present composition with *Isi dari keadaan
sekarang*, or imports the ABK spreadsheet) and saves the unit's list as a whole
(:func:`app.services.formasi.save_unit_positions`). Without Permission.ORG_WRITE the list is
shown read-only. Tests replace :func:`ask_import_path`, :func:`messages.confirm` and
:meth:`PetaJabatanDialog.ask`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.services.auth import Permission, why_not
from app.services.formasi import (
    PositionInput,
    PositionRow,
    current_composition,
    list_unit_positions,
    save_unit_positions,
)
from app.services.formasi_import import PetaImportPlan, apply_peta_import, read_peta_jabatan
from app.services.ui_support import Choice
from ui.dialogs import messages
from ui.text import plain
from ui.widgets.buttons import make_button
from ui.widgets.choice_combo import ChoiceCombo
from ui.workers import JobRunner, run_with_progress

if TYPE_CHECKING:
    from app.services.context import ServiceContext

COLUMNS = ("jabatan_name", "jabatan_kind", "kelas_jabatan", "needed", "filled", "note")
EDITABLE = {"jabatan_name", "jabatan_kind", "kelas_jabatan", "needed", "note"}


def ask_import_path(parent: QWidget, title: str) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()),
                                                "Excel / CSV (*.xlsx *.xlsm *.csv)")
    return Path(name) if name else None


class PetaJabatanDialog(QDialog):
    def __init__(self, ctx: ServiceContext, units: Sequence[Choice], unit_id: str | None,
                 parent: QWidget | None = None, kinds: Sequence[Choice] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("peta_jabatan")
        self.ctx = ctx
        self.kind_labels = {c.code: c.label for c in kinds}  # shown; the service reads both
        self.unit_id: str | None = None
        self.rows: list[PositionRow] = []
        self.dirty = False
        self.busy = False
        self.denied = why_not(ctx.user, Permission.ORG_WRITE)
        self._runners: list[JobRunner] = []
        self.unit_label = QLabel(self)
        self.unit = ChoiceCombo(self)
        self.unit.setObjectName("peta_jabatan.unit")
        self.unit.set_choices([(c.code, c.label, c.depth) for c in units], empty=None)
        self.unit.setMinimumContentsLength(40)
        self.unit.edited.connect(self._on_unit_chosen)
        self.unit_label.setBuddy(self.unit)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("peta_jabatan.table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(len(COLUMNS) - 1, 150)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setItemDelegateForColumn(COLUMNS.index("jabatan_kind"),
                                            KindDelegate(list(self.kind_labels.values()),
                                                         self.table))
        self.table.itemChanged.connect(self._on_item_changed)
        self.summary = QLabel(self)
        self.summary.setObjectName("peta_jabatan.summary")
        self.errors = QLabel(self)
        self.errors.setObjectName("peta_jabatan.errors")
        self.errors.setStyleSheet("color: #b3261e;")
        self.errors.setWordWrap(True)
        self.add_button = make_button(self, "peta_jabatan.add", self.add_row)
        self.remove_button = make_button(self, "peta_jabatan.remove", self.remove_row)
        self.fill_button = make_button(self, "peta_jabatan.fill", self.fill_from_current)
        self.import_button = make_button(self, "peta_jabatan.import", self.import_file)
        self.submit_button = make_button(self, "peta_jabatan.save", self.save)
        self.close_button = make_button(self, "peta_jabatan.close", self.reject)
        top = QHBoxLayout()
        top.addWidget(self.unit_label)
        top.addWidget(self.unit, 1)
        edit = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.fill_button, self.import_button):
            edit.addWidget(b)
        edit.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.submit_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        layout.addLayout(bottom)
        self.resize(900, 560)
        self.retranslate()
        start = unit_id or (units[0].code if units else None)
        if start:
            self.unit.set_code(start)
            self.load(start)

    # -- jobs --------------------------------------------------------------------------------
    def _run(self, job, on_success, title: str = "") -> None:  # type: ignore[no-untyped-def]
        self.busy = True
        self._update_buttons()
        runner = run_with_progress(self, job, title=title or self.windowTitle(),
                                   on_success=on_success, on_failure=self._show_failure,
                                   cancellable=False)
        self._runners.append(runner)
        runner.finished.connect(self._on_job_finished)

    def _on_job_finished(self) -> None:
        self._runners = [r for r in self._runners if r.is_running()]
        self.busy = bool(self._runners)
        self._update_buttons()

    def _show_failure(self, text: str) -> None:
        self.errors.setText(text)

    def load(self, unit_id: str) -> None:
        self.unit_id = unit_id
        ctx = self.ctx
        self._run(lambda _p: ctx.read(list_unit_positions, unit_id), self._show_rows)

    def _show_rows(self, rows: list[PositionRow]) -> None:
        self.rows = rows
        self.set_lines([r.as_input() for r in rows], [r.filled for r in rows])
        self.dirty = False
        self.errors.clear()

    # -- the table ---------------------------------------------------------------------------
    def set_lines(self, lines: Sequence[PositionInput], filled: Sequence[int | None] = ()) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for i, line in enumerate(lines):
            self._append(line, filled[i] if i < len(filled) else None)
        self.table.blockSignals(False)
        self._show_summary()

    def _append(self, line: PositionInput, filled: int | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = self.kind_labels.get(line.jabatan_kind or "", line.jabatan_kind)
        values = {"jabatan_name": line.jabatan_name, "jabatan_kind": kind,
                  "kelas_jabatan": line.kelas_jabatan, "needed": line.needed,
                  "filled": filled, "note": line.note}
        for col, key in enumerate(COLUMNS):
            value = values[key]
            item = QTableWidgetItem("" if value is None else str(value))
            if key == "jabatan_name" and line.jabatan_id:
                item.setData(Qt.ItemDataRole.UserRole, line.jabatan_id)
            if key in ("kelas_jabatan", "needed", "filled"):
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if key not in EDITABLE or self.denied:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, col, item)

    def lines(self) -> list[PositionInput]:
        """The table as the service takes it (numbers that are not numbers are left for the
        service to name)."""
        out = []
        for row in range(self.table.rowCount()):
            def text(key: str, r: int = row) -> str:
                item = self.table.item(r, COLUMNS.index(key))
                return item.text().strip() if item is not None else ""
            name_item = self.table.item(row, 0)
            jabatan_id = name_item.data(Qt.ItemDataRole.UserRole) if name_item else None
            if not any(text(k) for k in EDITABLE):
                continue
            out.append(PositionInput(
                jabatan_name=text("jabatan_name") or None, jabatan_id=jabatan_id or None,
                jabatan_kind=text("jabatan_kind") or None,
                kelas_jabatan=_number(text("kelas_jabatan")),
                needed=_number(text("needed")), note=text("note") or None))
        return out

    def number_problems(self) -> list[str]:
        """Kelas and kebutuhan cells that are not whole numbers, by row."""
        out = []
        for row in range(self.table.rowCount()):
            for key in ("kelas_jabatan", "needed"):
                item = self.table.item(row, COLUMNS.index(key))
                text = item.text().strip() if item is not None else ""
                if text and not text.isdigit():
                    out.append(self.tr("Row %1: '%2' is not a whole number.")
                               .replace("%1", str(row + 1)).replace("%2", text))
        return out

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            item.setData(Qt.ItemDataRole.UserRole, None)  # a renamed line leaves the catalogue
        self.dirty = True
        self._show_summary()

    def add_row(self) -> None:
        self.table.blockSignals(True)
        self._append(PositionInput(needed=1), None)
        self.table.blockSignals(False)
        self.dirty = True
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))

    def remove_row(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.dirty = True
            self._show_summary()

    def fill_from_current(self) -> None:
        if self.unit_id is None:
            return
        if self.table.rowCount() and not messages.confirm(
                self, self.windowTitle(), self.tr("Replace the lines shown with the unit's "
                                                  "present holders?"), self.tr("Replace")):
            return
        ctx, unit = self.ctx, self.unit_id

        def show(lines: list[PositionInput]) -> None:
            self.set_lines(lines, [line.needed or 0 for line in lines])
            self.dirty = True
        self._run(lambda _p: ctx.read(current_composition, unit), show)

    # -- saving and importing ----------------------------------------------------------------
    def save(self) -> None:
        if self.unit_id is None or self.denied:
            return
        problems = self.number_problems()
        if problems:
            self.errors.setText("\n".join(problems))
            return
        ctx, unit, lines = self.ctx, self.unit_id, self.lines()
        self.errors.clear()

        def job(_p: object) -> list[PositionRow] | tuple[str, ...]:
            try:
                return ctx.write(save_unit_positions, unit, lines)
            except ValidationError as exc:  # every wrong line, not only the first per field
                return tuple(e.text() for e in exc.errors)
        self._run(job, self._saved, self.tr("Saving the peta jabatan"))

    def _saved(self, result: list[PositionRow] | tuple[str, ...]) -> None:
        if isinstance(result, tuple):
            self.errors.setText("\n".join(result))
            return
        self._show_rows(result)
        self.summary.setText(self.summary.text() + " " + self.tr("Saved."))

    def import_file(self) -> None:
        path = ask_import_path(self, self.tr("Import a peta jabatan"))
        if path is None:
            return
        ctx, unit = self.ctx, self.unit_id
        self._run(lambda _p: ctx.read(read_peta_jabatan, str(path), unit), self._review_import,
                  self.tr("Reading %1").replace("%1", path.name))

    def _review_import(self, plan: PetaImportPlan) -> None:
        if plan.problems:
            shown = plan.texts()[:15]
            more = len(plan.problems) - len(shown)
            if more > 0:
                shown.append(self.tr("… and %1 more.").replace("%1", str(more)))
            messages.warn(self, self.tr("Nothing was imported"), "\n".join(shown))
            return
        text = self.tr("%1 lines for %2 unit(s) in %3. Their peta jabatan will be replaced by "
                       "the file's:\n%4").replace("%1", str(plan.lines)).replace(
            "%2", str(len(plan.units))).replace("%3", plan.source).replace(
            "%4", "\n".join(u.path for u in plan.units[:12]))
        if not messages.confirm(self, self.tr("Import a peta jabatan"), text,
                                self.tr("Import")):
            return
        ctx = self.ctx
        self._run(lambda _p: ctx.write(apply_peta_import, plan), lambda _n: self.load_current(),
                  self.tr("Importing"))

    def load_current(self) -> None:
        if self.unit_id:
            self.load(self.unit_id)

    # -- leaving -----------------------------------------------------------------------------
    def may_leave(self) -> bool:
        return not self.dirty or messages.confirm(
            self, self.windowTitle(), self.tr("Discard the changes to this peta jabatan?"),
            self.tr("Discard"))

    def _on_unit_chosen(self) -> None:
        wanted = self.unit.code()
        if wanted == self.unit_id:
            return
        if not self.may_leave():
            self.unit.set_code(self.unit_id)
            return
        if wanted:
            self.load(wanted)

    def reject(self) -> None:
        if self.busy or not self.may_leave():
            return
        super().reject()

    # -- texts -------------------------------------------------------------------------------
    def _show_summary(self) -> None:
        lines = self.lines()
        needed = sum(line.needed for line in lines if line.needed and line.needed > 0)
        filled = sum(r.filled for r in self.rows) if not self.dirty else None
        text = self.tr("%1 jabatan, %2 employees needed").replace("%1", str(len(lines))) \
            .replace("%2", str(needed))
        if filled is not None:
            text += self.tr(", %1 holders now.").replace("%1", str(filled))
        self.summary.setText(text)

    def _update_buttons(self) -> None:
        can_edit = not self.denied and not self.busy
        for b in (self.add_button, self.remove_button, self.fill_button, self.import_button,
                  self.submit_button):
            b.setEnabled(can_edit)
            b.setToolTip(self.denied or "")
        self.unit.setEnabled(not self.busy)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Peta jabatan"))
        self.setAccessibleName(self.windowTitle())
        self.unit_label.setText(self.tr("&Unit:"))
        self.unit.setAccessibleName(self.tr("Unit"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Jabatan"), self.tr("Jabatan kind"), self.tr("Kelas"), self.tr("Needed"),
            self.tr("Holders now"), self.tr("Note")])
        self.table.setAccessibleName(self.tr("Planned positions"))
        for button, text in ((self.add_button, self.tr("&Add line")),
                             (self.remove_button, self.tr("&Remove line")),
                             (self.fill_button, self.tr("&Fill from present holders")),
                             (self.import_button, self.tr("&Import from Excel…")),
                             (self.submit_button, self.tr("&Save")),
                             (self.close_button, self.tr("Close"))):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        self._show_summary()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        for runner in self._runners:
            runner.shutdown()
        super().done(result)

    @classmethod
    def ask(cls, ctx: ServiceContext, units: Sequence[Choice], unit_id: str | None,
            parent: QWidget | None = None, kinds: Sequence[Choice] = ()) -> None:
        dialog = cls(ctx, units, unit_id, parent, kinds)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


class KindDelegate(QStyledItemDelegate):
    """The jabatan kind cell: pick a kind (or type one; the service checks it)."""

    def __init__(self, labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = labels

    def createEditor(self, parent: QWidget, _option, _index):  # type: ignore[no-untyped-def]  # noqa: N802
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(["", *self.labels])
        return combo

    def setEditorData(self, editor, index) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        editor.setCurrentText(index.data() or "")

    def setModelData(self, editor, model, index) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        model.setData(index, editor.currentText().strip())


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else None

