"""The Referensi dialogs: the jabatan form checked by the service as the clerk types, a unit
edit that keeps what the form does not show, the steward's reference-list form (fixed codes,
a code already used), and each dialog in Indonesian and after a language switch."""

from __future__ import annotations

import shutil

import pytest

from app.services.org import OrgUnitInput, create_org_unit
from app.services.org_admin import (
    org_tree_rows,
    reference_choices,
    set_org_unit_active,
    unit_input,
)
from app.services.reference import RefTable, list_reference
from tests.ui.conftest import ADMIN_PASSWORD, submit
from tests.ui.personnel_support import ORG_EDITOR
from tests.ui.test_translations import untranslated
from ui import i18n
from ui.dialogs.jabatan_dialog import JabatanDialog
from ui.dialogs.org_unit_dialog import OrgUnitDialog
from ui.dialogs.org_unit_move_dialog import OrgUnitMoveDialog
from ui.dialogs.reference_row_dialog import ReferenceRowDialog
from ui.models.org_labels import FormChoices

STEWARD_PASSWORD = "Pengelola-data-7"


@pytest.fixture(scope="module")
def _province_template(tmp_path_factory):
    """The provincial database (office 15) with a data steward, made once for this module."""
    from app.services.auth import add_user
    from app.services.context import ServiceContext
    from app.services.office import AdminSpec, init_office
    from app.services.passwords import HashParams, set_hash_params

    previous = set_hash_params(HashParams(memory_kib=64, iterations=1, lanes=1))
    try:
        path = tmp_path_factory.mktemp("province") / "provinsi.db"
        init_office(str(path), "15", admin=AdminSpec("admin", ADMIN_PASSWORD, "Admin BKD"))
        with ServiceContext.open(str(path)) as ctx:
            ctx.login("admin", ADMIN_PASSWORD)
            ctx.write(add_user, "pengelola", "Pengelola Data", "steward", STEWARD_PASSWORD)
    finally:
        set_hash_params(previous)
    return path


@pytest.fixture
def steward_ctx(_province_template, tmp_path):
    from app.services.context import ServiceContext

    path = tmp_path / "provinsi.db"
    shutil.copyfile(_province_template, path)
    context = ServiceContext.open(str(path))
    context.login("pengelola", STEWARD_PASSWORD)
    yield context
    context.close()


def choices(ctx) -> FormChoices:
    return FormChoices(ctx.read(reference_choices))


def test_a_jf_needs_its_level_and_the_bup_placeholder_follows_the_rule(qtbot, admin_ctx):
    dialog = JabatanDialog(admin_ctx, choices(admin_ctx))
    qtbot.addWidget(dialog)
    bup = dialog.form.widget("bup")
    assert bup.placeholderText() == "menurut aturan: 58"  # pelaksana
    dialog.form.set_text("name", "Pranata Komputer Ahli Madya")
    dialog.form.widget("kind").set_code("fungsional_keahlian")
    dialog.form.edited.emit("kind")
    dialog.form.touch_all()
    dialog.validator.validate_now()
    assert bup.placeholderText() == "pilih jenjangnya dahulu"
    assert dialog.field_error("jenjang").startswith("Jabatan fungsional wajib diisi jenjangnya")
    assert not dialog.submit_button.isEnabled()
    dialog.form.widget("jenjang").set_code("ahli_madya")
    dialog.form.edited.emit("jenjang")
    dialog.validator.validate_now()
    assert bup.placeholderText() == "menurut aturan: 60"
    assert dialog.field_error("jenjang") == "" and dialog.submit_button.isEnabled()
    submit(qtbot, dialog)
    saved = dialog.result_value
    assert (saved.kind, saved.jenjang, saved.bup, saved.shared) == (
        "fungsional_keahlian", "ahli_madya", None, False)


def test_a_unit_edit_keeps_what_the_form_does_not_show(qtbot, admin_ctx):
    user = admin_ctx.user
    admin_ctx.set_user(ORG_EDITOR)
    unit = admin_ctx.write(create_org_unit, OrgUnitInput(
        name="Bagian Umum", kind="bagian", siasn_unor_id="8ae4828a", sort_order=4))
    admin_ctx.write(set_org_unit_active, unit.id, False)  # not on the form
    admin_ctx.set_user(user)
    row = next(r for r in admin_ctx.read(org_tree_rows) if r.id == unit.id)
    dialog = OrgUnitDialog(admin_ctx, choices(admin_ctx), None, row)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ubah unit kerja"
    assert dialog.form.values()["siasn_unor_id"] == "8ae4828a"
    dialog.form.set_text("name", "Bagian Umum dan Perlengkapan")
    dialog.form.widget("eselon").set_code("III.a")
    dialog.validator.validate_now()
    submit(qtbot, dialog)
    kept = admin_ctx.read(unit_input, unit.id)
    assert (kept.name, kept.eselon, kept.siasn_unor_id, kept.sort_order, kept.active) == (
        "Bagian Umum dan Perlengkapan", "III.a", "8ae4828a", 4, False)


def test_the_steward_changes_a_list_entry_and_a_used_code_is_refused_at_its_field(
        qtbot, steward_ctx):
    kawin = next(r for r in steward_ctx.read(list_reference, RefTable.MARITAL_STATUS)
                 if r.code == "kawin")
    dialog = ReferenceRowDialog(steward_ctx, RefTable.MARITAL_STATUS, "Status perkawinan", kawin)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ubah di Status perkawinan"
    dialog.form.set_text("code", "cerai_mati")
    dialog.validator.validate_now()
    submit(qtbot, dialog)
    assert dialog.result_value is None
    assert dialog.field_error("code") == "Kode 'cerai_mati' sudah dipakai data lain."
    dialog.form.set_text("code", "kawin")
    dialog.form.set_text("name", "Kawin (menikah)")
    dialog.validator.validate_now()
    submit(qtbot, dialog)
    assert dialog.result_value.name == "Kawin (menikah)"


def test_codes_of_eselon_cannot_be_changed(qtbot, steward_ctx):
    row = steward_ctx.read(list_reference, RefTable.ESELON)[0]
    dialog = ReferenceRowDialog(steward_ctx, RefTable.ESELON, "Eselon", row)
    qtbot.addWidget(dialog)
    assert not dialog.form.widget("code").isEnabled()
    assert "hanya nama, urutan dan status aktif" in dialog.intro.text()


def test_the_steward_sees_the_lists_editable_except_golongan(qtbot, steward_ctx):
    from tests.ui.personnel_support import open_window

    window = open_window(qtbot, steward_ctx)
    page = window.show_page("referensi")
    page.tabs.setCurrentWidget(page.lists)
    lists = page.lists
    qtbot.waitUntil(lambda: not page.busy and bool(lists.visible_codes()), timeout=10_000)
    assert not lists.add_button.isEnabled()  # golongan: fixed by regulation
    lists.choose("religion")
    qtbot.waitUntil(lambda: not page.busy and lists.visible_codes()[0] == "islam",
                    timeout=10_000)
    lists.table.selectRow(0)
    assert lists.add_button.isEnabled() and lists.edit_button.isEnabled()
    lists.choose("education_level")
    qtbot.waitUntil(lambda: not page.busy and lists.visible_codes()[0] == "SD", timeout=10_000)
    assert not lists.add_button.isEnabled()
    assert lists.add_button.toolTip().startswith("Kode pada daftar ini dipakai aturan")
    assert page.jabatan.new_blocked() is None  # the shared catalogue is the steward's


def test_the_new_dialogs_are_indonesian_and_follow_a_language_switch(qtbot, admin_ctx):
    form_choices = choices(admin_ctx)
    user = admin_ctx.user
    admin_ctx.set_user(ORG_EDITOR)
    dinas = admin_ctx.write(create_org_unit, OrgUnitInput(name="Dinas Sosial", kind="dinas"))
    admin_ctx.write(create_org_unit, OrgUnitInput(name="Bidang Rehabilitasi", kind="bidang",
                                                  parent_id=dinas.id))
    admin_ctx.set_user(user)
    rows = admin_ctx.read(org_tree_rows)
    makers = {
        "jabatan": lambda: JabatanDialog(admin_ctx, form_choices),
        "org_unit": lambda: OrgUnitDialog(admin_ctx, form_choices, rows[0]),
        "org_move": lambda: OrgUnitMoveDialog(admin_ctx, rows, rows[1]),
        "reference_row": lambda: ReferenceRowDialog(admin_ctx, RefTable.TRAINING_TYPE,
                                                    "Jenis pelatihan"),
    }
    for name, make in makers.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.objectName() == name
        assert untranslated(dialog) == [], name
        i18n.set_language("en")
        assert untranslated(dialog) != [], name
        i18n.set_language("id")
        assert untranslated(dialog) == [], name
        for widget in (dialog.submit_button, dialog.cancel_button):
            assert widget.accessibleName(), name
