package org.constable.identity.domain;

import static org.constable.identity.Permission.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.constable.identity.Field;
import org.constable.identity.Permission;
import org.constable.identity.Role;

/**
 * The role-to-permission matrix and the field rules. Anything not listed here is denied.
 * Administrators manage accounts but cannot read personal data; auditors read the trail but
 * cannot change anything; neither sees where people live.
 */
public final class RolePermissions {

    private static final Map<Role, Set<Permission>> GRANTS = new EnumMap<>(Role.class);
    private static final Map<Field, Set<Role>> FIELD_VIEWERS = new EnumMap<>(Field.class);

    static {
        Set<Permission> poleRead = EnumSet.of(SIGNED_IN, PERSON_READ, LOCATION_READ, VEHICLE_READ);
        Set<Permission> poleWrite = EnumSet.of(PERSON_WRITE, LOCATION_WRITE, VEHICLE_WRITE, WARNING_MARKER_WRITE);

        Set<Permission> incidents = EnumSet.of(INCIDENT_READ, INCIDENT_LOG_WRITE);

        GRANTS.put(
                Role.CALL_HANDLER,
                union(
                        poleRead,
                        incidents,
                        EnumSet.of(PERSON_WRITE, LOCATION_WRITE, VEHICLE_WRITE, CALL_HANDLE),
                        EnumSet.of(CRIME_READ, CRIME_RECORD)));
        GRANTS.put(
                Role.DISPATCHER,
                union(poleRead, incidents, EnumSet.of(DISPATCH, UNIT_STATUS, AVL_FEED, RESPONSE_REPORTS)));
        GRANTS.put(
                Role.RESPONSE_OFFICER,
                union(poleRead, poleWrite, incidents, EnumSet.of(UNIT_STATUS, CRIME_READ, CRIME_RECORD)));
        // Combining nominals is data-quality work by those who own the person records after the event;
        // call handlers and response officers record people in a hurry and are not asked to judge identity.
        Set<Permission> nominalQuality = EnumSet.of(PERSON_COMBINE);

        GRANTS.put(
                Role.INVESTIGATOR,
                union(poleRead, poleWrite, nominalQuality, EnumSet.of(CRIME_READ, CRIME_RECORD, CRIME_OUTCOME)));
        GRANTS.put(Role.CUSTODY_OFFICER, union(poleRead, EnumSet.of(PERSON_WRITE, WARNING_MARKER_WRITE)));
        GRANTS.put(
                Role.INTELLIGENCE_ANALYST,
                union(poleRead, nominalQuality, EnumSet.of(WARNING_MARKER_WRITE, ANALYTICS_READ)));
        // the registrar checks and decides; recording and outcomes are for those who investigate
        GRANTS.put(
                Role.CRIME_REGISTRAR,
                union(
                        poleRead,
                        EnumSet.of(CRIME_IMPORT),
                        EnumSet.of(
                                INCIDENT_READ, CRIME_READ, CRIME_RECORD, CRIME_REGISTRAR_DECIDE, CRIME_MONITOR_READ)));
        GRANTS.put(
                Role.SUPERVISOR,
                union(
                        poleRead,
                        poleWrite,
                        incidents,
                        nominalQuality,
                        EnumSet.of(
                                NEED_TO_KNOW_GRANT,
                                CALL_HANDLE,
                                DISPATCH,
                                UNIT_STATUS,
                                RESPONSE_REPORTS,
                                ANALYTICS_READ),
                        EnumSet.of(CRIME_READ, CRIME_RECORD, CRIME_OUTCOME, CRIME_MONITOR_READ)));
        // the source registrar keeps the register of covert human intelligence sources and nothing else (ADR 0104)
        GRANTS.put(Role.SOURCE_REGISTRAR, EnumSet.of(SIGNED_IN, SOURCE_WORK, SOURCE_REGISTER));
        GRANTS.put(Role.AUDITOR, EnumSet.of(SIGNED_IN, AUDIT_READ));
        GRANTS.put(
                Role.ADMINISTRATOR,
                EnumSet.of(SIGNED_IN, USER_ADMIN, TERMINAL_ADMIN, METRICS_READ, AVL_FEED, CRIME_IMPORT));
        // Victims' Code: those who keep victims informed, and the supervisors who see their team's deadlines
        grant(EnumSet.of(Role.RESPONSE_OFFICER, Role.INVESTIGATOR, Role.SUPERVISOR), VICTIM_CARE);
        grant(EnumSet.of(Role.SUPERVISOR), VICTIM_CARE_OVERSIGHT);
        // Custody: the custody officer keeps the record; the reviewing inspector and the superintendent
        // (supervisory ranks here) review and extend detention and read the record they decide on
        grant(EnumSet.of(Role.CUSTODY_OFFICER, Role.SUPERVISOR), CUSTODY_READ);
        grant(EnumSet.of(Role.CUSTODY_OFFICER), CUSTODY_RECORD);
        grant(EnumSet.of(Role.SUPERVISOR), CUSTODY_REVIEW);
        // Analytics: figures without personal data for those who oversee; publishing open data is a disclosure
        grant(EnumSet.of(Role.SUPERVISOR, Role.INTELLIGENCE_ANALYST, Role.CRIME_REGISTRAR), DASHBOARD_READ);
        grant(EnumSet.of(Role.SUPERVISOR, Role.INTELLIGENCE_ANALYST), OPEN_DATA_EXPORT);
        // Predictive mapping: analysts and supervisors publish forecasts; those on patrol log their dosage
        grant(EnumSet.of(Role.SUPERVISOR, Role.INTELLIGENCE_ANALYST), FORECAST_PUBLISH);
        grant(EnumSet.of(Role.SUPERVISOR, Role.RESPONSE_OFFICER), DOSAGE_RECORD);
        // Intelligence (ADR 0075): every operational role submits what it learns; those who act on graded
        // intelligence read it sanitised; only the intelligence unit grades, sanitises, reads the original
        // text and disseminates. Call handlers and dispatchers submit but do not read: the control room
        // gets the warning markers, not the intelligence picture.
        grant(
                EnumSet.of(
                        Role.CALL_HANDLER,
                        Role.DISPATCHER,
                        Role.RESPONSE_OFFICER,
                        Role.INVESTIGATOR,
                        Role.CUSTODY_OFFICER,
                        Role.INTELLIGENCE_ANALYST,
                        Role.CRIME_REGISTRAR,
                        Role.SUPERVISOR,
                        Role.SOURCE_REGISTRAR),
                INTELLIGENCE_SUBMIT);
        grant(
                EnumSet.of(Role.RESPONSE_OFFICER, Role.INVESTIGATOR, Role.INTELLIGENCE_ANALYST, Role.SUPERVISOR),
                INTELLIGENCE_READ);
        grant(EnumSet.of(Role.INTELLIGENCE_ANALYST), INTELLIGENCE_EVALUATE);
        // Investigations: investigators work them; supervisors also review them and see their team's actions
        grant(EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR), INVESTIGATION_READ, INVESTIGATION_WORK);
        grant(EnumSet.of(Role.SUPERVISOR), INVESTIGATION_REVIEW);
        // Evidence (ADR 0084): whoever seizes or handles an exhibit records it and its movements; the
        // supervisor (standing for the property officer) keeps the stores and authorises disposal;
        // digital evidence is handled by those who investigate
        grant(
                EnumSet.of(Role.RESPONSE_OFFICER, Role.INVESTIGATOR, Role.CUSTODY_OFFICER, Role.SUPERVISOR),
                EVIDENCE_READ,
                EXHIBIT_RECORD);
        grant(EnumSet.of(Role.SUPERVISOR), PROPERTY_STORE_MANAGE);
        grant(EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR), DIGITAL_EVIDENCE);
        // Case files (ADR 0085): those who investigate prepare, submit and export them
        grant(EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR), CASE_FILE);
        // MoPI review sits with information management, the auditor / data protection officer (ADR 0092)
        grant(EnumSet.of(Role.AUDITOR), RETENTION_REVIEW);
        // Safeguarding (ADR 0088): whoever meets the person at risk refers; supervisors oversee the queues
        grant(
                EnumSet.of(Role.RESPONSE_OFFICER, Role.INVESTIGATOR, Role.CUSTODY_OFFICER, Role.SUPERVISOR),
                SAFEGUARDING_REFER);
        grant(EnumSet.of(Role.SUPERVISOR), SAFEGUARDING_OVERSIGHT);
        // Covert human intelligence sources (ADR 0104): detectives handle them, supervisors control them;
        // the permission opens the area only, each source is seen by its own handler and controller alone
        grant(EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR), SOURCE_WORK);
        // Covert compartments (ADR 0101): every role may be made a member (an auditor too, to oversee);
        // membership decides what is seen. A supervisor opens an operation and is its senior officer.
        grant(EnumSet.allOf(Role.class), COVERT_COMPARTMENT);
        grant(EnumSet.of(Role.SUPERVISOR), COVERT_OPERATION_OPEN);

        FIELD_VIEWERS.put(
                Field.PERSON_ADDRESS,
                EnumSet.of(
                        Role.CALL_HANDLER,
                        Role.DISPATCHER,
                        Role.RESPONSE_OFFICER,
                        Role.INVESTIGATOR,
                        Role.CUSTODY_OFFICER,
                        Role.INTELLIGENCE_ANALYST,
                        Role.SUPERVISOR));
        FIELD_VIEWERS.put(
                Field.PERSON_DATE_OF_BIRTH,
                EnumSet.of(
                        Role.CALL_HANDLER,
                        Role.DISPATCHER,
                        Role.RESPONSE_OFFICER,
                        Role.INVESTIGATOR,
                        Role.CUSTODY_OFFICER,
                        Role.INTELLIGENCE_ANALYST,
                        Role.CRIME_REGISTRAR,
                        Role.SUPERVISOR));
    }

    private RolePermissions() {}

    public static boolean grants(Set<Role> roles, Permission permission) {
        return roles.stream().anyMatch(r -> GRANTS.getOrDefault(r, Set.of()).contains(permission));
    }

    public static boolean mayView(Set<Role> roles, Field field) {
        return roles.stream()
                .anyMatch(r -> FIELD_VIEWERS.getOrDefault(field, Set.of()).contains(r));
    }

    public static Set<Permission> of(Role role) {
        return Set.copyOf(GRANTS.getOrDefault(role, Set.of()));
    }

    private static void grant(Set<Role> roles, Permission... permissions) {
        roles.forEach(r -> Objects.requireNonNull(GRANTS.get(r), "every role has a set")
                .addAll(java.util.Arrays.asList(permissions)));
    }

    @SafeVarargs
    private static Set<Permission> union(Set<Permission>... sets) {
        EnumSet<Permission> all = EnumSet.noneOf(Permission.class);
        for (Set<Permission> s : sets) {
            all.addAll(s);
        }
        return all;
    }
}
