"""Sync use cases for the Sinkronisasi screen and the CLI (docs/sync.md).

Reads and small writes follow the service contract, ``fn(session, actor, ...)`` run through
``ctx.read``/``ctx.write``; export and import are long jobs, ``job(progress) -> result``,
built by :func:`export_job` / :func:`import_job` from a :class:`ServiceContext` (they run their
own units of work: the import takes a backup first and commits durably).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from app.db.audit import append_audit
from app.db.base import utcnow
from app.db.sync_meta import BundleLog, SyncPeer
from app.errors import (
    FieldError,
    PermissionDenied,
    ValidationError,
    register_messages,
)
from app.jobs import Progress
from app.services.roles import CurrentUser, Permission, can, require
from app.sync.bundle import suggested_file_name
from app.sync.cards import read_identity_card, verify_card_fingerprint, write_identity_card
from app.sync.exporter import ExportResult, counts_json, plan_export, write_export
from app.sync.import_result import ImportResult
from app.sync.importer import ImportOptions, import_bundle
from app.sync.keys import fingerprint_text
from app.sync.resolve import resolve
from app.sync.status import (
    BundleEntry,
    ConflictItem,
    KeyStatus,
    PeerStatus,
    ReceiptItem,
    SyncOverview,
    bundle_history,
    conflict_item,
    conflict_items,
    key_status,
    overview,
    peer_statuses,
    receipt_items,
)
from app.sync.trust import load_own_keys, require_peer, trust_card
from app.sync.versions import SchemaSupport

if TYPE_CHECKING:
    from app.services.context import ServiceContext

Job = Callable[[Progress], Any]
_READERS = (Permission.SYNC_EXPORT, Permission.SYNC_IMPORT, Permission.CONFLICT_RESOLVE,
            Permission.AUDIT_READ)


def _require_any(actor: CurrentUser, permissions: tuple[Permission, ...]) -> None:
    if not any(can(actor, p) for p in permissions):
        require(actor, permissions[0])  # raises, naming the first


@dataclass(frozen=True)
class CardPreview:
    """An identity card read from a file, to show before trusting it."""

    office_code: str
    office_name: str
    fingerprint_text: str
    created_at: str


# --- reads ------------------------------------------------------------------------------------


def sync_overview(session: Session, actor: CurrentUser) -> SyncOverview:
    _require_any(actor, _READERS)
    return overview(session)


def list_peers(session: Session, actor: CurrentUser) -> list[PeerStatus]:
    _require_any(actor, _READERS)
    return peer_statuses(session)


def list_bundles(session: Session, actor: CurrentUser, peer: str | None = None,
                 limit: int = 200) -> list[BundleEntry]:
    _require_any(actor, _READERS)
    return bundle_history(session, peer, limit)


def list_conflicts(session: Session, actor: CurrentUser, status: str | None = "open",
                   office: str | None = None) -> list[ConflictItem]:
    _require_any(actor, _READERS)
    return conflict_items(session, status=status, office=office)


def list_receipts(session: Session, actor: CurrentUser,
                  outcome: str | None = None) -> list[ReceiptItem]:
    _require_any(actor, _READERS)
    return receipt_items(session, outcome=outcome)


def own_keys(session: Session, actor: CurrentUser) -> KeyStatus | None:
    _require_any(actor, (*_READERS, Permission.SETTINGS_WRITE))
    return key_status(session)


def preview_card(path: str | Path) -> CardPreview:
    """Read an identity card file (validated, self-signature checked) to show its fingerprint."""
    card = read_identity_card(Path(path))
    return CardPreview(card.office_code, card.office_name, fingerprint_text(card.fingerprint),
                       card.created_at)


# --- writes -----------------------------------------------------------------------------------


def resolve_conflict(session: Session, actor: CurrentUser, conflict_id: str, *,
                     take: str | None = None, values: dict[str, Any] | None = None,
                     reason: str = "") -> ConflictItem:
    """Decide an open conflict (``take`` = ``"local"``/``"incoming"`` or merged ``values``);
    the decision is a new change that reaches every office. Audited."""
    require(actor, Permission.CONFLICT_RESOLVE)
    c = resolve(session, conflict_id, take=take, values=values, by=actor.username,
                office=actor.office_code, reason=reason)
    append_audit(session, action="sync.resolve", table=c.table_name, pk=c.pk,
                 detail=f"conflict={c.id} kind={c.kind} resolution={c.resolution}")
    return conflict_item(session, c)


def trust_peer(session: Session, actor: CurrentUser, card_path: str | Path,
               fingerprint: str) -> PeerStatus:
    """Trust the office whose identity card is at ``card_path``. ``fingerprint`` is what the
    clerk read on the official letter / heard on the phone: it must match the card."""
    require(actor, Permission.SETTINGS_WRITE)
    card = read_identity_card(Path(card_path))
    if not verify_card_fingerprint(card, fingerprint):
        raise ValidationError([FieldError("fingerprint", "sync.fingerprint_mismatch",
                                          {"office": card.office_code})])
    trust_card(session, card, by=actor.username)
    session.flush()
    return next(p for p in peer_statuses(session) if p.office_code == card.office_code)


def write_own_card(session: Session, actor: CurrentUser, out_path: str | Path,
                   passphrase: str | None = None) -> Path:
    """Write this office's identity card (public keys + self-signature) for its peers."""
    _require_any(actor, (Permission.SETTINGS_WRITE, Permission.SYNC_EXPORT))
    from app.services.office import site_office

    keys = load_own_keys(session, passphrase)
    office = site_office(session)
    path = write_identity_card(Path(out_path), keys, office.name if office else keys.office_code)
    append_audit(session, action="keys.export-card", detail=path.name)
    return path


def record_export(session: Session, result: ExportResult) -> None:
    """Bookkeeping after a bundle was written and verified (one short write)."""
    peer = session.get(SyncPeer, result.to_office)
    if peer is None:
        peer = SyncPeer(office_code=result.to_office)
        session.add(peer)
    peer.last_link_seq_sent = result.link_seq
    peer.last_sent_bundle_id = result.bundle_id
    peer.last_sent_at = utcnow()
    peer.last_sent_sha256 = result.sha256
    session.add(BundleLog(
        bundle_id=result.bundle_id, direction="out", peer=result.to_office,
        file_name=result.path.name[:255], sha256=result.sha256, link_seq=result.link_seq,
        created_at=result.created_at, status="written", kind=result.kind,
        counts_json=counts_json(result), stored_path=str(result.path)))
    append_audit(session, action="sync.export", table="sync_bundle",
                 detail=f"bundle={result.bundle_id} to={result.to_office} "
                        f"link={result.link_seq} changes={result.changes} "
                        f"anchor={result.anchor.seq}:{result.anchor.head[:16]}")


# --- jobs -------------------------------------------------------------------------------------


def _actor(ctx: ServiceContext) -> CurrentUser:
    if ctx.user is None:
        raise PermissionDenied("auth.login_required")
    return ctx.user


def export_job(ctx: ServiceContext, to_office: str, out: str | Path, *,
               passphrase: str | None = None, schema: SchemaSupport | None = None) -> Job:
    """A job writing a bundle for ``to_office`` at ``out`` (a file, or a folder to put
    ``<from>-to-<to>-<n>.hrb`` in). Returns :class:`ExportResult`."""
    actor = _actor(ctx)
    require(actor, Permission.SYNC_EXPORT)

    def job(progress: Progress) -> ExportResult:
        with ctx.read_session() as session:
            keys = load_own_keys(session, passphrase)
            peer = require_peer(session, to_office)
            plan = plan_export(session, to_office, schema)
            path = Path(out)
            if path.is_dir():
                path = path / suggested_file_name(plan.site.site_code, to_office,
                                                  plan.link_seq)
            result = write_export(session, plan, keys, peer, path, progress=progress,
                                  schema=schema)
        with ctx.write_session() as session:
            record_export(session, result)
        return result

    return job


def import_job(ctx: ServiceContext, path: str | Path, *, dry_run: bool = False,
               passphrase: str | None = None, schema: SchemaSupport | None = None) -> Job:
    """A job importing (``dry_run``: previewing) the bundle at ``path``. Returns
    :class:`ImportResult`; a refused bundle raises ``BundleRejected`` (moved aside with its
    reason unless dry run)."""
    actor = _actor(ctx)
    require(actor, Permission.SYNC_IMPORT)

    def job(progress: Progress) -> ImportResult:
        with ctx.read_session() as session:
            keys = load_own_keys(session, passphrase)
        options = ImportOptions(dry_run=dry_run, schema=schema)
        return import_bundle(ctx.factory, actor, keys, Path(path), options=options,
                             progress=progress)

    return job


def needs_passphrase(session: Session, actor: CurrentUser) -> bool:
    """Whether export/import must ask for the office key passphrase."""
    status = key_status(session)
    return bool(status and status.needs_passphrase)


register_messages(
    {
        "sync.fingerprint_mismatch": (
            "Sidik jari yang diketik tidak sama dengan sidik jari kartu kantor {office}. Kartu "
            "TIDAK dipercaya; periksa surat resmi dan tanyakan lewat telepon.",
            "The fingerprint typed differs from the card of office {office}. The card was NOT "
            "trusted; check the official letter and ask by phone.",
        ),
    }
)

__all__ = [
    "CardPreview", "export_job", "import_job", "list_bundles", "list_conflicts",
    "list_peers", "list_receipts", "needs_passphrase", "own_keys", "preview_card",
    "record_export", "resolve_conflict", "sync_overview", "trust_peer", "write_own_card",
]
