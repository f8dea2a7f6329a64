package org.constable.dispatch.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.constable.dispatch.IncidentChanged;
import org.constable.dispatch.IncidentRaised;
import org.constable.dispatch.UnitChanged;
import org.constable.identity.AccountDisabled;
import org.constable.identity.SessionEnded;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live updates for every open board, over Server-Sent Events, sent only after the change commits.
 * A stream belongs to a user and a signed-in session: identity's {@code AccountDisabled} and
 * {@code SessionEnded} close it, so a disabled or signed-out user stops receiving at once.
 * One node holds its own subscribers; several nodes would relay through PostgreSQL LISTEN/NOTIFY.
 *
 * <p>The listeners are plain {@code @EventListener}s that defer the push to after the commit
 * themselves, not {@code @TransactionalEventListener}s: Spring Modulith's event publication
 * registry persists every publication to a transactional listener and marks it processing and
 * completed in two further transactions, each on a second pooled connection taken while the
 * request still holds its first. For a best-effort live push that was three commits per change
 * instead of one, and with as many concurrent writers as the pool has connections it deadlocked
 * the pool until the 30 s connection timeout (found by CallToIncidentBenchmark at 32 clients).
 */
@Component
public class BoardStream {

    private static final Logger log = LoggerFactory.getLogger(BoardStream.class);
    private static final long TIMEOUT_MS = 30 * 60 * 1000L;

    /** An open stream, with whose it is and the signed-in session it was opened in. */
    private record Subscriber(
            SseEmitter emitter, String username, @Nullable String sessionKey) {}

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    /**
     * Opens a stream for a signed-in user. It is closed when the account is disabled or the session
     * it was opened in ends (session limits, signing out), whichever comes first.
     */
    public SseEmitter subscribe(String username, @Nullable String sessionKey) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        Subscriber subscriber = new Subscriber(emitter, username, sessionKey);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        try {
            emitter.send(SseEmitter.event().name("hello").data("connected"));
        } catch (IOException e) {
            subscribers.remove(subscriber);
        }
        return emitter;
    }

    public int subscribers() {
        return subscribers.size();
    }

    /** A disabled account stops receiving at once, on every stream it holds. */
    @EventListener
    void on(AccountDisabled e) {
        closeWhere(s -> s.username().equals(e.username()), "account disabled");
    }

    /** A session ended by the session limits (or signing out) takes its streams with it. */
    @EventListener
    void on(SessionEnded e) {
        if (e.sessionKey() != null) {
            closeWhere(s -> e.sessionKey().equals(s.sessionKey()), "session " + e.reason());
        }
    }

    private void closeWhere(java.util.function.Predicate<Subscriber> which, String why) {
        for (Subscriber s : subscribers) {
            if (which.test(s)) {
                subscribers.remove(s);
                try {
                    s.emitter().complete();
                } catch (RuntimeException e) {
                    log.debug("could not end a board subscriber: {}", e.getMessage());
                }
                log.info("Closed a live board stream of {}: {}", s.username(), why);
            }
        }
    }

    @EventListener
    void on(IncidentRaised e) {
        afterCommit(
                "incident",
                "{\"incidentId\":" + e.incidentId() + ",\"what\":\"raised\",\"grade\":\"" + e.grade() + "\"}");
    }

    @EventListener
    void on(IncidentChanged e) {
        afterCommit(
                "incident",
                "{\"incidentId\":" + e.incidentId() + ",\"what\":\"" + e.what().replace("\"", "") + "\"}");
    }

    @EventListener
    void on(UnitChanged e) {
        afterCommit(
                "unit",
                "{\"unitId\":" + e.unitId() + ",\"status\":\"" + e.status().name() + "\"}");
    }

    /** Broadcasts once the current transaction commits (never if it rolls back), or at once outside one. */
    private void afterCommit(String name, String json) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            broadcast(name, json);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                broadcast(name, json);
            }
        });
    }

    /**
     * Ends every open stream when the application shuts down, so graceful shutdown does not wait for
     * streams that never end by themselves; browsers reconnect on their own.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        for (Subscriber s : subscribers) {
            subscribers.remove(s);
            try {
                s.emitter().complete();
            } catch (RuntimeException e) {
                log.debug("could not end a board subscriber: {}", e.getMessage());
            }
        }
    }

    /** Sends to every subscriber; one that fails is dropped without holding up the others. */
    public void broadcast(String name, String json) {
        for (Subscriber s : subscribers) {
            try {
                s.emitter().send(SseEmitter.event().name(name).data(json));
            } catch (IOException | IllegalStateException e) {
                subscribers.remove(s);
                log.debug("dropped a board subscriber: {}", e.getMessage());
            }
        }
    }
}
