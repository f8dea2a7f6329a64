package org.constable.identity.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.constable.identity.domain.AccountLockout;
import org.constable.identity.domain.PasswordPolicy;
import org.constable.identity.domain.SessionLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    AccountLockout accountLockout(
            @Value("${constable.security.lockout-failures:5}") int failures,
            @Value("${constable.security.lockout-duration:10m}") Duration duration) {
        return new AccountLockout(failures, duration);
    }

    @Bean
    SessionLimits sessionLimits(
            @Value("${constable.security.idle-timeout:30m}") Duration idle,
            @Value("${constable.security.absolute-timeout:12h}") Duration absolute) {
        return new SessionLimits(idle, absolute);
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        try {
            String text =
                    new ClassPathResource("identity/common-passwords.txt").getContentAsString(StandardCharsets.UTF_8);
            Set<String> common = text.lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(String::toLowerCase)
                    .collect(Collectors.toSet());
            return new PasswordPolicy(common);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
