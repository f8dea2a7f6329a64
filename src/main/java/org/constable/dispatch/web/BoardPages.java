package org.constable.dispatch.web;

import java.time.Clock;
import java.util.Locale;
import org.constable.dispatch.GradeCatalogue;
import org.constable.dispatch.application.IncidentCommands;
import org.constable.dispatch.application.IncidentQueries;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dispatcher's live board, narrowed by grade, stage of the response and beat. */
@Controller
class BoardPages {

    /** The purpose the board's function fixes: it is read to handle live incidents. */
    static final String LIVE_INCIDENT_HANDLING = "Live incident handling";

    private final IncidentQueries queries;
    private final IncidentCommands commands;
    private final GradeCatalogue grades;
    private final CurrentActor actors;
    private final String tileUrl;
    private final Clock clock;

    BoardPages(
            IncidentQueries queries,
            IncidentCommands commands,
            GradeCatalogue grades,
            CurrentActor actors,
            @Value("${constable.map.tile-url:}") String tileUrl,
            Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.grades = grades;
        this.actors = actors;
        this.tileUrl = tileUrl;
        this.clock = clock;
    }

    @GetMapping("/board")
    @Guarded(Permission.DISPATCH)
    String board(
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String beat,
            Model model) {
        live(grade, stage, beat, model);
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("grades", grades.grades());
        return "dispatch/board";
    }

    /** Puts an officer (by username) on a unit's crew, so their phone shows the unit's work. */
    @PostMapping("/board/crew")
    @Guarded(Permission.DISPATCH)
    String crew(@RequestParam String username, @RequestParam String callsign, Model model) {
        var actor = actors.require();
        var officer = actors.load(username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidInput("username", "No active user '" + username.trim() + "'."));
        commands.crew(actor, callsign, officer.userId());
        return "redirect:/board";
    }

    @GetMapping("/board/live")
    @Guarded(Permission.DISPATCH)
    String live(
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String beat,
            Model model) {
        model.addAttribute(
                "board",
                queries.board(
                        actors.require(), LIVE_INCIDENT_HANDLING, new IncidentQueries.BoardFilter(grade, stage, beat)));
        // the server's time, from which the page's countdowns tick (not the screen's own clock)
        model.addAttribute("serverNow", clock.instant());
        return "dispatch/board :: live";
    }
}
