package org.constable.custody.domain;

import java.time.Instant;

/** The time by which the detainee must be released or charged, and what authorised it. */
public record DetentionLimit(LimitAuthority authority, Instant until, String grantedBy, String grounds) {}
