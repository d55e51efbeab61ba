"""The OPD tree of a Jambi regency/city and the posts in it.

Every OPD of a regency government (Sekretariat Daerah with its asisten and bagian, Sekretariat
DPRD, Inspektorat, badan and dinas with sekretariat and bidang) plus one kecamatan per **real**
kecamatan of the regency (:mod:`app.domain.wilayah`) and one kelurahan unit per real kelurahan
(codes ``…1xxx``). Dinas Pendidikan has SD/SMP negeri (numbered the Jambi way, ``SD Negeri
12/VI Bangko`` for Merangin), Dinas Kesehatan a puskesmas per kecamatan and the RSUD.

Each unit carries its head post (eselon, the golongan a holder needs) and a staffing profile
(which tracks of :mod:`app.demo.tracks` work there). :func:`build_org` sizes the number of
schools to the number of employees so a small demo still has full classrooms.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from app.db.org import OrgUnitKind as K
from app.db.reference import JabatanKind
from app.demo.profiles import SECTOR_SHARES
from app.demo.regency import Regency

# eselon -> (jabatan kind, lowest golongan to hold it, highest golongan reachable, minimum age)
ESELON_POSTS = {
    "II.a": (JabatanKind.JPT_PRATAMA.value, "IV/c", "IV/d", 48),
    "II.b": (JabatanKind.JPT_PRATAMA.value, "IV/b", "IV/d", 45),
    "III.a": (JabatanKind.ADMINISTRATOR.value, "IV/a", "IV/b", 40),
    "III.b": (JabatanKind.ADMINISTRATOR.value, "III/d", "IV/b", 38),
    "IV.a": (JabatanKind.PENGAWAS.value, "III/b", "IV/a", 32),
    "IV.b": (JabatanKind.PENGAWAS.value, "III/a", "III/d", 30),
}
_PRIORITY = {"II.a": 0, "II.b": 1, "III.a": 2, "III.b": 3, "JF": 4, "IV.a": 5, "IV.b": 6}


@dataclass
class HeadPost:
    """The head of a unit: structural (``eselon`` set) or a JF with a tugas tambahan."""

    title: str
    eselon: str | None = None
    track: str | None = None  # JF heads: kepala sekolah / puskesmas
    tugas: str | None = None  # "Kepala Sekolah"

    @property
    def priority(self) -> int:
        return _PRIORITY[self.eselon or "JF"]


@dataclass
class Unit:
    id: str
    parent: Unit | None
    name: str
    kind: str
    short_name: str | None = None
    head: HeadPost | None = None
    profile: str | None = None  # staffing profile (app.demo.profiles)
    weight: float = 0.0  # share of its sector's staff
    sector: str | None = None
    district: str = ""  # kecamatan code for addresses and NIKs
    sort_order: int = 0
    children: list[Unit] = field(default_factory=list)

    @property
    def opd(self) -> Unit:
        node = self
        while node.parent is not None:
            node = node.parent
        return node

    def ancestors(self) -> list[Unit]:
        out, node = [], self.parent
        while node is not None:
            out.append(node)
            node = node.parent
        return out


@dataclass(frozen=True)
class OpdSpec:
    name: str
    short: str
    kind: str
    head: str
    eselon: str
    profile: str
    weight: float
    bidang: tuple[str, ...] = ()
    seksi: dict[str, tuple[str, ...]] = field(default_factory=dict)


_SUBBAG = ("Umum dan Kepegawaian", "Perencanaan dan Keuangan")
OPDS = (
    OpdSpec("Inspektorat Daerah", "Inspektorat", K.INSPEKTORAT, "Inspektur", "II.b",
            "inspektorat", 6),
    OpdSpec("Badan Perencanaan Pembangunan Daerah", "Bappeda", K.BADAN,
            "Kepala Badan Perencanaan Pembangunan Daerah", "II.b", "bappeda", 5,
            ("Perencanaan, Pengendalian dan Evaluasi Pembangunan",
             "Pemerintahan dan Pembangunan Manusia", "Perekonomian dan Sumber Daya Alam",
             "Infrastruktur dan Kewilayahan", "Penelitian dan Pengembangan")),
    OpdSpec("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", K.BADAN,
            "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "II.b", "bkpsdm",
            5, ("Pengadaan, Pemberhentian dan Informasi Kepegawaian", "Mutasi dan Promosi",
                "Pengembangan Kompetensi Aparatur", "Penilaian Kinerja Aparatur dan Penghargaan")),
    OpdSpec("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", K.BADAN,
            "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", "II.b", "bpkad", 8,
            ("Anggaran", "Perbendaharaan", "Akuntansi dan Pelaporan", "Pengelolaan Aset")),
    OpdSpec("Dinas Pendidikan dan Kebudayaan", "Disdikbud", K.DINAS,
            "Kepala Dinas Pendidikan dan Kebudayaan", "II.b", "disdik", 7,
            ("Pembinaan Sekolah Dasar", "Pembinaan Sekolah Menengah Pertama",
             "Pembinaan PAUD dan Pendidikan Nonformal", "Ketenagaan", "Kebudayaan")),
    OpdSpec("Dinas Kesehatan", "Dinkes", K.DINAS, "Kepala Dinas Kesehatan", "II.b", "dinkes", 5,
            ("Kesehatan Masyarakat", "Pencegahan dan Pengendalian Penyakit",
             "Pelayanan dan Sumber Daya Kesehatan")),
    OpdSpec("Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PUPR", K.DINAS,
            "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "II.b", "pupr", 10,
            ("Bina Marga", "Sumber Daya Air", "Cipta Karya", "Penataan Ruang",
             "Bina Konstruksi")),
    OpdSpec("Dinas Sosial", "Dinsos", K.DINAS, "Kepala Dinas Sosial", "II.b", "dinsos", 5,
            ("Rehabilitasi Sosial", "Perlindungan dan Jaminan Sosial",
             "Pemberdayaan Sosial dan Penanganan Fakir Miskin")),
    OpdSpec("Dinas Pertanian", "Distan", K.DINAS, "Kepala Dinas Pertanian", "II.b",
            "pertanian", 12, ("Tanaman Pangan", "Hortikultura dan Perkebunan",
                              "Peternakan dan Kesehatan Hewan", "Penyuluhan Pertanian")),
    OpdSpec("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", K.DINAS,
            "Kepala Dinas Kependudukan dan Pencatatan Sipil", "II.b", "dukcapil", 6,
            ("Pelayanan Pendaftaran Penduduk", "Pelayanan Pencatatan Sipil",
             "Pengelolaan Informasi Administrasi Kependudukan"),
            {"Pelayanan Pendaftaran Penduduk": ("Identitas Penduduk", "Pindah Datang"),
             "Pelayanan Pencatatan Sipil": ("Kelahiran dan Kematian",
                                            "Perkawinan dan Perceraian")}),
    OpdSpec("Satuan Polisi Pamong Praja", "Satpol PP", K.DINAS,
            "Kepala Satuan Polisi Pamong Praja", "II.b", "satpol", 10,
            ("Penegakan Peraturan Daerah", "Ketertiban Umum dan Ketenteraman Masyarakat",
             "Perlindungan Masyarakat"),
            {"Penegakan Peraturan Daerah": ("Pembinaan dan Penyuluhan", "Penyelidikan"),
             "Ketertiban Umum dan Ketenteraman Masyarakat": ("Operasi dan Pengendalian",
                                                              "Kerja Sama")}),
)
_ASISTEN = {
    "Asisten Pemerintahan dan Kesejahteraan Rakyat": (
        "Tata Pemerintahan", "Hukum", "Kesejahteraan Rakyat"),
    "Asisten Perekonomian dan Pembangunan": (
        "Perekonomian dan Sumber Daya Alam", "Administrasi Pembangunan",
        "Pengadaan Barang dan Jasa"),
    "Asisten Administrasi Umum": ("Umum", "Organisasi", "Protokol dan Komunikasi Pimpinan"),
}
_BAGIAN_SUBBAG = ("Administrasi", "Pembinaan")
_DPRD_BAGIAN = ("Umum dan Keuangan", "Persidangan dan Perundang-undangan",
                "Fasilitasi Penganggaran dan Pengawasan")
_KEC_SEKSI = ("Pemerintahan", "Ketenteraman dan Ketertiban Umum",
              "Pemberdayaan Masyarakat dan Desa", "Kesejahteraan Sosial")


@dataclass
class OrgPlan:
    units: list[Unit]
    heads: list[Unit]  # units with a head post, highest priority first
    sectors: dict[str, list[Unit]]


class _Builder:
    def __init__(self, new_id, regency: Regency) -> None:  # type: ignore[no-untyped-def]
        self.new_id = new_id
        self.regency = regency
        self.units: list[Unit] = []

    def add(self, parent: Unit | None, name: str, kind: str, *, head: HeadPost | None = None,
            profile: str | None = None, weight: float = 0.0, sector: str | None = None,
            short: str | None = None, district: str = "") -> Unit:
        siblings = parent.children if parent else [u for u in self.units if u.parent is None]
        unit = Unit(self.new_id(), parent, name, str(kind), short, head, profile, weight,
                    sector or (parent.sector if parent else None),
                    district or (parent.district if parent else self.regency.capital_district),
                    len(siblings) + 1)
        if parent is not None:
            parent.children.append(unit)
        self.units.append(unit)
        return unit

    def sekretariat(self, opd: Unit, weight: float) -> None:
        """The sekretariat of an OPD and its two subbagian, sharing ``weight``."""
        sek = self.add(opd, "Sekretariat", K.SEKRETARIAT, head=HeadPost("Sekretaris", "III.a"),
                       profile="umum", weight=weight * 0.4)
        for name in _SUBBAG:
            self.add(sek, f"Subbagian {name}", K.SUBBAGIAN,
                     head=HeadPost(f"Kepala Subbagian {name}", "IV.a"), profile="umum",
                     weight=weight * 0.3)

    def opd(self, spec: OpdSpec) -> Unit:
        """An OPD: a quarter of its staff in the sekretariat, the rest in its bidang/seksi
        (the Inspektorat: its four inspektur pembantu)."""
        opd = self.add(None, spec.name, spec.kind, head=HeadPost(spec.head, spec.eselon),
                       sector="opd", short=spec.short)
        self.sekretariat(opd, spec.weight * 0.25)
        parts = len(spec.bidang) + sum(len(s) for s in spec.seksi.values())
        per = spec.weight * 0.75 / max(parts, 1)
        for name in spec.bidang:
            bidang = self.add(opd, f"Bidang {name}", K.BIDANG,
                              head=HeadPost(f"Kepala Bidang {name}", "III.b"),
                              profile=spec.profile, weight=per)
            for seksi in spec.seksi.get(name, ()):
                self.add(bidang, f"Seksi {seksi}", K.SEKSI,
                         head=HeadPost(f"Kepala Seksi {seksi}", "IV.a"), profile=spec.profile,
                         weight=per)
        if not spec.bidang:
            for roman in ("I", "II", "III", "IV"):
                self.add(opd, f"Inspektur Pembantu Wilayah {roman}", K.BIDANG,
                         head=HeadPost(f"Inspektur Pembantu Wilayah {roman}", "III.a"),
                         profile=spec.profile, weight=spec.weight * 0.75 / 4)
        return opd


def build_org(new_id, regency: Regency, employees: int, rng: random.Random) -> OrgPlan:  # type: ignore[no-untyped-def]
    """The whole tree of ``regency``; the number of schools grows with ``employees``."""
    b = _Builder(new_id, regency)
    _setda(b, regency)
    _dprd(b)
    opds = {spec.short: b.opd(spec) for spec in OPDS}
    _schools(b, regency, opds["Disdikbud"], employees, rng)
    _health(b, regency, opds["Dinkes"])
    _bpp(b, regency, opds["Distan"], rng)
    _kecamatan(b, regency)
    heads = sorted((u for u in b.units if u.head is not None),
                   key=lambda u: u.head.priority)  # type: ignore[union-attr]
    sectors: dict[str, list[Unit]] = {s: [] for s in SECTOR_SHARES}
    for u in b.units:
        if u.weight > 0 and u.sector in sectors:
            sectors[u.sector].append(u)
    return OrgPlan(b.units, heads, sectors)


def _setda(b: _Builder, regency: Regency) -> None:
    setda = b.add(None, "Sekretariat Daerah", K.SEKRETARIAT_DAERAH,
                  head=HeadPost("Sekretaris Daerah", "II.a"), sector="opd", short="Setda")
    for asisten, bagian in _ASISTEN.items():
        a = b.add(setda, asisten, K.LAINNYA, head=HeadPost(asisten, "II.b"))
        for name in bagian:
            bag = b.add(a, f"Bagian {name}", K.BAGIAN, head=HeadPost(f"Kepala Bagian {name}",
                                                                     "III.a"),
                        profile="setda", weight=0.7)
            for sub in _BAGIAN_SUBBAG:
                title = f"Subbagian {sub} {name}"
                b.add(bag, title, K.SUBBAGIAN, head=HeadPost(f"Kepala {title}", "IV.a"),
                      profile="setda", weight=0.4)


def _dprd(b: _Builder) -> None:
    dprd = b.add(None, "Sekretariat DPRD", K.SEKRETARIAT_DPRD,
                 head=HeadPost("Sekretaris DPRD", "II.b"), sector="opd", short="Setwan")
    for name in _DPRD_BAGIAN:
        bag = b.add(dprd, f"Bagian {name}", K.BAGIAN,
                    head=HeadPost(f"Kepala Bagian {name}", "III.a"), profile="dprd", weight=1.0)
        for sub in _BAGIAN_SUBBAG:
            title = f"Subbagian {sub} {name}"
            b.add(bag, title, K.SUBBAGIAN, head=HeadPost(f"Kepala {title}", "IV.a"),
                  profile="dprd", weight=0.5)


def _schools(b: _Builder, regency: Regency, dinas: Unit, employees: int,
             rng: random.Random) -> None:
    """SD and SMP negeri, as many as the teachers among ``employees`` need (~11 per SD,
    ~20 per SMP; at most the real counts of a regency)."""
    teachers = employees * SECTOR_SHARES["pendidikan"]
    n_sd = max(1, min(420, round(teachers * 0.7 / 11)))
    n_smp = max(1, min(90, round(teachers * 0.3 / 20)))
    districts = regency.districts
    numbers = sorted(rng.sample(range(1, 480), n_sd))
    for i, number in enumerate(numbers):
        district = districts[i % len(districts)]
        place = regency.village_name(district, rng)
        name = f"SD Negeri {number:03d}/{regency.school_roman} {place}"
        b.add(dinas, name, K.SEKOLAH, head=HeadPost(f"Kepala {name}", track="guru_sd",
                                                    tugas="Kepala Sekolah"),
              profile="school_sd", weight=1.0, sector="pendidikan", district=district.code)
    for i in range(n_smp):
        district = districts[i % len(districts)]
        name = f"SMP Negeri {i + 1} {regency.short_name}"
        b.add(dinas, name, K.SEKOLAH, head=HeadPost(f"Kepala {name}", track="guru_smp",
                                                    tugas="Kepala Sekolah"),
              profile="school_smp", weight=1.8, sector="pendidikan", district=district.code)


def _health(b: _Builder, regency: Regency, dinkes: Unit) -> None:
    for district in regency.districts:
        name = f"Puskesmas {district.name}"
        b.add(dinkes, name, K.PUSKESMAS,
              head=HeadPost(f"Kepala {name}", track="dokter", tugas="Kepala Puskesmas"),
              profile="puskesmas", weight=1.0, sector="kesehatan", district=district.code)
    rs = b.add(dinkes, regency.rsud_name, K.RUMAH_SAKIT,
               head=HeadPost(f"Direktur {regency.rsud_name}", "III.a"), profile="rsud",
               weight=5.0, sector="kesehatan")
    for name, head in (("Bagian Tata Usaha", "Kepala Bagian Tata Usaha"),
                       ("Bidang Pelayanan Medik", "Kepala Bidang Pelayanan Medik"),
                       ("Bidang Keperawatan", "Kepala Bidang Keperawatan"),
                       ("Bidang Penunjang", "Kepala Bidang Penunjang")):
        kind = K.BAGIAN if name.startswith("Bagian") else K.BIDANG
        b.add(rs, name, kind, head=HeadPost(head, "III.b"),
              profile="umum" if kind == K.BAGIAN else "rsud", weight=1.0)


def _bpp(b: _Builder, regency: Regency, distan: Unit, rng: random.Random) -> None:
    chosen = [d for i, d in enumerate(regency.districts) if i % 3 == 0]
    for district in chosen:
        name = f"UPTD Balai Penyuluhan Pertanian Kecamatan {district.name}"
        b.add(distan, name, K.UPT, head=HeadPost(f"Kepala {name}", "IV.a"), profile="bpp",
              weight=1.0, district=district.code)


def _kecamatan(b: _Builder, regency: Regency) -> None:
    for district in regency.districts:
        kec = b.add(None, f"Kecamatan {district.name}", K.KECAMATAN,
                    head=HeadPost(f"Camat {district.name}", "III.a"), sector="wilayah",
                    district=district.code)
        sek = b.add(kec, "Sekretariat Kecamatan", K.SEKRETARIAT,
                    head=HeadPost("Sekretaris Camat", "III.b"), profile="kecamatan", weight=1.0)
        for sub in ("Umum dan Kepegawaian", "Perencanaan dan Keuangan"):
            b.add(sek, f"Subbagian {sub}", K.SUBBAGIAN,
                  head=HeadPost(f"Kepala Subbagian {sub}", "IV.b"), profile="kecamatan",
                  weight=0.4)
        for seksi in _KEC_SEKSI:
            b.add(kec, f"Seksi {seksi}", K.SEKSI, head=HeadPost(f"Kepala Seksi {seksi}", "IV.a"),
                  profile="kecamatan", weight=0.4)
        for village in regency.kelurahan(district):
            kel = b.add(kec, f"Kelurahan {village.name}", K.KELURAHAN,
                        head=HeadPost(f"Lurah {village.name}", "IV.a"), profile="kelurahan",
                        weight=0.8)
            for seksi in ("Pemerintahan dan Ketenteraman", "Ekonomi dan Pembangunan"):
                b.add(kel, f"Seksi {seksi}", K.SEKSI,
                      head=HeadPost(f"Kepala Seksi {seksi}", "IV.b"), profile="kelurahan",
                      weight=0.2)


def unit_rows(units: list[Unit], office_code: str) -> list[dict[str, object]]:
    """The ``org_unit`` rows of the tree, parents first."""
    return [{
        "id": u.id, "office_code": office_code, "deleted": False, "deleted_reason": None,
        "merged_into": None, "parent_id": u.parent.id if u.parent else None, "name": u.name,
        "short_name": u.short_name, "kind": u.kind,
        "eselon": u.head.eselon if u.head else None, "sort_order": u.sort_order,
        "active": True, "siasn_unor_id": None,
    } for u in units]
