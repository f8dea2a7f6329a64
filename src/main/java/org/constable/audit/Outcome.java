package org.constable.audit;

public enum Outcome {
    SUCCEEDED,
    DENIED,
    FAILED
}
