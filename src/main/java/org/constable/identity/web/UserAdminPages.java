package org.constable.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.identity.Role;
import org.constable.identity.application.UserAdministration;
import org.constable.identity.persistence.UserAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Accounts and roles for administrators: the same use cases as the API, each audited as a privileged action. */
@Controller
class UserAdminPages {

    record UserRow(
            long id, String username, String displayName, String collarNumber, boolean enabled, Set<Role> roles) {}

    private final UserAdministration admin;
    private final UserAccounts users;
    private final CurrentActor actors;

    UserAdminPages(UserAdministration admin, UserAccounts users, CurrentActor actors) {
        this.admin = admin;
        this.users = users;
        this.actors = actors;
    }

    @GetMapping("/admin/users")
    @Guarded(Permission.USER_ADMIN)
    String list(Model model) {
        return page(model, null, null, null, null, null);
    }

    @PostMapping("/admin/users")
    @Guarded(Permission.USER_ADMIN)
    String create(
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam(required = false) String collarNumber,
            @RequestParam String password,
            @RequestParam(name = "role", required = false) List<Role> roles,
            @RequestParam(required = false) String team,
            Model model) {
        try {
            admin.createUser(
                    actors.require(),
                    new UserAdministration.NewUser(
                            username,
                            displayName,
                            collarNumber,
                            password,
                            roles == null ? Set.of() : EnumSet.copyOf(roles),
                            team));
            return "redirect:/admin/users";
        } catch (IllegalArgumentException e) {
            return page(model, e.getMessage(), username, displayName, collarNumber, team);
        }
    }

    @PostMapping("/admin/users/{id}/roles")
    @Guarded(Permission.USER_ADMIN)
    String grant(@PathVariable long id, @RequestParam Role role) {
        admin.grantRole(actors.require(), id, role);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/roles/{role}/revoke")
    @Guarded(Permission.USER_ADMIN)
    String revoke(@PathVariable long id, @PathVariable Role role) {
        admin.revokeRole(actors.require(), id, role);
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/disable")
    @Guarded(Permission.USER_ADMIN)
    String disable(@PathVariable long id) {
        admin.disable(actors.require(), id);
        return "redirect:/admin/users";
    }

    private String page(
            Model model, String error, String username, String displayName, String collarNumber, String team) {
        model.addAttribute(
                "rows",
                users.all().stream()
                        .map(u -> new UserRow(
                                u.id(),
                                u.username(),
                                u.displayName(),
                                u.collarNumber(),
                                u.enabled(),
                                users.rolesOf(u.id())))
                        .toList());
        model.addAttribute("roles", Role.values());
        model.addAttribute("error", error);
        model.addAttribute("username", username);
        model.addAttribute("displayName", displayName);
        model.addAttribute("collarNumber", collarNumber);
        model.addAttribute("team", team);
        return "identity/users";
    }
}
