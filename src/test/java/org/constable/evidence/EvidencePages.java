package org.constable.evidence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;

/** What a user does on the evidence pages in a real browser, step by step, for the browser tests. */
final class EvidencePages {

    private EvidencePages() {}

    /** Fills the new exhibit form (the page must show it). */
    static void recordExhibit(
            Page page, String crimeReference, String reference, String description, String where, String seal) {
        page.getByLabel("Crime reference (the case)").fill(crimeReference);
        page.getByLabel("Exhibit reference (your initials / number)").fill(reference);
        page.getByLabel("Description").fill(description);
        page.getByLabel("Where it was seized").fill(where);
        page.getByLabel("Seal number").fill(seal);
    }

    /** Sends the filled new exhibit form and waits for the exhibit's page. */
    static void sendExhibit(Page page, String heading) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the exhibit"))
                .click();
        assertThat(page.locator("h1")).containsText(heading);
    }

    /**
     * Uploads a recording from the exhibit's page, linked to a custody interview, and waits on the
     * recording's page until its working copy and waveform are ready.
     */
    static void uploadRecording(Page page, Path file, RecordingWorld.Interview interview) {
        page.getByLabel("Audio or video file").setInputFiles(file);
        page.getByLabel("Custody record number (if from custody)").fill(Long.toString(interview.detention()));
        page.getByLabel("Interview number on that record").fill(Integer.toString(interview.number()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload the recording"))
                .click();
        page.waitForURL("**/recordings/*", new Page.WaitForURLOptions().setTimeout(60_000));
        assertThat(page.locator("#derivation-state"))
                .containsText(
                        "Working copy and waveform ready",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
        assertThat(page.locator("#custody-link"))
                .containsText("Custody record " + interview.detention() + ", interview " + interview.number());
    }

    /** Plays the recording muted, then pauses and seeks to the second given: the player asks for byte ranges. */
    static void playAndSeek(Page page, double seconds) {
        page.evaluate("() => { const p = document.getElementById('player'); p.muted = true; return p.play(); }");
        page.waitForFunction("() => document.getElementById('player').currentTime > 0.2");
        page.evaluate("s => { const p = document.getElementById('player'); p.pause(); p.currentTime = s; }", seconds);
        page.waitForFunction(
                "s => { const p = document.getElementById('player'); return !p.seeking && Math.abs(p.currentTime - s) < 0.3; }",
                seconds);
    }

    /** Takes the player's time for a bookmark with the note, and sees it listed. */
    static void bookmarkHere(Page page, String note) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use the player's time"))
                .click();
        page.getByLabel("Note").fill(note);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the bookmark"))
                .click();
        assertThat(page.locator("#bookmark-list")).containsText(note);
    }
}
