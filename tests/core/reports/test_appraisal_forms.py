"""The printed appraisal forms (domain.md §6.5): the Dokumen Evaluasi Kinerja Pegawai, the
Evaluasi Kinerja Pegawai worksheet and the SKP, one employee's or a unit's in one PDF, read
back with pypdf (real text: names with gelar, grouped NIP, Indonesian dates, predikat)."""
# ruff: noqa: F811 - the fixtures imported from appraisal_print_support are parameters

from __future__ import annotations

import pytest
from pypdf import PdfReader

from app.errors import SimpegError
from app.jobs import Cancelled, Progress
from app.reports.formatting import tanggal_indonesia
from app.reports.model import Paper
from app.services import appraisal as a
from tests.core.reports.appraisal_print_support import (  # noqa: F401 - fixtures
    YEAR,
    ctx,
    evaluated,
    final,
    flat,
    office,
    plan,
    print_to,
)


def test_dokumen_evaluasi_prints_the_numbered_blocks_with_real_text(ctx, office, tmp_path):
    ctx.write(a.set_org_result, YEAR, "baik", office["dinas"])
    skp = final(ctx, office["siti"])
    text = flat(print_to(ctx, tmp_path / "dok.pdf", "evaluasi", nip="198503152010012003",
                         year=YEAR))
    for expected in ("DOKUMEN EVALUASI KINERJA PEGAWAI", "PERIODE: AKHIR",
                     "PERIODE PENILAIAN: 1 JANUARI 2026 S.D. 31 DESEMBER 2026",
                     "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA",
                     "ATASAN PEJABAT PENILAI KINERJA", "Siti Aminah, S.E.",
                     "19850315 201001 2 003", "Drs. Ahmad Fauzi", "19751120 200003 1 003",
                     "Hasan Basri, S.Pd., M.Si.", "CAPAIAN KINERJA ORGANISASI : BAIK",
                     "PREDIKAT KINERJA PEGAWAI : SANGAT BAIK", "CATATAN/REKOMENDASI",
                     "Pertahankan kinerja dan tingkatkan kompetensi digital.",
                     "Pegawai yang Dinilai,", "Pejabat Penilai Kinerja,",
                     "PEMERINTAH KABUPATEN MERANGIN", "Halaman 1 dari 1",
                     "Dokumen milik Siti Aminah, S.E. (NIP 19850315 201001 2 003)"):
        assert expected in text, expected
    signed = tanggal_indonesia(skp.evaluated_at.date())
    assert f"Bangko, {signed}" in text and signed.split()[1] in (
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember")
    assert "KONSEP" not in text
    assert len(PdfReader(tmp_path / "dok.pdf").pages) == 1


def test_an_unfinished_evaluation_is_marked_as_a_draft(ctx, office, tmp_path):
    skp = evaluated(ctx, office["siti"], "di_bawah", "sesuai")
    text = flat(print_to(ctx, tmp_path / "dok.pdf", "evaluasi", skp_ids=(skp.id,)))
    assert "KONSEP — penilaian belum final" in text
    assert "PREDIKAT KINERJA PEGAWAI : BUTUH PERBAIKAN" in text


def test_penilai_outside_the_civil_service_prints_without_nip(ctx, office, tmp_path):
    outside = a.OfficialInput(nama="Ir. Rahmat Hidayat", jabatan="Ketua Yayasan")
    skp = final(ctx, office["andi"], penilai=outside, atasan=None)
    text = flat(print_to(ctx, tmp_path / "dok.pdf", "evaluasi", skp_ids=(skp.id,)))
    assert "Ir. Rahmat Hidayat" in text and "Ketua Yayasan" in text
    assert text.count("NIP 1988") == 2  # the pegawai's signature and the footer only
    assert "(..................................................)" not in text  # penilai named


def test_skp_form_lists_plan_and_the_seven_berakhlak_values_on_f4(ctx, office, tmp_path):
    skp = ctx.write(a.agree_skp, plan(ctx, office["budi"]).id)
    path = tmp_path / "skp.pdf"
    text = flat(print_to(ctx, path, "skp", skp_ids=(skp.id,), paper=Paper.F4))
    for expected in ("SASARAN KINERJA PEGAWAI", "PENDEKATAN HASIL KERJA KUANTITATIF",
                     "BAGI PEJABAT FUNGSIONAL", "A. UTAMA", "B. TAMBAHAN",
                     "Terlaksananya layanan administrasi kepegawaian yang tepat waktu",
                     "(Penugasan dari Kepala Bidang Pembinaan SMP)",
                     "Persentase berkas kenaikan pangkat yang diproses tepat waktu", "95%",
                     "Menjadi panitia seleksi PPPK", "Kuantitas", "EKSPEKTASI KHUSUS PIMPINAN",
                     "Laporan tepat waktu setiap bulan", "LAMPIRAN SASARAN KINERJA PEGAWAI",
                     "DUKUNGAN SUMBER DAYA", "SKEMA PERTANGGUNGJAWABAN", "KONSEKUENSI",
                     f"Bangko, {tanggal_indonesia(skp.agreed_at.date())}"):
        assert expected in text, expected
    for value in ("Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal",
                  "Adaptif", "Kolaboratif"):
        assert value in text, value
    height_mm = float(PdfReader(path).pages[0].mediabox.height) / 72 * 25.4
    assert round(height_mm) == 330


def test_worksheet_shows_realisation_feedback_ratings_and_distribution(ctx, office, tmp_path):
    ctx.write(a.set_org_result, YEAR, "istimewa", office["dinas"])
    skp = final(ctx, office["siti"], hasil="sesuai", perilaku="di_atas")
    final(ctx, office["budi"], hasil="di_atas", perilaku="di_atas")
    text = flat(print_to(ctx, tmp_path / "lembar.pdf", "lembar-evaluasi", skp_ids=(skp.id,)))
    for expected in ("EVALUASI KINERJA PEGAWAI", "PERIODE: JANUARI–DESEMBER 2026",
                     "CAPAIAN KINERJA ORGANISASI: ISTIMEWA", "POLA DISTRIBUSI",
                     "97% berkas selesai", "Bukti dukung: Rekap layanan dari aplikasi",
                     "Ketepatan waktu sudah baik.", "Laporan selalu tepat waktu",
                     "RATING HASIL KERJA SESUAI EKSPEKTASI",
                     "RATING PERILAKU KERJA DI ATAS EKSPEKTASI",
                     "PREDIKAT KINERJA PEGAWAI BAIK"):
        assert expected in text, expected
    assert "Sangat Baik 1 (50%)" in text and "Baik 1 (50%)" in text  # the unit's two SKPs


def test_unit_batch_prints_every_final_skp_with_pages_counted_per_document(ctx, office,
                                                                          tmp_path):
    final(ctx, office["siti"])
    final(ctx, office["budi"], hasil="sesuai", perilaku="sesuai")
    evaluated(ctx, office["kabid"])  # not final: left out of the batch
    final(ctx, office["andi"], penilai=a.OfficialInput(office["kadis"]))  # another unit
    steps: list[tuple[int, int]] = []
    path = tmp_path / "unit.pdf"
    print_to(ctx, path, "lembar-evaluasi", Progress(lambda d, t, _x: steps.append((d, t))),
             unit="Dinas Pendidikan", year=YEAR)
    pages = [flat(p.extract_text()) for p in PdfReader(path).pages]
    owners = [next(w for w in ("Budi Santoso", "Siti Aminah") if f"milik {w}" in p)
              for p in pages]
    assert owners == sorted(owners)  # by name, each document whole
    assert set(owners) == {"Budi Santoso", "Siti Aminah"}
    first = owners.index("Siti Aminah")
    count = len(pages) - first
    assert f"Halaman 1 dari {count}" in pages[first]
    assert f"Halaman {count} dari {count}" in pages[-1]
    assert not any("Ahmad Fauzi" in p and "Dokumen milik Drs." in p for p in pages)
    assert steps[-1][0] == steps[-1][1] == 4  # two SKPs read, two drawn


def test_cancelling_a_batch_leaves_the_previous_file_untouched(ctx, office, tmp_path):
    final(ctx, office["siti"])
    final(ctx, office["budi"])
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "unit.pdf"
    path.write_bytes(b"previous copy")
    progress = Progress(lambda done, total, _t: progress.cancel() if done >= 3 else None)
    with pytest.raises(Cancelled):
        print_to(ctx, path, "skp", progress, unit="Dinas Pendidikan", year=YEAR)
    assert path.read_bytes() == b"previous copy"
    assert [p.name for p in folder.iterdir()] == ["unit.pdf"]  # no half-written temp file


def test_a_long_catatan_continues_on_a_second_page(ctx, office, tmp_path):
    note = " ".join(f"Rekomendasi nomor {n}: ikuti pelatihan dan pendampingan." for n in
                    range(1, 62))
    skp = final(ctx, office["siti"], catatan=note)
    path = tmp_path / "dok.pdf"
    print_to(ctx, path, "evaluasi", skp_ids=(skp.id,))
    pages = [flat(p.extract_text()) for p in PdfReader(path).pages]
    assert len(pages) == 2
    assert "Halaman 2 dari 2" in pages[1] and "Rekomendasi nomor 61" in pages[1]
    assert "Pejabat Penilai Kinerja," in pages[1]


def test_requests_that_cannot_be_printed_are_refused_clearly(ctx, office, tmp_path):
    with pytest.raises(SimpegError, match="belum mempunyai SKP tahun 2026"):
        print_to(ctx, tmp_path / "x.pdf", "evaluasi", nip="198503152010012003", year=YEAR)
    with pytest.raises(SimpegError, match="Belum ada SKP final tahun 2026 di BKPSDM"):
        print_to(ctx, tmp_path / "x.pdf", "evaluasi", unit="BKPSDM", year=YEAR)
    with pytest.raises(SimpegError, match="tidak ditemukan"):
        print_to(ctx, tmp_path / "x.pdf", "evaluasi", nip="199901012020011001", year=YEAR)
    assert not (tmp_path / "x.pdf").exists()


def test_english_labels(ctx, office, tmp_path):
    skp = final(ctx, office["siti"])
    text = flat(print_to(ctx, tmp_path / "en.pdf", "evaluasi", skp_ids=(skp.id,), lang="en"))
    assert "EMPLOYEE PERFORMANCE EVALUATION RECORD" in text and "Page 1 of 1" in text
