"""DRH (Daftar Riwayat Hidup) of one employee: A4 portrait, sections I–VI always, VII and
VIII where data exists (domain.md §8.2), the pas foto beside section I, signed by the
employee ("Yang membuat")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from app.reports.formatting import tanggal_indonesia
from app.reports.labels import label
from app.reports.model import (
    Align,
    Block,
    Column,
    Field,
    FieldsBlock,
    Heading,
    Kind,
    Paper,
    PaperColumn,
    ReportDocument,
    Signature,
    Table,
    TableBlock,
    TextBlock,
)
from app.services.report_data_drh import DrhData, DrhIdentity, FamilyRow

C = Align.CENTER


def _gender(code: str | None, lang: str | None) -> str | None:
    return {"L": label("male", lang), "P": label("female", lang)}.get(code or "")


def _place_date(place: str | None, when: date | None, lang: str | None) -> str:
    parts = [p for p in (place, tanggal_indonesia(when, lang) if when else None) if p]
    return ", ".join(parts)


def identity_fields(p: DrhIdentity, lang: str | None) -> tuple[Field, ...]:
    t = lambda code: label(code, lang)  # noqa: E731
    pangkat = ", ".join(x for x in (
        f"{p.pangkat} ({p.golongan})" if p.pangkat else p.golongan,
        label("drh_tmt", lang, date=tanggal_indonesia(p.tmt_golongan, lang))
        if p.tmt_golongan else None,
    ) if x) or None
    street = " ".join(x for x in (p.alamat, f"RT {p.rt}" if p.rt else None,
                                  f"RW {p.rw}" if p.rw else None) if x) or None
    mk = (label("drh_mk", lang, years=p.masa_kerja.years, months=p.masa_kerja.months)
          if p.masa_kerja else None)
    sub = lambda letter, code, value, kind=Kind.TEXT: Field(  # noqa: E731
        "", f"{letter}. {t(code)}", value, 1, kind)
    return (
        Field("1.", t("drh_nama"), p.nama),
        Field("2.", t("col_nip"), p.nip, kind=Kind.NIP),
        Field("3.", t("drh_pangkat"), pangkat),
        Field("4.", t("col_jabatan"), p.jabatan),
        Field("5.", t("col_unit"), p.unit),
        Field("6.", t("col_masa_kerja"), mk),
        Field("7.", t("drh_ttl"), _place_date(p.tempat_lahir, p.tanggal_lahir, lang) or None),
        Field("8.", t("drh_jk"), _gender(p.jenis_kelamin, lang)),
        Field("9.", t("col_agama"), p.agama),
        Field("10.", t("drh_kawin"), p.status_perkawinan),
        Field("11.", t("col_nik"), p.nik),
        Field("12.", t("drh_alamat"), None),
        sub("a", "drh_jalan", street),
        sub("b", "drh_kelurahan", p.kelurahan),
        sub("c", "drh_kecamatan", p.kecamatan),
        sub("d", "drh_kabupaten", p.kabupaten_kota),
        sub("e", "drh_provinsi", p.provinsi),
        Field("13.", t("drh_badan"), None),
        sub("a", "drh_tinggi", f"{p.tinggi_badan} cm" if p.tinggi_badan else None),
        sub("b", "drh_berat", f"{p.berat_badan} kg" if p.berat_badan else None),
        sub("c", "drh_rambut", p.rambut),
        sub("d", "drh_muka", p.bentuk_muka),
        sub("e", "drh_kulit", p.warna_kulit),
        sub("f", "drh_ciri", p.ciri_khas),
        sub("g", "drh_cacat", p.cacat_tubuh),
        Field("14.", t("drh_hobi"), p.hobi),
    )


def _table(columns: Sequence[Column], rows: Sequence[tuple[object, ...]], lang: str | None,
           weights: Sequence[float]) -> Table:
    numbered = [(n, *r) for n, r in enumerate(rows, start=1)]
    cols = (Column("no", label("col_no", lang), Kind.INT, align=C, xlsx_width=5), *columns)
    layout = tuple(PaperColumn((c.id,), c.paper_label, w, c.align, c.group)
                   for c, w in zip(cols, (18, *weights), strict=True))
    return Table(cols, numbered, layout=layout, empty_text=label("no_data", lang))


def _span(start: date | None, end: date | None) -> str | None:
    if start and end and start != end:
        return f"{start:%d-%m-%Y} s.d. {end:%d-%m-%Y}"
    return f"{(start or end):%d-%m-%Y}" if (start or end) else None


def _years(start: date | None, end: date | None) -> str | None:
    if start is None and end is None:
        return None
    return f"{start.year if start else '…'} – {end.year if end else '…'}"


Section = Callable[[DrhData, str | None], list[Block]]


def _pendidikan(d: DrhData, lang: str | None) -> list[Block]:
    t = lambda code: label(code, lang)  # noqa: E731
    edu = _table(
        (Column("tingkat", t("drh_tingkat"), align=C), Column("nama", t("drh_sekolah")),
         Column("jurusan", t("col_jurusan")),
         Column("ijazah", t("drh_ijazah")),
         Column("tahun", t("col_tahun_lulus"), Kind.INT, align=C),
         Column("tempat", t("drh_tempat")), Column("kepala", t("drh_kepala"))),
        [(e.tingkat, e.nama, e.jurusan, e.ijazah_nomor, e.tahun, e.tempat, e.kepala)
         for e in d.education], lang, (34, 95, 70, 60, 30, 60, 100))
    courses = _table(
        (Column("nama", t("drh_kursus")), Column("lama", t("drh_lamanya"), align=C),
         Column("jp", t("drh_jp"), Kind.INT, align=C),
         Column("sertifikat", t("drh_sertifikat")),
         Column("tahun", t("sub_tahun"), Kind.INT, align=C), Column("tempat", t("drh_tempat")),
         Column("ket", t("col_keterangan"))),
        [(c.nama, _span(c.mulai, c.selesai), c.jp, c.sertifikat, c.tahun, c.tempat,
          c.keterangan) for c in d.courses], lang, (120, 70, 24, 70, 30, 70, 65))
    return [Heading(t("drh_ii")),
            Heading(t("drh_ii_1"), 2), TableBlock(edu, sheet=t("drh_sheet_pendidikan")),
            Heading(t("drh_ii_2"), 2), TableBlock(courses, sheet=t("drh_sheet_kursus"))]


def _pekerjaan(d: DrhData, lang: str | None) -> list[Block]:
    t = lambda code: label(code, lang)  # noqa: E731
    sk = t("grp_sk")
    pangkat = _table(
        (Column("pangkat", t("col_pangkat")), Column("gol", t("sub_gol"), align=C),
         Column("tmt", t("drh_berlaku"), Kind.DATE), Column("gaji", t("sub_gaji"), Kind.NUMBER),
         Column("pejabat", t("drh_pejabat"), group=sk), Column("nomor", t("drh_nomor"), group=sk),
         Column("tanggal", t("drh_tanggal"), Kind.DATE, group=sk),
         Column("peraturan", t("drh_peraturan"))),
        [(p.pangkat, p.golongan, p.tmt, p.gaji_pokok, p.sk_pejabat, p.sk_nomor, p.sk_tanggal,
          p.peraturan) for p in d.pangkat], lang, (72, 30, 48, 46, 62, 98, 48, 58))
    jabatan = _table(
        (Column("jabatan", t("drh_jabatan_pekerjaan")), Column("masa", t("drh_mulai_sampai")),
         Column("gol", t("sub_gol"), align=C), Column("gaji", t("sub_gaji"), Kind.NUMBER),
         Column("pejabat", t("drh_pejabat"), group=sk), Column("nomor", t("drh_nomor"), group=sk),
         Column("tanggal", t("drh_tanggal"), Kind.DATE, group=sk)),
        [(_with_unit(j.jabatan, j.unit), _span_open(j.mulai, j.selesai, lang), j.golongan,
          j.gaji_pokok, j.sk_pejabat, j.sk_nomor, j.sk_tanggal) for j in d.jabatan],
        lang, (124, 62, 30, 44, 62, 98, 48))
    return [Heading(t("drh_iii")),
            Heading(t("drh_iii_1"), 2), TableBlock(pangkat, sheet=t("drh_sheet_pangkat")),
            Heading(t("drh_iii_2"), 2), TableBlock(jabatan, sheet=t("drh_sheet_jabatan"))]


def _with_unit(jabatan: str, unit: str | None) -> str:
    return f"{jabatan}\n{unit}" if unit else jabatan


def _span_open(start: date, end: date | None, lang: str | None) -> str:
    until = f"{end:%d-%m-%Y}" if end else label("drh_sekarang", lang)
    return f"{start:%d-%m-%Y} s.d. {until}"


def _penghargaan(d: DrhData, lang: str | None) -> list[Block]:
    t = lambda code: label(code, lang)  # noqa: E731
    table = _table(
        (Column("nama", t("drh_penghargaan")), Column("tahun", t("drh_tahun_perolehan"),
                                                      Kind.INT, align=C),
         Column("pemberi", t("drh_pemberi"))),
        [(a.nama, a.tahun, a.pemberi) for a in d.awards], lang, (250, 60, 180))
    return [Heading(t("drh_iv")), TableBlock(table, sheet=t("drh_sheet_penghargaan"))]


def _luar_negeri(d: DrhData, lang: str | None) -> list[Block]:
    t = lambda code: label(code, lang)  # noqa: E731
    table = _table(
        (Column("negara", t("drh_negara")), Column("tujuan", t("drh_tujuan")),
         Column("lama", t("drh_lamanya")), Column("biaya", t("drh_pembiaya"))),
        [(a.negara, a.tujuan, a.lama, a.pembiaya) for a in d.abroad], lang, (90, 190, 80, 130))
    return [Heading(t("drh_v")), TableBlock(table, sheet=t("drh_sheet_luar_negeri"))]


def _members(rows: Sequence[FamilyRow], relations: set[str]) -> list[FamilyRow]:
    return [r for r in rows if r.relation in relations]


def _keluarga(d: DrhData, lang: str | None) -> list[Block]:
    t = lambda code: label(code, lang)  # noqa: E731
    spouse = _table(
        (Column("nama", t("col_nama")), Column("tempat", t("col_tempat_lahir")),
         Column("lahir", t("col_tanggal_lahir"), Kind.DATE),
         Column("nikah", t("drh_tanggal_nikah"), Kind.DATE),
         Column("kerja", t("drh_pekerjaan")), Column("ket", t("col_keterangan"))),
        [(m.nama, m.tempat_lahir, m.tanggal_lahir, m.tanggal_nikah, m.pekerjaan,
          _status(m.keterangan, lang)) for m in _members(d.family, {"istri", "suami"})],
        lang, (130, 75, 52, 52, 90, 90))
    children = _table(
        (Column("nama", t("col_nama")), Column("jk", t("col_jk"), align=C),
         Column("tempat", t("col_tempat_lahir")),
         Column("lahir", t("col_tanggal_lahir"), Kind.DATE),
         Column("kerja", t("drh_sekolah_pekerjaan")), Column("ket", t("col_keterangan"))),
        [(m.nama, m.jenis_kelamin, m.tempat_lahir, m.tanggal_lahir, m.pekerjaan,
          _status(m.keterangan, lang)) for m in _members(d.family, {"anak"})],
        lang, (140, 24, 80, 52, 110, 83))
    blocks: list[Block] = [
        Heading(t("drh_vi")),
        Heading(t("drh_vi_1"), 2), TableBlock(spouse, sheet=t("drh_sheet_pasangan")),
        Heading(t("drh_vi_2"), 2), TableBlock(children, sheet=t("drh_sheet_anak")),
    ]
    groups = ((t("drh_vi_3"), {"ayah", "ibu"}, t("drh_sheet_orang_tua")),
              (t("drh_vi_4"), {"ayah_mertua", "ibu_mertua"}, t("drh_sheet_mertua")),
              (t("drh_vi_5"), {"saudara"}, t("drh_sheet_saudara")))
    for heading, relations, sheet in groups:
        table = _table(
            (Column("nama", t("col_nama")), Column("jk", t("col_jk"), align=C),
             Column("lahir", t("drh_lahir_umur"), Kind.DATE), Column("kerja", t("drh_pekerjaan")),
             Column("ket", t("col_keterangan"))),
            [(m.nama, m.jenis_kelamin, m.tanggal_lahir, m.pekerjaan,
              _relation(m.relation, lang) or _status(m.keterangan, lang))
             for m in _members(d.family, relations)], lang, (150, 24, 60, 130, 125))
        blocks += [Heading(heading, 2), TableBlock(table, sheet=sheet)]
    return blocks


def _relation(code: str, lang: str | None) -> str | None:
    if code in ("ayah", "ibu", "ayah_mertua", "ibu_mertua"):
        return label(f"rel_{code}", lang)
    return None


def _status(code: str | None, lang: str | None) -> str | None:
    if not code:
        return None
    text = label(f"family_{code}", lang)
    return code.replace("_", " ").capitalize() if text.startswith("report.") else text


def _organisasi(d: DrhData, lang: str | None) -> list[Block]:
    if not d.organisations:
        return []
    t = lambda code: label(code, lang)  # noqa: E731
    blocks: list[Block] = [Heading(t("drh_vii"))]
    eras = (("slta", "drh_vii_1"), ("perguruan_tinggi", "drh_vii_2"), ("pns", "drh_vii_3"))
    for era, code in eras:
        rows = [o for o in d.organisations if o.era == era]
        if not rows:
            continue
        table = _table(
            (Column("nama", t("drh_organisasi")), Column("kedudukan", t("drh_kedudukan")),
             Column("tahun", t("drh_dalam_tahun"), align=C), Column("tempat", t("drh_tempat")),
             Column("pimpinan", t("drh_pimpinan"))),
            [(o.nama, o.kedudukan, _years(o.mulai, o.selesai), o.tempat, o.pimpinan)
             for o in rows], lang, (140, 90, 60, 90, 110))
        blocks += [Heading(t(code), 2), TableBlock(table, sheet=t(f"drh_sheet_org_{era}"))]
    return blocks


def _lain_lain(d: DrhData, lang: str | None) -> list[Block]:
    if not d.sanctions:
        return []
    t = lambda code: label(code, lang)  # noqa: E731
    table = _table(
        (Column("jenis", t("drh_hukuman")), Column("tingkat", t("drh_tingkat_hukuman")),
         Column("nomor", t("drh_nomor")), Column("tanggal", t("drh_tanggal"), Kind.DATE),
         Column("masa", t("drh_masa_berlaku")), Column("peraturan", t("drh_peraturan"))),
        [(h.jenis, h.tingkat, h.sk_nomor, h.sk_tanggal, _span(h.mulai, h.selesai),
          h.peraturan) for h in d.sanctions], lang, (130, 45, 90, 52, 95, 78))
    return [Heading(t("drh_viii")), Heading(t("drh_viii_1"), 2),
            TableBlock(table, sheet=t("drh_sheet_hukuman"))]


SECTIONS: tuple[Section, ...] = (_pendidikan, _pekerjaan, _penghargaan, _luar_negeri,
                                 _keluarga, _organisasi, _lain_lain)


def drh_document(data: DrhData, *, paper: Paper = Paper.A4, lang: str | None = None,
                 printed_on: date | None = None) -> ReportDocument:
    """The DRH as a document (portrait)."""
    on = printed_on or date.today()
    p = data.person
    blocks: list[Block] = [
        Heading(label("drh_i", lang)),
        FieldsBlock(identity_fields(p, lang), photo=data.photo,
                    photo_caption=label("photo", lang), sheet=label("drh_sheet_identitas", lang)),
    ]
    for section in SECTIONS:
        blocks += section(data, lang)
    blocks.append(TextBlock(label("drh_statement", lang)))
    signature = Signature(place=data.office.city, on=on, caption=label("drh_signer", lang),
                          name=p.nama, nip=p.nip)
    return ReportDocument(
        title=label("drh_title", lang), blocks=tuple(blocks), signature=signature,
        paper=paper, landscape=False, printed_on=on, office_name=data.office.name,
        footer_note=label("drh_footer", lang, nama=p.nama), lang=lang,
        table_font_size=7.0,
    )
