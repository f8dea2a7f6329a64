-- A disposed person's names are redacted from investigations' free text (ADR 0109): plans and
-- their versions, lines of enquiry, actions, supervisory reviews and safeguarding referrals and risk assessments.
GRANT UPDATE (title) ON investigation.investigation TO ${appRole};
GRANT UPDATE (text) ON investigation.plan_version TO ${appRole};
GRANT UPDATE (description) ON investigation.line_of_enquiry TO ${appRole};
GRANT UPDATE (description) ON investigation.investigation_action TO ${appRole};
GRANT UPDATE (decisions) ON investigation.supervisory_review TO ${appRole};
GRANT UPDATE (subject, concerns) ON investigation.safeguarding_referral TO ${appRole};
GRANT UPDATE (subject, notes) ON investigation.risk_assessment TO ${appRole};
