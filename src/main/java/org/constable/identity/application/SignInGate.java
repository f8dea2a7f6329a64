package org.constable.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.constable.identity.SignInThrottled;
import org.constable.identity.TooManySignIns;
import org.constable.identity.domain.SignInRateLimit;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every sign-in passes before anything is looked up (ADR 0042): the per-account and
 * per-address limits, answered with 429 and Retry-After without touching the database or hashing
 * a password; and a bulkhead round the password hash, so a flood of sign-ins can take at most a
 * few request threads and part of the processor, never the pool or the whole machine.
 */
@Component
public class SignInGate {

    /** An admitted attempt; end it with exactly one of failed, succeeded or abandoned. */
    public final class Attempt {
        private final String account;
        private final @Nullable String address;
        private boolean ended;

        private Attempt(String account, @Nullable String address) {
            this.account = account;
            this.address = address;
        }

        public void failed() {
            if (!ended) {
                ended = true;
                limits.failed(account, address, clock.instant());
            }
        }

        public void succeeded() {
            if (!ended) {
                ended = true;
                limits.succeeded(account, address, clock.instant());
            }
        }

        /** Ends the attempt unless it already ended: for a finally block. */
        public void abandoned() {
            if (!ended) {
                ended = true;
                limits.abandoned(account, address, clock.instant());
            }
        }
    }

    private final SignInRateLimit limits;
    private final Semaphore hashing;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public SignInGate(
            @Value("${constable.security.sign-in.failures-per-account:10}") int perAccount,
            @Value("${constable.security.sign-in.failures-per-address:30}") int perAddress,
            @Value("${constable.security.sign-in.window:15m}") Duration window,
            @Value("${constable.security.sign-in.concurrent-password-checks:0}") int concurrentChecks,
            @Value("${constable.security.sign-in.waiting-password-checks:8}") int maxWaiting,
            ApplicationEventPublisher events,
            Clock clock) {
        this.limits = new SignInRateLimit(perAccount, perAddress, window, 100_000);
        int permits = concurrentChecks > 0
                ? concurrentChecks
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        this.hashing = new Semaphore(permits, true);
        this.maxWaiting = maxWaiting;
        this.events = events;
        this.clock = clock;
    }

    /** Admits a sign-in attempt, or throws TooManySignIns (429) naming how long to wait. */
    public Attempt admit(String account, @Nullable String address) {
        String name = account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
        Optional<SignInRateLimit.Refusal> refused = limits.begin(name, address, clock.instant());
        if (refused.isPresent()) {
            throw refusal(name, address, refused.get());
        }
        return new Attempt(name, address);
    }

    /**
     * Whether a sign-in from this address would be refused whoever it names: the address is over its
     * limit, or the password checks are full. Asked before the request is even read, so a flood is
     * turned away for the price of a map look-up (ADR 0042).
     */
    public Optional<TooManySignIns> shed(String address) {
        Optional<SignInRateLimit.Refusal> refused = limits.addressRefusal(address, clock.instant());
        if (refused.isPresent()) {
            return Optional.of(refusal(null, address, refused.get()));
        }
        if (hashing.availablePermits() == 0 && waiting.get() >= maxWaiting) {
            return Optional.of(busy());
        }
        return Optional.empty();
    }

    private TooManySignIns refusal(@Nullable String name, @Nullable String address, SignInRateLimit.Refusal r) {
        if (r.firstInWindow()) {
            events.publishEvent(new SignInThrottled(
                    name,
                    r.key() + " reached " + r.limit() + " failed sign-ins in "
                            + limits.window().toMinutes() + " minutes (last attempt from " + address + ")",
                    clock.instant()));
        }
        return new TooManySignIns(
                "Too many failed sign-ins: wait before trying again.",
                r.retryAfter().isZero() ? Duration.ofSeconds(1) : r.retryAfter());
    }

    private static TooManySignIns busy() {
        return new TooManySignIns("Many people are signing in at once: try again in a moment.", Duration.ofSeconds(1));
    }

    /**
     * Runs a password check (the account's look-up and the hash comparison) under the bulkhead. Past
     * the few that may wait, a sign-in is refused at once (429, retry in a second) rather than
     * holding a request thread, a connection or a share of the processor.
     */
    public <T> T checking(Supplier<T> check) {
        if (waiting.incrementAndGet() > maxWaiting + hashing.availablePermits()) {
            waiting.decrementAndGet();
            throw new TooManySignIns(
                    "Many people are signing in at once: try again in a moment.", Duration.ofSeconds(1));
        }
        try {
            hashing.acquire();
        } catch (InterruptedException e) {
            waiting.decrementAndGet();
            Thread.currentThread().interrupt();
            throw new TooManySignIns("Sign-in was interrupted: try again.", Duration.ofSeconds(1));
        }
        waiting.decrementAndGet();
        try {
            return check.get();
        } finally {
            hashing.release();
        }
    }
}
