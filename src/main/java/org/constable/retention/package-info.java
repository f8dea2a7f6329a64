/**
 * Retention review under the Management of Police Information (ADRs 0092, 0093, 0100): the register
 * of every crime, incident, intelligence report and person record with its retention group and next
 * review date, kept from the owners' events and facades; the reviewer's queue; retain with a reason,
 * or dispose, which erases the record's personal data through its owner (a person's names also from
 * free text held anywhere, through each module's {@link org.constable.shared.FreeTextRedactor}) and
 * leaves one ERASURE audit entry (ADR 0109). It holds references, groups and dates only, never a record's content, and never rewrites
 * the audit trail.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "audit", "shared", "crime", "dispatch", "contact", "people", "intelligence"})
package org.constable.retention;
