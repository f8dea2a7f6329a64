package org.constable.analytics.dashboard.api;

import org.constable.analytics.dashboard.application.Dashboards;
import org.constable.analytics.dashboard.domain.ReportingPeriod;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** The dashboard's figures for a period (whole days, both inclusive): what the page's charts and map draw. */
@RestController
@RequestMapping("/api/v1/dashboards")
class DashboardApi {

    private final Dashboards dashboards;
    private final CurrentActor actors;

    DashboardApi(Dashboards dashboards, CurrentActor actors) {
        this.dashboards = dashboards;
        this.actors = actors;
    }

    @GetMapping("/overview")
    @Guarded(Permission.DASHBOARD_READ)
    Dashboards.Overview overview(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return dashboards.overview(actors.require(), new ReportingPeriod(from, to));
    }
}
