package org.constable.identity.domain;

import static org.constable.identity.Permission.*;

import java.util.EnumSet;
import java.util.Set;
import org.constable.identity.Permission;
import org.constable.identity.Role;

/**
 * Which roles one administrator may not grant alone (ADR 0043): a role that reads personal data,
 * or one that changes who may do what, takes effect only when a second administrator approves it.
 * Decided from the role's permissions, so a new role is classified by what it can do.
 */
public final class RoleApprovalRule {

    public static final String NAME = "Second-administrator rule";

    /** Permissions that show personal data: people, places, incidents, crimes, victims, the trail. */
    static final Set<Permission> PERSONAL_DATA = EnumSet.of(
            PERSON_READ,
            LOCATION_READ,
            VEHICLE_READ,
            INCIDENT_READ,
            CALL_HANDLE,
            UNIT_STATUS,
            CRIME_READ,
            CRIME_MONITOR_READ,
            VICTIM_CARE,
            VICTIM_CARE_OVERSIGHT,
            PERSON_COMBINE,
            AUDIT_READ);

    /** Permissions that change who may do what. */
    static final Set<Permission> ACCESS = EnumSet.of(USER_ADMIN, NEED_TO_KNOW_GRANT, TERMINAL_ADMIN);

    private RoleApprovalRule() {}

    public static boolean needsSecondAdministrator(Role role) {
        return RolePermissions.of(role).stream().anyMatch(p -> PERSONAL_DATA.contains(p) || ACCESS.contains(p));
    }
}
