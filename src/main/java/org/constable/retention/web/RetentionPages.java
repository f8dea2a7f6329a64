package org.constable.retention.web;

import jakarta.servlet.http.HttpServletResponse;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.retention.application.RetentionReviews;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The retention reviewer's queue (MoPI): records due for review, oldest first; retain with a reason, or dispose. */
@Controller
class RetentionPages {

    private static final int QUEUE = 100;

    /** The page reads the queue for one purpose: reviewing records for retention or disposal (MoPI). */
    static final String QUEUE_PURPOSE = "Retention review queue";

    private final RetentionReviews reviews;
    private final CurrentActor actors;

    RetentionPages(RetentionReviews reviews, CurrentActor actors) {
        this.reviews = reviews;
        this.actors = actors;
    }

    @GetMapping("/retention")
    @Guarded(Permission.RETENTION_REVIEW)
    String queue(Model model) {
        model.addAttribute("queue", reviews.queue(actors.require(), QUEUE, QUEUE_PURPOSE));
        return "retention/retention";
    }

    @PostMapping("/retention/{type}/{id}")
    @Guarded(Permission.RETENTION_REVIEW)
    String decide(
            @PathVariable String type,
            @PathVariable long id,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response) {
        try {
            RecordType recordType = RecordType.fromCode(type).orElseThrow(() -> new RecordNotFound("record", id));
            String done;
            if ("retain".equals(decision)) {
                done = reviews.retain(actors.require(), recordType, id, reason).reference() + " retained.";
            } else if ("dispose".equals(decision)) {
                done = reviews.dispose(actors.require(), recordType, id, reason).reference()
                        + " disposed of: its personal data is erased.";
            } else {
                throw new InvalidInput("decision", "Choose retain or dispose.");
            }
            model.addAttribute("done", done);
        } catch (InvalidInput | Conflict e) {
            response.setStatus(
                    e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
        }
        return queue(model);
    }
}
