package org.constable.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How many sign-in attempts may fail per account and per client address in a window, before the
 * next attempt is refused without checking anything (NIST 800-63B 5.2.2 rate limiting, next to the
 * CJIS lockout that {@link AccountLockout} keeps in the database). Attempts still being checked
 * count as failures until they end, so a burst of parallel attempts cannot pass the limit between
 * the check and the count. Kept in memory: a restart forgets it, the lockout does not.
 */
public final class SignInRateLimit {

    /** Which limit refused an attempt, with how long until the window passes. */
    public record Refusal(String key, int limit, Duration retryAfter, boolean firstInWindow) {}

    private static final class Window {
        Instant start;
        int failures;
        int inFlight;
        boolean refusalAnnounced;

        Window(Instant start) {
            this.start = start;
        }
    }

    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final int maxKeys;
    private final Map<String, Window> windows = new LinkedHashMap<>();

    public SignInRateLimit(int perAccount, int perAddress, Duration window, int maxKeys) {
        if (perAccount < 1 || perAddress < 1 || window.isNegative() || window.isZero() || maxKeys < 2) {
            throw new IllegalArgumentException("sign-in limits must be positive");
        }
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.maxKeys = maxKeys;
    }

    public Duration window() {
        return window;
    }

    /**
     * Admits an attempt (counting it in flight for both keys) or says which limit refuses it. The
     * caller must end an admitted attempt with {@link #failed}, {@link #succeeded} or {@link #abandoned}.
     */
    public synchronized Optional<Refusal> begin(String account, @Nullable String address, Instant now) {
        Window byAccount = window(accountKey(account), now);
        Window byAddress = window(addressKey(address), now);
        if (byAddress.failures + byAddress.inFlight >= perAddress) {
            return Optional.of(refusal(addressKey(address), perAddress, byAddress, now));
        }
        if (byAccount.failures + byAccount.inFlight >= perAccount) {
            return Optional.of(refusal(accountKey(account), perAccount, byAccount, now));
        }
        byAccount.inFlight++;
        byAddress.inFlight++;
        return Optional.empty();
    }

    /** The address's refusal, if it is over its limit, without admitting anything: for shedding early. */
    public synchronized Optional<Refusal> addressRefusal(@Nullable String address, Instant now) {
        Window w = windows.get(addressKey(address));
        if (w == null || !now.isBefore(w.start.plus(window)) || now.isBefore(w.start)) {
            return Optional.empty();
        }
        return w.failures + w.inFlight >= perAddress
                ? Optional.of(refusal(addressKey(address), perAddress, w, now))
                : Optional.empty();
    }

    public synchronized void failed(String account, @Nullable String address, Instant now) {
        end(accountKey(account), now, true);
        end(addressKey(address), now, true);
    }

    public synchronized void succeeded(String account, @Nullable String address, Instant now) {
        end(accountKey(account), now, false);
        end(addressKey(address), now, false);
    }

    /** The attempt ended without a verdict (the service was busy, or failed itself): not held against anyone. */
    public synchronized void abandoned(String account, @Nullable String address, Instant now) {
        succeeded(account, address, now);
    }

    private void end(String key, Instant now, boolean failed) {
        Window w = windows.get(key);
        if (w == null) {
            return;
        }
        w.inFlight = Math.max(0, w.inFlight - 1);
        if (failed && !now.isBefore(w.start) && now.isBefore(w.start.plus(window))) {
            w.failures++;
        }
    }

    private Refusal refusal(String key, int limit, Window w, Instant now) {
        boolean first = !w.refusalAnnounced;
        w.refusalAnnounced = true;
        Duration left = Duration.between(now, w.start.plus(window));
        return new Refusal(key, limit, left.isNegative() ? Duration.ZERO : left, first);
    }

    private Window window(String key, Instant now) {
        Window w = windows.get(key);
        if (w == null) {
            if (windows.size() >= maxKeys) {
                forgetPast(now);
            }
            w = new Window(now);
            windows.put(key, w);
        } else if (!now.isBefore(w.start.plus(window)) || now.isBefore(w.start)) {
            // a new window; attempts still in flight keep counting in it
            w.start = now;
            w.failures = 0;
            w.refusalAnnounced = false;
        }
        return w;
    }

    /** Drops windows that have passed; if the map is still full, the oldest go (under a flood of new names). */
    private void forgetPast(Instant now) {
        windows.values().removeIf(w -> w.inFlight == 0 && !now.isBefore(w.start.plus(window)));
        Iterator<Map.Entry<String, Window>> oldest = windows.entrySet().iterator();
        while (windows.size() >= maxKeys && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    static String accountKey(String account) {
        return "account " + (account == null ? "" : account);
    }

    static String addressKey(@Nullable String address) {
        return "address " + ClientAddress.block(address);
    }
}
