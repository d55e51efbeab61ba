"""Which tables travel, who may write them and where their rows go (docs/sync.md, Ownership).

Everything here is derived once from the models:

* **synced tables** — every ``Synced`` model; a bundle member ``changes/<table>.jsonl`` must
  name one of them (or a reserved member: ``snapshot``, ``receipts``, ``sync_ack``);
* **personal tables** — ``employee`` and every table that reaches it through foreign keys
  (histories, family, SKP and its parts, training participants…). Their rows go only to the
  office that owns them;
* **shared tables** — the rest (reference data, offices, org units, training catalogue,
  appraisal periods, settings): rows the province owns go to every office;
* **province-only tables** — the coded reference tables (golongan, eselon, education levels,
  religions, marital status, training types, BerAKHLAK values): no office but the province
  writes them, whatever ``office_code`` a row claims;
* foreign keys per table (attribute → target table) for the reference closure, and the
  *owning* ones (``ON DELETE CASCADE``: a history belongs to its employee) for transfers;
* unique constraints per table, for constraint conflicts (duplicate NIK).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Column, Index, Table, UniqueConstraint
from sqlalchemy import inspect as sa_inspect

from app.db.base import Base, Synced
from app.db.sync_units import UnitSpec, unit_spec

PROVINCE = "15"
SNAPSHOT_MEMBER = "snapshot"
RECEIPTS_MEMBER = "receipts"
ACK_MEMBER = "sync_ack"
RESERVED_MEMBERS = frozenset({SNAPSHOT_MEMBER, RECEIPTS_MEMBER, ACK_MEMBER})


@dataclass(frozen=True)
class UniqueRule:
    """One unique constraint: its attributes, whether it covers live rows only (a partial
    index ``WHERE NOT deleted``) and the attributes that may be parked (set to NULL)."""

    name: str
    attrs: tuple[str, ...]
    live_only: bool
    nullable: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class TableInfo:
    name: str
    cls: type
    spec: UnitSpec
    shared: bool
    province_only: bool
    references: tuple[tuple[str, str], ...]  # (attribute, target table) of every foreign key
    owning: tuple[tuple[str, str], ...]  # (attribute, parent table) of ON DELETE CASCADE keys
    uniques: tuple[UniqueRule, ...]
    attr_columns: tuple[tuple[str, str], ...]  # (attribute, column name)

    @property
    def table(self) -> Table:
        return self.cls.__table__  # type: ignore[attr-defined,no-any-return]

    @property
    def insert_units(self) -> tuple[str, ...]:
        """Units every new row carries (all but the lifecycle)."""
        return tuple(u for u in self.spec.units if u != "lifecycle")


def _classes() -> dict[str, type]:
    import app.db.models  # noqa: F401 - registers every model

    found: dict[str, type] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Synced) and isinstance(mapper.local_table, Table):
            found[mapper.local_table.name] = cls
    return found


def _column_attrs(cls: type) -> dict[str, str]:
    """column name -> attribute name."""
    return {p.columns[0].name: p.key for p in sa_inspect(cls).column_attrs
            if isinstance(p.columns[0], Column)}


def _uniques(table: Table, attr_of: dict[str, str]) -> tuple[UniqueRule, ...]:
    rules: dict[tuple[str, ...], UniqueRule] = {}

    def add(name: str, columns: list[Column], live_only: bool) -> None:
        names = tuple(c.name for c in columns)
        if names == ("id",) or names in rules:
            return
        attrs = tuple(attr_of[n] for n in names)
        nullable = tuple(attr_of[c.name] for c in columns if c.nullable)
        rules[names] = UniqueRule(name, attrs, live_only, nullable)

    for con in table.constraints:
        if isinstance(con, UniqueConstraint):
            add(str(con.name), list(con.columns), False)
    for col in table.columns:
        if col.unique:
            add(f"uq_{table.name}_{col.name}", [col], False)
    for index in table.indexes:
        if isinstance(index, Index) and index.unique:
            where = index.dialect_options["sqlite"].get("where")
            add(str(index.name), list(index.columns), where is not None)
    return tuple(rules.values())


@cache
def table_infos() -> dict[str, TableInfo]:
    """Every synced table by name (computed once)."""
    from app.db.reference import CodedRow

    classes = _classes()
    refs: dict[str, list[tuple[str, str]]] = {}
    owning: dict[str, list[tuple[str, str]]] = {}
    for name, cls in classes.items():
        attr_of = _column_attrs(cls)
        for col in cls.__table__.columns:  # type: ignore[attr-defined]
            for fk in col.foreign_keys:
                target = fk.column.table.name
                refs.setdefault(name, []).append((attr_of[col.name], target))
                if (fk.ondelete or "").upper() == "CASCADE":
                    owning.setdefault(name, []).append((attr_of[col.name], target))
    personal = {"employee"}
    changed = True
    while changed:  # every table that reaches employee through foreign keys
        changed = False
        for name in classes:
            if name not in personal and any(t in personal for _, t in refs.get(name, ())):
                personal.add(name)
                changed = True
    out = {}
    for name, cls in classes.items():
        attr_of = _column_attrs(cls)
        out[name] = TableInfo(
            name=name, cls=cls, spec=unit_spec(cls), shared=name not in personal,
            province_only=issubclass(cls, CodedRow),
            references=tuple(refs.get(name, ())), owning=tuple(owning.get(name, ())),
            uniques=_uniques(cls.__table__, attr_of),  # type: ignore[attr-defined]
            attr_columns=tuple((a, c) for c, a in attr_of.items()),
        )
    clash = RESERVED_MEMBERS & set(out)
    if clash:
        raise RuntimeError(f"tables named like reserved bundle members: {sorted(clash)}")
    return out


def table_info(name: str) -> TableInfo | None:
    return table_infos().get(name)


@cache
def children_of(table: str) -> tuple[tuple[str, str], ...]:
    """(child table, attribute) of rows that belong to a row of ``table`` (ON DELETE CASCADE)."""
    return tuple(sorted((info.name, attr) for info in table_infos().values()
                        for attr, parent in info.owning if parent == table))


@cache
def table_order() -> tuple[str, ...]:
    """Synced tables with referenced tables first (the order of members in a bundle)."""
    infos = table_infos()
    done: list[str] = []
    seen: set[str] = set()

    def visit(name: str, path: frozenset[str]) -> None:
        if name in seen or name in path:
            return
        for _, target in infos[name].references:
            if target in infos and target != name:
                visit(target, path | {name})
        seen.add(name)
        done.append(name)

    for name in sorted(infos):
        visit(name, frozenset())
    return tuple(done)


def routes_to(office_of_row: str, table: str, peer: str) -> bool:
    """Does a change of a row owned by ``office_of_row`` go from the province to ``peer``?

    The office's own rows go to it; the province's rows of shared tables go to everyone.
    (Transfers and references are added by the exporter; see docs/sync.md.)
    """
    if office_of_row == peer:
        return True
    info = table_infos().get(table)
    return office_of_row == PROVINCE and info is not None and info.shared
