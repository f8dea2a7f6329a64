package org.constable.platform;

import java.time.Clock;
import org.constable.shared.HistoryClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for every rule that depends on time, so tests can move it; the demo force replays its
 * synthetic history on it (see {@link HistoryClock}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return new HistoryClock(Clock.systemUTC());
    }
}
