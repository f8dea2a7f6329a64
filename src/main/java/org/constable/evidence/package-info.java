/**
 * Evidence: exhibits seized for a crime (reference, seizure, seal, linked person and place), their
 * continuity as an append-only chain of movements with gaps, backward times and changed seals
 * flagged in words, property stores with what they hold by the chains and checks against the
 * shelves, disposal or return on a recorded authority, and digital evidence uploaded resumably,
 * hashed as it arrives and kept in content-addressed storage, verified on every read and on a
 * schedule. It must never change or remove a continuity entry, serve a stored original that no
 * longer matches its hash, or show an exhibit linked to a restricted person or place without
 * need-to-know; every read and download is audited with its purpose.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "audit", "shared", "people", "crime", "custody"})
package org.constable.evidence;
