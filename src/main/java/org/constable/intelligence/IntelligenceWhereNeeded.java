package org.constable.intelligence;

import java.util.List;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.intelligence.application.IntelligencePicture;
import org.constable.shared.RecordRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of intelligence (ADR 0106): for the persons, places and vehicles a page
 * shows (search results, a call's place and people), how many graded reports this reader may see name
 * each, and the latest few, sanitised and with their grade. For a reader not allowed intelligence the
 * answer is empty before anything is read: no query runs, so neither the page nor its timing can tell
 * whether intelligence exists. A read is one audited consultation with the caller's purpose.
 */
@Service
public class IntelligenceWhereNeeded {

    /** One graded item: its sanitised text and grade (code and words), never the original text. */
    public record Item(
            long reportId,
            String grade,
            String gradeWords,
            @Nullable String handlingConditions,
            String sanitisedText,
            String evaluatedAtLocal) {}

    /** The intelligence on one record for this reader: how many items, and the latest. */
    public record OnRecord(RecordRef subject, int count, List<Item> latest) {}

    private final IntelligencePicture picture;
    private final AccessPolicy policy;

    IntelligenceWhereNeeded(IntelligencePicture picture, AccessPolicy policy) {
        this.picture = picture;
        this.policy = policy;
    }

    /** Whether this reader is shown intelligence at all. */
    public boolean shownTo(Actor actor) {
        return policy.allows(actor, Permission.INTELLIGENCE_READ);
    }

    /**
     * For each subject, in the order given, the intelligence this reader may see, with at most
     * {@code latest} items; empty for a reader not allowed intelligence, and when there are no subjects.
     */
    public List<OnRecord> about(Actor actor, List<RecordRef> subjects, int latest, String purpose) {
        if (subjects.isEmpty() || !shownTo(actor)) {
            return List.of();
        }
        return picture.aboutEach(actor, subjects, latest, purpose).stream()
                .map(p -> new OnRecord(RecordRef.of(p.subject(), p.subjectId()), p.count(), p.latest()))
                .toList();
    }
}
