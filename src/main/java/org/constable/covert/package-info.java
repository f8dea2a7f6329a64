/**
 * Covert compartments (ADRs 0101-0103): operations with named members, whose existence, name and
 * content are invisible to everyone else (a non-member is answered exactly as for a missing record,
 * by the same query); directed surveillance authorisations under RIPA within an operation, with
 * reviews, renewals, cancellation and the authorising officer's queue of what is due; intelligence
 * reports filed in an operation, which the intelligence module hides from non-members through its
 * published {@code ReportCompartments} hook. Every read is audited with its purpose, naming the
 * operation by its opaque id only, never its name or text.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "audit", "shared", "intelligence"})
package org.constable.covert;
