# ruff: noqa: F811 - the multi-site fixtures are imported by name
"""Sinkronisasi screen, driven with real office databases (the province and Merangin from the
sync multi-site fixtures): export, dry-run preview then apply, a damaged file, the conflict
queue side by side, and the trust dialog refusing a mistyped fingerprint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.db.personnel import Employee
from app.services.sync_service import write_own_card
from tests.core.sync.conftest import _world_template, sync, world  # noqa: F401 - fixtures
from ui.dialogs import messages
from ui.dialogs.sync_export_dialog import SyncExportDialog
from ui.dialogs.sync_preview_dialog import SyncPreviewDialog
from ui.dialogs.trust_dialog import TrustDialog
from ui.pages import sync_page
from ui.pages.sync_page import SyncPage


def _page(qtbot, ctx) -> SyncPage:
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.page_shown()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    return page


def _click(qtbot, page: SyncPage, button) -> None:
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _p, _t, text: shown.append(text))
    return shown


def _peer_row(page: SyncPage, code: str) -> list[str]:
    model = page.tabs.peers.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).office_code == code)
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_sync_export_writes_and_verifies_the_bundle(qtbot, qtmodeltester, world, tmp_path,
                                                    monkeypatch, warnings):
    world.kab.add_employee("Siti Aminah", "1502014506850001")
    usb = tmp_path / "usb"
    usb.mkdir()
    page = _page(qtbot, world.kab.ctx)
    assert "15.02" in page.fingerprint.text()
    qtmodeltester.check(page.tabs.peers.model)
    monkeypatch.setattr(SyncExportDialog, "ask", classmethod(lambda cls, p, peers, f: ("15",
                                                                                       str(usb))))
    _click(qtbot, page, page.export)
    files = list(usb.glob("*.hrb"))
    assert len(files) == 1 and files[0].stat().st_size > 0
    assert "diperiksa" in page.notice.text() and "15" in page.notice.text()
    assert not warnings
    qtbot.waitUntil(lambda: _peer_row(page, "15")[1].startswith("#1"), timeout=5_000)
    assert page.tabs.bundles.model.rowCount() == 1


def test_sync_import_shows_dry_run_then_applies(qtbot, world, monkeypatch, warnings):
    world.kab.add_employee("Siti Aminah", "1502014506850001")
    world.kab.add_employee("Budi Santoso", "1502010101790002")
    bundle = world.kab.export_to("15").path
    page = _page(qtbot, world.prov.ctx)
    seen = {}

    def preview(cls, parent, result):
        dialog = cls(result, parent)
        seen["sender"] = dialog.sender_value.text()
        seen["fingerprint"] = dialog.fingerprint.text()
        seen["summary"] = dialog.summary.text()
        seen["employee"] = next(t for t in result.tables if t.table == "employee").new
        seen["before"] = world.prov.digest("15.02")
        dialog.deleteLater()
        return True

    monkeypatch.setattr(sync_page, "choose_bundle_file", lambda _p: str(bundle))
    monkeypatch.setattr(SyncPreviewDialog, "ask", classmethod(preview))
    before = world.prov.digest("15.02")
    _click(qtbot, page, page.import_)
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert seen["sender"].startswith("15.02")
    assert len(seen["fingerprint"].split()) == 8
    assert seen["employee"] == 2 and "2 baru" in seen["summary"]
    assert seen["before"] == before  # the dry run changed nothing
    assert world.prov.digest("15.02") != before
    assert not warnings
    qtbot.waitUntil(lambda: _peer_row(page, "15.02")[2].startswith("#1"), timeout=5_000)


def test_sync_damaged_bundle_is_refused_in_plain_words(qtbot, world, monkeypatch, warnings):
    world.kab.add_employee("Siti Aminah", "1502014506850001")
    bundle = world.kab.export_to("15").path
    data = bundle.read_bytes()
    bundle.write_bytes(data[: len(data) // 2])
    page = _page(qtbot, world.prov.ctx)
    before = world.prov.digest()
    monkeypatch.setattr(sync_page, "choose_bundle_file", lambda _p: str(bundle))
    monkeypatch.setattr(SyncPreviewDialog, "ask",
                        classmethod(lambda *a: pytest.fail("no preview of a damaged file")))
    _click(qtbot, page, page.import_)
    assert "tidak lengkap" in page.notice.text()
    assert warnings and "tidak lengkap" in warnings[0]
    assert world.prov.digest() == before


def test_sync_conflict_side_by_side_take_incoming(qtbot, world):
    pk = world.kab.add_employee("Siti Aminah", "1502014506850001")
    sync(world.kab, world.prov)
    world.prov.edit(Employee, pk, nama="Siti Aminah Provinsi")
    world.kab.edit(Employee, pk, nama="Siti Aminah Kabupaten")
    sync(world.kab, world.prov)
    assert world.prov.conflicts()
    page = _page(qtbot, world.prov.ctx)
    tab = page.tabs.conflicts
    assert "(1)" in page.tabs.tabText(page.tabs.indexOf(tab))
    rows = {field: (here, there) for field, here, there in tab.side_rows()}
    assert set(rows["nama"]) == {"Siti Aminah Provinsi", "Siti Aminah Kabupaten"}
    _click(qtbot, page, tab.take_incoming)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert not world.prov.conflicts()
    assert world.prov.row(Employee, pk).nama == "Siti Aminah Kabupaten"
    assert tab.model.rowCount() == 0 and "(0)" in page.tabs.tabText(page.tabs.indexOf(tab))


def test_trust_dialog_refuses_a_mistyped_fingerprint(qtbot, world, tmp_path):
    card = world.kab2.ctx.write(write_own_card, tmp_path / "kartu.json")
    preview = sync_page.preview_card(card)
    dialog = TrustDialog(world.prov.ctx, card, preview)
    qtbot.addWidget(dialog)
    assert dialog.card_fingerprint.text() == preview.fingerprint_text
    wrong = preview.fingerprint_text.replace(preview.fingerprint_text[0], "0" if
                                             preview.fingerprint_text[0] != "0" else "1", 1)
    dialog.fingerprint.setText(wrong)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert "TIDAK dipercaya" in dialog.error.text()
    assert dialog.trusted is None and not dialog.isVisible() or dialog.result() == 0
    dialog.fingerprint.setText(preview.fingerprint_text.lower())
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "" and dialog.trusted is not None
    assert dialog.trusted.office_code == "15.03"
