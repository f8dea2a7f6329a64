package org.constable.crime.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.constable.crime.RecordingRate;
import org.constable.crime.application.CrimeViews;
import org.constable.crime.application.IntegrityMonitor;
import org.constable.crime.domain.NcrsDecision;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The NCRS integrity monitor: the queue with its 24-hour clock, the registrar's decisions, and the recording rate per day. */
@Controller
class MonitorPages {

    /** The purpose the monitor's function fixes. */
    static final String NCRS_MONITORING = "NCRS integrity monitoring";

    private final IntegrityMonitor monitor;
    private final CrimeViews views;
    private final AccessPolicy policy;
    private final CurrentActor actors;
    private final Clock clock;

    MonitorPages(IntegrityMonitor monitor, CrimeViews views, AccessPolicy policy, CurrentActor actors, Clock clock) {
        this.monitor = monitor;
        this.views = views;
        this.policy = policy;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/crime-monitor")
    @Guarded(Permission.CRIME_MONITOR_READ)
    String monitor(@RequestParam(defaultValue = "14") int days, Model model) {
        return page(model, days, null);
    }

    @PostMapping("/crime-monitor/{incidentId}/decision")
    @Guarded(Permission.CRIME_REGISTRAR_DECIDE)
    String decide(
            @PathVariable long incidentId,
            @RequestParam(required = false) NcrsDecision decision,
            @RequestParam(required = false) String reason,
            Model model) {
        try {
            monitor.decide(actors.require(), incidentId, decision, reason);
            return "redirect:/crime-monitor";
        } catch (InvalidInput | Conflict e) {
            return page(model, 14, e.getMessage());
        }
    }

    private String page(Model model, int days, @Nullable String error) {
        if (days < 1 || days > 366) {
            throw new InvalidInput("days", "Show between 1 and 366 days.");
        }
        Actor actor = actors.require();
        Instant end = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .plusDays(1)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        Instant start = end.minus(Duration.ofDays(days));
        List<RecordingRate> periods = new java.util.ArrayList<>(monitor.periods(actor, start, end, Duration.ofDays(1)));
        java.util.Collections.reverse(periods);
        model.addAttribute("queue", monitor.queue(actor, NCRS_MONITORING));
        model.addAttribute("periods", periods);
        model.addAttribute("total", monitor.rate(actor, start, end));
        model.addAttribute("days", days);
        model.addAttribute("error", error);
        model.addAttribute("decisions", NcrsDecision.values());
        model.addAttribute("canDecide", policy.allows(actor, Permission.CRIME_REGISTRAR_DECIDE));
        model.addAttribute("canRecord", policy.allows(actor, Permission.CRIME_RECORD));
        model.addAttribute(
                "pending",
                policy.allows(actor, Permission.CRIME_REGISTRAR_DECIDE)
                        ? views.pendingRequests(actor, NCRS_MONITORING)
                        : List.of());
        return "crime/monitor";
    }
}
