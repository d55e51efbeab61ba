"""The SKPs of the chosen unit and year: how far the unit has come (without SKP, draft, agreed,
evaluated, final), the organisation result with a warning when the spread of predikat does not
fit it, the list (filter by name/NIP and status, sortable), and the work on it: a new SKP,
SKPs for the whole unit from a template, open, delete a draft, print the chosen SKPs or every
final SKP of the unit in one PDF.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
)

from app.services.appraisal import SkpRow, delete_skp
from app.services.auth import Permission
from ui.dialogs.appraisal_reason_dialog import ReasonDialog
from ui.dialogs.appraisal_unit_dialogs import BulkStartDialog
from ui.dialogs.skp_new_dialog import NewSkpDialog
from ui.models import appraisal_labels as lbl
from ui.models.appraisal_jobs import UnitOverview, unit_overview
from ui.models.appraisal_models import SkpTableModel
from ui.models.sort_proxy import SortProxy
from ui.pages.appraisal_print import print_skps
from ui.pages.appraisal_tab import BANNER_STYLE, AppraisalPart, set_button
from ui.pages.tabbed import make_table
from ui.widgets.choice_combo import ChoiceCombo

if TYPE_CHECKING:
    from ui.pages.appraisal_page import AppraisalPage


class _TextFilter(SortProxy):
    """Sorts on raw values; keeps rows whose name or NIP contains the typed text."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = "".join(text.split()).casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 - Qt override
        if not self.text:
            return True
        skp: SkpRow = self.sourceModel().row_at(row)
        haystack = "".join(f"{skp.pegawai_nama or ''}{skp.pegawai_nip or ''}".split())
        return self.text in haystack.casefold()


class SkpListTab(AppraisalPart):
    open_requested = Signal(str)  # skp id

    def __init__(self, page: AppraisalPage) -> None:
        super().__init__(page, "skp_list")
        self.overview: UnitOverview | None = None
        self.model = SkpTableModel(self)
        self.proxy: QSortFilterProxyModel = _TextFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self, "skp_list.table", self.proxy,
                                (210, 158, 150, 62, 140, 140, 125), multi=True, sort_by=0,
                                on_open=self.open_selected, on_select=self.update_buttons)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.progress_text = QLabel(self)
        self.progress_text.setObjectName("skp_list.progress")
        self.progress_text.setWordWrap(True)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("skp_list.progress_bar")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setMaximumWidth(220)
        self.org = QLabel(self)
        self.org.setObjectName("skp_list.org")
        self.org.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setObjectName("skp_list.warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(BANNER_STYLE)
        self.warning.hide()
        self.search = QLineEdit(self)
        self.search.setObjectName("skp_list.search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.status_filter = ChoiceCombo(self)
        self.status_filter.setObjectName("skp_list.status_filter")
        self.status_filter.edited.connect(self._show_rows)
        self.count = QLabel(self)
        self.count.setObjectName("skp_list.count")
        self.new_button = self.button("skp_list.new", self.new_skp)
        self.open_button = self.button("skp_list.open", self.open_selected)
        self.bulk_button = self.button("skp_list.bulk", self.start_unit)
        self.print_button = self.button("skp_list.print", self.print_selected)
        self.print_unit_button = self.button("skp_list.print_unit", self.print_unit)
        self.delete_button = self.button("skp_list.delete", self.delete_selected)
        top = QHBoxLayout()
        top.addWidget(self.progress_text, 1)
        top.addWidget(self.progress_bar)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.count, 1)
        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.bulk_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.print_unit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.org)
        layout.addWidget(self.warning)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        super().reload()
        ctx, year, unit_id = self.ctx, self.year, self.unit_id
        self.run_unit_job(lambda p: unit_overview(ctx, year, unit_id, p),
                          self.tr("Reading the SKPs of the unit"), self._on_loaded)

    def _on_loaded(self, overview: UnitOverview) -> None:
        if (overview.year, overview.unit_id) != (self.year, self.unit_id):
            return  # the clerk chose another unit or year meanwhile
        self.overview = overview
        self._show_rows()
        self._show_summary()

    def _show_rows(self) -> None:
        rows = list(self.overview.rows) if self.overview else []
        status = self.status_filter.code()
        if status:
            rows = [r for r in rows if r.status == status]
        selected = {r.id for r in self.selected()}
        self.model.set_rows(rows)
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(SkpTableModel.RowRole).id in selected:
                self.table.selectRow(row)
        self._show_count()
        self.update_buttons()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), len(self.overview.rows) if self.overview else 0
        self.count.setText(self.tr("%1 of %2 SKP shown").replace("%1", str(shown))
                           .replace("%2", str(total)))

    def _show_summary(self) -> None:
        o = self.overview
        if o is None:
            return
        p = o.progress
        self.progress_text.setText(
            self.tr("%1 employees on duty · without SKP %2 · draft %3 · agreed %4 · "
                    "evaluated %5 · final %6").replace("%1", str(p.employees))
            .replace("%2", str(p.without_skp)).replace("%3", str(p.draft))
            .replace("%4", str(p.agreed)).replace("%5", str(p.evaluated))
            .replace("%6", str(p.final)))
        self.progress_bar.setValue(round(p.percent_final))
        self.progress_bar.setFormat(self.tr("%p% final"))
        if o.org is None:
            self.org.setText(self.tr("Organisation result %1: not recorded.").replace(
                "%1", str(o.year)))
        else:
            where = o.org.unit_name or self.tr("the whole office")
            self.org.setText(self.tr("Organisation result %1: %2 (set for %3).")
                             .replace("%1", str(o.year))
                             .replace("%2", lbl.label(lbl.ORG_RESULT, o.org.result))
                             .replace("%3", where))
        texts = o.distribution.texts()
        self.warning.setText("⚠ " + "\n⚠ ".join(texts) if texts else "")
        self.warning.setVisible(bool(texts) and o.distribution.total > 0)

    def _on_search(self, text: str) -> None:
        self.proxy.set_text(text)  # type: ignore[attr-defined]
        self._show_count()
        self.update_buttons()

    # -- actions -----------------------------------------------------------------------------
    def selected(self) -> list[SkpRow]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.proxy.index(i.row(), 0).data(SkpTableModel.RowRole) for i in rows]

    def open_selected(self) -> None:
        rows = self.selected()
        if rows:
            self.open_requested.emit(rows[0].id)

    def new_skp(self) -> None:
        if self.denied(Permission.APPRAISAL_WRITE):
            return
        created = NewSkpDialog.ask(self.ctx, self.year, self.unit_id, parent=self)
        if created is not None:
            self.changed.emit("appraisal")
            self.reload()
            self.open_requested.emit(created.id)

    def start_unit(self) -> None:
        templates = [r for r in (self.overview.rows if self.overview else ())]
        result = BulkStartDialog.ask(self.ctx, self.units, self.unit_id, self.year, templates,
                                     self)
        if result is None:
            return
        self.changed.emit("appraisal")
        self.status.setStyleSheet("")
        self.status.setText(self.tr("%1 SKP started, %2 already had one; %3 without an "
                                    "appraiser from the structure (fill in by hand).")
                            .replace("%1", str(result.created))
                            .replace("%2", str(result.skipped_existing))
                            .replace("%3", str(result.without_penilai)))
        self.status.show()
        self.reload()

    def delete_selected(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        row = rows[0]
        reason = ReasonDialog.ask_reason(
            self, self.tr("Delete SKP"),
            self.tr("Delete the %1 SKP of %2? It is kept as deleted with the reason.")
            .replace("%1", str(row.year)).replace("%2", row.pegawai_nama or ""),
            self.tr("&Delete"), self.tr("&Reason:"))
        if reason is not None:
            ctx = self.ctx
            self.write(lambda _p: ctx.write(delete_skp, row.id, reason), self.tr("Delete SKP"))

    def print_selected(self) -> None:
        rows = self.selected()
        if not rows:
            return
        name = (rows[0].pegawai_nip or "skp") if len(rows) == 1 else f"{self.year}-terpilih"
        print_skps(self, [r.id for r in rows], name,
                   self.tr("%1 SKP chosen.").replace("%1", str(len(rows))))

    def final_ids(self) -> list[str]:
        return [r.id for r in (self.overview.rows if self.overview else ()) if r.status == "final"]

    def print_unit(self) -> None:
        ids = self.final_ids()
        print_skps(self, ids, f"{self.year}-unit",
                   self.tr("Every final SKP of the unit and year in one PDF: %1 SKP.")
                   .replace("%1", str(len(ids))))

    def update_buttons(self) -> None:
        chosen = self.selected()
        write = self.denied(Permission.APPRAISAL_WRITE)
        printing = self.denied(Permission.REPORT_PRINT)
        one = len(chosen) == 1
        deletable = one and chosen[0].status in ("draft", "agreed")
        set_button(self.new_button, self.tr("&New SKP…"), write)
        set_button(self.open_button, self.tr("&Open"), None, one)
        set_button(self.bulk_button, self.tr("SKPs for the &unit…"), write)
        set_button(self.delete_button, self.tr("&Delete…"), write, deletable)
        if one and not deletable and write is None:
            self.delete_button.setToolTip(self.tr("An evaluated or final SKP is not deleted."))
        set_button(self.print_button, self.tr("&Print chosen…"), printing, bool(chosen))
        final = len(self.final_ids())
        set_button(self.print_unit_button, self.tr("Print all &final (%1)…").replace(
            "%1", str(final)), printing, final > 0)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Filter by name or NIP…"))
        self.search.setAccessibleName(self.tr("Filter the SKP list"))
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.set_choices(lbl.items(lbl.STATUS), empty=self.tr("All statuses"))
        self.table.setAccessibleName(self.tr("SKP list"))
        self.progress_bar.setAccessibleName(self.tr("Share of final SKPs"))
        self.model.retranslate()
        self._show_summary()
        self._show_count()
        self.update_buttons()
