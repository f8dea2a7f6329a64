package org.constable.identity.web;

import java.time.Clock;
import org.constable.identity.AccessPolicy;
import org.constable.identity.CurrentActor;
import org.constable.identity.Permission;
import org.constable.identity.application.ApiTokenService;
import org.constable.identity.application.PasswordSignIn;
import org.constable.identity.application.TotpSecondFactor;
import org.constable.identity.domain.SessionLimits;
import org.constable.identity.persistence.Terminals;
import org.constable.identity.persistence.UserAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sign-in needs two factors everywhere: a password (FACTOR_PASSWORD) and a TOTP code
 * (FACTOR_TOTP). Pages redirect to the missing step; the API answers with problem details.
 * What a signed-in user may then do is decided by AccessPolicy, not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMultiFactorAuthentication(authorities = {FactorGrantedAuthority.PASSWORD_AUTHORITY, TotpSecondFactor.AUTHORITY})
class SecurityConfiguration implements WebMvcConfigurer {

    private static final String[] PUBLIC = {
        "/login",
        "/login/totp",
        "/css/**",
        "/js/**",
        "/webjars/**",
        "/favicon.ico",
        "/error",
        "/actuator/health",
        "/actuator/health/**",
        "/api/v1/tokens",
        "/api/v1/openapi",
        "/api/v1/openapi/**",
        "/api/v1/docs",
        "/api/v1/docs/**",
        "/api/v1/swagger-ui/**",
        "/swagger-ui/**"
    };

    private final AccessPolicyInterceptor interceptor;

    SecurityConfiguration(AccessPolicyInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor);
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            PasswordSignIn passwordSignIn,
            ApiTokenService tokens,
            UserAccounts users,
            SessionLimits limits,
            Terminals terminals,
            Clock clock,
            AccessPolicy policy,
            CurrentActor actors)
            throws Exception {
        RequestMatcher api = request -> ProblemResponses.isApi(request);
        RequestMatcher bearer = request -> request.getHeader("Authorization") != null;
        http.authenticationProvider(passwordSignIn)
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers("/actuator/prometheus")
                        .access((auth, ctx) -> new AuthorizationDecision(auth.get() != null
                                && auth.get().isAuthenticated()
                                && actors.load(auth.get().getName())
                                        .map(actor -> policy.allows(actor, Permission.METRICS_READ))
                                        .orElse(false)))
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .loginProcessingUrl("/login")
                        .defaultSuccessUrl("/login/totp", true)
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedout"))
                .requestCache(r -> r.requestCache(ApiAwareEntryPoints.pagesOnlyRequestCache()))
                .csrf(c ->
                        c.ignoringRequestMatchers(bearer, request -> "/api/v1/tokens".equals(request.getRequestURI())))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                                (request, response, ex) -> ProblemResponses.write(
                                        response, 401, "Unauthorized", "Sign in, or send a bearer token."),
                                api)
                        .defaultAuthenticationEntryPointFor(
                                ApiAwareEntryPoints.signInStep("/login", "Sign in, or send a bearer token."),
                                request -> true)
                        .defaultDeniedHandlerForMissingAuthority(
                                ApiAwareEntryPoints.signInStep(
                                        "/login/totp",
                                        "Complete sign-in with the one-time code, or send a bearer token."),
                                TotpSecondFactor.AUTHORITY)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, ex) ->
                                        ProblemResponses.write(response, 403, "Forbidden", "You may not do this."),
                                api))
                .headers(h -> h.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; "
                                                + "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new BearerTokenFilter(tokens, users), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionLimitFilter(limits, terminals, clock), SecurityContextHolderFilter.class);
        return http.build();
    }
}
