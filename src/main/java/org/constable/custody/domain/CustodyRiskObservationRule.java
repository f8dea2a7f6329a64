package org.constable.custody.domain;

/**
 * The lowest observation level a risk assessment allows (national custody guidance): anyone
 * intoxicated by drink or drugs is roused (level 2) because they may not wake; a risk of self-harm
 * means constant observation (level 3). The custody officer may always set a higher level.
 */
public final class CustodyRiskObservationRule {

    private CustodyRiskObservationRule() {}

    public static ObservationLevel lowestFor(RiskAssessment risk) {
        if (risk.selfHarm()) {
            return ObservationLevel.CONSTANT;
        }
        if (risk.drugsOrAlcohol() || risk.mentalHealth() || risk.medical()) {
            return ObservationLevel.INTERMITTENT_WITH_ROUSING;
        }
        return ObservationLevel.GENERAL;
    }
}
