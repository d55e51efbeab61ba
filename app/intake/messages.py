"""Catalog texts of the intake (Indonesian first, English second)."""

from __future__ import annotations

from app.errors import register_messages

register_messages({
    # -- the file -------------------------------------------------------------------------------
    "intake.no_file": ("Berkas {path} tidak ditemukan.", "File {path} not found."),
    "intake.old_xls": (
        "{path} berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai .xlsx atau .csv.",
        "{path} is an old Excel file (.xls). Open it in Excel and save it as .xlsx or .csv.",
    ),
    "intake.bad_type": (
        "Berkas {path} ({suffix}) tidak dapat diimpor: pakai .xlsx atau .csv.",
        "{path} ({suffix}) cannot be imported: use .xlsx or .csv.",
    ),
    "intake.bad_xlsx": (
        "Berkas {path} tidak dapat dibaca sebagai Excel (.xlsx): {detail}",
        "{path} cannot be read as an Excel workbook (.xlsx): {detail}",
    ),
    "intake.bad_csv": (
        "Berkas {path} rusak di baris {line}: {detail}",
        "{path} is damaged at line {line}: {detail}",
    ),
    "intake.too_big": (
        "Berkas {path} lebih dari {limit_mb} MB; pecah menjadi beberapa berkas.",
        "{path} is larger than {limit_mb} MB; split it into several files.",
    ),
    "intake.too_many_rows": (
        "Berkas {path} berisi lebih dari {limit} baris; pecah menjadi beberapa berkas.",
        "{path} has more than {limit} rows; split it into several files.",
    ),
    "intake.no_sheet": (
        "Lembar '{sheet}' tidak ada di {path} (yang ada: {sheets}).",
        "Sheet '{sheet}' is not in {path} (there are: {sheets}).",
    ),
    "intake.no_header": (
        "Baris judul kolom tidak ditemukan di {path}: baris pertama tabel harus berisi nama "
        "kolom (mis. NIP, Nama, Tanggal Lahir).",
        "No header row found in {path}: the table's first row must name the columns "
        "(e.g. NIP, Nama, Tanggal Lahir).",
    ),
    "intake.no_rows": (
        "{path} tidak berisi data di bawah judul kolom (baris {header_row}).",
        "{path} holds no data below the header row (row {header_row}).",
    ),
    # -- the mapping ----------------------------------------------------------------------------
    "intake.nip_unmapped": (
        "Kolom NIP belum dipilih. Tentukan kolom mana yang berisi NIP: pegawai dicocokkan "
        "dengan NIP.",
        "No column is mapped to the NIP. Choose the column that holds it: employees are "
        "matched by NIP.",
    ),
    "intake.unknown_field": (
        "Isian tujuan '{field}' tidak dikenal.", "Unknown target field '{field}'.",
    ),
    "intake.unknown_header": (
        "Kolom '{header}' tidak ada di berkas (kolom yang ada: {headers}…).",
        "Column '{header}' is not in the file (columns: {headers}…).",
    ),
    "intake.mapping_file": (
        "Berkas pemetaan {path} tidak ditemukan.", "Mapping file {path} not found.",
    ),
    "intake.mapping_json": (
        "Pemetaan kolom bukan JSON yang sah ({detail}); contoh: {{\"NIP\": \"nip\"}}.",
        "The column mapping is not valid JSON ({detail}); e.g. {{\"NIP\": \"nip\"}}.",
    ),
    "intake.jenis_from_nip": (
        "Tidak ada kolom jenis pegawai: pegawai baru dicatat sebagai PNS, atau PPPK bila "
        "NIP-nya berformat NI PPPK.",
        "No employee-type column: new employees are recorded as PNS, or PPPK when their "
        "number has the NI PPPK layout.",
    ),
    "intake.no_name_column": (
        "Tidak ada kolom nama: hanya pegawai yang sudah ada yang dapat diperbarui.",
        "No name column: only existing employees can be updated.",
    ),
    # -- cells ----------------------------------------------------------------------------------
    "intake.bad_cell": ("Isi sel tidak dapat dibaca.", "The cell cannot be read."),
    "intake.number_rounded": (
        "'{value}' tersimpan sebagai angka di Excel dan digit terakhirnya sudah hilang "
        "(Excel hanya menyimpan 15 digit). Ubah format kolom menjadi Teks lalu ketik ulang.",
        "'{value}' was stored as a number in Excel and lost its last digits (Excel keeps "
        "only 15). Format the column as Text and type it again.",
    ),
    "intake.bad_number": ("'{value}' bukan bilangan bulat.", "'{value}' is not a whole number."),
    "intake.bad_year": ("Tahun '{value}' tidak sah.", "The year '{value}' is not valid."),
    "intake.bad_gender": (
        "Jenis kelamin '{value}' tidak dikenal (L/P, Laki-laki/Perempuan).",
        "Unknown gender '{value}' (L/P, Laki-laki/Perempuan).",
    ),
    "intake.bad_date": (
        "'{value}' bukan tanggal yang dapat dibaca; tulis hari-bulan-tahun, mis. 15-03-1985.",
        "'{value}' is not a readable date; write day-month-year, e.g. 15-03-1985.",
    ),
    "intake.two_digit_year": (
        "Tanggal '{value}' memakai tahun 2 digit; tulis tahun lengkap, mis. 15-03-1985.",
        "The date '{value}' has a 2-digit year; write the full year, e.g. 15-03-1985.",
    ),
    "intake.no_such_date": (
        "Tanggal '{value}' tidak ada di kalender (hari-bulan-tahun).",
        "The date '{value}' does not exist (day-month-year).",
    ),
    "intake.bad_jenis_pegawai": (
        "Jenis pegawai '{value}' tidak dikenal (PNS, CPNS atau PPPK).",
        "Unknown employee type '{value}' (PNS, CPNS or PPPK).",
    ),
    "intake.bad_kedudukan": (
        "Kedudukan '{value}' tidak dikenal (mis. Aktif, CLTN, Tugas Belajar, Pensiun).",
        "Unknown standing '{value}' (e.g. Aktif, CLTN, Tugas Belajar, Pensiun).",
    ),
    "intake.bad_agama": (
        "Agama '{value}' tidak ada di daftar ({allowed}).",
        "Religion '{value}' is not in the list ({allowed}).",
    ),
    "intake.bad_kawin": (
        "Status perkawinan '{value}' tidak ada di daftar ({allowed}).",
        "Marital status '{value}' is not in the list ({allowed}).",
    ),
    # -- units, positions, golongan -------------------------------------------------------------
    "intake.unit_ambiguous": (
        "Ada beberapa unit bernama '{name}' (di bawah: {where}); isi juga kolom unit induk/OPD.",
        "Several units are named '{name}' (under: {where}); fill the parent unit/OPD column "
        "too.",
    ),
    "intake.unit_unknown": (
        "Unit kerja '{name}' belum ada di struktur organisasi kantor ini.",
        "The unit '{name}' is not in this office's organisation tree.",
    ),
    "intake.unit_denied": (
        "Unit kerja '{name}' belum ada dan tidak dapat ditambahkan: {reason}",
        "The unit '{name}' does not exist and cannot be added: {reason}",
    ),
    "intake.jabatan_unknown": (
        "Jabatan '{name}' belum ada di katalog jabatan.",
        "The position '{name}' is not in the position catalogue.",
    ),
    "intake.jf_without_jenjang": (
        "Jabatan fungsional '{jabatan}' tidak menyebut jenjangnya (mis. Ahli Pertama, "
        "Terampil).",
        "The functional position '{jabatan}' does not name its level (e.g. Ahli Pertama, "
        "Terampil).",
    ),
    "intake.structural_unknown": (
        "Jabatan struktural '{jabatan}' tanpa eselon: isi kolom eselon.",
        "Structural position '{jabatan}' without an eselon: fill the eselon column.",
    ),
    "intake.golongan_not_listed": (
        "Golongan {value} tidak ada (atau tidak aktif) di daftar referensi golongan.",
        "Golongan {value} is not (or no longer) in the golongan reference list.",
    ),
    "intake.no_tmt_golongan": (
        "Golongan {golongan} tidak dicatat karena TMT golongan kosong.",
        "Golongan {golongan} is not recorded: the TMT of the golongan is empty.",
    ),
    "intake.golongan_other_tmt": (
        "Golongan {golongan} sudah tercatat dengan TMT {tmt}; tidak diubah (perbaiki di "
        "riwayat pangkat bila perlu).",
        "Golongan {golongan} is already recorded with TMT {tmt}; left as it is (correct the "
        "rank history if needed).",
    ),
    "intake.no_tmt_jabatan": (
        "Jabatan '{jabatan}' tidak dicatat karena TMT jabatan kosong.",
        "The position '{jabatan}' is not recorded: the TMT of the position is empty.",
    ),
    "intake.jabatan_other_tmt": (
        "Jabatan '{jabatan}' sudah tercatat dengan TMT {tmt}; tidak diubah.",
        "The position '{jabatan}' is already recorded with TMT {tmt}; left as it is.",
    ),
    # -- rows -----------------------------------------------------------------------------------
    "intake.nip_missing": ("NIP kosong.", "The NIP is empty."),
    "intake.nip_other_office": (
        "NIP ini milik {nama}, pegawai kantor {office}; hanya kantor itu yang boleh mengubahnya.",
        "This NIP belongs to {nama}, an employee of office {office}; only that office may "
        "change it.",
    ),
    "intake.nip_deleted": (
        "NIP ini milik {nama}, data yang sudah dihapus; pulihkan data itu di halaman Pegawai, "
        "lalu impor lagi.",
        "This NIP belongs to {nama}, a deleted record; restore it on the Pegawai page, then "
        "import again.",
    ),
    "intake.duplicate_row": (
        "Baris ini sama persis dengan baris {first}; dilewati.",
        "This row repeats row {first} exactly; skipped.",
    ),
    "intake.nip_repeated": (
        "NIP yang sama ada juga di baris {rows} dengan isi berbeda; tentukan mana yang benar.",
        "The same NIP is also in row(s) {rows} with different values; decide which is right.",
    ),
    "intake.nik_repeated": (
        "NIK yang sama dipakai pegawai lain di baris {rows}.",
        "The same NIK is used by another employee in row(s) {rows}.",
    ),
    # -- progress and apply ---------------------------------------------------------------------
    "intake.progress_file": (
        "Membaca baris {row} dari {total} di berkas…", "Reading row {row} of {total} of the file…",
    ),
    "intake.progress_read": ("Membaca baris {row} dari {total}…", "Reading row {row} of {total}…"),
    "intake.progress_check": (
        "Memeriksa baris {row} dari {total}…", "Checking row {row} of {total}…",
    ),
    "intake.progress_apply": (
        "Menyimpan pegawai {row} dari {total}…", "Saving employee {row} of {total}…",
    ),
    "intake.progress_done": ("Selesai.", "Done."),
    "intake.apply_failed": (
        "Baris {row} (NIP {nip}) ditolak saat disimpan: {reason}. Tidak ada yang diubah; "
        "periksa ulang berkas (pratinjau) lalu terapkan lagi.",
        "Row {row} (NIP {nip}) was refused while saving: {reason}. Nothing was changed; "
        "preview the file again, then apply.",
    ),
    "intake.stale": (
        "Data {nama} (baris {row}) berubah sejak pratinjau dibuat. Tidak ada yang diubah; "
        "buat pratinjau lagi.",
        "The record of {nama} (row {row}) changed after the preview. Nothing was changed; "
        "preview again.",
    ),
    "intake.unit_failed": (
        "Unit kerja '{name}' tidak dapat ditambahkan: {reason}. Tidak ada yang diubah.",
        "The unit '{name}' could not be added: {reason}. Nothing was changed.",
    ),
    "intake.jabatan_failed": (
        "Jabatan '{name}' tidak dapat ditambahkan ke katalog: {reason}. Tidak ada yang diubah.",
        "The position '{name}' could not be added to the catalogue: {reason}. Nothing was "
        "changed.",
    ),
    "intake.what": ("impor pegawai", "employee import"),
    "intake.cannot_apply": (
        "Berkas ini belum dapat diterapkan: perbaiki pemetaan kolom dahulu.",
        "This file cannot be applied yet: fix the column mapping first.",
    ),
    "intake.nothing_to_apply": (
        "Tidak ada baris yang dapat diterapkan: {bad} baris bermasalah, {unchanged} tidak "
        "berubah.",
        "No row can be applied: {bad} row(s) with problems, {unchanged} unchanged.",
    ),
    # -- review list ----------------------------------------------------------------------------
    "intake.review_title": ("Baris bermasalah", "Rows with problems"),
    "intake.review_row": ("Baris asal", "Source row"),
    "intake.review_problems": ("Masalah", "Problems"),
    "intake.review_subtitle": (
        "Dari berkas {source}. Perbaiki isinya lalu impor berkas ini lagi; kolom 'Baris asal' "
        "dan 'Masalah' diabaikan saat impor.",
        "From {source}. Fix the cells, then import this file again; the 'Source row' and "
        "'Problems' columns are ignored on import.",
    ),
    "intake.origin_stored": ("{field} (data tersimpan)", "{field} (stored value)"),
    "intake.origin_nip": ("{field} (dibaca dari NIP)", "{field} (read from the NIP)"),
    "intake.file_level": ("berkas", "file"),
})
