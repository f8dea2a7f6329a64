package org.constable.retention.api;

import java.time.LocalDate;
import java.util.List;
import org.constable.audit.Purpose;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.retention.application.RetentionReviews;
import org.constable.retention.persistence.RetentionStore.Entry;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Retention review (MoPI) over REST: the due queue, oldest first; retain with a reason; dispose. */
@RestController
@RequestMapping("/api/v1/retention")
class RetentionApi {

    /** The record types retention review covers, by their code in the path. */
    static final List<RecordType> COVERED =
            List.of(RecordType.CRIME, RecordType.INCIDENT, RecordType.INTELLIGENCE_REPORT, RecordType.PERSON);

    record Decision(@Nullable String reason) {}

    record Due(
            String recordType,
            long recordId,
            String reference,
            int group,
            String groupLabel,
            String basis,
            LocalDate lastActivity,
            LocalDate nextReviewOn,
            @Nullable LocalDate keepUntil,
            String status) {
        static Due of(Entry e) {
            return new Due(
                    e.recordType().code(),
                    e.recordId(),
                    e.reference(),
                    e.group().number(),
                    e.group().label(),
                    e.basis(),
                    e.lastActivity(),
                    e.nextReviewOn(),
                    e.keepUntil(),
                    e.disposed() ? "DISPOSED" : "HELD");
        }
    }

    record Queue(LocalDate today, long due, List<Due> oldestFirst) {}

    private final RetentionReviews reviews;
    private final CurrentActor actors;

    RetentionApi(RetentionReviews reviews, CurrentActor actors) {
        this.reviews = reviews;
        this.actors = actors;
    }

    @GetMapping("/reviews")
    @Guarded(Permission.RETENTION_REVIEW)
    Queue queue(@RequestParam(required = false, defaultValue = "100") int limit, @Purpose String purpose) {
        var q = reviews.queue(actors.require(), limit, purpose);
        return new Queue(
                q.today(), q.due(), q.oldestFirst().stream().map(Due::of).toList());
    }

    @PostMapping("/reviews/{type}/{id}/retain")
    @Guarded(Permission.RETENTION_REVIEW)
    Due retain(@PathVariable String type, @PathVariable long id, @RequestBody Decision body) {
        return Due.of(reviews.retain(actors.require(), covered(type), id, body.reason()));
    }

    @PostMapping("/reviews/{type}/{id}/dispose")
    @Guarded(Permission.RETENTION_REVIEW)
    Due dispose(@PathVariable String type, @PathVariable long id, @RequestBody Decision body) {
        return Due.of(reviews.dispose(actors.require(), covered(type), id, body.reason()));
    }

    static RecordType covered(String code) {
        return RecordType.fromCode(code)
                .filter(COVERED::contains)
                .orElseThrow(() -> new InvalidInput(
                        "type",
                        "Retention review covers "
                                + String.join(
                                        ", ",
                                        COVERED.stream().map(RecordType::code).toList()) + "."));
    }
}
