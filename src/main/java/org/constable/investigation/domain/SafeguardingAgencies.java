package org.constable.investigation.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The partner agencies the force refers to, as configured, in the order they are offered. */
public final class SafeguardingAgencies {

    private final Map<String, SafeguardingAgency> byCode = new LinkedHashMap<>();

    public SafeguardingAgencies(List<SafeguardingAgency> agencies) {
        for (SafeguardingAgency a : agencies) {
            if (byCode.put(a.code(), a) != null) {
                throw new IllegalStateException("agency " + a.code() + " is configured twice");
            }
        }
        if (!byCode.containsKey(SafeguardingAgency.MARAC)) {
            throw new IllegalStateException("the domestic-abuse risk conference (marac) must be configured");
        }
    }

    public List<SafeguardingAgency> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<SafeguardingAgency> of(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The agency's name; a code no longer configured is shown as it is stored. */
    public String nameOf(String code) {
        return of(code).map(SafeguardingAgency::name).orElse(code);
    }
}
