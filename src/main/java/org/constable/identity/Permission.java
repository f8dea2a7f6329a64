package org.constable.identity;

/** What an endpoint or use case needs. Roles are granted permissions; nobody holds a permission directly. */
public enum Permission {
    /** Any signed-in user: home page, own account. */
    SIGNED_IN,
    PERSON_READ,
    PERSON_WRITE,
    LOCATION_READ,
    LOCATION_WRITE,
    VEHICLE_READ,
    VEHICLE_WRITE,
    WARNING_MARKER_WRITE,
    AUDIT_READ,
    USER_ADMIN,
    NEED_TO_KNOW_GRANT,
    TERMINAL_ADMIN,
    METRICS_READ
}
