package org.constable.platform.web;

import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePage {

    private final CurrentActor actors;

    HomePage(CurrentActor actors) {
        this.actors = actors;
    }

    @GetMapping("/")
    @Guarded(Permission.SIGNED_IN)
    String home(Model model) {
        model.addAttribute("displayName", actors.require().username());
        return "home";
    }
}
