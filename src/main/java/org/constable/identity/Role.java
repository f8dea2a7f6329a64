package org.constable.identity;

/** The jobs people do in a force; each maps to a set of permissions in {@code RolePermissions}. */
public enum Role {
    CALL_HANDLER("Call handler"),
    DISPATCHER("Dispatcher"),
    RESPONSE_OFFICER("Response officer"),
    INVESTIGATOR("Investigator"),
    CUSTODY_OFFICER("Custody officer"),
    INTELLIGENCE_ANALYST("Intelligence analyst"),
    CRIME_REGISTRAR("Crime registrar"),
    SOURCE_REGISTRAR("Source registrar"),
    SUPERVISOR("Supervisor"),
    AUDITOR("Auditor / data protection officer"),
    ADMINISTRATOR("Administrator");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
