"""The Kinerja screen's dialogs and models: every dialog in Indonesian (and English when
switched), checks while typing, service errors under the right field, the table models
(qtmodeltester), the employee picker and the 9-box widget."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import appraisal as a
from app.services.appraisal import NineBoxCell, NineBoxGrid
from app.services.employee_query import employee_row
from tests.ui.appraisal_ui_support import (
    WAIT,
    YEAR,
    choose,
    office_copy,
    open_ctx,
    type_into,
)
from tests.ui.conftest import submit
from tests.ui.test_translations import untranslated
from ui import i18n
from ui.dialogs.appraisal_employee_picker import EmployeePickerDialog
from ui.dialogs.appraisal_legacy_dialog import LegacyDialog
from ui.dialogs.appraisal_periods_dialog import PeriodsDialog
from ui.dialogs.appraisal_record_dialogs import PublicFeedbackDialog, TalentDialog
from ui.dialogs.appraisal_unit_dialogs import BulkStartDialog, OrgResultDialog, PrintDialog
from ui.dialogs.skp_evaluation_dialogs import (
    CorrectionDialog,
    DecisionDialog,
    ObjectionDialog,
    PeriodicDialog,
)
from ui.dialogs.skp_new_dialog import NewSkpDialog
from ui.dialogs.skp_official_dialog import OfficialDialog
from ui.dialogs.skp_plan_dialogs import IndicatorDialog, RhkDialog
from ui.dialogs.skp_progress_dialogs import FeedbackDialog, RealisationDialog, TextDialog
from ui.models import appraisal_models as m
from ui.models import appraisal_record_models as rm
from ui.models.appraisal_jobs import skp_view, unit_choices
from ui.widgets.nine_box import NineBox


@pytest.fixture(autouse=True)
def _never_ask_about_unsaved_input(monkeypatch):
    """A dialog closed at teardown with typed input must not wait for an answer."""
    from ui.dialogs.employee_unsaved_dialog import Choice, UnsavedChangesDialog

    monkeypatch.setattr(UnsavedChangesDialog, "ask",
                        classmethod(lambda cls, *a, **k: Choice.DISCARD))


@pytest.fixture
def world(_office_template, tmp_path_factory, tmp_path):
    """(ctx, office, a final SKP of Siti with a pending objection, Budi's EmployeeRow)."""
    path, office = office_copy(_office_template, tmp_path_factory, tmp_path)
    ctx = open_ctx(path)
    skp = ctx.write(a.create_skp, office.people["siti"], YEAR)
    rhk = ctx.write(a.add_rhk, skp.id, a.RhkData("Layanan administrasi kepegawaian"))
    ctx.write(a.add_indicator, rhk.id, a.IndicatorData("Berkas selesai", "kuantitas", "95%"))
    ctx.write(a.agree_skp, skp.id)
    ctx.write(a.evaluate_skp, skp.id, "sesuai", "sesuai")
    ctx.write(a.finalize_skp, skp.id)
    ctx.write(a.submit_objection, skp.id, "Rating hasil kerja terlalu rendah")
    yield ctx, office, ctx.read(a.get_skp, skp.id), ctx.read(employee_row,
                                                            office.people["budi"])
    ctx.close()


def _factories(ctx, office, skp, budi):
    view = skp_view(ctx, skp.id)
    units = unit_choices(ctx)
    rhk = skp.rhk[0]
    indicator = rhk.indicators[0]
    pending = next(o for o in skp.objections if o.pending)
    return {
        "NewSkpDialog": lambda: NewSkpDialog(ctx, YEAR, office.units["bidang"], budi),
        "OfficialDialog": lambda: OfficialDialog(ctx, skp, "penilai"),
        "RhkDialog": lambda: RhkDialog(ctx, skp.id, view.leader_options),
        "IndicatorDialog": lambda: IndicatorDialog(ctx, rhk),
        "RealisationDialog": lambda: RealisationDialog(ctx, rhk.text, indicator),
        "FeedbackDialog": lambda: FeedbackDialog(ctx, skp.id, skp.rhk, "Drs. Ahmad Fauzi"),
        "TextDialog": lambda: TextDialog(ctx, "employee_response", "Tanggapan", "Tanggapan",
                                         "", None, lambda text: None),
        "PeriodicDialog": lambda: PeriodicDialog(ctx, skp, view.periods),
        "CorrectionDialog": lambda: CorrectionDialog(ctx, skp),
        "ObjectionDialog": lambda: ObjectionDialog(ctx, skp),
        "DecisionDialog": lambda: DecisionDialog(ctx, skp, pending),
        "BulkStartDialog": lambda: BulkStartDialog(ctx, units, None, YEAR, []),
        "OrgResultDialog": lambda: OrgResultDialog(ctx, units, None, YEAR, None),
        "PrintDialog": lambda: PrintDialog(ctx, "1 SKP dipilih."),
        "PublicFeedbackDialog": lambda: PublicFeedbackDialog(ctx, units, None),
        "LegacyDialog": lambda: LegacyDialog(ctx, budi),
        "TalentDialog": lambda: TalentDialog(ctx, budi, YEAR),
        "PeriodsDialog": lambda: PeriodsDialog(ctx, YEAR),
        "EmployeePickerDialog": lambda: EmployeePickerDialog(ctx, "Pilih pegawai"),
    }


def test_every_appraisal_dialog_is_indonesian_and_follows_the_language(qtbot, world):
    ctx, office, skp, budi = world
    for name, make in _factories(ctx, office, skp, budi).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        if isinstance(dialog, EmployeePickerDialog):
            qtbot.waitUntil(lambda d=dialog: not d.loading, timeout=WAIT)
        assert untranslated(dialog) == [], name
        i18n.set_language("en")
        assert untranslated(dialog) != [], name
        i18n.set_language("id")
        assert untranslated(dialog) == [], name


def test_rhk_tambahan_does_not_cascade_and_a_service_error_lands_under_its_field(qtbot,
                                                                                world):
    ctx, office, _skp, _budi = world
    draft = ctx.write(a.create_skp, office.people["rina"], YEAR)
    view = skp_view(ctx, draft.id)
    dialog = RhkDialog(ctx, draft.id, view.leader_options, kind="tambahan")
    qtbot.addWidget(dialog)
    type_into(dialog.form, "text", "Menjadi panitia seleksi")
    type_into(dialog.form, "parent_rhk_text", "RHK pimpinan")
    dialog.validator.validate_now()
    assert "tidak diturunkan dari RHK pimpinan" in dialog.field_error("parent_rhk_text")
    assert not dialog.submit_button.isEnabled()
    type_into(dialog.form, "parent_rhk_text", "")
    dialog.validator.validate_now()
    submit(qtbot, dialog)
    assert dialog.result_value is not None and dialog.result_value.kind == "tambahan"
    # the same text is fine, but a locked plan is refused by the service: said above the form
    ctx.write(a.add_indicator, dialog.result_value.id, a.IndicatorData("x", "kuantitas", "1"))
    late = RhkDialog(ctx, _skp.id, ())
    qtbot.addWidget(late)
    type_into(late.form, "text", "Terlambat")
    late.validator.validate_now()
    submit(qtbot, late)
    assert late.result_value is None
    assert "sudah final" in late.error.text() and late.error.isVisibleTo(late)


def test_official_typed_in_checks_the_nip_and_saves_without_one(qtbot, world):
    ctx, office, _skp, _budi = world
    draft = ctx.write(a.create_skp, office.people["budi"], YEAR)  # no head in BKPSDM
    assert draft.penilai is None
    dialog = OfficialDialog(ctx, draft, "penilai")
    qtbot.addWidget(dialog)
    dialog.modes.button(1).click()
    type_into(dialog.form, "nama", "Ir. Rahmat Hidayat")
    type_into(dialog.form, "nip", "12345")
    dialog.validator.validate_now()
    assert "18 angka" in dialog.field_error("nip")
    type_into(dialog.form, "nip", "")
    type_into(dialog.form, "jabatan", "Ketua Yayasan Pendidikan")
    dialog.validator.validate_now()
    submit(qtbot, dialog)
    saved = dialog.result_value
    assert saved.penilai.nama == "Ir. Rahmat Hidayat" and saved.penilai.nip is None
    assert saved.penilai.employee_id is None


def test_periods_dialog_reads_own_periods_and_reports_bad_dates(qtbot, world):
    ctx, _office, _skp, _budi = world
    dialog = PeriodsDialog(ctx, YEAR + 1)
    qtbot.addWidget(dialog)
    dialog.schemes.button(2).click()
    assert dialog.table.rowCount() == 2  # Semester I and II to start from
    dialog.table.item(1, 2).setText("31-13-" + str(YEAR + 1))
    dialog.submit()
    assert "Baris 2" in dialog.error.text()
    dialog.table.item(1, 2).setText(f"31-12-{YEAR + 1}")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert [p.name for p in dialog.result_value] == ["Semester I", "Semester II", "Akhir"]


def test_decision_shows_the_predikat_the_new_ratings_give(qtbot, world):
    ctx, _office, skp, _budi = world
    pending = next(o for o in skp.objections if o.pending)
    dialog = DecisionDialog(ctx, skp, pending)
    qtbot.addWidget(dialog)
    assert dialog.predikat.text() == "Predikat: Baik"
    choose(dialog.form, "decision", "accepted")
    choose(dialog.form, "rating_hasil_kerja", "di_atas")
    choose(dialog.form, "rating_perilaku", "di_atas")
    assert dialog.predikat.text() == "Predikat: Sangat Baik"
    type_into(dialog.form, "reason", "Bukti dukung tambahan diterima")
    dialog.validator.validate_now()
    submit(qtbot, dialog)
    assert dialog.result_value.decision == "accepted"
    assert ctx.read(a.get_skp, skp.id).predikat == "sangat_baik"


def test_employee_picker_searches_by_name_and_nip(qtbot, world):
    ctx, _office, _skp, _budi = world
    dialog = EmployeePickerDialog(ctx, "Pilih pegawai")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
    assert dialog.model.rowCount() == 5
    qtbot.keyClicks(dialog.search, "1985031")
    dialog.debouncer.flush()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rowCount() == 1, timeout=WAIT)
    dialog.pick()
    assert dialog.chosen.nama == "Siti Aminah"


def test_models_pass_the_model_tester(qtmodeltester, world):
    ctx, office, skp, budi = world
    rows = ctx.read(a.list_skps, YEAR)
    for model, data in (
        (m.SkpTableModel(), rows),
        (rm.PersonSkpTableModel(), rows),
        (m.PeriodTableModel(), ctx.read(a.list_periods, YEAR)),
        (m.ObjectionTableModel(), skp.objections),
        (m.BehaviourTableModel(), skp.behaviours),
        (m.IndicatorTableModel(), [m.IndicatorLine(1, skp.rhk[0].text,
                                                   skp.rhk[0].indicators[0])]),
        (rm.EmployeePickTableModel(), [budi]),
    ):
        model.set_rows(data)
        qtmodeltester.check(model)
    model = m.SkpTableModel()
    model.set_rows(rows)
    assert model.data(model.index(0, 3)) == "Final"
    assert model.data(model.index(0, 6)) == "Baik"
    assert model.data(model.index(0, 1)) == "19850315 201001 2 003"


def test_nine_box_widget_draws_counts_and_emits_the_box(qtbot):
    cells = tuple(NineBoxCell(n, k, p, n % 3, f"Saran {n}") for n, (k, p) in enumerate(
        [(k, p) for k in ("di_bawah", "sesuai", "di_atas") for p in ("rendah", "menengah",
                                                                    "tinggi")], 1))
    widget = NineBox()
    qtbot.addWidget(widget)
    widget.set_grid(NineBoxGrid("A", cells))
    assert widget.cells[3].text() == "Kotak 3\n0 orang"
    assert widget.cells[3].toolTip() == "Saran 3"
    with qtbot.waitSignal(widget.box_clicked) as caught:
        widget.cells[5].click()
    assert caught.args == [5]
    assert widget.row_labels[0].text() == "Di Atas Ekspektasi"
    assert widget.column_labels[2].text() == "Tinggi"
    assert date.today().year == YEAR


def test_legacy_dp3_scores_are_entered_and_rated(qtbot, world):
    ctx, office, _skp, budi = world
    dialog = LegacyDialog(ctx, budi)
    qtbot.addWidget(dialog)
    choose(dialog.form, "regime", "DP3_1979")
    assert dialog.form.widget("dp3_kesetiaan").isVisibleTo(dialog)
    assert not dialog.form.widget("skp_score").isVisibleTo(dialog)
    type_into(dialog.form, "year", "2010")
    for name, value in (("kesetiaan", "92"), ("prestasi_kerja", "85"),
                        ("tanggung_jawab", "88"), ("ketaatan", "90"), ("kejujuran", "91"),
                        ("kerjasama", "84"), ("prakarsa", "80")):
        type_into(dialog.form, f"dp3_{name}", value)
    type_into(dialog.form, "dp3_kesetiaan", "120")
    dialog.validator.validate_now()
    submit(qtbot, dialog)
    assert dialog.result_value is None  # 120 is out of range: said above the buttons
    assert "Nilai unsur 'kesetiaan' (120) harus 0–100." in dialog.error.text()
    type_into(dialog.form, "dp3_kesetiaan", "92")
    dialog.validator.validate_now()
    submit(qtbot, dialog)
    saved = dialog.result_value
    assert (saved.regime, saved.year, saved.sebutan) == ("DP3_1979", 2010, "Baik")
    assert saved.average == pytest.approx(87.14, abs=0.01)


def test_talent_placement_and_public_feedback_through_their_dialogs(qtbot, world):
    ctx, office, _skp, budi = world
    talent = TalentDialog(ctx, budi, YEAR)
    qtbot.addWidget(talent)
    choose(talent.form, "potential", "tinggi")
    choose(talent.form, "kinerja", "sesuai")
    type_into(talent.form, "score", "78,5")
    talent.validator.validate_now()
    submit(qtbot, talent)
    assert (talent.result_value.box, talent.result_value.score) == (7, 78.5)
    units = unit_choices(ctx)
    public = PublicFeedbackDialog(ctx, units, None)
    qtbot.addWidget(public)
    choose(public.form, "channel", "survei")
    choose(public.form, "rating", "4")
    public.validator.validate_now()
    assert not public.submit_button.isEnabled()  # about nobody yet
    choose(public.form, "unit_id", office.units["bkpsdm"])
    type_into(public.form, "text", "Pelayanan cepat dan ramah")
    public.validator.validate_now()
    submit(qtbot, public)
    assert public.result_value.unit_name == "BKPSDM" and public.result_value.rating == 4
