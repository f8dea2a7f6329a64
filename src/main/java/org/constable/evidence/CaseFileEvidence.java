package org.constable.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.constable.evidence.application.DigitalIntegrity;
import org.constable.evidence.application.ExhibitAccess;
import org.constable.evidence.domain.DigitalStatus;
import org.constable.evidence.persistence.DigitalItemStore;
import org.constable.evidence.persistence.ExhibitsOfCrimes;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a prosecution case file needs from evidence (ADR 0085): the exhibits of the crimes
 * investigated with their intact digital media and the SHA-256 of each, and a check that the store
 * still holds the bytes of a hash. Exhibits the actor may not see (linked to a restricted person or
 * place without need-to-know) are left out, as everywhere else. The caller audits the read as part
 * of its own use.
 */
@Service
public class CaseFileEvidence {

    /** An exhibit on the evidence list. */
    public record Exhibit(
            long id, long crimeId, String reference, String description, String seal, List<Media> media) {}

    /** A sealed, intact digital item of an exhibit. */
    public record Media(long id, String fileName, String mediaType, long size, String sha256) {}

    private final ExhibitsOfCrimes exhibits;
    private final DigitalItemStore digital;
    private final ExhibitAccess access;
    private final AccessPolicy policy;
    private final DigitalIntegrity integrity;

    CaseFileEvidence(
            ExhibitsOfCrimes exhibits,
            DigitalItemStore digital,
            ExhibitAccess access,
            AccessPolicy policy,
            DigitalIntegrity integrity) {
        this.exhibits = exhibits;
        this.digital = digital;
        this.access = access;
        this.policy = policy;
        this.integrity = integrity;
    }

    /** The exhibits of these crimes the actor may see; their media only for those who handle digital evidence. */
    @Transactional(readOnly = true)
    public List<Exhibit> ofCrimes(Actor actor, Collection<Long> crimeIds) {
        policy.require(actor, Permission.EVIDENCE_READ);
        boolean mayDigital = policy.allows(actor, Permission.DIGITAL_EVIDENCE);
        return exhibits.ofCrimes(crimeIds).stream()
                .filter(e -> access.visible(actor, e))
                .map(e -> new Exhibit(
                        e.id(),
                        e.crimeId(),
                        e.reference(),
                        e.description(),
                        e.seal(),
                        mayDigital
                                ? digital.ofExhibit(e.id()).stream()
                                        .filter(d -> d.status() == DigitalStatus.INTACT)
                                        .map(d -> new Media(
                                                d.id(),
                                                d.fileName(),
                                                d.mediaType(),
                                                d.declaredSize(),
                                                Objects.requireNonNull(d.sha256(), "an intact item has its hash")))
                                        .toList()
                                : List.of()))
                .toList();
    }

    /**
     * Whether the store holds intact bytes under this hash, read in full and hashed again now. A
     * mismatch marks the items tampered, as any verification does.
     */
    public boolean storedIntact(String sha256, String by) {
        return exhibits.intactWithHash(sha256) > 0 && integrity.verify(sha256, by);
    }
}
