package org.constable.audit.api;

import java.util.List;
import org.constable.audit.Purpose;
import org.constable.audit.application.AuditReading;
import org.constable.audit.domain.AuditEntry;
import org.constable.audit.domain.ChainVerification;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditReading reading;
    private final CurrentActor actors;

    AuditApi(AuditReading reading, CurrentActor actors) {
        this.reading = reading;
        this.actors = actors;
    }

    @GetMapping("/entries")
    @Guarded(Permission.AUDIT_READ)
    List<AuditEntry> entries(
            @Purpose String purpose,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String record) {
        return reading.latest(actors.require(), purpose, limit, actor, record);
    }

    @GetMapping("/verification")
    @Guarded(Permission.AUDIT_READ)
    ChainVerification verify(@Purpose String purpose) {
        return reading.verify(actors.require(), purpose);
    }
}
