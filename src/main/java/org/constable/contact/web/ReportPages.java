package org.constable.contact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.constable.contact.application.ResponseReport;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ReportPages {

    private final ResponseReport report;
    private final org.constable.contact.application.CallReconciliation reconciliation;
    private final CurrentActor actors;
    private final Clock clock;

    ReportPages(
            ResponseReport report,
            org.constable.contact.application.CallReconciliation reconciliation,
            CurrentActor actors,
            Clock clock) {
        this.report = report;
        this.reconciliation = reconciliation;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/reports/response")
    @Guarded(Permission.RESPONSE_REPORTS)
    String response(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate start = from == null ? today.minusDays(6) : from;
        LocalDate end = to == null ? today : to;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        try {
            model.addAttribute(
                    "report",
                    report.between(
                            actors.require(),
                            start.atStartOfDay().toInstant(ZoneOffset.UTC),
                            end.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        } catch (InvalidInput e) {
            model.addAttribute("error", e.getMessage());
        }
        model.addAttribute("reconciliation", reconciliation.run(actors.require()));
        return "contact/reports";
    }
}
