"""Use cases: what the UI and the CLI call.

Every service is ``fn(session, actor, ...) -> DTO`` (frozen dataclasses, never ORM objects):
it validates, checks the actor's role with :func:`app.services.auth.require` and never commits —
the caller's unit of work does (see ``/work/helpers/SERVICES_CONTRACT.md``). The UI and the CLI
hold a :class:`app.services.context.ServiceContext`, never a session.
"""
