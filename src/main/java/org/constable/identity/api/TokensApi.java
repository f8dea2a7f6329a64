package org.constable.identity.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.constable.identity.PublicEndpoint;
import org.constable.identity.TooManySignIns;
import org.constable.identity.application.ApiTokenService;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issues bearer tokens to API clients that present a password and a current TOTP code. Too many
 * failures from one address or for one account are answered 429 with Retry-After, before anything
 * is looked up.
 */
@RestController
@RequestMapping("/api/v1/tokens")
class TokensApi {

    record TokenRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 128) String password,
            @NotBlank @Size(min = 6, max = 6) String code) {}

    private final ApiTokenService tokens;

    TokensApi(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PublicEndpoint(because = "this is where an API client signs in")
    ResponseEntity<?> issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        try {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(tokens.issue(request.username(), request.password(), request.code(), http.getRemoteAddr()));
        } catch (TooManySignIns e) {
            return tooMany(e);
        }
    }

    static ResponseEntity<ProblemDetail> tooMany(TooManySignIns e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        p.setTitle("Too many sign-in attempts");
        p.setType(URI.create("about:blank"));
        p.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        String correlation = MDC.get("correlationId");
        if (correlation != null) {
            p.setProperty("correlationId", correlation);
        }
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
