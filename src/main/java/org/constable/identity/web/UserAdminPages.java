package org.constable.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.identity.Rank;
import org.constable.identity.Role;
import org.constable.identity.application.Enrolments;
import org.constable.identity.application.RoleChanges;
import org.constable.identity.application.UserAdministration;
import org.constable.identity.domain.RoleApprovalRule;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts and roles for administrators: the same use cases as the API, each audited as a
 * privileged action. A role that needs a second administrator shows as awaiting approval until
 * another administrator approves or refuses it here; nobody sees a form to change their own roles.
 */
@Controller
class UserAdminPages {

    record UserRow(
            long id,
            String username,
            String displayName,
            @Nullable String collarNumber,
            boolean enabled,
            Set<Role> roles,
            Set<Role> awaiting,
            boolean self,
            boolean awaitingEnrolment,
            boolean mayIssueEnrolmentCode,
            @Nullable Rank rank) {}

    record PendingRow(
            RoleChanges.Change change,
            String roleTitle,
            boolean mayDecide,
            @Nullable String whyNot) {}

    private final UserAdministration admin;
    private final RoleChanges roleChanges;
    private final Enrolments enrolments;
    private final CurrentActor actors;

    UserAdminPages(UserAdministration admin, RoleChanges roleChanges, Enrolments enrolments, CurrentActor actors) {
        this.admin = admin;
        this.roleChanges = roleChanges;
        this.enrolments = enrolments;
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
            @RequestParam(required = false) @Nullable Rank rank,
            Model model,
            RedirectAttributes flash) {
        try {
            var created = admin.createUser(
                    actors.require(),
                    new UserAdministration.NewUser(
                            username,
                            displayName,
                            collarNumber,
                            password,
                            roles == null ? Set.of() : EnumSet.copyOf(roles),
                            team,
                            rank));
            if (!created.awaitingApproval().isEmpty()) {
                flash.addFlashAttribute(
                        "notice",
                        "Made " + username.trim().toLowerCase(Locale.ROOT)
                                + ". Awaiting a second administrator's approval: " + titles(created.awaitingApproval())
                                + ".");
            }
            return "redirect:/admin/users";
        } catch (InvalidInput e) {
            return page(model, e.getMessage(), username, displayName, collarNumber, team);
        }
    }

    @PostMapping("/admin/users/{id}/roles")
    @Guarded(Permission.USER_ADMIN)
    String grant(
            @PathVariable long id,
            @RequestParam Role role,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        var result = admin.grantRole(actors.require(), id, role, reason);
        if (!result.granted()) {
            flash.addFlashAttribute(
                    "notice", role.title() + " awaits a second administrator's approval before it takes effect.");
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/rank")
    @Guarded(Permission.USER_ADMIN)
    String rank(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Rank rank,
            Model model,
            RedirectAttributes flash) {
        try {
            admin.setRank(actors.require(), id, rank);
        } catch (InvalidInput e) {
            return page(model, e.getMessage(), null, null, null, null);
        }
        flash.addFlashAttribute("notice", "Rank recorded.");
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

    @PostMapping("/admin/role-changes/{id}/approve")
    @Guarded(Permission.USER_ADMIN)
    String approve(@PathVariable long id, RedirectAttributes flash) {
        var actor = actors.require();
        var change = roleChanges.find(actor, id);
        roleChanges.approve(actor, id);
        flash.addFlashAttribute(
                "notice",
                "Approved: " + change.username() + " now holds " + change.role().title() + ".");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/role-changes/{id}/refuse")
    @Guarded(Permission.USER_ADMIN)
    String refuse(@PathVariable long id, @RequestParam(required = false) String note, Model model) {
        try {
            roleChanges.refuse(actors.require(), id, note);
        } catch (InvalidInput e) {
            return page(model, e.getMessage(), null, null, null, null);
        }
        return "redirect:/admin/users";
    }

    /** Shows the code once, on this page only: it is never stored in clear and never shown again. */
    @PostMapping("/admin/users/{id}/enrolment-code")
    @Guarded(Permission.USER_ADMIN)
    String enrolmentCode(@PathVariable long id, Model model) {
        var issued = enrolments.issue(actors.require(), id);
        model.addAttribute("issuedCode", issued);
        model.addAttribute(
                "issuedUntil",
                java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", java.util.Locale.UK)
                        .withZone(java.time.ZoneId.of("Europe/London"))
                        .format(issued.expiresAt()));
        model.addAttribute(
                "issuedFor",
                admin.account(actors.require(), id)
                        .map(UserAdministration.Account::username)
                        .orElse(""));
        return page(model, null, null, null, null, null);
    }

    private String page(
            Model model,
            @Nullable String error,
            @Nullable String username,
            @Nullable String displayName,
            @Nullable String collarNumber,
            @Nullable String team) {
        Actor me = actors.require();
        List<RoleChanges.Change> pending = roleChanges.pending(me);
        Map<Long, Set<Role>> awaiting = pending.stream()
                .collect(Collectors.groupingBy(
                        RoleChanges.Change::userId,
                        Collectors.mapping(
                                RoleChanges.Change::role, Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
        model.addAttribute(
                "rows",
                admin.accounts(me).stream()
                        .map(u -> new UserRow(
                                u.id(),
                                u.username(),
                                u.displayName(),
                                u.collarNumber(),
                                u.enabled(),
                                u.roles(),
                                awaiting.getOrDefault(u.id(), Set.of()),
                                u.id() == me.userId(),
                                u.awaitingEnrolment(),
                                u.awaitingEnrolment()
                                        && u.enabled()
                                        && u.id() != me.userId()
                                        && !Objects.equals(u.createdBy(), me.userId()),
                                u.rank()))
                        .toList());
        model.addAttribute(
                "pending",
                pending.stream()
                        .map(c -> new PendingRow(
                                c,
                                c.role().title(),
                                c.requestedById() != me.userId() && c.userId() != me.userId(),
                                c.requestedById() == me.userId()
                                        ? "You asked for this: another administrator decides."
                                        : c.userId() == me.userId()
                                                ? "This is your own account: another administrator decides."
                                                : null))
                        .toList());
        model.addAttribute("roles", Role.values());
        model.addAttribute("ranks", Rank.values());
        model.addAttribute(
                "needsApproval",
                titles(EnumSet.allOf(Role.class).stream()
                        .filter(RoleApprovalRule::needsSecondAdministrator)
                        .collect(Collectors.toSet())));
        model.addAttribute("error", error);
        model.addAttribute("username", username);
        model.addAttribute("displayName", displayName);
        model.addAttribute("collarNumber", collarNumber);
        model.addAttribute("team", team);
        return "identity/users";
    }

    private static String titles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::title).collect(Collectors.joining(", "));
    }
}
