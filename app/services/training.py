"""Pengembangan kompetensi (domain.md §5): one import for the training use cases.

The work is split by concern — :mod:`~app.services.training_catalog` (programmes),
:mod:`~app.services.training_sessions` (sessions), :mod:`~app.services.training_participants`
(enrolment, attendance, completion, certificates), :mod:`~app.services.training_external`
(training attended elsewhere), :mod:`~app.services.training_jp` (JP per year, the 20-JP view)
and :mod:`~app.services.training_needs` — and re-exported here.
"""

from __future__ import annotations

from app.services.training_catalog import (
    MAX_JP,
    ProgramData,
    ProgramRow,
    create_program,
    delete_program,
    get_program,
    list_programs,
    set_program_active,
    update_program,
)
from app.services.training_external import (
    ExternalTrainingData,
    ExternalTrainingRow,
    add_external_training,
    list_external_training,
    remove_external_training,
    update_external_training,
)
from app.services.training_jp import (
    EmployeeJp,
    JpTargets,
    TrainingRecordRow,
    UnitJp,
    employee_jp,
    employee_training_records,
    employees_below_threshold,
    jp_summary,
    jp_targets,
)
from app.services.training_needs import TrainingNeed, training_needs
from app.services.training_participants import (
    BulkAddResult,
    BulkRefusal,
    ParticipantRow,
    add_participant,
    add_participants,
    list_participants,
    record_attendance,
    record_attendances,
    record_completion,
    remove_participant,
    set_certificate,
)
from app.services.training_sessions import (
    MAX_JP_PER_DAY,
    SessionData,
    SessionRow,
    create_session,
    delete_session,
    get_session,
    list_sessions,
    set_session_status,
    update_session,
)

__all__ = [
    "MAX_JP", "MAX_JP_PER_DAY", "BulkAddResult", "BulkRefusal", "EmployeeJp",
    "ExternalTrainingData", "ExternalTrainingRow", "JpTargets", "ParticipantRow", "ProgramData",
    "ProgramRow", "SessionData", "SessionRow", "TrainingNeed", "TrainingRecordRow", "UnitJp",
    "add_external_training", "add_participant", "add_participants", "create_program",
    "create_session", "delete_program", "delete_session", "employee_jp",
    "employee_training_records", "employees_below_threshold", "get_program", "get_session",
    "jp_summary", "jp_targets", "list_external_training", "list_participants", "list_programs",
    "list_sessions", "record_attendance", "record_attendances", "record_completion",
    "remove_external_training", "remove_participant", "set_certificate", "set_program_active",
    "set_session_status", "training_needs", "update_external_training", "update_program",
    "update_session",
]
