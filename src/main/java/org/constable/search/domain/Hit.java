package org.constable.search.domain;

import java.util.List;

/** An address or vehicle found, its score (higher is better) and why it matched. */
public record Hit<T>(T record, double score, List<String> why) {}
