/**
 * Search: the Lucene index of persons, addresses, vehicles and the incidents linked to them, a
 * rebuildable projection of the POLE records kept fresh from the people module's events, and the
 * one search box (page and API) that tolerates misspelling, showing beside each person, address and
 * vehicle found the graded intelligence on it for searchers allowed intelligence (ADR 0106). It publishes nothing and must never
 * write another module's data, nor show, count or suggest a restricted record to someone without
 * need-to-know, deciding restriction from the owner's live flag, never from the index's copy alone.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"people", "dispatch", "contact", "crime", "intelligence", "identity", "audit", "shared"})
package org.constable.search;
