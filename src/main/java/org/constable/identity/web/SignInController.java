package org.constable.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.constable.identity.DemoMode;
import org.constable.identity.PublicEndpoint;
import org.constable.identity.application.TotpSecondFactor;
import org.constable.identity.domain.Rfc6238Totp;
import org.constable.identity.persistence.UserAccount;
import org.constable.identity.persistence.UserAccounts;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The two sign-in steps: password (handled by Spring Security's form login) and the TOTP code. */
@Controller
@PublicEndpoint(because = "signing in happens before anyone is signed in")
class SignInController {

    private final UserAccounts users;
    private final TotpSecondFactor totp;
    private final DemoMode demo;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInController(UserAccounts users, TotpSecondFactor totp, DemoMode demo, Clock clock) {
        this.users = users;
        this.totp = totp;
        this.demo = demo;
        this.clock = clock;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo.enabled());
        return "identity/login";
    }

    @GetMapping("/login/totp")
    String totpPage(Model model) {
        Authentication auth = passwordAuthentication();
        if (auth == null) {
            return "redirect:/login";
        }
        UserAccount user = users.findByUsername(auth.getName()).orElse(null);
        if (user == null) {
            return "redirect:/login";
        }
        model.addAttribute("username", user.username());
        model.addAttribute("enrolling", !user.totpEnrolled());
        if (!user.totpEnrolled()) {
            model.addAttribute("secret", user.totpSecret());
            model.addAttribute("otpauth", Rfc6238Totp.otpauthUri("Constable", user.username(), user.totpSecret()));
        }
        if (demo.isDemoUser(user.username())) {
            model.addAttribute("demoCode", Rfc6238Totp.codeAt(user.totpSecret(), clock.instant()));
        }
        return "identity/totp";
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
            totp.verify(auth.getName(), code, "web");
        } catch (BadCredentialsException e) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            return "redirect:/login?error";
        }
        List<GrantedAuthority> authorities = new ArrayList<>(auth.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(TotpSecondFactor.AUTHORITY));
        Authentication full = UsernamePasswordAuthenticationToken.authenticated(auth.getName(), null, authorities);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(SessionLimitFilter.SIGNED_IN_AT, clock.instant());
        request.getSession().setAttribute(SessionLimitFilter.LAST_ACTIVITY, clock.instant());
        return "redirect:/";
    }

    private static Authentication passwordAuthentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return null;
        }
        boolean hasPassword = auth.getAuthorities().stream()
                .anyMatch(a -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(a.getAuthority()));
        return hasPassword ? auth : null;
    }
}
