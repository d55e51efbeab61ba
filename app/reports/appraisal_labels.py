"""Every printed word of the appraisal forms (SKP rencana, Evaluasi Kinerja Pegawai, Dokumen
Evaluasi Kinerja Pegawai), Indonesian first, English second, as ``report.ap_*`` codes read
through :func:`app.reports.labels.label` (domain.md §6.5)."""

from __future__ import annotations

from app.errors import register_messages

register_messages({f"report.ap_{k}": v for k, v in {
    # titles and header lines
    "skp_title": ("SASARAN KINERJA PEGAWAI", "EMPLOYEE PERFORMANCE PLAN"),
    "eval_title": ("EVALUASI KINERJA PEGAWAI", "EMPLOYEE PERFORMANCE EVALUATION"),
    "doc_title": ("DOKUMEN EVALUASI KINERJA PEGAWAI", "EMPLOYEE PERFORMANCE EVALUATION RECORD"),
    "approach": ("PENDEKATAN HASIL KERJA {approach}", "{approach} WORK RESULT APPROACH"),
    "approach_kuantitatif": ("KUANTITATIF", "QUANTITATIVE"),
    "approach_kualitatif": ("KUALITATIF", "QUALITATIVE"),
    "for_jpt": ("BAGI PEJABAT PIMPINAN TINGGI", "FOR SENIOR EXECUTIVES"),
    "for_adm": ("BAGI PEJABAT ADMINISTRASI", "FOR ADMINISTRATIVE OFFICIALS"),
    "for_jf": ("BAGI PEJABAT FUNGSIONAL", "FOR FUNCTIONAL OFFICIALS"),
    "period": ("PERIODE: {period}", "PERIOD: {period}"),
    "period_annual": ("AKHIR", "ANNUAL"),
    "period_assessed": ("PERIODE PENILAIAN: {start} S.D. {end}",
                        "ASSESSMENT PERIOD: {start} TO {end}"),
    "months_span": ("{start}–{end} {year}", "{start}–{end} {year}"),
    # identity blocks
    "pegawai": ("PEGAWAI YANG DINILAI", "EMPLOYEE APPRAISED"),
    "penilai": ("PEJABAT PENILAI KINERJA", "APPRAISING OFFICIAL"),
    "atasan": ("ATASAN PEJABAT PENILAI KINERJA", "APPRAISER'S SUPERIOR"),
    "nama": ("NAMA", "NAME"),
    "nip": ("NIP", "NIP"),
    "pangkat": ("PANGKAT/GOL RUANG", "RANK/GRADE"),
    "pangkat_short": ("PANGKAT/GOL", "RANK/GRADE"),
    "jabatan": ("JABATAN", "POSITION"),
    "unit": ("UNIT KERJA", "UNIT"),
    "no": ("NO", "NO"),
    # hasil kerja
    "hasil_kerja": ("HASIL KERJA", "WORK RESULTS"),
    "utama": ("A. UTAMA", "A. MAIN"),
    "tambahan": ("B. TAMBAHAN", "B. ADDITIONAL"),
    "rhk_pimpinan": ("RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI",
                     "LEADER'S WORK PLAN SUPPORTED"),
    "rhk": ("RENCANA HASIL KERJA", "WORK PLAN"),
    "aspek": ("ASPEK", "ASPECT"),
    "iki": ("INDIKATOR KINERJA INDIVIDU", "INDIVIDUAL PERFORMANCE INDICATOR"),
    "target": ("TARGET", "TARGET"),
    "perspektif": ("PERSPEKTIF", "PERSPECTIVE"),
    "penugasan": ("Penugasan dari {who}", "Assigned by {who}"),
    "no_rhk": ("Tidak ada.", "None."),
    "ukuran": ("Ukuran keberhasilan / Indikator Kinerja Individu, dan Target:",
               "Measure of success / individual performance indicator and target:"),
    "realisasi": ("REALISASI BERDASARKAN BUKTI DUKUNG", "REALISATION BASED ON EVIDENCE"),
    "umpan_balik": ("UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
                    "CONTINUOUS FEEDBACK BASED ON EVIDENCE"),
    "bukti": ("Bukti dukung: {text}", "Evidence: {text}"),
    "rating_hasil": ("RATING HASIL KERJA", "WORK RESULT RATING"),
    # perilaku kerja
    "perilaku": ("PERILAKU KERJA", "WORK BEHAVIOUR"),
    "ekspektasi": ("EKSPEKTASI KHUSUS PIMPINAN", "LEADER'S SPECIFIC EXPECTATION"),
    "rating_perilaku": ("RATING PERILAKU KERJA", "WORK BEHAVIOUR RATING"),
    "predikat": ("PREDIKAT KINERJA PEGAWAI", "EMPLOYEE PERFORMANCE PREDICATE"),
    # organisation
    "capaian": ("CAPAIAN KINERJA ORGANISASI", "ORGANISATION RESULT"),
    "pola": ("POLA DISTRIBUSI", "DISTRIBUTION PATTERN"),
    "pola_line": ("{predikat}: {count} pegawai", "{predikat}: {count} employees"),
    "pola_none": ("Belum ada pegawai yang dinilai.", "No employee evaluated yet."),
    "evaluasi": ("EVALUASI KINERJA", "PERFORMANCE EVALUATION"),
    "catatan": ("CATATAN/REKOMENDASI", "NOTES/RECOMMENDATIONS"),
    "not_set": ("-", "-"),
    # lampiran
    "lampiran": ("LAMPIRAN SASARAN KINERJA PEGAWAI", "APPENDIX TO THE PERFORMANCE PLAN"),
    "sumber_daya": ("DUKUNGAN SUMBER DAYA", "RESOURCES PROVIDED"),
    "skema": ("SKEMA PERTANGGUNGJAWABAN", "ACCOUNTABILITY SCHEME"),
    "konsekuensi": ("KONSEKUENSI", "CONSEQUENCES"),
    # signatures and footer
    "sign_pegawai": ("Pegawai yang Dinilai,", "Employee appraised,"),
    "sign_penilai": ("Pejabat Penilai Kinerja,", "Appraising official,"),
    "owner": ("Dokumen milik {nama} (NIP {nip})", "Document of {nama} (NIP {nip})"),
    "owner_no_nip": ("Dokumen milik {nama}", "Document of {nama}"),
    "continued": ("(lanjutan)", "(continued)"),
    "status_draft": ("KONSEP — SKP belum ditetapkan", "DRAFT — the SKP is not agreed yet"),
    "status_unfinal": ("KONSEP — penilaian belum final", "DRAFT — the evaluation is not final"),
}.items()})
