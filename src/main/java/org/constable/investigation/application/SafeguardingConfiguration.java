package org.constable.investigation.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.investigation.domain.EscalationLadder;
import org.constable.investigation.domain.RiskChecklist;
import org.constable.investigation.domain.SafeguardingAgencies;
import org.constable.investigation.domain.SafeguardingAgency;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The partner agencies with their due times, the escalation ladder's step and the risk checklist's
 * high-risk count, from {@code constable.safeguarding.*} (ADR 0088, 0089). Without configuration the
 * four usual agencies apply.
 */
@Configuration
class SafeguardingConfiguration {

    /** One configured agency, as written under {@code constable.safeguarding.agencies.<code>}. */
    record AgencyProperties(
            @Nullable String name,
            @Nullable Duration sendWithin,
            @Nullable Duration acknowledgeWithin,
            @Nullable Duration outcomeWithin) {}

    static final List<SafeguardingAgency> DEFAULTS = List.of(
            new SafeguardingAgency(
                    "childrens-social-care",
                    "Children's social care",
                    Duration.ofHours(24),
                    Duration.ofHours(24),
                    Duration.ofDays(7)),
            new SafeguardingAgency(
                    "adult-social-care",
                    "Adult social care",
                    Duration.ofHours(72),
                    Duration.ofHours(72),
                    Duration.ofDays(28)),
            new SafeguardingAgency(
                    SafeguardingAgency.MARAC,
                    "Domestic-abuse risk conference (MARAC)",
                    Duration.ofHours(24),
                    Duration.ofHours(48),
                    Duration.ofDays(28)),
            new SafeguardingAgency(
                    "health",
                    "Health (GP, health visitor, hospital)",
                    Duration.ofHours(72),
                    Duration.ofHours(72),
                    Duration.ofDays(28)));

    @Bean
    SafeguardingAgencies safeguardingAgencies(Environment environment) {
        Map<String, AgencyProperties> configured = Binder.get(environment)
                .bind("constable.safeguarding.agencies", Bindable.mapOf(String.class, AgencyProperties.class))
                .orElse(new LinkedHashMap<>());
        if (configured.isEmpty()) {
            return new SafeguardingAgencies(DEFAULTS);
        }
        List<SafeguardingAgency> agencies = new ArrayList<>();
        configured.forEach((code, p) -> {
            if (p.name() == null
                    || p.sendWithin() == null
                    || p.acknowledgeWithin() == null
                    || p.outcomeWithin() == null) {
                throw new IllegalStateException("constable.safeguarding.agencies." + code
                        + ": give name, send-within, acknowledge-within and outcome-within");
            }
            agencies.add(
                    new SafeguardingAgency(code, p.name(), p.sendWithin(), p.acknowledgeWithin(), p.outcomeWithin()));
        });
        return new SafeguardingAgencies(agencies);
    }

    @Bean
    EscalationLadder escalationLadder(
            @Value("${constable.safeguarding.escalation.next-level-after:4h}") Duration nextLevelAfter) {
        return new EscalationLadder(nextLevelAfter);
    }

    @Bean
    RiskChecklist riskChecklist(@Value("${constable.safeguarding.risk-assessment.high-risk-yes-count:14}") int yes) {
        return new RiskChecklist(yes);
    }
}
