"""Import: verify everything, then apply in one durable transaction (sync.md §4.8).

1. :func:`app.sync.open_bundle` — size, envelope, decryption, ZIP caps, signature of a trusted
   sender, addressed to us, readable schema, not already imported, member hashes, JSON lines.
2. Gaps — if an origin range starts after our knowledge + 1 the bundle is **parked** (a copy
   in ``inbox/waiting``) with a message naming what is missing; it is retried automatically
   after the next successful import from the same office.
3. Pass 1 (:mod:`app.sync.import_checks`) — every record validated and authorised; one record
   out of scope rejects the whole bundle. Rejected bundles are moved to ``rejected/`` with a
   reason file; security rejections (forged, unknown sender, not for us) are audited as such.
4. A backup of the database (SQLite; the province's PostgreSQL has its own dumps).
5. Pass 2 — one ``BEGIN IMMEDIATE`` transaction with ``synchronous=FULL``, foreign keys
   deferred to the commit: merge (:mod:`app.sync.merge`), incoming changes into our change
   log, conflicts, knowledge, the peer's acknowledgement and audit anchor, receipts, the bundle
   log and the audit entries. Anything failing rolls everything back.

A **dry run** does 1–3 and runs pass 2 in a transaction that is always rolled back: the
preview is exactly what the import would do, and nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from app.db.audit import append_audit
from app.db.engine import SessionFactory, is_sqlite, unit_of_work
from app.db.sync_meta import BundleLog, site_info
from app.db.tracking import applying_remote, bind_actor
from app.errors import SimpegError
from app.jobs import NO_PROGRESS, Progress
from app.services.roles import CurrentUser
from app.sync.bundle_reader import OpenedBundle, open_bundle
from app.sync.caps import DEFAULT_CAPS, BundleCaps
from app.sync.crashpoints import crash_point
from app.sync.errors import BundleRejected, BundleStagingFailed
from app.sync.import_apply import Applied, apply_bundle
from app.sync.import_checks import Missing, check_bundle, find_gaps
from app.sync.import_files import move_rejected, park_copy, remove_parked
from app.sync.import_result import ImportResult, TableChange, missing_text
from app.sync.keys import OfficeKeys, fingerprint_text
from app.sync.trust import trusted_peers
from app.sync.versions import SchemaSupport

_KEEP_CODES = frozenset({"bundle.schema_newer", "bundle.already_imported"})
IMPORT_CACHE_KIB = 64 * 1024


class _DryRunDone(Exception):
    def __init__(self, applied: Applied) -> None:
        self.applied = applied


@dataclass(frozen=True)
class ImportOptions:
    dry_run: bool = False
    backup: bool = True
    retry_parked: bool = True
    schema: SchemaSupport | None = None
    caps: BundleCaps = DEFAULT_CAPS


def _bind(session: Session, actor: CurrentUser) -> None:
    bind_actor(session, username=actor.username, user_id=actor.user_id,
               office_code=actor.office_code)


def import_bundle(factory: SessionFactory, actor: CurrentUser, keys: OfficeKeys, path: Path,
                  *, options: ImportOptions = ImportOptions(),
                  progress: Progress = NO_PROGRESS) -> ImportResult:
    """Check and apply (or, dry run, only preview) the bundle at ``path``."""
    path = Path(path)
    with unit_of_work(factory) as session:
        trusted = trusted_peers(session)
        imported = set(session.scalars(
            select(BundleLog.bundle_id).where(BundleLog.direction == "in",
                                              BundleLog.status.in_(("applied", "duplicate")))))
    try:
        opened = open_bundle(path, keys, trusted, options.caps, schema=options.schema,
                             already_imported=imported.__contains__, parse_rows=False,
                             progress=progress)  # pass 1 parses and checks every line
    except BundleStagingFailed:
        raise
    except BundleRejected as exc:
        return _refused(factory, actor, path, exc, options)
    with opened:
        return _import_opened(factory, actor, keys, path, opened, options, progress)


def _refused(factory: SessionFactory, actor: CurrentUser, path: Path, exc: BundleRejected,
             options: ImportOptions) -> ImportResult:
    if exc.code == "bundle.already_imported":
        if not options.dry_run:
            with unit_of_work(factory, write_lock=True) as session:
                _bind(session, actor)
                append_audit(session, action="sync.import-skipped", table="sync_bundle",
                             detail=f"bundle={exc.params.get('bundle_id')} file={path.name}")
        return ImportResult.simple("already_imported", path, exc.text(),
                                   bundle_id=str(exc.params.get("bundle_id", "")))
    if not options.dry_run:
        _log_rejection(factory, actor, path, exc, keep=exc.code in _KEEP_CODES)
    raise exc


def _log_rejection(factory: SessionFactory, actor: CurrentUser, path: Path,
                   exc: BundleRejected, *, keep: bool, bundle_id: str = "",
                   sender: str = "") -> None:
    moved = None if keep else move_rejected(path, exc)
    with unit_of_work(factory, write_lock=True) as session:
        _bind(session, actor)
        session.add(BundleLog(bundle_id=bundle_id or "-", direction="in", peer=sender or "-",
                              file_name=path.name, status="rejected",
                              reason=f"{exc.code}: {exc.text('id')}",
                              stored_path=str(moved) if moved else str(path)))
        append_audit(session, action="sync.security" if exc.security else "sync.reject",
                     table="sync_bundle", detail=f"{exc.code} file={path.name}"[:500])


def _import_opened(factory: SessionFactory, actor: CurrentUser, keys: OfficeKeys, path: Path,
                   opened: OpenedBundle, options: ImportOptions,
                   progress: Progress) -> ImportResult:
    m = opened.manifest
    header = ImportResult.header_of(opened, path)
    with unit_of_work(factory) as session:
        site = site_info(session)
        known, missing = find_gaps(session, m.ranges, site)
        if missing:
            return _park(factory, actor, path, opened, missing, header, options)
        try:
            checked = check_bundle(session, opened, site, known)
        except BundleRejected as exc:
            if not options.dry_run:
                _log_rejection(factory, actor, path, exc, keep=False, bundle_id=m.bundle_id,
                               sender=m.from_site)
            raise
    backup = None
    engine = factory.kw["bind"]
    work = checked.new_changes or checked.snapshots
    if work and options.backup and not options.dry_run and is_sqlite(engine):
        from app.services.backup import backup_now

        backup = backup_now(engine.url.render_as_string(hide_password=False),
                            "before-import").path
    crash_point("import.after-backup")
    try:
        applied = _apply(factory, actor, opened, checked, options, progress)
    except IntegrityError as exc:
        raise _integrity_error(factory, actor, opened, checked, options, exc) from exc
    except OperationalError as exc:
        if "full" in str(exc.orig).lower():
            raise SimpegError("sync.disk_full") from exc
        raise
    crash_point("import.after-commit")
    result = header.with_applied(applied, checked, backup, options.dry_run)
    if not options.dry_run:
        remove_parked(opened.manifest.bundle_id)
        if options.retry_parked:
            result = replace(result, unparked=tuple(
                _retry_parked(factory, actor, keys, m.from_site, options, progress)))
    return result


def _apply(factory: SessionFactory, actor: CurrentUser, opened: OpenedBundle, checked,
           options: ImportOptions, progress: Progress, *, diagnose: bool = False) -> Applied:
    try:
        with unit_of_work(factory, write_lock=True, durable=True) as session:
            _bind(session, actor)
            _defer_foreign_keys(session)
            try:
                with applying_remote(session):
                    applied = apply_bundle(session, opened, checked, progress,
                                           diagnose=diagnose)
            finally:
                _reset_cache(session)
            crash_point("import.before-commit")
            if options.dry_run or diagnose:
                raise _DryRunDone(applied)
        return applied
    except _DryRunDone as done:
        return done.applied


def _defer_foreign_keys(session: Session) -> None:
    """References are checked at the commit (the bundle's rows come in any order); SQLite
    also gets a bigger page cache for the one long transaction (reset afterwards).

    PostgreSQL: the planner's statistics do not see the rows this transaction has inserted so
    far, so a table that was small before the import looks small all along and its key
    lookups (the merge reads each batch's rows by id, the reference checks at the commit run
    one lookup per row) become sequential scans of an ever bigger table — quadratic. Every
    query of the import is a lookup by an indexed key, so sequential scans are switched off
    for this transaction only (``SET LOCAL``)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA defer_foreign_keys=ON"))
        session.execute(text(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}"))
    else:
        session.execute(text("SET CONSTRAINTS ALL DEFERRED"))
        session.execute(text("SET LOCAL enable_seqscan = off"))


def _reset_cache(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA cache_size=-2000"))


def _integrity_error(factory: SessionFactory, actor: CurrentUser, opened: OpenedBundle,
                     checked, options: ImportOptions, exc: IntegrityError) -> SimpegError:
    """A constraint failed at the commit: find which reference is missing, for the message."""
    applied = _apply(factory, actor, opened, checked, options, NO_PROGRESS, diagnose=True)
    if applied.missing_reference is not None:
        table, pk, target, value = applied.missing_reference
        return SimpegError("sync.missing_reference", table=table, pk=pk, target=target,
                           value=value)
    return SimpegError("sync.apply_failed", detail=str(exc.orig)[:200])


def _park(factory: SessionFactory, actor: CurrentUser, path: Path, opened: OpenedBundle,
          missing: list[Missing], header: ImportResult, options: ImportOptions) -> ImportResult:
    m = opened.manifest
    with unit_of_work(factory) as session:
        from app.db.sync_meta import SyncPeer

        peer = session.get(SyncPeer, m.from_site)
        last = peer.last_link_seq_received if peer is not None else 0
    text_ = missing_text(m.from_site, m.link_seq, last, missing)
    if options.dry_run:
        return replace(header, status="parked", message=text_, missing=tuple(missing))
    stored = park_copy(path, m.bundle_id)
    with unit_of_work(factory, write_lock=True) as session:
        _bind(session, actor)
        row = session.scalar(select(BundleLog).where(BundleLog.bundle_id == m.bundle_id,
                                                     BundleLog.direction == "in",
                                                     BundleLog.status == "parked"))
        if row is None:
            row = BundleLog(bundle_id=m.bundle_id, direction="in", peer=m.from_site,
                            status="parked")
            session.add(row)
        row.file_name, row.sha256, row.link_seq = path.name, opened.source_sha256, m.link_seq
        row.created_at, row.kind, row.reason = m.created_at, m.kind, text_
        row.stored_path = str(stored)
        row.counts_json = json.dumps({"missing": [[x.origin, x.first, x.last]
                                                  for x in missing]})
        append_audit(session, action="sync.park", table="sync_bundle",
                     detail=f"bundle={m.bundle_id} from={m.from_site} link={m.link_seq}")
    return replace(header, status="parked", message=text_, missing=tuple(missing),
                   parked_path=stored)


def _retry_parked(factory: SessionFactory, actor: CurrentUser, keys: OfficeKeys, sender: str,
                  options: ImportOptions, progress: Progress) -> Iterator[ImportResult]:
    """Import the sender's parked bundles whose gaps are now closed (oldest first)."""
    tried: set[str] = set()
    while True:
        with unit_of_work(factory) as session:
            rows = session.execute(
                select(BundleLog.bundle_id, BundleLog.stored_path)
                .where(BundleLog.direction == "in", BundleLog.peer == sender,
                       BundleLog.status == "parked")
                .order_by(BundleLog.link_seq)).all()
        todo = [(b, p) for b, p in rows if b not in tried and p and Path(p).is_file()]
        if not todo:
            return
        progressed = False
        for bundle_id, stored in todo:
            tried.add(bundle_id)
            result = import_bundle(factory, actor, keys, Path(stored),
                                   options=replace(options, retry_parked=False),
                                   progress=progress)
            if result.status != "parked":
                progressed = True
                yield result
        if not progressed:
            return


__all__ = ["ImportOptions", "ImportResult", "TableChange", "fingerprint_text",
           "import_bundle"]
