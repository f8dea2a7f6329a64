/**
 * The audit trail: an append-only, hash-chained record of every collection, alteration,
 * consultation, disclosure, combination and erasure of personal data (DPA 2018 s.62), and of
 * sign-ins, failed sign-ins, access denials and privileged actions. It offers
 * {@link org.constable.audit.AuditTrail} to other modules and listens to identity's events.
 * It must never update or delete an entry, never know other modules' columns, and never let
 * an audited operation succeed when its entry could not be written.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared"})
package org.constable.audit;
