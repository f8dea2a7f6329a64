package org.constable.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.constable.identity.DemoMode;
import org.constable.identity.PublicEndpoint;
import org.constable.identity.TooManySignIns;
import org.constable.identity.application.Enrolments;
import org.constable.identity.application.PasswordSignIn;
import org.constable.identity.application.SignInGate;
import org.constable.identity.application.TotpSecondFactor;
import org.constable.identity.domain.Rfc6238Totp;
import org.constable.identity.persistence.UserAccount;
import org.constable.identity.persistence.UserAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in steps: password (Spring Security's form login), then for an account an administrator
 * made, the enrolment code from a second administrator, then the TOTP code. Every step is under the
 * sign-in limits; a refused attempt gets 429 with Retry-After.
 */
@Controller
@PublicEndpoint(because = "signing in happens before anyone is signed in")
class SignInController {

    /** Session attribute: the account whose enrolment code this session redeemed. */
    static final String ENROLMENT_UNLOCKED = "constable.enrolmentUnlocked";

    private static final String RETRY_AFTER = "constable.retryAfter";

    private final UserAccounts users;
    private final TotpSecondFactor totp;
    private final PasswordSignIn passwords;
    private final Enrolments enrolments;
    private final SignInGate gate;
    private final DemoMode demo;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInController(
            UserAccounts users,
            TotpSecondFactor totp,
            PasswordSignIn passwords,
            Enrolments enrolments,
            SignInGate gate,
            DemoMode demo,
            Clock clock) {
        this.users = users;
        this.totp = totp;
        this.passwords = passwords;
        this.enrolments = enrolments;
        this.gate = gate;
        this.demo = demo;
        this.clock = clock;
    }

    /** The password step's failures: 429 with Retry-After when throttled, else back to the form. */
    static AuthenticationFailureHandler failureHandler() {
        return (request, response, e) -> {
            if (e instanceof TooManySignIns tooMany) {
                request.setAttribute(RETRY_AFTER, tooMany.retryAfterSeconds());
                request.getRequestDispatcher("/login/too-many").forward(request, response);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?error");
            }
        };
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo.enabled());
        return "identity/login";
    }

    /** Where a throttled sign-in lands: the form again, with 429 and how long to wait. */
    @RequestMapping("/login/too-many")
    String tooMany(HttpServletRequest request, HttpServletResponse response, Model model) {
        long seconds = request.getAttribute(RETRY_AFTER) instanceof Long s ? s : 60;
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        model.addAttribute("demo", demo.enabled());
        model.addAttribute("retryMinutes", Math.max(1, (seconds + 59) / 60));
        return "identity/login";
    }

    @GetMapping("/login/totp")
    String totpPage(HttpServletRequest request, Model model) {
        Authentication auth = passwordAuthentication();
        if (auth == null) {
            return "redirect:/login";
        }
        UserAccount user = users.findByUsername(auth.getName()).orElse(null);
        if (user == null) {
            return "redirect:/login";
        }
        model.addAttribute("username", user.username());
        boolean needsCode = Enrolments.needsCode(user) && !unlocked(request, user);
        model.addAttribute("needsEnrolmentCode", needsCode);
        model.addAttribute("enrolling", !user.totpEnrolled() && !needsCode);
        if (!user.totpEnrolled() && !needsCode) {
            model.addAttribute("secret", user.totpSecret());
            model.addAttribute("otpauth", Rfc6238Totp.otpauthUri("Constable", user.username(), user.totpSecret()));
        }
        if (demo.isDemoUser(user.username())) {
            model.addAttribute("demoCode", Rfc6238Totp.codeAt(user.totpSecret(), clock.instant()));
        }
        return "identity/totp";
    }

    /**
     * The enrolment code a second administrator issued: unlocks setting up the authenticator in this
     * session only, with a fresh secret. A wrong code counts like a wrong password.
     */
    @PostMapping("/login/enrolment")
    String redeem(
            @RequestParam(name = "enrolmentCode", required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Authentication auth = passwordAuthentication();
        if (auth == null) {
            return "redirect:/login";
        }
        UserAccount user = users.findByUsername(auth.getName()).orElse(null);
        if (user == null || !Enrolments.needsCode(user)) {
            return "redirect:/login/totp";
        }
        try {
            SignInGate.Attempt attempt = gate.admit(user.username(), request.getRemoteAddr());
            try {
                if (!enrolments.redeem(user, code)) {
                    passwords.recordFailure(user, "wrong, used or expired enrolment code");
                }
                attempt.succeeded();
            } catch (BadCredentialsException e) {
                attempt.failed();
                throw e;
            } finally {
                attempt.abandoned();
            }
        } catch (TooManySignIns e) {
            return throttled(e, request, response, model);
        } catch (BadCredentialsException e) {
            return signOutWithError(request);
        }
        request.getSession().setAttribute(ENROLMENT_UNLOCKED, user.username());
        return "redirect:/login/totp";
    }

    @PostMapping("/login/totp")
    String verify(
            @RequestParam(name = "code", required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Authentication auth = passwordAuthentication();
        if (auth == null) {
            return "redirect:/login";
        }
        try {
            SignInGate.Attempt attempt = gate.admit(auth.getName(), request.getRemoteAddr());
            try {
                totp.verify(auth.getName(), code, "web");
                attempt.succeeded();
            } catch (BadCredentialsException e) {
                attempt.failed();
                throw e;
            } finally {
                attempt.abandoned();
            }
        } catch (TooManySignIns e) {
            return throttled(e, request, response, model);
        } catch (BadCredentialsException e) {
            return signOutWithError(request);
        }
        List<GrantedAuthority> authorities = new ArrayList<>(auth.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(TotpSecondFactor.AUTHORITY));
        Authentication full = UsernamePasswordAuthenticationToken.authenticated(auth.getName(), null, authorities);
        request.getSession().removeAttribute(ENROLMENT_UNLOCKED);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(SessionLimitFilter.SIGNED_IN_AT, clock.instant());
        request.getSession().setAttribute(SessionLimitFilter.LAST_ACTIVITY, clock.instant());
        return "redirect:/";
    }

    private String throttled(TooManySignIns e, HttpServletRequest request, HttpServletResponse response, Model model) {
        request.setAttribute(RETRY_AFTER, e.retryAfterSeconds());
        return tooMany(request, response, model);
    }

    private static String signOutWithError(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        request.getSession().invalidate();
        return "redirect:/login?error";
    }

    private static boolean unlocked(HttpServletRequest request, UserAccount user) {
        var session = request.getSession(false);
        return session != null && user.username().equals(session.getAttribute(ENROLMENT_UNLOCKED));
    }

    private static @Nullable Authentication passwordAuthentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return null;
        }
        boolean hasPassword = auth.getAuthorities().stream()
                .anyMatch(a -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(a.getAuthority()));
        return hasPassword ? auth : null;
    }
}
