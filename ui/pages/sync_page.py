"""Sinkronisasi: exchanging bundle files with the province (or, at the province, the offices).

* top: this office's fingerprint, *export identity card*, *trust a card*; *export bundle* and
  *import bundle*; a notice line with the outcome of the last action in plain words;
* tabs: at the province first **Status kantor** (each regency/city office: last bundle here,
  lag in days, conflicts, bundles on hold; *Lihat pegawai* opens the Pegawai list filtered to
  that office, :mod:`ui.pages.sync_province_tab`); then **Kantor mitra** (per peer: last
  bundle sent/received, what awaits confirmation, what is on hold), **Konflik** (the review
  queue, :mod:`ui.pages.sync_conflicts_tab`), **Tanda terima** (which of this office's changes
  lost a conflict at the province, the value that stands and who decided), **Riwayat bundel**
  (every bundle in and out).

Export, dry run and import run as jobs (progress and *Batal*). An import always shows its dry
run first; a refused bundle changes nothing and the reason is shown as the core words it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.config import app_paths
from app.errors import PermissionDenied, SimpegError
from app.services.auth import Permission
from app.services.employee_query import EmployeeQuery
from app.services.province import ProvinceStatus, province_status
from app.services.roles import PROVINCE_OFFICE
from app.services.sync_service import (
    export_job,
    import_job,
    list_bundles,
    list_conflicts,
    list_receipts,
    needs_passphrase,
    preview_card,
    sync_overview,
    write_own_card,
)
from app.sync.status import BundleEntry, ConflictItem, ReceiptItem, SyncOverview
from ui.dialogs import messages
from ui.dialogs.sync_export_dialog import SyncExportDialog, ask_passphrase
from ui.dialogs.sync_preview_dialog import SyncPreviewDialog
from ui.dialogs.trust_dialog import TrustDialog
from ui.models.employee_filters import AttentionRequest
from ui.models.sync_models import local_time
from ui.pages.base import Page
from ui.pages.registry import register_page
from ui.pages.sync_tabs import SyncTabs
from ui.workers import JobRunner

if TYPE_CHECKING:
    from app.services.context import ServiceContext
    from app.sync.exporter import ExportResult
    from app.sync.import_result import ImportResult

_CANCELLED = object()


@dataclass(frozen=True)
class SyncScreenData:
    overview: SyncOverview
    conflicts: list[ConflictItem]
    receipts: list[ReceiptItem]
    bundles: list[BundleEntry]
    province: ProvinceStatus | None = None  # at the province: every office's status
    province_denied: bool = False  # at the province, but the role may not read it


def load_screen(ctx: ServiceContext) -> SyncScreenData:
    province, denied = None, False
    if ctx.office_code == PROVINCE_OFFICE:
        try:
            province = ctx.read(province_status)
        except PermissionDenied:
            denied = True
    return SyncScreenData(
        ctx.read(sync_overview),
        ctx.read(list_conflicts, "open"),
        ctx.read(list_receipts),
        ctx.read(list_bundles),
        province,
        denied,
    )


def last_sync(data: SyncScreenData) -> datetime | None:
    times = [t for p in data.overview.peers for t in (p.last_sent_at, p.last_received_at) if t]
    return local_time(max(times)) if times else None


def choose_bundle_file(parent: QWidget) -> str | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SyncPage", "Import a bundle"),
        str(Path.home()),
        QCoreApplication.translate("SyncPage", "SIMPEG bundles (*.hrb)"),
    )
    return name or None


def choose_card_file(parent: QWidget) -> str | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SyncPage", "Identity card of another office"),
        str(Path.home()),
        QCoreApplication.translate("SyncPage", "Identity cards (*.json *.card);;All files (*)"),
    )
    return name or None


def choose_card_target(parent: QWidget, office: str) -> str | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SyncPage", "Save this office's identity card"),
        str(Path.home() / f"kartu-identitas-{office}.json"),
        QCoreApplication.translate("SyncPage", "Identity cards (*.json)"),
    )
    return name or None


@register_page("sinkronisasi")
class SyncPage(Page):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: SyncScreenData | None = None
        self.loader: JobRunner | None = None
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("sync.fingerprint")
        self.export_card = self._button("sync.export_card", self._on_export_card)
        self.trust_card = self._button("sync.trust_card", self._on_trust_card)
        self.export = self._button("sync.export", self._on_export)
        self.import_ = self._button("sync.import", self._on_import)
        self.refresh = self._button("sync.refresh", self.reload)
        self.notice = QLabel(self)
        self.notice.setObjectName("sync.notice")
        self.notice.setWordWrap(True)
        self.tabs = SyncTabs(ctx, self)
        self.tabs.conflicts.resolved.connect(self._on_resolved)
        if self.tabs.province is not None:
            self.tabs.province.open_office.connect(self.show_office_employees)
        keys = QHBoxLayout()
        keys.addWidget(self.fingerprint, 1)
        keys.addWidget(self.export_card)
        keys.addWidget(self.trust_card)
        actions = QHBoxLayout()
        for b in (self.export, self.import_):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(keys)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def _button(self, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def retranslate(self) -> None:
        self.export_card.setText(self.tr("Export identity card…"))
        self.trust_card.setText(self.tr("Trust a card…"))
        self.export.setText(self.tr("Export bundle…"))
        self.import_.setText(self.tr("Import bundle…"))
        self.refresh.setText(self.tr("Refresh"))
        for b in (self.export_card, self.trust_card, self.export, self.import_, self.refresh):
            b.setAccessibleName(b.text())
        self.fingerprint.setAccessibleName(self.tr("This office's fingerprint"))
        self.notice.setAccessibleName(self.tr("Outcome of the last action"))
        self.tabs.retranslate()
        self._show_keys()
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button, permission in (
            (self.export, Permission.SYNC_EXPORT),
            (self.import_, Permission.SYNC_IMPORT),
            (self.trust_card, Permission.SETTINGS_WRITE),
        ):
            reason = self.denied(permission)
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")

    # -- loading ---------------------------------------------------------------------------
    def first_shown(self) -> None:
        self.reload()

    def data_changed_elsewhere(self, what: str) -> None:
        if what == "sync" and self._shown_once:
            self.reload()

    @property
    def loading(self) -> bool:
        return self.loader is not None

    @property
    def busy(self) -> bool:
        return self.loading or bool(self._runners)

    def reload(self) -> None:
        if self.loader is not None:
            return
        ctx = self.ctx
        runner = JobRunner(lambda _p: load_screen(ctx), self)
        self.loader = runner
        runner.succeeded.connect(self._on_loaded)
        runner.failed.connect(lambda text: self.notice.setText(text))
        runner.finished.connect(self._on_load_finished)
        runner.start()

    def _on_load_finished(self) -> None:
        if self.loader is not None:
            self.loader.deleteLater()
        self.loader = None

    def _on_loaded(self, data: SyncScreenData) -> None:
        self.data = data
        self.tabs.show_data(data.overview, data.conflicts, data.receipts, data.bundles,
                            data.province, data.province_denied)
        self._show_keys()
        status = getattr(self.window(), "status", None)
        if status is not None and hasattr(status, "set_last_sync"):
            status.set_last_sync(last_sync(data))

    def _show_keys(self) -> None:
        keys = self.data.overview.keys if self.data else None
        if keys is None:
            self.fingerprint.setText(self.tr("This office has no keys yet.") if self.data else "")
            return
        self.fingerprint.setText(
            self.tr("Office %1 — fingerprint: <b style='font-family:monospace'>%2</b>")
            .replace("%1", keys.office_code)
            .replace("%2", keys.fingerprint_text)
        )

    def _say(self, text: str, *, bad: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet("color: #b00020" if bad else "color: #1b5e20")

    # -- keys -----------------------------------------------------------------------------
    def _passphrase(self) -> str | None | object:
        try:
            if not self.ctx.read(needs_passphrase):
                return None
        except SimpegError:
            return None
        typed = ask_passphrase(self)
        return _CANCELLED if typed is None else typed

    def _on_export_card(self) -> None:
        target = choose_card_target(self, self.ctx.office_code or "")
        if not target:
            return
        passphrase = self._passphrase()
        if passphrase is _CANCELLED:
            return
        try:
            path = self.ctx.write(write_own_card, target, passphrase)
        except SimpegError as e:
            self._say(e.text(), bad=True)
            return
        keys = self.data.overview.keys if self.data else None
        self._say(
            self.tr(
                "Identity card written to %1. Send it to the other office and read "
                "them the fingerprint %2 by phone or in a signed letter."
            )
            .replace("%1", str(path))
            .replace("%2", keys.fingerprint_text if keys else "")
        )

    def _on_trust_card(self) -> None:
        path = choose_card_file(self)
        if not path:
            return
        try:
            preview = preview_card(path)
        except SimpegError as e:
            self._say(e.text(), bad=True)
            return
        peer = TrustDialog.ask(self, self.ctx, path, preview)
        if peer is None:
            return
        self._say(
            self.tr("Office %1 (%2) is trusted now.")
            .replace("%1", peer.office_code)
            .replace("%2", peer.name)
        )
        self.data_changed.emit("sync")
        self.reload()

    # -- export ---------------------------------------------------------------------------
    def _on_export(self) -> None:
        peers = list(self.data.overview.peers) if self.data else []
        choice = SyncExportDialog.ask(self, peers, str(app_paths().outbox))
        if choice is None:
            return
        passphrase = self._passphrase()
        if passphrase is _CANCELLED:
            return
        try:
            job = export_job(self.ctx, choice[0], choice[1], passphrase=passphrase)
        except SimpegError as e:
            self._say(e.text(), bad=True)
            return
        self.run_job(
            job,
            title=self.tr("Writing the bundle for %1").replace("%1", choice[0]),
            on_success=self._on_exported,
            on_failure=self._on_failed,
        )

    def _on_exported(self, result: ExportResult) -> None:
        self._say(
            self.tr(
                "Bundle %1 for %2 written to %3 and checked: the file was read back "
                "and is complete (%4 changes). Take it to %2."
            )
            .replace("%1", str(result.link_seq))
            .replace("%2", result.to_office)
            .replace("%3", str(result.path))
            .replace("%4", str(result.changes))
        )
        self.data_changed.emit("sync")
        self.reload()

    def _on_failed(self, text: str) -> None:
        self._say(text, bad=True)
        messages.warn(self, self.tr("Synchronisation"), text)
        self.reload()

    # -- import ---------------------------------------------------------------------------
    def _on_import(self) -> None:
        path = choose_bundle_file(self)
        if not path:
            return
        passphrase = self._passphrase()
        if passphrase is _CANCELLED:
            return
        try:
            job = import_job(self.ctx, path, dry_run=True, passphrase=passphrase)
        except SimpegError as e:
            self._say(e.text(), bad=True)
            return
        self.run_job(
            job,
            title=self.tr("Checking the bundle"),
            on_success=lambda r: self._on_previewed(r, path, passphrase),
            on_failure=self._on_failed,
        )

    def _on_previewed(self, result: ImportResult, path: str, passphrase: object) -> None:
        if result.status != "dry_run":  # already imported, or on hold: nothing to apply
            self._say(result.message, bad=result.status == "parked")
            return
        if not SyncPreviewDialog.ask(self, result):
            self._say(self.tr("Import cancelled; nothing was changed."))
            return
        job = import_job(self.ctx, path, passphrase=passphrase)  # type: ignore[arg-type]
        self.run_job(
            job,
            title=self.tr("Importing the bundle"),
            on_success=self._on_imported,
            on_failure=self._on_failed,
        )

    def _on_imported(self, result: ImportResult) -> None:
        lines = [result.message]
        lines += [
            self.tr("Your bundle %1 was applied there.").replace("%1", str(a.link_seq))
            for a in result.acknowledged
        ]
        if result.receipts_lost:
            lines.append(
                self.tr("%1 of your changes lost a conflict there: see Receipts.").replace(
                    "%1", str(result.receipts_lost)
                )
            )
        lines += [u.message for u in result.unparked]
        lines += list(result.warnings)
        self._say("\n".join(line for line in lines if line), bad=result.status == "parked")
        self.data_changed.emit("employees")
        self.data_changed.emit("sync")
        self.reload()

    # -- the province's offices ----------------------------------------------------------
    def show_office_employees(self, office_code: str, name: str) -> None:
        """Open the Pegawai list showing the employees of ``office_code`` held here."""
        title = self.tr("Employees of %1 (%2)").replace("%1", name).replace("%2", office_code)
        request = AttentionRequest(f"province.{office_code}", title,
                                   EmployeeQuery(office_code=office_code))
        self.navigation_requested.emit("pegawai", request)

    # -- conflicts ------------------------------------------------------------------------
    def _on_resolved(self, item: ConflictItem) -> None:
        self._say(
            self.tr(
                "Conflict on %1 resolved; the decision goes out with the next bundles."
            ).replace("%1", item.record_label)
        )
        self.data_changed.emit("employees")
        self.reload()
