"""Use cases: what the UI and the CLI call.

Every service is ``fn(session, actor, ...) -> DTO`` (frozen dataclasses, never ORM objects):
it validates, checks the actor's role with :func:`app.services.auth.require` and never commits —
the caller's unit of work does. The UI and the CLI hold a
:class:`app.services.context.ServiceContext`, never a session.
"""

from app.errors import register_messages

register_messages(
    {
        "context.no_database": (
            "Basis data {path} tidak ada. Buat dahulu dengan 'simpeg init --office KODE'.",
            "The database {path} does not exist. Create it first with "
            "'simpeg init --office CODE'.",
        ),
        "context.not_simpeg": (
            "{db} bukan basis data SIMPEG Luring (tidak ada versi skema); tidak diubah.",
            "{db} is not a SIMPEG Luring database (no schema version); left unchanged.",
        ),
    }
)
