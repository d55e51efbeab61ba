"""The model class of every table the demo writes, by table name."""

from __future__ import annotations

from app.db.appraisal import (
    AppraisalPeriod,
    ContinuousFeedback,
    Skp,
    SkpBehaviour,
    SkpIndicator,
    SkpPeriodicEvaluation,
    SkpRhk,
)
from app.db.base import Synced
from app.db.family import FamilyMember, HukumanDisiplin, PenghargaanHistory
from app.db.histories import (
    AngkaKreditHistory,
    JabatanHistory,
    KgbHistory,
    PangkatHistory,
    PendidikanHistory,
)
from app.db.org import OrgUnit
from app.db.performance import LegacyAppraisal, OrgPerformance, PublicFeedback, TalentAssessment
from app.db.personnel import Employee
from app.db.training import ExternalTraining, TrainingParticipant, TrainingProgram, TrainingSession

MODELS: dict[str, type[Synced]] = {m.__tablename__: m for m in (  # type: ignore[attr-defined]
    OrgUnit, TrainingProgram, TrainingSession, AppraisalPeriod, OrgPerformance, PublicFeedback,
    Employee, PendidikanHistory, PangkatHistory, JabatanHistory, KgbHistory, FamilyMember,
    PenghargaanHistory, HukumanDisiplin, AngkaKreditHistory, TrainingParticipant,
    ExternalTraining, Skp, SkpRhk, SkpIndicator, SkpBehaviour, SkpPeriodicEvaluation,
    ContinuousFeedback, LegacyAppraisal, TalentAssessment,
)}
