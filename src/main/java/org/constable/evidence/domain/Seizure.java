package org.constable.evidence.domain;

import java.time.Instant;

/** Where the chain starts: who seized the exhibit, when and where, and the seal they put on it. */
public record Seizure(String seizedBy, Instant seizedAt, String seizedWhere, String seal) {}
