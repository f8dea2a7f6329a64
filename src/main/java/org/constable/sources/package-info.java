/**
 * Covert human intelligence sources (RIPA s.29 and the CHIS Code of Practice): the register under a
 * pseudonym and a random reference, with the source's handler and controller; the true identity kept
 * apart; authorisations (12 months, 4 for a juvenile source) with their reviews, renewals and
 * cancellation; the contact log; the queue of what is due. A source exists only for its handler, its
 * controller and the source registrars: to everyone else it answers exactly as a missing record, and it
 * is never counted, listed, searched, exported or named in an error. It publishes nothing, and must
 * never hand a source's pseudonym or identity to another module or to the audit trail.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "audit", "shared"})
package org.constable.sources;
