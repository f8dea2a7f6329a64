package org.constable.audit.web;

import org.constable.audit.application.AuditReading;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditPage {

    private final AuditReading reading;
    private final CurrentActor actors;

    AuditPage(AuditReading reading, CurrentActor actors) {
        this.reading = reading;
        this.actors = actors;
    }

    @GetMapping("/audit")
    @Guarded(Permission.AUDIT_READ)
    String page(
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String record,
            Model model) {
        model.addAttribute("purpose", purpose);
        model.addAttribute("actorFilter", actor);
        model.addAttribute("recordFilter", record);
        if (purpose != null && !purpose.isBlank()) {
            model.addAttribute("entries", reading.latest(actors.require(), purpose, 200, actor, record));
        }
        return "audit/trail";
    }

    @PostMapping("/audit/verification")
    @Guarded(Permission.AUDIT_READ)
    String verify(@RequestParam(required = false) String purpose, Model model) {
        model.addAttribute("purpose", purpose);
        model.addAttribute("verification", reading.verify(actors.require(), purpose));
        return "audit/trail";
    }
}
