package org.constable.investigation.domain;

import java.util.List;

/**
 * The domestic-abuse risk-identification checklist (after the DASH checklist used by forces in
 * England and Wales), in this project's own words: 27 questions put to the victim, each answered
 * yes, no or not known, followed by the officer's professional judgement. A high-risk result is
 * the judgement "high", or at least the configured number of "yes" answers (14 by default); it
 * proposes a referral to the domestic-abuse risk conference (MARAC), which the officer confirms
 * (ADR 0088).
 */
public final class RiskChecklist {

    /** The questions, in the order they are asked. */
    public static final List<String> QUESTIONS = List.of(
            "Has this incident left the victim injured?",
            "Is the victim very frightened?",
            "Is the victim afraid of what may happen next, including being killed?",
            "Does the victim feel cut off from family or friends, or kept from seeing them?",
            "Is the victim feeling low or having thoughts of suicide?",
            "Has the victim tried to separate from the abuser in the past year?",
            "Is there conflict over contact with children?",
            "Does the abuser keep texting, calling, following or turning up unwanted?",
            "Is the victim pregnant, or has the victim had a baby in the last 18 months?",
            "Is the abuse happening more often?",
            "Is the abuse getting worse?",
            "Does the abuser try to control everything the victim does, or show excessive jealousy?",
            "Has the abuser used weapons or objects to hurt the victim?",
            "Has the abuser threatened to kill the victim or someone else, and was it believed?",
            "Has the abuser ever strangled, choked, suffocated or drowned the victim?",
            "Does the abuser do or say sexual things that make the victim feel bad or that hurt?",
            "Is there another person who has threatened the victim, or whom the victim fears?",
            "Does the victim know of the abuser hurting anyone else?",
            "Has the abuser ever mistreated an animal or the family pet?",
            "Are there financial problems, or is the victim dependent on the abuser for money?",
            "Has the abuser had problems with drugs, alcohol or mental health in the past year?",
            "Has the abuser ever threatened or attempted suicide?",
            "Has the abuser ever breached bail, an injunction or an agreement about contact?",
            "Does the victim know of the abuser being in trouble with the police or having a record?",
            "Are there children in the household, including the abuser's or the victim's?",
            "Has the abuser ever hurt, or threatened to hurt, the children?",
            "Is the victim worried about something not yet asked, or about the abuser's access to weapons?");

    private final int highRiskYesCount;

    public RiskChecklist(int highRiskYesCount) {
        if (highRiskYesCount < 1 || highRiskYesCount > QUESTIONS.size()) {
            throw new IllegalStateException("the high-risk count of yes answers is between 1 and " + QUESTIONS.size());
        }
        this.highRiskYesCount = highRiskYesCount;
    }

    public int highRiskYesCount() {
        return highRiskYesCount;
    }

    /** The answers as stored: one letter per question. */
    public static String code(List<RiskAnswer> answers) {
        StringBuilder sb = new StringBuilder(answers.size());
        answers.forEach(a -> sb.append(a.code()));
        return sb.toString();
    }

    public static int yesCount(List<RiskAnswer> answers) {
        return (int) answers.stream().filter(a -> a == RiskAnswer.YES).count();
    }

    /** High risk: the officer judged it high, or enough questions were answered yes. */
    public boolean highRisk(List<RiskAnswer> answers, RiskJudgement judgement) {
        return judgement == RiskJudgement.HIGH || yesCount(answers) >= highRiskYesCount;
    }
}
