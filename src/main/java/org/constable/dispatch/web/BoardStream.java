package org.constable.dispatch.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.constable.dispatch.IncidentChanged;
import org.constable.dispatch.IncidentRaised;
import org.constable.dispatch.UnitChanged;
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

    private final List<SseEmitter> subscribers = new CopyOnWriteArrayList<>();

    public SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        subscribers.add(emitter);
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(e -> subscribers.remove(emitter));
        try {
            emitter.send(SseEmitter.event().name("hello").data("connected"));
        } catch (IOException e) {
            subscribers.remove(emitter);
        }
        return emitter;
    }

    public int subscribers() {
        return subscribers.size();
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
        afterCommit("unit", "{\"unitId\":" + e.unitId() + ",\"status\":\"" + e.status() + "\"}");
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
        for (SseEmitter emitter : subscribers) {
            subscribers.remove(emitter);
            try {
                emitter.complete();
            } catch (RuntimeException e) {
                log.debug("could not end a board subscriber: {}", e.getMessage());
            }
        }
    }

    /** Sends to every subscriber; one that fails is dropped without holding up the others. */
    public void broadcast(String name, String json) {
        for (SseEmitter emitter : subscribers) {
            try {
                emitter.send(SseEmitter.event().name(name).data(json));
            } catch (IOException | IllegalStateException e) {
                subscribers.remove(emitter);
                log.debug("dropped a board subscriber: {}", e.getMessage());
            }
        }
    }
}
