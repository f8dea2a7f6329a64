package org.constable.search.web;

import java.util.List;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.people.ConsultationPurposes;
import org.constable.search.application.PersonPageLinks;
import org.constable.search.application.PoleSearch;
import org.constable.search.application.SearchSuggestions;
import org.constable.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one search box for desk and phone. Results replace themselves as the user types (htmx);
 * without JavaScript the form still submits and the page comes back with them.
 */
@Controller
class SearchPages {

    private final PoleSearch search;
    private final SearchSuggestions suggestions;
    private final PersonPageLinks personLinks;
    private final CurrentActor actors;

    SearchPages(PoleSearch search, SearchSuggestions suggestions, PersonPageLinks personLinks, CurrentActor actors) {
        this.search = search;
        this.suggestions = suggestions;
        this.personLinks = personLinks;
        this.actors = actors;
    }

    @GetMapping("/search")
    @Guarded(Permission.PERSON_READ)
    String search(
            @RequestParam(required = false) String q, @RequestParam(required = false) String purpose, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("purpose", purpose);
        model.addAttribute("purposes", ConsultationPurposes.STANDARD);
        model.addAttribute("indexStatus", search.status());
        if (q != null && !q.isBlank()) {
            if (purpose == null || purpose.isBlank()) {
                model.addAttribute("error", "Choose the purpose of this search: it is recorded in the audit trail.");
            } else {
                try {
                    model.addAttribute("results", search.search(actors.require(), q, purpose, null));
                } catch (InvalidInput e) {
                    model.addAttribute("error", e.getMessage());
                }
            }
        }
        return "search/search";
    }

    /** The recent incidents at a person's addresses, loaded into the person's page. */
    @GetMapping("/search/people/{id}/incidents")
    @Guarded(Permission.INCIDENT_READ)
    String personIncidents(@PathVariable long id, @RequestParam String purpose, Model model) {
        model.addAttribute("incidents", personLinks.recentIncidents(actors.require(), id, purpose));
        return "search/incidents :: incidents";
    }

    /** The incidents a person called about and the crimes they are a party to, loaded into the person's page. */
    @GetMapping("/search/people/{id}/linked")
    @Guarded(Permission.PERSON_READ)
    String personLinked(@PathVariable long id, @RequestParam String purpose, Model model) {
        model.addAttribute("linked", personLinks.personLinks(actors.require(), id, purpose));
        return "search/linked :: linked";
    }

    /**
     * People found by the person search for a form that names them (the call form's "named people"):
     * buttons that add the person to the form. Too little typed gives an empty list, never an error.
     */
    @GetMapping("/search/people/pick")
    @Guarded(Permission.PERSON_READ)
    String pickPeople(
            @RequestParam(required = false) String personQuery,
            @RequestParam(required = false) String purpose,
            Model model) {
        String typed = personQuery == null ? "" : personQuery.strip();
        model.addAttribute("typed", typed);
        model.addAttribute(
                "matches",
                typed.length() < 2 || typed.length() > 200
                        ? null
                        : search.people(
                                actors.require(),
                                typed,
                                purpose == null || purpose.isBlank() ? "Naming a person on a form" : purpose,
                                10));
        return "search/person-picker :: people";
    }

    /** The suggestions under the search box (htmx); a missing purpose or bad input gives an empty list, never an error page. */
    @GetMapping("/search/suggestions")
    @Guarded(Permission.PERSON_READ)
    String suggestions(
            @RequestParam(required = false) String q, @RequestParam(required = false) String purpose, Model model) {
        List<SearchSuggestions.Suggested> found = List.of();
        if (purpose != null && !purpose.isBlank() && q != null && q.strip().length() <= 200) {
            found = suggestions.suggest(actors.require(), q, purpose).suggestions();
        }
        model.addAttribute("suggestions", found);
        model.addAttribute("purpose", purpose);
        return "search/suggestions :: suggestions";
    }
}
