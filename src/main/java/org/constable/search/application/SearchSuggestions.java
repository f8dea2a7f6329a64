package org.constable.search.application;

import java.util.ArrayList;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.search.domain.Suggestions;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.springframework.stereotype.Service;

/**
 * Completions for the search box as the user types, under a search's own rules: the permission, the
 * purpose, the live restriction of every record suggested and need-to-know (ADR 0038), and an audited
 * consultation of the records suggested.
 */
@Service
public class SearchSuggestions {

    private final SearchIndex index;
    private final LiveRestrictions restrictions;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    SearchSuggestions(SearchIndex index, LiveRestrictions restrictions, AccessPolicy policy, AuditTrail audit) {
        this.index = index;
        this.restrictions = restrictions;
        this.policy = policy;
        this.audit = audit;
    }

    /** Completions for the search box: what the user sees of a suggestion (the records it stands for stay here). */
    public record Suggested(String text, String kind) {}

    /** The completions offered for what has been typed so far; the same shape whether or not anything was found. */
    public record SuggestionList(String query, List<Suggested> suggestions) {}

    static final int SUGGESTIONS = 8;

    /**
     * A few completions (names, registrations, postcodes) for what has been typed, under the same
     * rules as a search: the permission, the purpose, a record restricted now shown only with
     * need-to-know (dropped before anything is merged or counted) and an audited consultation of the
     * records suggested.
     * Fewer than 2 characters give no suggestions and read nothing.
     */
    public SuggestionList suggest(Actor actor, String query, String purpose) {
        policy.require(actor, Permission.PERSON_READ);
        PoleSearch.requirePurpose(purpose);
        String typed = query == null ? "" : query.strip();
        if (typed.length() > 200) {
            throw new InvalidInput("q", "A search is at most 200 characters.");
        }
        if (typed.length() < 2) {
            return new SuggestionList(typed, List.of());
        }
        LiveRestrictions.Searcher live = restrictions.of(actor);
        List<Suggestions.Suggestion> found = index.withSearcher(searcher -> {
            List<Suggestions.Suggestion> all = new ArrayList<>(Suggestions.names(searcher, typed, 5, live.persons()));
            if (policy.allows(actor, Permission.VEHICLE_READ)) {
                all.addAll(Suggestions.registrations(searcher, typed, 3, live.vehicles()));
            }
            if (policy.allows(actor, Permission.LOCATION_READ)) {
                all.addAll(Suggestions.postcodes(searcher, typed, 3, live.locations()));
            }
            return all.size() > SUGGESTIONS ? List.copyOf(all.subList(0, SUGGESTIONS)) : all;
        });
        List<RecordRef> shown = new ArrayList<>();
        found.forEach(f -> f.ids().forEach(id -> shown.add(RecordRef.of(Suggestions.recordType(f.kind()), id))));
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                shown,
                purpose.strip(),
                null,
                Outcome.SUCCEEDED,
                "search suggestions for '" + typed + "'"));
        return new SuggestionList(
                typed,
                found.stream().map(f -> new Suggested(f.text(), f.kind())).toList());
    }
}
