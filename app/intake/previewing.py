"""The dry run: what an intake would create and change, and every row it would refuse.

:func:`preview` only reads. It parses every row with the intake rules, finds repeated rows
(the same NIP twice with the same content: the later copy is skipped; with different content:
both are refused, the file cannot say which is right; one NIK on two NIPs: both refused),
matches existing employees by NIP (deterministic: NIP is unique), and plans each row
(:class:`~app.intake.planner.Planner`). Nothing changes until :func:`app.intake.applying.apply`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.reference import Jabatan
from app.domain.nik import InvalidNik, normalize_nik
from app.errors import message
from app.intake.dto import IntakeOptions, IntakePreview, Issue, NewGolongan, RowPlan, RowStatus
from app.intake.dto import Severity as S
from app.intake.mapping import Mapping
from app.intake.memory import mapping_for
from app.intake.planner import Planner
from app.intake.records import ParsedRow, parse_row
from app.intake.refs import Resolver
from app.intake.snapshot import Snapshot, load_employees, take_snapshot
from app.intake.table import RawTable
from app.jobs import NO_PROGRESS, Progress
from app.services.roles import CurrentUser, Permission, can, require, why_not

STEP = 100


def preview(
    session: Session, actor: CurrentUser, table: RawTable, mapping: Mapping | None = None, *,
    options: IntakeOptions | None = None, progress: Progress = NO_PROGRESS,
    today: date | None = None,
) -> IntakePreview:
    """Plan the intake of ``table`` with ``mapping`` (default: remembered or suggested)."""
    require(actor, Permission.EMPLOYEE_READ)
    options = options or IntakeOptions()
    mapping = mapping or mapping_for(session, actor, table)
    file_issues = _file_issues(mapping)
    base = dict(source=table.source, signature=table.signature, office_code=actor.office_code,
                mapping=mapping, headers=table.headers, options=options)
    if any(i.severity is S.ERROR for i in file_issues):
        return IntakePreview(rows=(), file_issues=tuple(file_issues), **base)  # type: ignore[arg-type]
    snapshot = take_snapshot(session, actor.office_code)
    total = len(table.rows)
    parsed: list[ParsedRow] = []
    for i, row in enumerate(table.rows):
        if i % STEP == 0:
            progress.step(i, total * 2, message("intake.progress_read", row=i, total=total))
        parsed.append(parse_row(row, mapping, snapshot))
    load_employees(session, snapshot, [n for p in parsed if (n := p.key_nip())])
    duplicates = _repeats(parsed)
    planner = Planner(session, snapshot, _resolver(session, actor, snapshot, options, parsed),
                      today)
    plans: list[RowPlan] = []
    for i, p in enumerate(parsed):
        if i % STEP == 0:
            progress.step(total + i, total * 2,
                          message("intake.progress_check", row=i, total=total))
        plans.append(planner.plan(p, duplicates.get(p.number)))
    progress.step(total * 2, total * 2, message("intake.progress_done"))
    return _summary(plans, parsed, planner.resolver, file_issues, base)


def _file_issues(mapping: Mapping) -> list[Issue]:
    issues = [Issue(0, "", p.field, p.code, dict(p.params)) for p in mapping.problems()]
    fields = mapping.fields
    if "jenis_pegawai" not in fields and "status_cpns_pns" not in fields:
        issues.append(Issue(0, "", "jenis_pegawai", "intake.jenis_from_nip", {}, S.WARNING))
    if "nama" not in fields:
        issues.append(Issue(0, "", "nama", "intake.no_name_column", {}, S.WARNING))
    return issues


def _resolver(session: Session, actor: CurrentUser, snapshot: Snapshot,
              options: IntakeOptions, parsed: list[ParsedRow]) -> Resolver:
    ids = sorted({v for p in parsed if isinstance(v := p.values.get("jabatan_siasn_id"), str)})
    taken: set[str] = set()
    for i in range(0, len(ids), 500):
        taken.update(c for c in session.scalars(
            select(Jabatan.code).where(Jabatan.code.in_(ids[i:i + 500]))) if c)
    denied = why_not(actor, Permission.ORG_WRITE)
    return Resolver(snapshot, create_units=options.create_units,
                    create_jabatan=options.create_jabatan and can(actor,
                                                                   Permission.EMPLOYEE_WRITE),
                    units_denied=denied,  # without the permission the option does not matter
                    taken_codes=frozenset(taken))


def _repeats(parsed: list[ParsedRow]) -> dict[int, int]:
    """Mark repeated NIPs and shared NIKs; returns row → first row for exact copies."""
    by_nip: dict[str, list[ParsedRow]] = defaultdict(list)
    for p in parsed:
        nip = p.key_nip()
        if nip:
            by_nip[nip].append(p)
    copies: dict[int, int] = {}
    for rows in by_nip.values():
        if len(rows) < 2:
            continue
        first = rows[0]
        if all(r.values == first.values for r in rows[1:]):
            copies.update({r.number: first.number for r in rows[1:]})
            continue
        for r in rows:
            others = ", ".join(str(o.number) for o in rows if o is not r)
            r.error("nip", "intake.nip_repeated", rows=others)
    _shared_nik(parsed, copies)
    return copies


def _shared_nik(parsed: list[ParsedRow], copies: dict[int, int]) -> None:
    by_nik: dict[str, list[ParsedRow]] = defaultdict(list)
    for p in parsed:
        nik = p.values.get("nik")
        if isinstance(nik, str) and p.number not in copies:
            try:
                by_nik[normalize_nik(nik)].append(p)
            except InvalidNik:
                continue
    for rows in by_nik.values():
        if len({r.key_nip() for r in rows}) > 1:
            for r in rows:
                others = ", ".join(str(o.number) for o in rows if o is not r)
                r.error("nik", "intake.nik_repeated", rows=others)


def _summary(plans: list[RowPlan], parsed: list[ParsedRow], resolver: Resolver,
             file_issues: list[Issue], base: dict[str, object]) -> IntakePreview:
    good = [p for p in plans if p.status in (RowStatus.NEW, RowStatus.CHANGED)]
    units: Counter[str] = Counter()
    jabatan: Counter[str] = Counter()
    golongan: Counter[str] = Counter()
    for plan in good:
        if plan.unit_ref:
            units[plan.unit_ref] += 1
        for h in plan.histories:
            if h.unit_ref:
                units[h.unit_ref] += 0  # the unit is needed even when only a history names it
            if h.jabatan_ref:
                jabatan[h.jabatan_ref] += 1
            if h.kind == "pangkat":
                golongan[h.data.golongan_code] += 1
    cells = {p.number: p.cells for p in parsed}
    bad = {p.row: cells[p.row] for p in plans if p.status is RowStatus.BAD}
    return IntakePreview(
        rows=tuple(plans), new_units=resolver.used_units(units),
        new_jabatan=resolver.used_jabatan(jabatan),
        new_golongan=tuple(NewGolongan(c, n) for c, n in sorted(golongan.items())),
        file_issues=tuple(file_issues), raw_cells=bad, **base)  # type: ignore[arg-type]
