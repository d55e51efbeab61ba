"""The demo as a stream of row batches, with no database: what :func:`app.demo.generate`
writes, in order. Pure and deterministic: the same :class:`DemoSpec` yields the same rows, so
the stream may run in a second process (:mod:`app.demo.parallel`) while the first one writes.

Order: one :class:`Batch` with the office's tree and set-up tables, then one per
``spec.batch`` employees, then an :class:`Ending` with what the last step needs.
"""

from __future__ import annotations

import gc
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from app.demo.appraisal import (
    AppraisalBuilder,
    empty_rows,
    org_results,
    period_rows,
    public_feedback_rows,
)
from app.demo.builder import PersonRows, plan_posts
from app.demo.context import DemoContext, HeadRef, Letterhead
from app.demo.ids import DemoIds
from app.demo.names import person_name
from app.demo.org import build_org, unit_rows
from app.demo.regency import regency
from app.demo.training import program_rows, session_index, session_plan

BATCH = 1000
SETUP_TABLES = ("org_unit", "training_program", "training_session", "appraisal_period",
                "org_performance", "public_feedback")


@dataclass(frozen=True)
class DemoSpec:
    office_code: str
    seed: int
    today: date
    employees: int
    agency: str  # "BKPSDM Kabupaten Merangin"
    catalogue: dict[str, str] = field(default_factory=dict)  # jabatan code -> id
    batch: int = BATCH


@dataclass
class Batch:
    rows: dict[str, list[dict[str, object]]]
    done: int  # employees generated so far (0 for the set-up batch)


@dataclass(frozen=True)
class Ending:
    cases: dict[str, str]  # case name -> employee id
    tombstones: dict[str, str]  # employee id -> reason
    head: Letterhead | None  # the head of the personnel agency, for the letterhead


def context(spec: DemoSpec) -> DemoContext:
    reg = regency(spec.office_code)
    rng = random.Random(f"demo:{spec.seed}")
    ids = DemoIds(spec.seed, spec.today)
    org = build_org(ids, reg, spec.employees, rng)
    bupati = HeadRef(None, f"H. {person_name(rng, 'L', 'islam')[0]}", None, None,
                     reg.bupati_title, f"Pemerintah {reg.full_name}")
    ctx = DemoContext(spec.seed, spec.today, reg, org, rng, ids, spec.agency, bupati)
    ctx.catalogue = dict(spec.catalogue)
    return ctx


def iter_batches(spec: DemoSpec) -> Iterator[Batch | Ending]:
    ctx = context(spec)
    programs, program_ids = program_rows(ctx)
    sessions, infos = session_plan(ctx, spec.employees, program_ids)
    periods, by_year = period_rows(ctx)
    results_rows, results = org_results(ctx)
    yield Batch({"org_unit": unit_rows(ctx.org.units, ctx.regency.code),
                 "training_program": programs, "training_session": sessions,
                 "appraisal_period": periods,
                 "org_performance": results_rows,
                 "public_feedback": public_feedback_rows(ctx)}, 0)
    builder = PersonRows(ctx, session_index(infos), AppraisalBuilder(ctx, by_year, results))
    posts = plan_posts(ctx, spec.employees)
    done = 0
    collecting = gc.isenabled()
    gc.disable()  # millions of short-lived acyclic dicts: the cycle collector only slows us
    try:
        while done < spec.employees:
            out = empty_rows()
            size = min(spec.batch, spec.employees - done)
            for _ in range(size):
                post, case = next(posts)
                builder.add(post, case, out)
            done += size
            yield Batch(dict(out), done)
    finally:
        if collecting:
            gc.enable()
    yield Ending(dict(builder.cases), dict(builder.tombstones), _letterhead(ctx))


def _letterhead(ctx: DemoContext) -> Letterhead | None:
    root = next((u for u in ctx.org.units if u.short_name == "BKPSDM"), None)
    head = ctx.heads.get(root.id) if root is not None else None
    if head is None:
        return None
    return Letterhead(head.nama, head.nip, head.pangkat, head.jabatan)
