package org.constable.evidence.web;

import org.constable.evidence.application.Recordings;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The interview recording page: the player on the working copy (seeking by range requests), the
 * waveform, the derivation's state in words, the bookmarks with their notes (each a button that jumps
 * the player there) and the form to add one; the master's and working copy's hashes.
 */
@Controller
class RecordingPages {

    /** The purpose the page's function fixes; the player's reads carry it too. */
    static final String PURPOSE = "Reviewing an interview recording";

    private final Recordings recordings;
    private final CurrentActor actors;

    RecordingPages(Recordings recordings, CurrentActor actors) {
        this.recordings = recordings;
        this.actors = actors;
    }

    @GetMapping("/recordings/{id}")
    @Guarded(Permission.DIGITAL_EVIDENCE)
    String recording(@PathVariable long id, Model model) {
        model.addAttribute("r", recordings.view(actors.require(), id, PURPOSE));
        model.addAttribute("purpose", PURPOSE);
        return "evidence/recording";
    }

    @PostMapping("/recordings/{id}/bookmarks")
    @Guarded(Permission.DIGITAL_EVIDENCE)
    String bookmark(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String at,
            @RequestParam(required = false) @Nullable String note) {
        recordings.bookmark(actors.require(), id, at, note);
        return "redirect:/recordings/" + id + "#bookmarks";
    }
}
