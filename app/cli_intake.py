"""``simpeg intake FILE [--dry-run] [--mapping JSON] [--review OUT.xlsx]``: import a spreadsheet.

Prints the preview (file, mapping, counts, new units/positions/golongan, every refused row
with its row number, column and reason; progress on stderr when it is a terminal), then —
without ``--dry-run`` — backs the database up and applies the good rows (all or nothing).
Exit 0 when the file was applied (or previewed) or held nothing new; 1 with a one-line reason
when nothing could be applied (a mapping problem, or every changing row refused).
``--json`` prints the same as one JSON document.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli_base import EXIT_ERROR, CliParser, Output, system_context, table_lines
from app.errors import message, register_messages
from app.jobs import NO_PROGRESS


def register(sub: argparse._SubParsersAction, common: CliParser) -> None:
    p = sub.add_parser("intake", parents=[common], help=message("cli.intake_help"),
                       description=message("cli.intake_description"))
    p.add_argument("file", metavar="BERKAS", help=message("cli.intake_file"))
    p.add_argument("--dry-run", action="store_true", help=message("cli.intake_dry_run"))
    p.add_argument("--mapping", metavar="JSON", help=message("cli.intake_mapping"))
    p.add_argument("--sheet", metavar="LEMBAR", help=message("cli.intake_sheet"))
    p.add_argument("--review", metavar="BERKAS.xlsx", help=message("cli.intake_review"))
    p.add_argument("--no-new-units", action="store_true", help=message("cli.intake_no_units"))
    p.add_argument("--no-new-jabatan", action="store_true",
                   help=message("cli.intake_no_jabatan"))
    p.set_defaults(handler=run_intake)


def run_intake(args: argparse.Namespace, out: Output) -> int:
    from app import intake

    overrides = intake.load_overrides(args.mapping) if args.mapping else None
    table = intake.read_table(args.file, args.sheet)
    options = intake.IntakeOptions(create_units=not args.no_new_units,
                                   create_jabatan=not args.no_new_jabatan)
    progress = out.progress() if out.stderr.isatty() else NO_PROGRESS
    with system_context(args) as ctx:
        mapping = intake.suggested_mapping(ctx, table)
        if overrides:
            mapping = intake.apply_overrides(mapping, overrides)
        plan = intake.preview_table(ctx, table, mapping, options, progress)
        if args.review and plan.bad_rows:
            intake.export_review(plan, args.review, office_name=ctx.office_name)
        result = None
        if plan.can_apply and not args.dry_run:
            result = intake.apply_preview(ctx, plan, progress)
    out.data(_as_data(table, plan, result), lambda: _lines(table, plan, result, args))
    return _exit(plan, out)


def _exit(plan: Any, out: Output) -> int:
    errors = [i for i in plan.file_issues if i.severity == "error"]
    if errors:
        return out.fail(errors[0].text())
    counts = plan.counts
    if not plan.to_apply and counts["bad"]:
        return out.fail(message("intake.nothing_to_apply", bad=counts["bad"],
                                unchanged=counts["unchanged"]), EXIT_ERROR)
    return 0


def _as_data(table: Any, plan: Any, result: Any) -> dict[str, object]:
    from app.intake import issue_place

    def issue(i: Any) -> dict[str, object]:
        return {"row": i.row, "column": issue_place(i), "field": i.field, "code": i.code,
                "reason": i.text(), "severity": str(i.severity)}

    return {
        "file": {"name": table.source, "sheet": table.sheet, "header_row": table.header_row,
                 "rows": len(table.rows), "delimiter": table.delimiter,
                 "encoding": table.encoding, "signature": table.signature},
        "mapping": plan.mapping.as_json(),
        "counts": plan.counts,
        "new_employees": [{"row": r.row, "nip": r.nip, "nama": r.nama}
                          for r in plan.rows if r.status == "new"],
        "changed": [{"row": r.row, "nip": r.nip, "nama": r.nama,
                     "changes": [{"field": c.field, "old": c.old, "new": c.new}
                                 for c in r.changes],
                     "histories": [h.summary for h in r.histories]}
                    for r in plan.rows if r.status == "changed"],
        "new_units": [{"name": u.name, "kind": u.kind, "parent": u.parent_name,
                       "employees": u.employees} for u in plan.new_units],
        "new_jabatan": [{"name": j.name, "kind": j.kind, "jenjang": j.jenjang,
                         "employees": j.employees} for j in plan.new_jabatan],
        "new_golongan": [{"golongan": g.code, "employees": g.employees}
                         for g in plan.new_golongan],
        "errors": [issue(i) for i in plan.issues("error")],
        "warnings": [issue(i) for i in plan.issues("warning")],
        "applied": None if result is None else {
            "created": result.created, "updated": result.updated,
            "histories_added": result.histories_added, "units_created": result.units_created,
            "jabatan_created": result.jabatan_created, "backup": result.backup_path},
    }


def _lines(table: Any, plan: Any, result: Any, args: argparse.Namespace) -> list[str]:
    from app.intake import field_label, issue_place

    c = plan.counts
    used = [m for m in plan.mapping.columns if m.field]
    lines = [
        message("cli.intake_file_line", name=table.source, rows=len(table.rows),
                header_row=table.header_row),
        message("cli.intake_mapping_line", used=len(used),
                ignored=len(plan.mapping.columns) - len(used)),
        *[message("cli.intake_guess", header=m.header, field=field_label(m.field))
          for m in used if m.needs_check],
        message("cli.intake_counts", new=c["new"], changed=c["changed"],
                unchanged=c["unchanged"], bad=c["bad"]),
        *[message("cli.intake_new_unit", name=u.name, n=u.employees) for u in plan.new_units],
        *[message("cli.intake_new_jabatan", name=j.name, n=j.employees)
          for j in plan.new_jabatan],
        *[message("cli.intake_new_golongan", golongan=g.code, n=g.employees)
          for g in plan.new_golongan],
    ]
    for title, severity in (("cli.intake_bad_rows", "error"), ("cli.intake_warnings", "warning")):
        found = plan.issues(severity)
        if found:
            lines += ["", message(title), *table_lines(
                [message("cli.intake_col_row"), message("cli.intake_col_column"),
                 message("cli.intake_col_reason")],
                [(i.row or "-", issue_place(i), i.text()) for i in found])]
    if args.review and plan.bad_rows:
        lines.append(message("cli.intake_review_written", path=args.review))
    lines.append("")
    if result is not None:
        lines.append(message("cli.intake_applied", created=result.created,
                             updated=result.updated, histories=result.histories_added,
                             units=result.units_created, jabatan=result.jabatan_created))
        if result.backup_path:
            lines.append(message("cli.intake_backup", path=result.backup_path))
    elif args.dry_run and plan.to_apply:
        lines.append(message("cli.intake_dry_run_note"))
    elif not plan.to_apply and not c["bad"] and not plan.blocked:
        lines.append(message("cli.intake_nothing_new"))
    return lines


register_messages({
    "cli.intake_help": ("impor data pegawai dari Excel/CSV (termasuk ekspor SIASN)",
                        "import employees from Excel/CSV (SIASN exports included)"),
    "cli.intake_description": (
        "Membaca .xlsx/.csv, memetakan kolom menurut judulnya, menampilkan pratinjau (pegawai "
        "baru, data yang berubah, baris bermasalah), lalu menerapkan baris yang benar.",
        "Reads .xlsx/.csv, maps columns by their headers, shows a preview (new employees, "
        "changed data, rows with problems), then applies the good rows.",
    ),
    "cli.intake_file": ("berkas .xlsx atau .csv", "the .xlsx or .csv file"),
    "cli.intake_dry_run": ("hanya pratinjau; tidak mengubah apa pun",
                           "preview only; change nothing"),
    "cli.intake_mapping": (
        'pemetaan kolom sebagai JSON atau berkas JSON, mis. {"NIP Pegawai": "nip", '
        '"Catatan": null}',
        'column mapping as JSON or a JSON file, e.g. {"NIP Pegawai": "nip", "Catatan": null}',
    ),
    "cli.intake_sheet": ("nama lembar Excel (bawaan: lembar pertama berisi data)",
                         "Excel sheet name (default: the first sheet with data)"),
    "cli.intake_review": ("tulis baris bermasalah ke berkas .xlsx untuk diperbaiki",
                          "write the rows with problems to an .xlsx file to fix"),
    "cli.intake_no_units": ("jangan menambah unit kerja baru (unit tak dikenal = masalah)",
                            "do not add new units (an unknown unit is a problem)"),
    "cli.intake_no_jabatan": ("jangan menambah jabatan baru ke katalog",
                              "do not add new positions to the catalogue"),
    "cli.intake_file_line": ("Berkas {name}: {rows} baris data (judul kolom di baris "
                             "{header_row}).",
                             "File {name}: {rows} data rows (headers in row {header_row})."),
    "cli.intake_mapping_line": ("Pemetaan: {used} kolom dipakai, {ignored} diabaikan.",
                                "Mapping: {used} columns used, {ignored} ignored."),
    "cli.intake_guess": ("  periksa: kolom '{header}' dibaca sebagai {field}",
                         "  check: column '{header}' is read as {field}"),
    "cli.intake_counts": (
        "Pegawai baru {new} · berubah {changed} · tidak berubah {unchanged} · "
        "bermasalah {bad}",
        "New {new} · changed {changed} · unchanged {unchanged} · with problems {bad}",
    ),
    "cli.intake_new_unit": ("  unit kerja baru: {name} ({n} pegawai)",
                            "  new unit: {name} ({n} employees)"),
    "cli.intake_new_jabatan": ("  jabatan baru: {name} ({n} pegawai)",
                               "  new position: {name} ({n} employees)"),
    "cli.intake_new_golongan": ("  riwayat golongan {golongan} dicatat untuk {n} pegawai",
                                "  golongan {golongan} recorded for {n} employees"),
    "cli.intake_bad_rows": ("Baris bermasalah (tidak diterapkan):",
                            "Rows with problems (not applied):"),
    "cli.intake_warnings": ("Catatan (baris tetap diterapkan):",
                            "Notes (the rows are still applied):"),
    "cli.intake_col_row": ("Baris", "Row"),
    "cli.intake_col_column": ("Kolom", "Column"),
    "cli.intake_col_reason": ("Masalah", "Problem"),
    "cli.intake_review_written": ("Baris bermasalah ditulis ke {path}.",
                                  "Rows with problems written to {path}."),
    "cli.intake_applied": (
        "Diterapkan: {created} pegawai baru, {updated} diperbarui, {histories} riwayat, "
        "{units} unit baru, {jabatan} jabatan baru.",
        "Applied: {created} new employees, {updated} updated, {histories} history records, "
        "{units} new units, {jabatan} new positions.",
    ),
    "cli.intake_backup": ("Cadangan sebelum impor: {path}", "Backup before the import: {path}"),
    "cli.intake_dry_run_note": (
        "Pratinjau saja: tidak ada yang diubah. Jalankan tanpa --dry-run untuk menerapkan.",
        "Preview only: nothing was changed. Run without --dry-run to apply.",
    ),
    "cli.intake_nothing_new": ("Tidak ada yang baru: data sudah sama dengan berkas.",
                               "Nothing new: the data already matches the file."),
})
