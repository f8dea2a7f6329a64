package org.constable.investigation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of a prosecution case file as a document (ADR 0085): the defendants, the charges laid
 * against them (offence wording copied from the reference table when laid, so a later change to the
 * table never alters a file), the case summary, the witnesses with their statements, the evidence
 * list (exhibits and their digital media with SHA-256, taken from the evidence module when the
 * version is submitted) and the unused material on its two disclosure schedules. Immutable: every
 * change answers a new content.
 */
public record CaseFileContent(
        String summary,
        List<Defendant> defendants,
        List<Charge> charges,
        List<Witness> witnesses,
        List<EvidenceItem> evidence,
        List<UnusedMaterial> unused) {

    public CaseFileContent {
        summary = summary == null ? "" : summary;
        defendants = defendants == null ? List.of() : List.copyOf(defendants);
        charges = charges == null ? List.of() : List.copyOf(charges);
        witnesses = witnesses == null ? List.of() : List.copyOf(witnesses);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        unused = unused == null ? List.of() : List.copyOf(unused);
    }

    public static CaseFileContent empty() {
        return new CaseFileContent("", List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A defendant: a person on the force's records where known, named as charged. */
    public record Defendant(
            String name,
            @Nullable LocalDate dateOfBirth,
            @Nullable String address,
            @Nullable Long personId) {}

    /** A charge: which defendant (1-based, as listed), the offence's statement and legislation, and the particulars. */
    public record Charge(
            int defendant, String offenceCode, String statementOfOffence, String legislation, String particulars) {}

    /** A witness and their statement (a witness statement, MG11). */
    public record Witness(String name, String role, String statement) {}

    /** An exhibit on the evidence list, with its digital media. */
    public record EvidenceItem(long exhibitId, String reference, String description, String seal, List<Media> media) {
        public EvidenceItem {
            media = List.copyOf(media);
        }
    }

    /** A digital media item of an exhibit, named by the SHA-256 taken when its bytes arrived. */
    public record Media(long id, String fileName, String mediaType, long size, String sha256) {}

    /** An item of unused material on one of the two disclosure schedules, with the disclosure officer's decision. */
    public record UnusedMaterial(
            DisclosureSchedule schedule, String description, RelevanceDecision decision, String reason) {}

    public CaseFileContent withSummary(String text) {
        return new CaseFileContent(text, defendants, charges, witnesses, evidence, unused);
    }

    public CaseFileContent with(Defendant d) {
        return new CaseFileContent(summary, plus(defendants, d), charges, witnesses, evidence, unused);
    }

    public CaseFileContent with(Charge c) {
        return new CaseFileContent(summary, defendants, plus(charges, c), witnesses, evidence, unused);
    }

    public CaseFileContent with(Witness w) {
        return new CaseFileContent(summary, defendants, charges, plus(witnesses, w), evidence, unused);
    }

    public CaseFileContent with(UnusedMaterial u) {
        return new CaseFileContent(summary, defendants, charges, witnesses, evidence, plus(unused, u));
    }

    public CaseFileContent withEvidence(List<EvidenceItem> items) {
        return new CaseFileContent(summary, defendants, charges, witnesses, items, unused);
    }

    /** The items of one schedule, in the order they were listed. */
    public List<UnusedMaterial> schedule(DisclosureSchedule which) {
        return unused.stream().filter(u -> u.schedule() == which).toList();
    }

    /** Every media hash on the evidence list. */
    public List<Media> media() {
        return evidence.stream().flatMap(e -> e.media().stream()).toList();
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
