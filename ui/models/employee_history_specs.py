"""What each history tab of the employee record shows and edits.

One :class:`HistorySpec` per kind of :mod:`app.services.histories`: the tab title, the input
dataclass the dialog fills, the form's fields (names are the input's attributes, so the
service's errors land under them) and the table's columns. Texts are English sources in the
``Fields`` context (labels) and ``HistoryTabs`` (tab and dialog titles).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.widgets.field_form import FieldGroup, FieldKind, FieldSpec

if TYPE_CHECKING:
    from app.services.histories import RecordInput

K = FieldKind


@dataclass(frozen=True)
class TableColumn:
    field: str
    header: str  # English source in "Fields"
    choices: str | None = None  # show the label of this choice list
    order: str | None = None  # sort by the position in this choice list (golongan by rank)


@dataclass(frozen=True)
class HistorySpec:
    key: str
    title: str  # tab title, English source in "HistoryTabs"
    noun: str  # the dialog's "Tambah <noun>" / "Ubah <noun>", English source in "HistoryTabs"
    input_name: str  # the input dataclass in app.services.histories
    groups: tuple[FieldGroup, ...]
    columns: tuple[TableColumn, ...]

    @property
    def input_type(self) -> type[RecordInput]:
        """The input dataclass (imported when a dialog needs it, not when the page opens)."""
        from app.services import histories

        return getattr(histories, self.input_name)  # type: ignore[no-any-return]


def F(  # noqa: N802
    name: str,
    label: str,
    kind: FieldKind = FieldKind.TEXT,
    choices: str | None = None,
    *,
    required: bool = False,
    hint: str = "",
) -> FieldSpec:
    return FieldSpec(name, label, kind, choices, required, hint)


_SK = (
    F("sk_nomor", QT_TRANSLATE_NOOP("Fields", "SK number")),
    F("sk_tanggal", QT_TRANSLATE_NOOP("Fields", "SK date"), K.DATE),
    F("sk_pejabat", QT_TRANSLATE_NOOP("Fields", "Signed by (official)")),
)
_NOTES = F("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), K.LONG_TEXT)

PANGKAT = HistorySpec(
    "pangkat",
    QT_TRANSLATE_NOOP("HistoryTabs", "Rank"),
    QT_TRANSLATE_NOOP("HistoryTabs", "rank"),
    "PangkatInput",
    (
        FieldGroup(
            "",
            (
                F(
                    "golongan_code",
                    QT_TRANSLATE_NOOP("Fields", "Golongan"),
                    K.CHOICE,
                    "golongan",
                    required=True,
                ),
                F(
                    "tmt",
                    QT_TRANSLATE_NOOP("Fields", "TMT (effective date)"),
                    K.DATE,
                    required=True,
                ),
                F(
                    "jenis_kp",
                    QT_TRANSLATE_NOOP("Fields", "Kind of promotion"),
                    hint=QT_TRANSLATE_NOOP("Fields", "reguler, pilihan, penyesuaian ijazah…"),
                ),
                *_SK,
                F("pertek_nomor", QT_TRANSLATE_NOOP("Fields", "BKN approval (pertek) number")),
                F(
                    "pertek_tanggal",
                    QT_TRANSLATE_NOOP("Fields", "BKN approval (pertek) date"),
                    K.DATE,
                ),
                F("mkg_tahun", QT_TRANSLATE_NOOP("Fields", "Service for salary: years"), K.INT),
                F("mkg_bulan", QT_TRANSLATE_NOOP("Fields", "Service for salary: months"), K.INT),
                F("gaji_pokok", QT_TRANSLATE_NOOP("Fields", "Basic salary (Rp)"), K.INT),
                F(
                    "angka_kredit_utama",
                    QT_TRANSLATE_NOOP("Fields", "Main credit points"),
                    K.DECIMAL,
                ),
                F(
                    "angka_kredit_tambahan",
                    QT_TRANSLATE_NOOP("Fields", "Additional credit points"),
                    K.DECIMAL,
                ),
                F("peraturan", QT_TRANSLATE_NOOP("Fields", "Legal basis")),
                _NOTES,
            ),
        ),
    ),
    (
        TableColumn("golongan_code", QT_TRANSLATE_NOOP("Fields", "Golongan"), order="golongan"),
        TableColumn("tmt", QT_TRANSLATE_NOOP("Fields", "TMT (effective date)")),
        TableColumn("jenis_kp", QT_TRANSLATE_NOOP("Fields", "Kind of promotion"), "jenis_kp"),
        TableColumn("sk_nomor", QT_TRANSLATE_NOOP("Fields", "SK number")),
        TableColumn("sk_tanggal", QT_TRANSLATE_NOOP("Fields", "SK date")),
        TableColumn("mkg_tahun", QT_TRANSLATE_NOOP("Fields", "Service for salary: years")),
        TableColumn("gaji_pokok", QT_TRANSLATE_NOOP("Fields", "Basic salary (Rp)")),
    ),
)

JABATAN = HistorySpec(
    "jabatan",
    QT_TRANSLATE_NOOP("HistoryTabs", "Position"),
    QT_TRANSLATE_NOOP("HistoryTabs", "position"),
    "JabatanInput",
    (
        FieldGroup(
            "",
            (
                F("jabatan_name", QT_TRANSLATE_NOOP("Fields", "Position"), required=True),
                F(
                    "jabatan_kind",
                    QT_TRANSLATE_NOOP("Fields", "Kind of position"),
                    K.CHOICE,
                    "jabatan_kind",
                    required=True,
                ),
                F(
                    "jenjang",
                    QT_TRANSLATE_NOOP("Fields", "Level (functional positions)"),
                    K.CHOICE,
                    "jenjang",
                ),
                F(
                    "eselon",
                    QT_TRANSLATE_NOOP("Fields", "Eselon"),
                    hint=QT_TRANSLATE_NOOP("Fields", "e.g. III.a"),
                ),
                F("unit_id", QT_TRANSLATE_NOOP("Fields", "Unit"), K.CHOICE, "unit"),
                F("instansi", QT_TRANSLATE_NOOP("Fields", "Agency (outside this office)")),
                F(
                    "tmt",
                    QT_TRANSLATE_NOOP("Fields", "TMT (effective date)"),
                    K.DATE,
                    required=True,
                ),
                F("tmt_selesai", QT_TRANSLATE_NOOP("Fields", "Until"), K.DATE),
                F("tmt_pelantikan", QT_TRANSLATE_NOOP("Fields", "Sworn in on"), K.DATE),
                *_SK,
                F(
                    "jenis_mutasi",
                    QT_TRANSLATE_NOOP("Fields", "Kind of move"),
                    hint=QT_TRANSLATE_NOOP("Fields", "promosi, rotasi, mutasi masuk…"),
                ),
                _NOTES,
            ),
        ),
    ),
    (
        TableColumn("jabatan_name", QT_TRANSLATE_NOOP("Fields", "Position")),
        TableColumn(
            "jabatan_kind", QT_TRANSLATE_NOOP("Fields", "Kind of position"), "jabatan_kind"
        ),
        TableColumn("eselon", QT_TRANSLATE_NOOP("Fields", "Eselon")),
        TableColumn("unit_name", QT_TRANSLATE_NOOP("Fields", "Unit")),
        TableColumn("tmt", QT_TRANSLATE_NOOP("Fields", "TMT (effective date)")),
        TableColumn("sk_nomor", QT_TRANSLATE_NOOP("Fields", "SK number")),
    ),
)

PENDIDIKAN = HistorySpec(
    "pendidikan",
    QT_TRANSLATE_NOOP("HistoryTabs", "Education"),
    QT_TRANSLATE_NOOP("HistoryTabs", "education"),
    "PendidikanInput",
    (
        FieldGroup(
            "",
            (
                F(
                    "level_code",
                    QT_TRANSLATE_NOOP("Fields", "Level"),
                    K.CHOICE,
                    "pendidikan",
                    required=True,
                ),
                F("school", QT_TRANSLATE_NOOP("Fields", "School or university")),
                F("jurusan", QT_TRANSLATE_NOOP("Fields", "Major")),
                F("tempat", QT_TRANSLATE_NOOP("Fields", "Place")),
                F("ijazah_nomor", QT_TRANSLATE_NOOP("Fields", "Certificate (ijazah) number")),
                F("tanggal_lulus", QT_TRANSLATE_NOOP("Fields", "Graduated on"), K.DATE),
                F("tahun_lulus", QT_TRANSLATE_NOOP("Fields", "Year of graduation"), K.INT),
                F("kepala_nama", QT_TRANSLATE_NOOP("Fields", "Signed by (head of school)")),
                F("gelar_depan", QT_TRANSLATE_NOOP("Fields", "Title before the name")),
                F("gelar_belakang", QT_TRANSLATE_NOOP("Fields", "Title after the name")),
                F("luar_negeri", QT_TRANSLATE_NOOP("Fields", "Abroad"), K.BOOL),
                F("is_first", QT_TRANSLATE_NOOP("Fields", "Education at appointment"), K.BOOL),
                F("is_last", QT_TRANSLATE_NOOP("Fields", "Highest recognised education"), K.BOOL),
                _NOTES,
            ),
        ),
    ),
    (
        TableColumn("level_code", QT_TRANSLATE_NOOP("Fields", "Level")),
        TableColumn("school", QT_TRANSLATE_NOOP("Fields", "School or university")),
        TableColumn("jurusan", QT_TRANSLATE_NOOP("Fields", "Major")),
        TableColumn("tahun_lulus", QT_TRANSLATE_NOOP("Fields", "Year of graduation")),
        TableColumn("ijazah_nomor", QT_TRANSLATE_NOOP("Fields", "Certificate (ijazah) number")),
        TableColumn("is_last", QT_TRANSLATE_NOOP("Fields", "Highest recognised education")),
    ),
)

KELUARGA = HistorySpec(
    "keluarga",
    QT_TRANSLATE_NOOP("HistoryTabs", "Family"),
    QT_TRANSLATE_NOOP("HistoryTabs", "family member"),
    "KeluargaInput",
    (
        FieldGroup(
            "",
            (
                F(
                    "relation",
                    QT_TRANSLATE_NOOP("Fields", "Relation"),
                    K.CHOICE,
                    "relation",
                    required=True,
                ),
                F("nama", QT_TRANSLATE_NOOP("Fields", "Name"), required=True),
                F("nik", QT_TRANSLATE_NOOP("Fields", "NIK")),
                F("nip", QT_TRANSLATE_NOOP("Fields", "NIP (if a civil servant)")),
                F("tempat_lahir", QT_TRANSLATE_NOOP("Fields", "Place of birth")),
                F("tanggal_lahir", QT_TRANSLATE_NOOP("Fields", "Date of birth"), K.DATE),
                F("jenis_kelamin", QT_TRANSLATE_NOOP("Fields", "Sex"), K.CHOICE, "gender"),
                F("tanggal_nikah", QT_TRANSLATE_NOOP("Fields", "Married on"), K.DATE),
                F("pekerjaan", QT_TRANSLATE_NOOP("Fields", "Occupation")),
                F("status", QT_TRANSLATE_NOOP("Fields", "Status"), K.CHOICE, "family_status"),
                F("tunjangan", QT_TRANSLATE_NOOP("Fields", "Receives family allowance"), K.BOOL),
                _NOTES,
            ),
        ),
    ),
    (
        TableColumn("relation", QT_TRANSLATE_NOOP("Fields", "Relation"), "relation"),
        TableColumn("nama", QT_TRANSLATE_NOOP("Fields", "Name")),
        TableColumn("tanggal_lahir", QT_TRANSLATE_NOOP("Fields", "Date of birth")),
        TableColumn("pekerjaan", QT_TRANSLATE_NOOP("Fields", "Occupation")),
        TableColumn("status", QT_TRANSLATE_NOOP("Fields", "Status"), "family_status"),
        TableColumn("tunjangan", QT_TRANSLATE_NOOP("Fields", "Receives family allowance")),
    ),
)

PENGHARGAAN = HistorySpec(
    "penghargaan",
    QT_TRANSLATE_NOOP("HistoryTabs", "Awards"),
    QT_TRANSLATE_NOOP("HistoryTabs", "award"),
    "PenghargaanInput",
    (
        FieldGroup(
            "",
            (
                F("nama", QT_TRANSLATE_NOOP("Fields", "Award"), required=True),
                F("tahun", QT_TRANSLATE_NOOP("Fields", "Year"), K.INT),
                F("pemberi", QT_TRANSLATE_NOOP("Fields", "Awarded by")),
                F("sk_nomor", QT_TRANSLATE_NOOP("Fields", "SK number")),
                F("sk_tanggal", QT_TRANSLATE_NOOP("Fields", "SK date"), K.DATE),
                _NOTES,
            ),
        ),
    ),
    (
        TableColumn("nama", QT_TRANSLATE_NOOP("Fields", "Award")),
        TableColumn("tahun", QT_TRANSLATE_NOOP("Fields", "Year")),
        TableColumn("pemberi", QT_TRANSLATE_NOOP("Fields", "Awarded by")),
        TableColumn("sk_nomor", QT_TRANSLATE_NOOP("Fields", "SK number")),
        TableColumn("sk_tanggal", QT_TRANSLATE_NOOP("Fields", "SK date")),
    ),
)

HUKUMAN = HistorySpec(
    "hukuman_disiplin",
    QT_TRANSLATE_NOOP("HistoryTabs", "Disciplinary sanctions"),
    QT_TRANSLATE_NOOP("HistoryTabs", "disciplinary sanction"),
    "HukumanDisiplinInput",
    (
        FieldGroup(
            "",
            (
                F("jenis", QT_TRANSLATE_NOOP("Fields", "Sanction"), required=True),
                F("tingkat", QT_TRANSLATE_NOOP("Fields", "Severity"), K.CHOICE, "hukuman_level"),
                F("alasan", QT_TRANSLATE_NOOP("Fields", "Reason"), K.LONG_TEXT),
                F("sk_nomor", QT_TRANSLATE_NOOP("Fields", "SK number")),
                F("sk_tanggal", QT_TRANSLATE_NOOP("Fields", "SK date"), K.DATE),
                F("tanggal_mulai", QT_TRANSLATE_NOOP("Fields", "From"), K.DATE),
                F("tanggal_selesai", QT_TRANSLATE_NOOP("Fields", "Until"), K.DATE),
                F("masa_tahun", QT_TRANSLATE_NOOP("Fields", "Duration: years"), K.INT),
                F("masa_bulan", QT_TRANSLATE_NOOP("Fields", "Duration: months"), K.INT),
                F("peraturan", QT_TRANSLATE_NOOP("Fields", "Legal basis")),
                _NOTES,
            ),
        ),
    ),
    (
        TableColumn("jenis", QT_TRANSLATE_NOOP("Fields", "Sanction")),
        TableColumn("tingkat", QT_TRANSLATE_NOOP("Fields", "Severity"), "hukuman_level"),
        TableColumn("sk_nomor", QT_TRANSLATE_NOOP("Fields", "SK number")),
        TableColumn("tanggal_mulai", QT_TRANSLATE_NOOP("Fields", "From")),
        TableColumn("tanggal_selesai", QT_TRANSLATE_NOOP("Fields", "Until")),
    ),
)

KGB = HistorySpec(
    "kgb",
    QT_TRANSLATE_NOOP("HistoryTabs", "Periodic raises (KGB)"),
    QT_TRANSLATE_NOOP("HistoryTabs", "periodic raise"),
    "KgbInput",
    (
        FieldGroup(
            "",
            (
                F(
                    "tmt",
                    QT_TRANSLATE_NOOP("Fields", "TMT (effective date)"),
                    K.DATE,
                    required=True,
                ),
                F("golongan_code", QT_TRANSLATE_NOOP("Fields", "Golongan"), K.CHOICE, "golongan"),
                F(
                    "mkg_tahun",
                    QT_TRANSLATE_NOOP("Fields", "Service for salary: years"),
                    K.INT,
                    required=True,
                ),
                F("mkg_bulan", QT_TRANSLATE_NOOP("Fields", "Service for salary: months"), K.INT),
                F("gaji_pokok_lama", QT_TRANSLATE_NOOP("Fields", "Old basic salary (Rp)"), K.INT),
                F("gaji_pokok_baru", QT_TRANSLATE_NOOP("Fields", "New basic salary (Rp)"), K.INT),
                *_SK,
                _NOTES,
            ),
        ),
    ),
    (
        TableColumn("tmt", QT_TRANSLATE_NOOP("Fields", "TMT (effective date)")),
        TableColumn("golongan_code", QT_TRANSLATE_NOOP("Fields", "Golongan"), order="golongan"),
        TableColumn("mkg_tahun", QT_TRANSLATE_NOOP("Fields", "Service for salary: years")),
        TableColumn("gaji_pokok_baru", QT_TRANSLATE_NOOP("Fields", "New basic salary (Rp)")),
        TableColumn("sk_nomor", QT_TRANSLATE_NOOP("Fields", "SK number")),
        TableColumn("sk_tanggal", QT_TRANSLATE_NOOP("Fields", "SK date")),
    ),
)

HISTORY_SPECS: tuple[HistorySpec, ...] = (
    PANGKAT,
    JABATAN,
    PENDIDIKAN,
    KELUARGA,
    PENGHARGAAN,
    HUKUMAN,
    KGB,
)
SPEC_BY_KEY = {s.key: s for s in HISTORY_SPECS}


def title_of(spec: HistorySpec) -> str:
    """The tab title in the current language."""
    return QCoreApplication.translate("HistoryTabs", spec.title)


def noun_of(spec: HistorySpec) -> str:
    """What one row is called ("riwayat pangkat"), in the current language."""
    return QCoreApplication.translate("HistoryTabs", spec.noun)
