"""``simpeg keys …``, ``simpeg export``, ``simpeg import``, ``simpeg conflicts …`` (DESIGN.md §5).

The office key passphrase (when the key file has one) comes from ``--passphrase``, else
``$SIMPEG_KEY_PASSPHRASE``, else a prompt on the terminal. ``import`` exits 3 when the bundle
was put on hold (an earlier bundle is missing; stderr says which).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli_base import CliParser, Output, confirm, office_context, read_secret, table_lines
from app.errors import SimpegError, message, register_messages

EXIT_PARKED = 3
PASSPHRASE_ENV = "SIMPEG_KEY_PASSPHRASE"


def register(sub: argparse._SubParsersAction, common: CliParser) -> None:
    _register_keys(sub, common)
    e = sub.add_parser("export", parents=[common], help=message("cli.export_help"))
    e.add_argument("--to", required=True, metavar="KODE", help=message("cli.export_to"))
    e.add_argument("--out", required=True, metavar="BERKAS", help=message("cli.export_out"))
    _passphrase_option(e)
    e.set_defaults(handler=run_export)
    i = sub.add_parser("import", parents=[common], help=message("cli.import_help"))
    i.add_argument("file", metavar="BERKAS", help=message("cli.import_file"))
    i.add_argument("--dry-run", action="store_true", help=message("cli.import_dry_run"))
    _passphrase_option(i)
    i.set_defaults(handler=run_import)
    _register_conflicts(sub, common)


def _passphrase_option(p: CliParser) -> None:
    p.add_argument("--passphrase", metavar="SANDI", help=message("cli.passphrase"))


def _register_keys(sub: argparse._SubParsersAction, common: CliParser) -> None:
    p = sub.add_parser("keys", parents=[common], help=message("cli.keys_help"))
    keys = p.add_subparsers(dest="keys_command", metavar="TINDAKAN", required=True,
                            parser_class=CliParser)
    show = keys.add_parser("show", parents=[common], help=message("cli.keys_show"))
    show.set_defaults(handler=run_keys_show)
    exp = keys.add_parser("export", parents=[common], help=message("cli.keys_export"))
    exp.add_argument("--out", required=True, metavar="BERKAS")
    _passphrase_option(exp)
    exp.set_defaults(handler=run_keys_export)
    trust = keys.add_parser("trust", parents=[common], help=message("cli.keys_trust"))
    trust.add_argument("card", metavar="KARTU", help=message("cli.keys_card"))
    how = trust.add_mutually_exclusive_group()
    how.add_argument("--fingerprint", metavar="SIDIK", help=message("cli.keys_fingerprint"))
    how.add_argument("--yes", action="store_true", help=message("cli.keys_yes"))
    trust.set_defaults(handler=run_keys_trust)


def _register_conflicts(sub: argparse._SubParsersAction, common: CliParser) -> None:
    p = sub.add_parser("conflicts", parents=[common], help=message("cli.conflicts_help"))
    c = p.add_subparsers(dest="conflicts_command", metavar="TINDAKAN", required=True,
                         parser_class=CliParser)
    lst = c.add_parser("list", parents=[common], help=message("cli.conflicts_list"))
    lst.add_argument("--all", action="store_true", help=message("cli.conflicts_all"))
    lst.set_defaults(handler=run_conflicts_list)
    res = c.add_parser("resolve", parents=[common], help=message("cli.conflicts_resolve"))
    res.add_argument("id", metavar="ID")
    how = res.add_mutually_exclusive_group(required=True)
    how.add_argument("--take", choices=("local", "incoming"), help=message("cli.take"))
    how.add_argument("--value", metavar="JSON", help=message("cli.value"))
    res.add_argument("--reason", metavar="ALASAN", default="")
    res.set_defaults(handler=run_conflicts_resolve)
    rec = c.add_parser("receipts", parents=[common], help=message("cli.receipts_help"))
    rec.set_defaults(handler=run_receipts)


def _passphrase(args: argparse.Namespace, ctx) -> str | None:  # type: ignore[no-untyped-def]
    from app.services.sync_service import needs_passphrase

    return read_secret(getattr(args, "passphrase", None), PASSPHRASE_ENV,
                       missing="cli.passphrase_needed", prompt="cli.passphrase_prompt",
                       needed=lambda: ctx.read(needs_passphrase))


# --- keys ---------------------------------------------------------------------------------


def run_keys_show(args: argparse.Namespace, out: Output) -> int:
    from app.services.sync_service import list_peers, own_keys

    with office_context(args) as ctx:
        keys = ctx.read(own_keys)
        peers = ctx.read(list_peers)
    if keys is None:
        raise SimpegError("sync.no_keys")
    out.data({"office": keys, "peers": peers}, lambda: [
        message("cli.keys_own", office=keys.office_code, fp=keys.fingerprint_text),
        message("cli.keys_file", path=keys.key_path,
                mode=message("cli.keys_passphrase" if keys.needs_passphrase
                             else "cli.keys_auto")),
        "",
        *table_lines([message("cli.col_office"), message("cli.col_name"),
                      message("cli.col_fingerprint")],
                     [(p.office_code, p.name, p.fingerprint_text or message("cli.not_trusted"))
                      for p in peers]),
    ])
    return 0


def run_keys_export(args: argparse.Namespace, out: Output) -> int:
    from app.services.sync_service import own_keys, write_own_card

    with office_context(args) as ctx:
        path = ctx.write(write_own_card, args.out, _passphrase(args, ctx))
        keys = ctx.read(own_keys)
    out.data({"card": path, "fingerprint": keys.fingerprint_text if keys else None},
             [message("cli.keys_exported", path=path,
                      fp=keys.fingerprint_text if keys else "-")])
    return 0


def run_keys_trust(args: argparse.Namespace, out: Output) -> int:
    from app.services.sync_service import preview_card, trust_peer
    from app.sync.cards import read_identity_card

    card = preview_card(args.card)
    out.note(message("cli.card_shown", office=card.office_code, name=card.office_name,
                     fp=card.fingerprint_text))
    typed = args.fingerprint
    if typed is None:
        confirm(message("cli.card_compare"), args.yes, "--yes/--fingerprint")
        typed = read_identity_card(Path(args.card)).fingerprint
    with office_context(args) as ctx:
        peer = ctx.write(trust_peer, args.card, typed)
    out.data(peer, [message("cli.card_trusted", office=peer.office_code, name=peer.name,
                            fp=peer.fingerprint_text)])
    return 0


# --- export / import ----------------------------------------------------------------------


def run_export(args: argparse.Namespace, out: Output) -> int:
    from app.services.sync_service import export_job

    with office_context(args) as ctx:
        result = export_job(ctx, args.to, args.out, passphrase=_passphrase(args, ctx))(
            out.progress())
    out.data(result, lambda: [
        message("cli.exported", path=result.path, to=result.to_office, link=result.link_seq,
                changes=result.changes, size=result.size),
        *[f"  {table}: {rows}" for table, rows in result.tables],
    ])
    return 0


def run_import(args: argparse.Namespace, out: Output) -> int:
    from app.services.sync_service import import_job

    with office_context(args) as ctx:
        result = import_job(ctx, args.file, dry_run=args.dry_run,
                            passphrase=_passphrase(args, ctx))(out.progress())
    if result.status == "parked":
        out.data(result, [])
        return out.fail(result.message, EXIT_PARKED)
    lines = [result.message]
    if result.status not in ("already_imported",):
        lines += [message("cli.import_sender", sender=result.sender, name=result.sender_name,
                          fp=result.fingerprint, created=result.created_at)]
        lines += [f"  {t.table}: +{t.new} ~{t.changed} -{t.deleted} !{t.conflicts}"
                  for t in result.tables]
        lines += [message("cli.import_acked", link=a.link_seq) for a in result.acknowledged]
        if result.receipts:
            lines.append(message("cli.import_receipts", n=result.receipts,
                                 lost=result.receipts_lost))
        lines += [u.message for u in result.unparked]
        lines += list(result.warnings)
    out.data(result, lines)
    return 0


# --- conflicts ----------------------------------------------------------------------------


def _short(values: dict | None, other: dict | None = None) -> str:
    """The values that differ from ``other`` (all of them without one), on one short line."""
    if not values:
        return "-"
    shown = {k: v for k, v in values.items() if other is None or other.get(k) != v} or values
    text = json.dumps(shown, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 60 else text[:57] + "..."


def run_conflicts_list(args: argparse.Namespace, out: Output) -> int:
    from app.services.sync_service import list_conflicts

    with office_context(args) as ctx:
        items = ctx.read(list_conflicts, None if args.all else "open")
    out.data(items, lambda: table_lines(
        ["ID", message("cli.col_kind"), message("cli.col_record"), message("cli.col_unit"),
         message("cli.col_local"), message("cli.col_incoming"), message("cli.col_status")],
        [(c.id[:8], c.kind, c.record_label, c.unit, _short(c.local.values, c.incoming.values),
          _short(c.incoming.values, c.local.values), c.status) for c in items]) if items
        else [message("cli.no_conflicts")])
    return 0


def run_conflicts_resolve(args: argparse.Namespace, out: Output) -> int:
    from app.services.sync_service import list_conflicts, resolve_conflict

    values = None
    if args.value is not None:
        try:
            values = json.loads(args.value)
        except ValueError:
            raise SimpegError("cli.value_not_json") from None
        if not isinstance(values, dict):
            raise SimpegError("cli.value_not_json")
    with office_context(args) as ctx:
        found = [c.id for c in ctx.read(list_conflicts, "open") if c.id.startswith(args.id)]
        if len(found) != 1:
            raise SimpegError("cli.conflict_id", id=args.id, n=len(found))
        item = ctx.write(resolve_conflict, found[0], take=args.take, values=values,
                         reason=args.reason)
    out.data(item, [message("cli.resolved", id=item.id[:8], how=item.resolution,
                            record=item.record_label)])
    return 0


def run_receipts(args: argparse.Namespace, out: Output) -> int:
    from app.services.sync_service import list_receipts

    with office_context(args) as ctx:
        items = ctx.read(list_receipts)
    out.data(items, lambda: table_lines(
        [message("cli.col_record"), message("cli.col_unit"), message("cli.col_outcome"),
         message("cli.col_ours"), message("cli.col_winner"), message("cli.col_decided")],
        [(r.record_label, r.unit, r.outcome, _short(r.our_values, r.winning_values),
          _short(r.winning_values, r.our_values),
          r.decided_by or message("cli.automatic")) for r in items]) if items
        else [message("cli.no_receipts")])
    return 0


register_messages(
    {
        "cli.export_help": ("tulis bundel untuk kantor lain", "write a bundle for a peer office"),
        "cli.export_to": ("kode kantor tujuan (mis. 15)", "office code of the peer (e.g. 15)"),
        "cli.export_out": ("berkas .hrb atau folder tujuan", "target .hrb file or folder"),
        "cli.import_help": (
            "periksa lalu terapkan bundel (atau hanya pratinjau)",
            "verify and apply a bundle (or only preview it)",
        ),
        "cli.import_file": ("berkas bundel .hrb", "bundle file .hrb"),
        "cli.import_dry_run": (
            "hanya pratinjau: periksa semuanya, tidak mengubah apa pun",
            "preview only: check everything, change nothing",
        ),
        "cli.passphrase": ("kata sandi kunci kantor", "office key passphrase"),
        "cli.passphrase_needed": (
            "Kunci kantor dilindungi kata sandi: pakai --passphrase atau variabel ${env}.",
            "The office key is protected by a passphrase: use --passphrase or ${env}.",
        ),
        "cli.passphrase_prompt": ("Kata sandi kunci kantor: ", "Office key passphrase: "),
        "cli.keys_help": ("kunci dan kartu identitas kantor", "office keys and identity cards"),
        "cli.keys_show": ("tampilkan sidik jari kantor ini dan kantor yang dipercaya",
                          "show this office's fingerprint and the trusted offices"),
        "cli.keys_export": ("tulis kartu identitas kantor ini",
                            "write this office's identity card"),
        "cli.keys_trust": ("percayai kartu identitas kantor lain",
                           "trust another office's identity card"),
        "cli.keys_card": ("berkas kartu identitas", "identity card file"),
        "cli.keys_fingerprint": ("sidik jari dari surat resmi (dibandingkan)",
                                 "fingerprint from the official letter (compared)"),
        "cli.keys_yes": ("sidik jari sudah dibandingkan; jangan tanya",
                         "the fingerprint was compared; do not ask"),
        "cli.keys_own": ("Kantor {office}, sidik jari: {fp}", "Office {office}, fingerprint: {fp}"),
        "cli.keys_file": ("Berkas kunci: {path} ({mode})", "Key file: {path} ({mode})"),
        "cli.keys_passphrase": ("dengan kata sandi", "with a passphrase"),
        "cli.keys_auto": ("tanpa kata sandi", "without a passphrase"),
        "cli.col_fingerprint": ("Sidik jari", "Fingerprint"),
        "cli.not_trusted": ("(belum dipercaya)", "(not trusted)"),
        "cli.keys_exported": ("Kartu identitas ditulis ke {path} (sidik jari {fp}).",
                              "Identity card written to {path} (fingerprint {fp})."),
        "cli.card_shown": (
            "Kartu kantor {office} ({name}), sidik jari: {fp}",
            "Card of office {office} ({name}), fingerprint: {fp}",
        ),
        "cli.card_compare": (
            "Apakah sidik jari ini SAMA dengan surat resmi / yang dibacakan lewat telepon?",
            "Is this fingerprint the SAME as on the official letter / read over the phone?",
        ),
        "cli.card_trusted": ("Kantor {office} ({name}) dipercaya; sidik jari {fp}.",
                             "Office {office} ({name}) is trusted; fingerprint {fp}."),
        "cli.exported": (
            "Bundel {link} untuk {to} ditulis ke {path}: {changes} perubahan, {size} byte.",
            "Bundle {link} for {to} written to {path}: {changes} changes, {size} bytes.",
        ),
        "cli.import_sender": (
            "Pengirim {sender} ({name}), sidik jari {fp}, dibuat {created} UTC.",
            "Sender {sender} ({name}), fingerprint {fp}, created {created} UTC.",
        ),
        "cli.import_acked": (
            "Bundel {link} kantor ini sudah diterapkan pengirim.",
            "This office's bundle {link} was applied by the sender.",
        ),
        "cli.import_receipts": (
            "{n} tanda terima konflik ({lost} perubahan kantor ini kalah) — lihat: simpeg "
            "conflicts receipts",
            "{n} conflict receipts ({lost} changes of this office lost) — see: simpeg "
            "conflicts receipts",
        ),
        "cli.conflicts_help": ("antrean konflik sinkronisasi", "the sync conflict queue"),
        "cli.conflicts_list": ("daftar konflik terbuka", "list open conflicts"),
        "cli.conflicts_all": ("termasuk yang sudah selesai", "include resolved ones"),
        "cli.conflicts_resolve": ("selesaikan satu konflik", "resolve one conflict"),
        "cli.receipts_help": (
            "tanda terima dari provinsi tentang perubahan kantor ini",
            "receipts from the province about this office's changes",
        ),
        "cli.take": ("pakai nilai kantor ini atau nilai kiriman",
                     "keep this office's value or the incoming one"),
        "cli.value": ("nilai gabungan sebagai objek JSON", "merged values as a JSON object"),
        "cli.col_kind": ("Jenis", "Kind"),
        "cli.col_record": ("Data", "Record"),
        "cli.col_unit": ("Kelompok", "Group"),
        "cli.col_local": ("Nilai di sini", "Here"),
        "cli.col_incoming": ("Nilai kiriman", "Incoming"),
        "cli.col_status": ("Status", "Status"),
        "cli.col_outcome": ("Hasil", "Outcome"),
        "cli.col_ours": ("Nilai kita", "Ours"),
        "cli.col_winner": ("Nilai yang berlaku", "Standing value"),
        "cli.col_decided": ("Diputuskan oleh", "Decided by"),
        "cli.automatic": ("otomatis (penulisan terakhir)", "automatic (latest write)"),
        "cli.no_conflicts": ("Tidak ada konflik.", "No conflicts."),
        "cli.no_receipts": ("Belum ada tanda terima.", "No receipts yet."),
        "cli.value_not_json": (
            "--value harus berupa objek JSON, mis. {\"telepon\": \"0812\"}.",
            "--value must be a JSON object, e.g. {\"telepon\": \"0812\"}.",
        ),
        "cli.conflict_id": (
            "ID konflik \"{id}\" cocok dengan {n} konflik terbuka; sebutkan satu.",
            "Conflict id \"{id}\" matches {n} open conflicts; name exactly one.",
        ),
        "cli.resolved": ("Konflik {id} ({record}) diselesaikan: {how}.",
                         "Conflict {id} ({record}) resolved: {how}."),
    }
)
