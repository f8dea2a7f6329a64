package org.constable.platform.web;

import java.util.List;
import java.util.Optional;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.DemoMode;
import org.constable.identity.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Navigation per role: each page shows only what AccessPolicy lets this user open, with its shortcut. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    record NavItem(String label, String href, String key, String description, Permission permission) {}

    private static final List<NavItem> ITEMS = List.of(
            new NavItem(
                    "Take a call",
                    "/calls/new",
                    "c",
                    "Record a 999, 101 or online contact; see history and warnings at the place.",
                    Permission.CALL_HANDLE),
            new NavItem(
                    "Board", "/board", "b", "Open incidents, attendance targets and units, live.", Permission.DISPATCH),
            new NavItem(
                    "My unit",
                    "/officer",
                    "m",
                    "Your assignment, warnings at the scene and status buttons.",
                    Permission.UNIT_STATUS),
            new NavItem(
                    "Response report",
                    "/reports/response",
                    "r",
                    "Answer times, time to dispatch and arrival against target.",
                    Permission.RESPONSE_REPORTS),
            new NavItem(
                    "Hotspot backtests",
                    "/analytics/forecasting",
                    "h",
                    "Backtest predictive hotspot methods: hit rate and PAI by coverage.",
                    Permission.ANALYTICS_READ),
            new NavItem(
                    "Dashboards",
                    "/dashboards",
                    "y",
                    "Incidents and crimes by type, beat and period with trends; recording rate; calls and attendance against targets.",
                    Permission.DASHBOARD_READ),
            new NavItem(
                    "Open data",
                    "/open-data",
                    "o",
                    "Publish a month of police.uk street-level data: a recorded disclosure.",
                    Permission.OPEN_DATA_EXPORT),
            new NavItem(
                    "Crime monitor",
                    "/crime-monitor",
                    "g",
                    "NCRS: crime-indicative incidents awaiting a crime or a decision; recording rate.",
                    Permission.CRIME_MONITOR_READ),
            new NavItem(
                    "Victim care",
                    "/victim-care",
                    "w",
                    "Victims' Code: referrals and updates due and overdue for your victims.",
                    Permission.VICTIM_CARE),
            new NavItem(
                    "Investigations",
                    "/investigations",
                    "s",
                    "Your day: actions overdue and due, your open investigations; open a new one.",
                    Permission.INVESTIGATION_READ),
            new NavItem(
                    "Review queue",
                    "/investigations/reviews",
                    "q",
                    "Supervisory reviews of the investigations you supervise, due and overdue.",
                    Permission.INVESTIGATION_REVIEW),
            new NavItem(
                    "Retention review",
                    "/retention",
                    "n",
                    "Management of Police Information: records due for review, oldest first; retain or dispose.",
                    Permission.RETENTION_REVIEW),
            new NavItem(
                    "Warrants",
                    "/investigations/warrants",
                    "z",
                    "Warrants of your investigations: in force, expiring, to return to court and overdue.",
                    Permission.INVESTIGATION_READ),
            new NavItem(
                    "Safeguarding",
                    "/safeguarding",
                    "d",
                    "Referrals to partner agencies, due and escalated; the domestic-abuse risk assessment.",
                    Permission.SAFEGUARDING_REFER),
            new NavItem(
                    "Custody",
                    "/custody",
                    "j",
                    "The custody suite: detainees, visits and reviews due, time to each detention limit, live.",
                    Permission.CUSTODY_READ),
            new NavItem(
                    "Intelligence",
                    "/intelligence",
                    "x",
                    "Submit intelligence; follow your reports; for the intelligence unit, grade and sanitise.",
                    Permission.INTELLIGENCE_SUBMIT),
            new NavItem(
                    "Exhibits",
                    "/exhibits",
                    "b",
                    "Exhibits seized, their continuity with any gap or changed seal flagged, and the property stores.",
                    Permission.EVIDENCE_READ),
            new NavItem(
                    "Search",
                    "/search",
                    "f",
                    "One box for people, addresses, vehicles and incidents; tolerates misspelling.",
                    Permission.PERSON_READ),
            new NavItem(
                    "Forecasts",
                    "/analytics/forecasts",
                    "t",
                    "Published hotspot forecasts: publish one, see its top cells on the map.",
                    Permission.ANALYTICS_READ),
            new NavItem(
                    "Patrol dosage",
                    "/analytics/dosage",
                    "e",
                    "Record the minutes you patrolled the top cells of a published hotspot forecast.",
                    Permission.DOSAGE_RECORD),
            new NavItem(
                    "People",
                    "/people",
                    "p",
                    "Find a person and see their warnings, addresses and vehicles.",
                    Permission.PERSON_READ),
            new NavItem(
                    "Duplicates",
                    "/people/duplicates",
                    "k",
                    "Likely duplicate people: combine two records of one person, or undo it.",
                    Permission.PERSON_COMBINE),
            new NavItem("New person", "/people/new", "n", "Record a person (nominal).", Permission.PERSON_WRITE),
            new NavItem(
                    "New location", "/locations/new", "l", "Record an address or place.", Permission.LOCATION_WRITE),
            new NavItem(
                    "New vehicle",
                    "/vehicles/new",
                    "v",
                    "Record a vehicle by its registration mark.",
                    Permission.VEHICLE_WRITE),
            new NavItem(
                    "Users",
                    "/admin/users",
                    "u",
                    "Accounts and roles: create users, grant and revoke roles, disable accounts.",
                    Permission.USER_ADMIN),
            new NavItem(
                    "Crime import",
                    "/admin/crime-import",
                    "i",
                    "Import police.uk street-level files as historic crime records.",
                    Permission.CRIME_IMPORT),
            new NavItem(
                    "Audit trail",
                    "/audit",
                    "a",
                    "Consult and verify the tamper-evident audit trail.",
                    Permission.AUDIT_READ),
            new NavItem("API", "/api/v1/docs", "d", "The REST API and its OpenAPI document.", Permission.SIGNED_IN));

    private final CurrentActor actors;
    private final AccessPolicy policy;
    private final DemoMode demo;

    NavigationAdvice(CurrentActor actors, AccessPolicy policy, DemoMode demo) {
        this.actors = actors;
        this.policy = policy;
        this.demo = demo;
    }

    @ModelAttribute
    void navigation(Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("demo", demo.enabled());
        Optional<Actor> actor = actors.get();
        // Until the second factor is given the person is not signed in: no menu, and nothing that
        // could cover the one-time-code form on a phone.
        if (actor.isEmpty() || request.getRequestURI().startsWith(request.getContextPath() + "/login")) {
            return;
        }
        Actor a = actor.get();
        model.addAttribute("actorName", a.username());
        model.addAttribute(
                "actorRoles",
                a.roles().stream()
                        .map(r -> r.title())
                        .sorted()
                        .reduce((x, y) -> x + ", " + y)
                        .orElse("no role"));
        model.addAttribute(
                "nav",
                ITEMS.stream().filter(i -> policy.allows(a, i.permission())).toList());
    }
}
