package org.constable.identity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.constable.identity.PublicEndpoint;
import org.constable.identity.application.ApiTokenService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Issues bearer tokens to API clients that present a password and a current TOTP code. */
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
    ApiTokenService.IssuedToken issue(@Valid @RequestBody TokenRequest request) {
        return tokens.issue(request.username(), request.password(), request.code());
    }
}
