"""Who works where: the share of each sector and the tracks of each kind of unit.

Shares follow the usual make-up of a Jambi regency's ASN: about four in ten are teachers, one
in five works in health, the rest in the OPD offices and the kecamatan. Weights inside a profile
are relative.
"""

from __future__ import annotations

SECTOR_SHARES = {"pendidikan": 0.42, "kesehatan": 0.19, "wilayah": 0.08, "opd": 0.31}

PROFILES: dict[str, tuple[tuple[str, int], ...]] = {
    "umum": (("pengadministrasi", 30), ("penata_layanan", 20), ("pengolah_data", 14),
             ("pengelola_layanan", 12), ("operator_layanan", 8), ("teknisi_sarpras", 4),
             ("pranata_komputer", 3), ("pranata_komputer_t", 3), ("arsiparis", 3),
             ("perencana", 3)),
    "setda": (("analis_kebijakan", 20), ("pengadministrasi", 25), ("penata_layanan", 25),
              ("pengolah_data", 10), ("pranata_humas", 5), ("perancang_uu", 5),
              ("pengelola_pbj", 5), ("operator_layanan", 5)),
    "dprd": (("pengadministrasi", 35), ("penata_layanan", 25), ("pengolah_data", 15),
             ("operator_layanan", 15), ("analis_kebijakan", 10)),
    "inspektorat": (("auditor", 45), ("p2upd", 25), ("penata_layanan", 15),
                    ("pengadministrasi", 15)),
    "bappeda": (("perencana", 50), ("analis_kebijakan", 10), ("penata_layanan", 15),
                ("pengolah_data", 15), ("pengadministrasi", 10)),
    "bkpsdm": (("analis_sdm", 35), ("pranata_komputer", 8), ("penata_layanan", 20),
               ("pengolah_data", 15), ("pengadministrasi", 15), ("arsiparis", 7)),
    "bpkad": (("analis_keuangan", 30), ("pengelola_layanan", 30), ("penata_layanan", 15),
              ("pengolah_data", 10), ("pengadministrasi", 15)),
    "disdik": (("pengawas_sekolah", 20), ("penata_layanan", 20), ("pengolah_data", 20),
               ("pengadministrasi", 20), ("perencana", 5), ("pranata_komputer", 5),
               ("analis_kebijakan", 10)),
    "dinkes": (("administrator_kesehatan", 15), ("epidemiolog", 10),
               ("penyuluh_kesehatan", 10), ("sanitarian", 5), ("nutrisionis", 5),
               ("perencana", 5), ("penata_layanan", 15), ("pengolah_data", 15),
               ("pengadministrasi", 20)),
    "pupr": (("teknik_jalan", 25), ("teknik_pengairan", 12), ("penata_ruang", 6),
             ("teknisi_sarpras", 15), ("operator_layanan", 12), ("penata_layanan", 10),
             ("pengadministrasi", 20)),
    "dinsos": (("pekerja_sosial", 30), ("penyuluh_sosial", 15), ("penata_layanan", 20),
               ("pengadministrasi", 25), ("pengolah_data", 10)),
    "pertanian": (("penyuluh_pertanian", 20), ("penyuluh_pertanian_t", 20),
                  ("penata_layanan", 15), ("pengadministrasi", 25), ("operator_layanan", 10),
                  ("pengolah_data", 10)),
    "bpp": (("penyuluh_pertanian", 40), ("penyuluh_pertanian_t", 50), ("pengadministrasi", 10)),
    "dukcapil": (("adminduk", 25), ("pranata_komputer_t", 10), ("pengolah_data", 30),
                 ("pengadministrasi", 25), ("operator_layanan", 10)),
    "satpol": (("polpp", 65), ("polpp_ahli", 10), ("pengadministrasi", 15),
               ("operator_layanan", 10)),
    "kecamatan": (("pengadministrasi", 40), ("penata_layanan", 25), ("pengolah_data", 15),
                  ("operator_layanan", 10), ("analis_kebijakan", 10)),
    "kelurahan": (("pengadministrasi", 60), ("penata_layanan", 25), ("pengolah_data", 15)),
    "school_sd": (("guru_sd", 90), ("pengadministrasi", 10)),
    "school_smp": (("guru_smp", 86), ("pengadministrasi", 10), ("operator_layanan", 4)),
    "puskesmas": (("perawat", 24), ("perawat_ahli", 8), ("bidan", 24), ("bidan_ahli", 5),
                  ("dokter", 6), ("dokter_gigi", 2), ("asisten_apoteker", 4), ("apoteker", 2),
                  ("pranata_lab", 4), ("nutrisionis", 3), ("sanitarian", 3),
                  ("penyuluh_kesehatan", 3), ("operator_kesehatan", 7),
                  ("pengadministrasi", 5)),
    "rsud": (("perawat", 30), ("perawat_ahli", 12), ("bidan", 8), ("dokter", 7),
             ("dokter_spesialis", 5), ("apoteker", 3), ("asisten_apoteker", 5),
             ("pranata_lab", 5), ("nutrisionis", 3), ("operator_kesehatan", 9),
             ("pengadministrasi", 6), ("penata_layanan", 4), ("teknisi_sarpras", 3)),
}
