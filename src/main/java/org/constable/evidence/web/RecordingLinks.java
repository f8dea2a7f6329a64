package org.constable.evidence.web;

import org.constable.evidence.application.ExhibitQueries;
import org.constable.evidence.application.Recordings;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.springframework.ui.Model;

/** What the exhibit page needs for interview recordings: which items are recordings, and whether the user may upload one. */
final class RecordingLinks {

    private RecordingLinks() {}

    static void add(Model model, Actor actor, AccessPolicy policy, Recordings recordings) {
        boolean digital = policy.allows(actor, Permission.DIGITAL_EVIDENCE);
        model.addAttribute("mayUpload", digital);
        var e = (ExhibitQueries.ExhibitView) model.getAttribute("e");
        model.addAttribute(
                "recordings",
                !digital || e == null
                        ? java.util.Set.of()
                        : recordings.among(e.digital().stream()
                                .map(ExhibitQueries.Digital::id)
                                .toList()));
    }
}
