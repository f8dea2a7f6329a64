package org.constable.dashboards.api;

import java.time.LocalDate;
import org.constable.dashboards.application.AreaFigures;
import org.constable.dashboards.application.Dashboards;
import org.constable.dashboards.application.WardAreas;
import org.constable.dashboards.domain.ReportingPeriod;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures for a period (whole days, both inclusive): what the page's charts and maps draw. */
@RestController
@RequestMapping("/api/v1/dashboards")
class DashboardApi {

    private final Dashboards dashboards;
    private final AreaFigures areas;
    private final WardAreas wards;
    private final CurrentActor actors;

    DashboardApi(Dashboards dashboards, AreaFigures areas, WardAreas wards, CurrentActor actors) {
        this.dashboards = dashboards;
        this.areas = areas;
        this.wards = wards;
        this.actors = actors;
    }

    @GetMapping("/overview")
    @Guarded(Permission.DASHBOARD_READ)
    Dashboards.Overview overview(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return dashboards.overview(actors.require(), new ReportingPeriod(from, to));
    }

    /** Crime by ward (recorded and historic) and by LSOA (historic only), with the trend. */
    @GetMapping("/areas")
    @Guarded(Permission.DASHBOARD_READ)
    AreaFigures.AreaOverview areas(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return areas.of(actors.require(), new ReportingPeriod(from, to));
    }

    /** Every LSOA's historic crime count for the period, as CSV. */
    @GetMapping("/lsoas.csv")
    @Guarded(Permission.DASHBOARD_READ)
    ResponseEntity<byte[]> lsoas(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        byte[] csv = areas.lsoaCsv(actors.require(), new ReportingPeriod(from, to));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("lsoa-crime-" + from + "-" + to + ".csv")
                                .build()
                                .toString())
                .body(csv);
    }

    /** The wards the figures use, as GeoJSON in WGS 84 (properties code, name), for drawing with no tile server. */
    @GetMapping("/wards")
    @Guarded(Permission.DASHBOARD_READ)
    ResponseEntity<String> wards() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(wards.current().geoJson());
    }
}
