package org.constable.walkthrough;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.util.List;

/**
 * How a page is looked at: the theme the computer asks for (the light theme is on when the
 * computer is set to light mode) and the screen, a desk at 1440x900 or a phone at 360x780.
 */
record Viewing(ColorScheme scheme, int width, int height, boolean phone) {

    static final List<Viewing> ALL = List.of(
            new Viewing(ColorScheme.DARK, 1440, 900, false),
            new Viewing(ColorScheme.LIGHT, 360, 780, true),
            new Viewing(ColorScheme.LIGHT, 1440, 900, false),
            new Viewing(ColorScheme.DARK, 360, 780, true));

    Browser.NewContextOptions contextOptions(Path signedIn) {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setColorScheme(scheme)
                .setViewportSize(width, height)
                .setIsMobile(phone)
                .setHasTouch(phone);
        if (signedIn != null) {
            options.setStorageStatePath(signedIn);
        }
        return options;
    }

    @Override
    public String toString() {
        return (scheme == ColorScheme.LIGHT ? "light" : "dark") + " theme, " + width + "x" + height;
    }
}
