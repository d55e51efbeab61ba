"""Referensi: the OPD tree (add, change, move, deactivate, delete with refusals, search, open the
unit's employees), the jabatan catalogue and the reference lists, role-aware, in Indonesian
and after a language switch. Driven through the real widgets of the main window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.services.employee_input import EmployeeInput
from app.services.org import list_org_tree
from app.services.personnel import create_employee
from app.services.reference import list_jabatan
from tests.ui.conftest import add_user
from tests.ui.personnel_support import (  # noqa: F401 - fixtures
    EXTRA,
    ctx_fixture,
    open_window,
    personnel_fixture,
    visible_names,
)
from tests.ui.reference_support import (
    add_shared_jabatan,
    answer_with,
    confirm_with,
    record_warnings,
    units,
)
from ui import i18n
from ui.dialogs.employee_delete_dialog import DeleteReasonDialog
from ui.dialogs.org_unit_dialog import OrgUnitDialog
from ui.dialogs.org_unit_move_dialog import OrgUnitMoveDialog

HAS_EMPLOYEES = ("Unit kerja BKPSDM masih ditempati {n} pegawai; pindahkan mereka ke unit lain "
                 "dahulu, atau nonaktifkan unit ini.")
OPERATOR_DENIED = ("Peran Operator tidak boleh mengubah struktur organisasi. Yang boleh: Admin, "
                   "Pengelola Data Provinsi.")


def referensi(qtbot, window):
    page = window.show_page("referensi")
    qtbot.waitUntil(lambda: not page.busy and page.choices.data is not None, timeout=10_000)
    return page


def test_the_tree_shows_units_with_their_employees(qtbot, ctx):
    window = open_window(qtbot, ctx)
    tab = referensi(qtbot, window).org
    assert tab.visible_names() == ["BKPSDM", "Dinas Pendidikan"]
    tab.select(units(tab)["Bidang Pembinaan SD"].id)
    assert tab.visible_names() == ["BKPSDM", "Dinas Pendidikan", "Bidang Pembinaan SD"]
    dinas = tab.proxy.mapFromSource(tab.model.find(units(tab)["Dinas Pendidikan"].id))
    row = dinas.row()
    texts = [tab.proxy.index(row, c).data() for c in range(5)]
    assert texts == ["Dinas Pendidikan", "Dinas", "", "", "3"]  # Siti, Rina, Maryam below
    assert tab.status.text() == ("Dinas Pendidikan › Bidang Pembinaan SD · Bidang · 3 pegawai "
                                 "di unit ini, 3 termasuk sub-unit")
    assert tab.tree.model().headerData(4, Qt.Orientation.Horizontal) == "Termasuk sub-unit"


def test_add_a_unit_under_a_dinas_and_it_appears_in_the_tree(qtbot, ctx, monkeypatch):
    window = open_window(qtbot, ctx)
    page = referensi(qtbot, window)
    tab = page.org
    tab.select(units(tab)["Dinas Pendidikan"].id)
    changed = []
    page.data_changed.connect(changed.append)

    def fill(dialog):
        assert dialog.intro.text().startswith("Di bawah: Dinas Pendidikan.")
        dialog.form.set_text("name", "Seksi Kurikulum")
        dialog.form.widget("kind").set_code("seksi")
        dialog.form.widget("eselon").set_code("IV.a")

    answer_with(monkeypatch, qtbot, OrgUnitDialog, fill)
    qtbot.mouseClick(tab.add_child_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Seksi Kurikulum" in tab.visible_names() and not page.busy,
                    timeout=10_000)
    assert tab.selected().name == "Seksi Kurikulum"
    assert tab.status.text().startswith("Dinas Pendidikan › Seksi Kurikulum · Seksi · eselon IV.a")
    assert changed == ["org"]
    saved = {n.name: n for n in ctx.read(list_org_tree)}["Seksi Kurikulum"]
    assert (saved.depth, saved.kind, saved.eselon) == (1, "seksi", "IV.a")


def test_a_sibling_of_the_same_name_is_refused_under_the_name_field(qtbot, ctx):
    window = open_window(qtbot, ctx)
    tab = referensi(qtbot, window).org
    dinas = units(tab)["Dinas Pendidikan"]
    dialog = OrgUnitDialog(ctx, tab.choices, dinas, None, window)
    qtbot.addWidget(dialog)
    dialog.form.set_text("name", "bidang pembinaan sd")
    dialog.validator.validate_now()
    assert dialog.field_error("name") == ("Sudah ada unit bernama 'bidang pembinaan sd' di bawah "
                                          "induk yang sama.")
    assert not dialog.submit_button.isEnabled()


def test_deleting_a_unit_with_employees_is_refused_with_the_services_message(
        qtbot, ctx, monkeypatch):
    window = open_window(qtbot, ctx)
    tab = referensi(qtbot, window).org
    warnings = record_warnings(monkeypatch)
    asked = []
    monkeypatch.setattr(DeleteReasonDialog, "ask",
                        classmethod(lambda cls, *a: asked.append(a) or "dilebur"))
    tab.select(units(tab)["BKPSDM"].id)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    expected = HAS_EMPLOYEES.format(n=2 + EXTRA)  # Budi, Andi and the extra clerks
    assert warnings == [("Hapus unit kerja", expected)]
    assert tab.status.text() == expected
    assert asked == []  # no reason asked for a delete that cannot happen
    assert "BKPSDM" in tab.visible_names()


def test_a_refusal_found_only_by_the_service_is_shown_as_it_gives_it(qtbot, ctx, monkeypatch):
    window = open_window(qtbot, ctx)
    page = referensi(qtbot, window)
    tab = page.org
    empty = _add_empty_unit(qtbot, ctx, tab, monkeypatch)
    # someone places an employee there after the tree was read
    ctx.write(create_employee, EmployeeInput(
        nip="199105052015031002", nama="Joko Susilo", tanggal_lahir=date(1991, 5, 5),
        jenis_kelamin="L", tmt_cpns=date(2015, 3, 1), current_unit_id=empty))
    warnings = record_warnings(monkeypatch)
    monkeypatch.setattr(DeleteReasonDialog, "ask", classmethod(lambda cls, *a: "dilebur"))
    tab.select(empty)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings) and not page.busy, timeout=10_000)
    text = ("Unit kerja Seksi Arsip masih ditempati 1 pegawai; pindahkan mereka ke unit lain "
            "dahulu, atau nonaktifkan unit ini.")
    assert warnings == [("Hapus unit kerja", text)]
    assert tab.status.text() == text


def test_an_empty_unit_is_deleted_with_a_reason(qtbot, ctx, monkeypatch):
    window = open_window(qtbot, ctx)
    page = referensi(qtbot, window)
    tab = page.org
    empty = _add_empty_unit(qtbot, ctx, tab, monkeypatch)
    questions = []
    monkeypatch.setattr(DeleteReasonDialog, "ask", classmethod(
        lambda cls, parent, title, question, action: questions.append(question) or
        "Digabung ke Sekretariat"))
    tab.select(empty)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Seksi Arsip" not in tab.visible_names() and not page.busy,
                    timeout=10_000)
    assert questions[0].startswith("Hapus unit kerja “Seksi Arsip”?")
    assert tab.status.text() == "“Seksi Arsip” sudah dihapus."
    assert "Seksi Arsip" not in {n.name for n in ctx.read(list_org_tree)}


def _add_empty_unit(qtbot, ctx, tab, monkeypatch) -> str:
    tab.select(units(tab)["BKPSDM"].id)
    answer_with(monkeypatch, qtbot, OrgUnitDialog,
                lambda d: (d.form.set_text("name", "Seksi Arsip"),
                           d.form.widget("kind").set_code("seksi")))
    tab.add_child()
    qtbot.waitUntil(lambda: "Seksi Arsip" in units(tab) and not tab.page.busy, timeout=10_000)
    return units(tab)["Seksi Arsip"].id


def test_move_a_unit_under_another_parent(qtbot, ctx, monkeypatch):
    window = open_window(qtbot, ctx)
    page = referensi(qtbot, window)
    tab = page.org
    sd = units(tab)["Bidang Pembinaan SD"]
    tab.select(sd.id)
    seen = []

    def pick(dialog):
        names = [r.name for r in dialog.model.rows()]
        seen.append(names)
        dialog.search.setText("bkp")
        dialog.choose(units(tab)["BKPSDM"].id)

    answer_with(monkeypatch, qtbot, OrgUnitMoveDialog, pick)
    qtbot.mouseClick(tab.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: units(tab)["Bidang Pembinaan SD"].node.parent_id
                    == units(tab)["BKPSDM"].id and not page.busy, timeout=10_000)
    assert seen == [["BKPSDM", "Dinas Pendidikan"]]  # never below itself
    assert tab.status.text().startswith("BKPSDM › Bidang Pembinaan SD")


def test_move_next_to_a_sibling_of_the_same_name_is_refused_in_the_dialog(qtbot, ctx):
    window = open_window(qtbot, ctx)
    tab = referensi(qtbot, window).org
    rows = tab.model.rows()
    dialog = OrgUnitMoveDialog(ctx, rows, units(tab)["Bidang Pembinaan SD"], window)
    qtbot.addWidget(dialog)
    assert dialog.chosen_parent().name == "Dinas Pendidikan"
    assert not dialog.submit_button.isEnabled()
    assert dialog.submit_button.toolTip() == "Unit itu sudah berada di sana."
    dialog.top.setChecked(True)
    assert dialog.submit_button.isEnabled()


def test_deactivate_asks_then_greys_the_unit_and_the_filter_hides_it(qtbot, ctx, monkeypatch):
    window = open_window(qtbot, ctx)
    page = referensi(qtbot, window)
    tab = page.org
    questions = confirm_with(monkeypatch, True)
    tab.select(units(tab)["Dinas Pendidikan"].id)
    assert tab.active_button.text() == "Nonakti&fkan"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not units(tab)["Dinas Pendidikan"].node.active and not page.busy,
                    timeout=10_000)
    assert questions[0][1].startswith("Nonaktifkan “Dinas Pendidikan” beserta 1 sub-unit")
    assert not units(tab)["Bidang Pembinaan SD"].node.active
    assert "Dinas Pendidikan (nonaktif)" in [tab.proxy.index(r, 0).data()
                                             for r in range(tab.proxy.rowCount())]
    assert tab.active_button.text() == "Akti&fkan"
    tab.inactive.setChecked(False)
    assert tab.visible_names() == ["BKPSDM"]


def test_search_narrows_the_tree_to_matches_and_their_parents(qtbot, ctx):
    window = open_window(qtbot, ctx)
    tab = referensi(qtbot, window).org
    qtbot.keyClicks(tab.search, "pembinaan")
    assert tab.visible_names() == ["Dinas Pendidikan", "Bidang Pembinaan SD"]
    tab.search.clear()
    assert tab.visible_names() == ["BKPSDM", "Dinas Pendidikan"]


def test_show_its_employees_opens_the_pegawai_list_of_the_unit(qtbot, ctx):
    window = open_window(qtbot, ctx)
    tab = referensi(qtbot, window).org
    tab.select(units(tab)["Bidang Pembinaan SD"].id)
    menu = tab.build_menu()
    actions = {a.objectName(): a for a in menu.actions()}
    assert actions["org.employees.action"].text() == "Lihat &pegawai unit ini"
    actions["org.employees.action"].trigger()
    pegawai = window.current_page()
    assert pegawai.objectName() == "page.pegawai"
    qtbot.waitUntil(lambda: not pegawai.list.loader.loading
                    and pegawai.list.loader.shown_query is not None, timeout=10_000)
    assert sorted(visible_names(pegawai)) == ["Maryam", "Rina Marlina", "Siti Aminah"]
    assert pegawai.list.banner_text.text() == (
        "Menampilkan: Unit Bidang Pembinaan SD (3 pegawai)")


def test_an_operator_sees_the_edit_actions_disabled_with_the_reason(qtbot, ctx):
    add_shared_jabatan(ctx)
    add_user(ctx, "budi", "operator")
    ctx.login("budi", "Sandi-operator-9")
    window = open_window(qtbot, ctx)
    page = referensi(qtbot, window)
    tab = page.org
    tab.select(units(tab)["BKPSDM"].id)
    for button in (tab.add_top_button, tab.add_child_button, tab.edit_button, tab.move_button,
                   tab.active_button, tab.delete_button):
        assert not button.isEnabled(), button.objectName()
        assert button.toolTip() == OPERATOR_DENIED
    assert tab.employees_button.isEnabled()
    menu = tab.build_menu()
    edit = next(a for a in menu.actions() if a.objectName() == "org.edit.action")
    assert not edit.isEnabled() and edit.toolTip() == OPERATOR_DENIED
    assert page.command_blocked("new_record") == OPERATOR_DENIED

    page.tabs.setCurrentWidget(page.jabatan)
    qtbot.waitUntil(lambda: not page.busy and bool(page.jabatan.model.rows()), timeout=10_000)
    jab = page.jabatan
    assert jab.new_button.isEnabled()  # the office's own entries: whoever edits employees
    jab.table.selectRow(0)
    assert jab.selected().shared and not jab.edit_button.isEnabled()
    assert jab.edit_button.toolTip().startswith(
        "Jabatan ini bagian katalog bersama provinsi; hanya Pengelola Data Provinsi")

    page.tabs.setCurrentWidget(page.lists)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    lists = page.lists
    lists.choose("religion")
    qtbot.waitUntil(lambda: not page.busy and bool(lists.visible_codes()), timeout=10_000)
    lists.table.selectRow(0)
    denied = ("Peran Operator tidak boleh mengubah data referensi. Yang boleh: Pengelola Data "
              "Provinsi.")
    assert [(b.isEnabled(), b.toolTip()) for b in (lists.add_button, lists.edit_button)] == [
        (False, denied), (False, denied)]
    assert lists.note.text().endswith(denied)


def test_an_admin_adds_a_jabatan_of_the_office_and_a_bad_bup_is_refused_at_the_field(
        qtbot, ctx, monkeypatch):
    from ui.dialogs.jabatan_dialog import JabatanDialog

    add_shared_jabatan(ctx)
    window = open_window(qtbot, ctx)
    page = referensi(qtbot, window)
    page.tabs.setCurrentWidget(page.jabatan)
    qtbot.waitUntil(lambda: not page.busy and bool(page.jabatan.model.rows()), timeout=10_000)
    refused = []

    def fill(dialog):
        dialog.form.set_text("name", "Penata Kelola Arsip Daerah")
        dialog.form.set_text("bup", "80")
        dialog.validator.validate_now()
        refused.append((dialog.field_error("bup"), dialog.submit_button.isEnabled()))
        dialog.form.set_text("bup", "")
        dialog.validator.validate_now()

    answer_with(monkeypatch, qtbot, JabatanDialog, fill)
    new = window._commands["new_record"]  # Edit ▸ Baru (Ctrl+N) on the Jabatan tab
    assert new.isEnabled()
    new.trigger()
    qtbot.waitUntil(lambda: "Penata Kelola Arsip Daerah" in page.jabatan.visible_names()
                    and not page.busy, timeout=10_000)
    assert refused == [("Nilai 80 di luar batas 50–75.", False)]
    jab = page.jabatan
    row = jab.selected()
    assert (row.name, row.shared, row.bup) == ("Penata Kelola Arsip Daerah", False, None)
    r = jab.proxy.mapFromSource(jab.model.index(jab.model.find(row.id), 0)).row()
    assert [jab.proxy.index(r, c).data() for c in (1, 4, 7)] == ["Pelaksana", "58", "Kantor ini"]
    assert jab.edit_button.isEnabled()  # the office's own entry
    assert any(j.name == "Penata Kelola Arsip Daerah" for j in ctx.read(list_jabatan, "arsip"))


def test_the_lists_show_golongan_pppk_and_berakhlak(qtbot, ctx):
    window = open_window(qtbot, ctx)
    page = referensi(qtbot, window)
    page.tabs.setCurrentWidget(page.lists)
    lists = page.lists
    qtbot.waitUntil(lambda: not page.busy and bool(lists.visible_codes()), timeout=10_000)
    assert lists.visible_codes()[:3] == ["I/a", "I/b", "I/c"]
    assert not lists.add_button.isEnabled()
    assert lists.add_button.toolTip() == (
        "Daftar golongan ditetapkan peraturan dan tidak dapat diubah.")
    lists.choose("golongan_pppk")
    qtbot.waitUntil(lambda: not page.busy and lists.visible_codes()[0] == "I", timeout=10_000)
    assert len(lists.visible_codes()) == 17
    assert lists.proxy.index(8, 1).data() == "III/a"  # IX is paid like III/a
    lists.choose("berakhlak")
    qtbot.waitUntil(lambda: not page.busy and bool(lists.visible_codes()), timeout=10_000)
    assert len(lists.visible_codes()) == 7
    assert lists.values_model.index(1, 0).data() == "Akuntabel"
    assert lists.values_model.index(1, 2).data().startswith("1. ")


def test_the_page_follows_a_language_switch(qtbot, ctx):
    window = open_window(qtbot, ctx)
    page = referensi(qtbot, window)
    tab = page.org
    tab.select(units(tab)["Bidang Pembinaan SD"].id)
    assert page.tabs.tabText(0) == "&Unit organisasi"
    i18n.set_language("en")
    assert [page.tabs.tabText(i) for i in range(3)] == [
        "&Organisation units", "&Jabatan", "Reference &lists"]
    assert tab.add_child_button.text() == "Add &sub-unit…"
    assert tab.tree.model().headerData(1, Qt.Orientation.Horizontal) == "Kind"
    dinas = tab.proxy.mapFromSource(tab.model.find(units(tab)["Bidang Pembinaan SD"].id))
    assert tab.proxy.index(dinas.row(), 1, dinas.parent()).data() == "Division (bidang)"
    assert tab.status.text().endswith("3 on duty here, 3 including sub-units")
    assert page.lists.lists_model.item(0).text() == "Golongan and pangkat (PNS)"
    i18n.set_language("id")
    assert page.tabs.tabText(2) == "&Daftar referensi"
    assert tab.proxy.index(dinas.row(), 1, dinas.parent()).data() == "Bidang"
