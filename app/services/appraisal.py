"""Kinerja (domain.md §6, §7): one import for the appraisal use cases.

Split by concern and re-exported here: :mod:`~app.services.appraisal_periods` (periods and
periodic evaluations), :mod:`~app.services.appraisal_skp` (creating an SKP, its header, the
suggested penilai), :mod:`~app.services.appraisal_plan` (RHK, indicators, ekspektasi,
realisation), :mod:`~app.services.appraisal_workflow` (agree, evaluate, finalise, correct),
:mod:`~app.services.appraisal_feedback` (continuous feedback, response, objections),
:mod:`~app.services.appraisal_org` (organisation result, distribution check),
:mod:`~app.services.appraisal_bulk` (a whole unit), :mod:`~app.services.appraisal_public`
(public feedback), :mod:`~app.services.appraisal_legacy` (DP3, PP 46/2011, PM 8/2021) and
:mod:`~app.services.talent` (9-box).
"""

from __future__ import annotations

from app.services.appraisal_bulk import (
    StartResult,
    UnitProgress,
    start_skps_for_unit,
    unit_progress,
)
from app.services.appraisal_common import Official, OfficialInput
from app.services.appraisal_dto import (
    BehaviourRow,
    FeedbackRow,
    IndicatorRow,
    ObjectionRow,
    PeriodicEvaluationRow,
    PeriodRow,
    RhkOption,
    RhkRow,
    SkpDetail,
    SkpRow,
)
from app.services.appraisal_feedback import (
    add_feedback,
    decide_objection,
    list_objections,
    remove_feedback,
    set_behaviour_feedback,
    set_employee_response,
    submit_objection,
)
from app.services.appraisal_legacy import (
    LegacyData,
    LegacyRow,
    add_legacy_appraisal,
    list_legacy_appraisals,
    remove_legacy_appraisal,
)
from app.services.appraisal_org import (
    DistributionReport,
    OrgResultRow,
    distribution_warnings,
    org_result,
    remove_org_result,
    set_org_result,
)
from app.services.appraisal_periods import (
    PeriodSpec,
    create_periods,
    delete_periods,
    list_periods,
    record_periodic_evaluation,
    set_period_open,
)
from app.services.appraisal_plan import (
    IndicatorData,
    RhkData,
    add_indicator,
    add_rhk,
    leader_rhk_options,
    record_realisation,
    remove_indicator,
    remove_rhk,
    set_ekspektasi_khusus,
    update_indicator,
    update_rhk,
)
from app.services.appraisal_public import (
    CHANNELS,
    PublicFeedbackRow,
    add_public_feedback,
    list_public_feedback,
    remove_public_feedback,
)
from app.services.appraisal_read import employee_skps, get_skp, list_skps
from app.services.appraisal_skp import (
    PenilaiSuggestion,
    SkpHeader,
    create_skp,
    delete_skp,
    suggest_penilai,
    update_skp_header,
)
from app.services.appraisal_workflow import (
    agree_skp,
    correct_final_skp,
    evaluate_skp,
    finalize_skp,
    return_to_draft,
)
from app.services.talent import (
    NineBoxCell,
    NineBoxGrid,
    TalentMember,
    TalentRow,
    list_talent_assessments,
    nine_box,
    nine_box_members,
    nine_box_ordering,
    record_talent_assessment,
    remove_talent_assessment,
    set_nine_box_ordering,
)

__all__ = [
    "CHANNELS", "BehaviourRow", "DistributionReport", "FeedbackRow", "IndicatorData",
    "IndicatorRow", "LegacyData", "LegacyRow", "NineBoxCell", "NineBoxGrid", "ObjectionRow",
    "Official", "OfficialInput", "OrgResultRow", "PenilaiSuggestion", "PeriodRow",
    "PeriodSpec", "PeriodicEvaluationRow", "PublicFeedbackRow", "RhkData", "RhkOption",
    "RhkRow", "SkpDetail", "SkpHeader", "SkpRow", "StartResult", "TalentMember", "TalentRow",
    "UnitProgress", "add_feedback", "add_indicator", "add_legacy_appraisal",
    "add_public_feedback", "add_rhk", "agree_skp", "correct_final_skp", "create_periods",
    "create_skp", "decide_objection", "delete_periods", "delete_skp", "distribution_warnings",
    "employee_skps", "evaluate_skp", "finalize_skp", "get_skp", "leader_rhk_options",
    "list_legacy_appraisals", "list_objections", "list_periods", "list_public_feedback",
    "list_skps", "list_talent_assessments", "nine_box", "nine_box_members",
    "nine_box_ordering", "org_result", "record_periodic_evaluation", "record_realisation",
    "record_talent_assessment", "remove_feedback", "remove_indicator",
    "remove_legacy_appraisal", "remove_org_result", "remove_public_feedback", "remove_rhk",
    "remove_talent_assessment", "return_to_draft", "set_behaviour_feedback",
    "set_ekspektasi_khusus", "set_employee_response", "set_nine_box_ordering",
    "set_org_result", "set_period_open", "start_skps_for_unit", "submit_objection",
    "suggest_penilai", "unit_progress", "update_indicator", "update_rhk", "update_skp_header",
]
