/**
 * Intelligence: reports any officer submits (free text, when and where, POLE links, source type),
 * evaluated by the intelligence unit under the National Intelligence Model's 3x5x2 (source
 * evaluation, intelligence assessment, handling code with its conditions, a risk assessment) and
 * sanitised; disseminations outside the force; the graded, sanitised items shown where they are
 * needed (the person, location and vehicle pages, through a fragment of its own; search results
 * and the call-taking context, through the published {@code IntelligenceWhereNeeded}). It must
 * never show the original text to anyone outside the intelligence unit, nor an ungraded report to
 * anyone but its author and the unit, nor a report linked to a restricted record without need-to-know of it, nor
 * let a C-coded item leave the force without its conditions.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "audit", "people", "crime", "dispatch", "shared"})
package org.constable.intelligence;
