package org.constable.search.domain;

import java.util.List;

/** A person found, its score (higher is better) and why it matched, in words an officer reads. */
public record PersonHit(SearchablePerson person, double score, List<String> why) {}
