package org.constable.search.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.search.application.PoleSearch;
import org.constable.search.application.SearchResults;
import org.constable.search.application.SearchSuggestions;
import org.constable.search.domain.LocationSearch;
import org.constable.shared.InvalidInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search over REST: {@code GET /api/v1/search?q=...&purpose=...}, optionally within
 * {@code radius} metres of {@code lat},{@code lon}. The purpose (or header {@code X-Purpose})
 * goes into the audit trail.
 */
@RestController
@RequestMapping("/api/v1")
class SearchApi {

    private final PoleSearch search;
    private final SearchSuggestions suggestions;
    private final CurrentActor actors;

    SearchApi(PoleSearch search, SearchSuggestions suggestions, CurrentActor actors) {
        this.search = search;
        this.suggestions = suggestions;
        this.actors = actors;
    }

    @GetMapping("/search")
    @Guarded(Permission.PERSON_READ)
    SearchResults search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String purpose,
            @RequestHeader(name = "X-Purpose", required = false) String purposeHeader,
            @RequestParam(required = false) @DecimalMin("-90") @DecimalMax("90") Double lat,
            @RequestParam(required = false) @DecimalMin("-180") @DecimalMax("180") Double lon,
            @RequestParam(required = false) @DecimalMin("1") @DecimalMax("50000") Double radius) {
        LocationSearch.Near near = null;
        if (lat != null || lon != null || radius != null) {
            if (lat == null || lon == null || radius == null) {
                throw new InvalidInput(
                        lat == null ? "lat" : lon == null ? "lon" : "radius",
                        "Give lat, lon and radius (metres) together to search around a point.");
            }
            near = new LocationSearch.Near(lat, lon, radius);
        }
        return search.search(
                actors.require(), q, purpose != null && !purpose.isBlank() ? purpose : purposeHeader, near);
    }

    /**
     * A few completions for the search box as the user types: {@code GET /api/v1/search/suggestions?q=...&purpose=...}.
     * Same permission, purpose and audit as a search; a restricted record never shows, nor changes the answer's shape.
     */
    @GetMapping("/search/suggestions")
    @Guarded(Permission.PERSON_READ)
    SearchSuggestions.SuggestionList suggestions(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String purpose,
            @RequestHeader(name = "X-Purpose", required = false) String purposeHeader) {
        return suggestions.suggest(
                actors.require(), q, purpose != null && !purpose.isBlank() ? purpose : purposeHeader);
    }
}
