package org.constable.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Whether this is the synthetic demo force: on by default with the embedded database, off with
 * an external one unless CONSTABLE_DEMO=true, and refused outright under the production profile.
 */
@Component
public class DemoMode {

    public static final String DEMO_USER_PREFIX = "demo.";

    private final boolean enabled;

    public DemoMode(
            @Value("${constable.demo.enabled:}") String setting,
            @Value("${constable.db.url:}") String dbUrl,
            Environment environment) {
        boolean embedded = dbUrl == null || dbUrl.isBlank();
        this.enabled = setting == null || setting.isBlank() ? embedded : Boolean.parseBoolean(setting);
        if (enabled && environment.acceptsProfiles(Profiles.of("production"))) {
            throw new IllegalStateException(
                    "The demo force cannot run under the production profile: unset CONSTABLE_DEMO.");
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean isDemoUser(String username) {
        return enabled && username != null && username.startsWith(DEMO_USER_PREFIX);
    }
}
