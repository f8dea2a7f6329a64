package org.constable.crime.domain;

import org.constable.shared.Conflict;

/** A crime record would break a Home Office counting rule; the message explains the rule and what to do instead. */
public class CountingRuleBreach extends Conflict {

    private final String rule;

    public CountingRuleBreach(String rule, String explanation) {
        super(rule + ": " + explanation);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
