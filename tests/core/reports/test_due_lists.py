"""KGB, KP and pensiun due lists on crafted data with answers worked out by hand from the
rules of domain.md §3–4 (gaji-table steps, KP periods from 2024, BUP by jabatan)."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from app.db.reference import Jabatan
from app.errors import ValidationError
from app.reports.due import kgb_document, kp_document, pensiun_document
from app.reports.output import write_report
from app.services.report_data_due import kgb_due_list, kp_due_list, pensiun_list
from tests.core.reports import builders as b


@pytest.fixture
def factory(any_factory):
    """These data functions run on SQLite and PostgreSQL (rendering tests: SQLite only)."""
    return any_factory


sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def nip(birth: str, seq: int, tmt: str = "201001") -> str:
    return f"{birth}{tmt}1{seq:03d}"


@pytest.fixture
def kgb_db(write):
    with write() as s:
        b.set_letterhead(s)
        u = b.unit(s, "Dinas Pekerjaan Umum")
        # due 1 Mar 2027: MKG 6 y on the pangkat SK of 1 Mar 2025 → next row 8 y
        b.employee(s, "Ani Pangkat", nip("19900101", 1), unit=u, golongan="III/a",
                   tmt_golongan=date(2025, 3, 1), mkg=(6, 0))
        # the KGB SK of 1 Mar 2025 (MKG 6 y) is later than the pangkat SK: it counts
        bayu = b.employee(s, "Bayu Berkala", nip("19890101", 2), unit=u, golongan="III/b",
                          tmt_golongan=date(2020, 4, 1), mkg=(2, 0))
        b.kgb(s, bayu, date(2025, 3, 1), (6, 0), nomor="822/KGB/2025", gaji=3_500_000)
        # golongan II steps are odd years: MKG 3 y → 5 y
        b.employee(s, "Cici Pengatur", nip("19950101", 3), unit=u, golongan="II/c",
                   tmt_golongan=date(2025, 3, 1), mkg=(3, 0))
        # due in April, not in March
        b.employee(s, "Dodi April", nip("19910101", 4), unit=u, golongan="III/a",
                   tmt_golongan=date(2025, 4, 1), mkg=(6, 0))
        # an old KGB SK (1 Mar 2021, MKG 10 y) before a KP of 1 Mar 2025 (MKG 14 y): the KP
        # SK counts → 16 y on 1 Mar 2027 (the old SK would have given 1 Mar 2023)
        eko = b.employee(s, "Eko Naik Pangkat", nip("19800101", 5), unit=u, golongan="III/c",
                         tmt_golongan=date(2025, 3, 1), mkg=(14, 0))
        b.kgb(s, eko, date(2021, 3, 1), (10, 0))
        b.employee(s, "Fani Tanpa MKG", nip("19920101", 6), unit=u, golongan="III/a",
                   tmt_golongan=date(2025, 3, 1), mkg=None)
        # PPPK IX is paid like III/a: MKG 0 → 2 y
        b.employee(s, "Gina PPPK", "199009132025212014", unit=u, golongan="IX", jenis="PPPK",
                   tmt_golongan=date(2025, 3, 1), mkg=(0, 0))


def test_kgb_due_in_a_month(kgb_db, read):
    report = read(kgb_due_list, year=2027, month=3)
    got = {r.person.nama: (r.tmt_baru, tuple(r.mkg_baru), tuple(r.mkg_lama))
           for r in report.rows}
    assert got == {
        "Ani Pangkat": (date(2027, 3, 1), (8, 0), (6, 0)),
        "Bayu Berkala": (date(2027, 3, 1), (8, 0), (6, 0)),
        "Cici Pengatur": (date(2027, 3, 1), (5, 0), (3, 0)),
        "Eko Naik Pangkat": (date(2027, 3, 1), (16, 0), (14, 0)),
        "Gina PPPK": (date(2027, 3, 1), (2, 0), (0, 0)),
    }
    bayu = next(r for r in report.rows if r.person.nama == "Bayu Berkala")
    assert (bayu.tmt_lama, bayu.sk_lama, bayu.gaji_lama) == (
        date(2025, 3, 1), "822/KGB/2025", 3_500_000)
    assert [s.nama for s in report.skipped] == ["Fani Tanpa MKG"]
    april = read(kgb_due_list, year=2027, month=4)
    assert [r.person.nama for r in april.rows] == ["Dodi April"]


@sqlite_only
def test_kgb_month_out_of_range_is_refused(kgb_db, read):
    with pytest.raises(ValidationError) as err:
        read(kgb_due_list, year=2027, month=13)
    assert "Bulan harus 1–12" in err.value.text()


@sqlite_only
def test_kgb_pdf_lists_month_and_people(kgb_db, read, tmp_path):
    report = read(kgb_due_list, year=2027, month=3)
    write_report(kgb_document(report, printed_on=date(2027, 2, 1)), tmp_path / "kgb.pdf")
    text = PdfReader(tmp_path / "kgb.pdf").pages[0].extract_text()
    assert "Bulan Maret 2027" in text
    assert "822/KGB/2025" in text
    assert "3.500.000" in text
    assert "Fani Tanpa MKG" in text  # named in the note


@pytest.fixture
def kp_db(write):
    with write() as s:
        b.set_letterhead(s)
        u = b.unit(s, "Sekretariat Daerah")
        p1 = b.employee(s, "Pelaksana Sarjana", nip("19900101", 1), unit=u, golongan="III/a",
                        tmt_golongan=date(2022, 4, 1))
        b.education(s, p1, "S1", "Universitas Jambi", 2012)
        p2 = b.employee(s, "Pelaksana SMA Batas", nip("19880101", 2), unit=u,
                        golongan="III/b", tmt_golongan=date(2022, 4, 1))
        b.education(s, p2, "SMA", "SMA Negeri 1 Bangko", 2006)
        b.employee(s, "Fungsional Maret", nip("19850101", 3), unit=u, golongan="III/c",
                   tmt_golongan=date(2022, 3, 1), kind="fungsional_keahlian",
                   current_jabatan_jenjang="ahli_muda")
        b.employee(s, "Kabag Februari", nip("19800101", 4), unit=u, golongan="III/d",
                   tmt_golongan=date(2022, 2, 1), kind="administrator")
        b.employee(s, "Calon Pegawai", nip("19990101", 5, "202401"), unit=u, jenis="CPNS",
                   golongan="III/a", tmt_golongan=date(2022, 4, 1))
        p6 = b.employee(s, "Pengatur Juni", nip("19920101", 6), unit=u, golongan="II/d",
                        tmt_golongan=date(2022, 5, 1))
        b.education(s, p6, "SMA", "SMK Negeri 2 Bangko", 2010)


def test_kp_due_in_a_period(kp_db, read):
    report = read(kp_due_list, period=date(2026, 4, 1))
    got = [(r.person.nama, r.golongan_lama, r.golongan_baru, r.jenis_kp, r.overdue)
           for r in report.rows]
    assert got == [
        ("Fungsional Maret", "III/c", "III/d", "pilihan_fungsional", False),
        ("Pelaksana Sarjana", "III/a", "III/b", "reguler", False),
    ]
    with_overdue = read(kp_due_list, period=date(2026, 4, 1), include_overdue=True)
    overdue = [(r.person.nama, r.jenis_kp) for r in with_overdue.rows if r.overdue]
    assert overdue == [("Kabag Februari", "pilihan_struktural")]


def test_kp_due_in_every_period_of_a_year(kp_db, read):
    report = read(kp_due_list, year=2026)
    assert report.periods == tuple(date(2026, m, 1) for m in (2, 4, 6, 8, 10, 12))
    assert [(r.tmt_kp, r.person.nama) for r in report.rows] == [
        (date(2026, 2, 1), "Kabag Februari"),
        (date(2026, 4, 1), "Fungsional Maret"),
        (date(2026, 4, 1), "Pelaksana Sarjana"),
        (date(2026, 6, 1), "Pengatur Juni"),
    ]


@sqlite_only
def test_kp_period_must_be_a_period_date(kp_db, read):
    with pytest.raises(ValidationError) as err:
        read(kp_due_list, period=date(2026, 3, 1))
    assert "bukan periode kenaikan pangkat" in err.value.text()
    assert "02, 04, 06, 08, 10, 12" in err.value.text()
    # before 2024 the periods were April and October
    old = read(kp_due_list, year=2023)
    assert old.periods == (date(2023, 4, 1), date(2023, 10, 1))


@sqlite_only
def test_kp_pdf_shows_the_new_pangkat(kp_db, read, tmp_path):
    report = read(kp_due_list, period=date(2026, 4, 1))
    write_report(kp_document(report), tmp_path / "kp.pdf")
    text = PdfReader(tmp_path / "kp.pdf").pages[0].extract_text()
    assert "Periode 1 April 2026" in text
    flat = " ".join(text.split())  # cells may wrap
    assert "Penata Muda Tingkat I" in flat  # III/b
    assert "Pilihan (fungsional)" in flat


@pytest.fixture
def pensiun_db(write):
    with write() as s:
        b.set_letterhead(s)
        u = b.unit(s, "Dinas Kesehatan")
        guru = Jabatan(office_code="15", name="Guru Ahli Pertama", kind="fungsional_keahlian",
                       jenjang="ahli_pertama", bup=60)
        s.add(guru)
        s.flush()
        b.employee(s, "Rudi Pelaksana", nip("19680101", 1, "199001"), unit=u)  # 1 Feb 2026
        b.employee(s, "Rina Madya", nip("19660615", 2, "199001"), unit=u,
                   kind="fungsional_keahlian", current_jabatan_jenjang="ahli_madya")
        b.employee(s, "Rama Desember", nip("19681215", 3, "199001"), unit=u)  # 1 Jan 2027
        b.employee(s, "Ratna Pratama", nip("19661130", 4, "199001"), unit=u,
                   kind="jpt_pratama")  # 60 → 1 Dec 2026
        b.employee(s, "Reza Madya Muda", nip("19680301", 5, "199001"), unit=u,
                   kind="fungsional_keahlian", current_jabatan_jenjang="ahli_madya")  # 2028
        b.employee(s, "Rosa Tanpa Jabatan", nip("19660101", 6, "199001"), unit=u, kind=None)
        b.employee(s, "Rahmat Guru", nip("19660510", 7, "199001"), unit=u,
                   kind="fungsional_keahlian", current_jabatan_jenjang="ahli_pertama",
                   current_jabatan_id=guru.id)  # BUP 60 from the jabatan → 1 Jun 2026


def test_pensiun_projection_of_a_year(pensiun_db, read):
    report = read(pensiun_list, year=2026)
    assert [(r.person.nama, r.bup, r.tmt_pensiun) for r in report.rows] == [
        ("Rudi Pelaksana", 58, date(2026, 2, 1)),
        ("Rahmat Guru", 60, date(2026, 6, 1)),
        ("Rina Madya", 60, date(2026, 7, 1)),
        ("Ratna Pratama", 60, date(2026, 12, 1)),
    ]
    assert report.rows[0].bup_date == date(2026, 1, 1)
    assert [s.nama for s in report.skipped] == ["Rosa Tanpa Jabatan"]
    later = read(pensiun_list, year=2027)
    assert [r.person.nama for r in later.rows] == ["Rama Desember"]


@sqlite_only
def test_pensiun_pdf(pensiun_db, read, tmp_path):
    report = read(pensiun_list, year=2026)
    write_report(pensiun_document(report), tmp_path / "p.pdf")
    text = PdfReader(tmp_path / "p.pdf").pages[0].extract_text()
    assert "TMT pensiun tahun 2026" in text
    assert "Fungsional Keahlian" in text
    assert "01-07-2026" in text
