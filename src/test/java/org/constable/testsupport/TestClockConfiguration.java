package org.constable.testsupport;

import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    MutableClock testClock() {
        return new MutableClock(Instant.now());
    }

    /** Named apart from the application's own "clock" bean so nothing is overridden: @Primary wins injection. */
    @Bean
    @Primary
    Clock movableClock(MutableClock clock) {
        return clock;
    }
}
