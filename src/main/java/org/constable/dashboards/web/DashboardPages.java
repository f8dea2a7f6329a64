package org.constable.dashboards.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.constable.dashboards.application.AreaFigures;
import org.constable.dashboards.application.Dashboards;
import org.constable.dashboards.domain.ReportingPeriod;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard page: every figure as text in tables, with charts and beat and ward maps for those who would rather look. */
@Controller
class DashboardPages {

    private final Dashboards dashboards;
    private final AreaFigures areas;
    private final CurrentActor actors;
    private final Clock clock;
    private final ZoneId zone;
    private final String tileUrl;

    DashboardPages(
            Dashboards dashboards,
            AreaFigures areas,
            CurrentActor actors,
            Clock clock,
            @Value("${constable.open-data.zone}") ZoneId zone,
            @Value("${constable.map.tile-url:}") String tileUrl) {
        this.dashboards = dashboards;
        this.areas = areas;
        this.actors = actors;
        this.clock = clock;
        this.zone = zone;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/dashboards")
    @Guarded(Permission.DASHBOARD_READ)
    String dashboard(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusDays(27) : from;
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("tileUrl", tileUrl);
        try {
            ReportingPeriod period = new ReportingPeriod(first, last);
            model.addAttribute("overview", dashboards.overview(actors.require(), period));
            model.addAttribute("areas", areas.of(actors.require(), period));
        } catch (InvalidInput e) {
            model.addAttribute("error", e.getMessage());
        }
        return "dashboards/dashboard";
    }
}
