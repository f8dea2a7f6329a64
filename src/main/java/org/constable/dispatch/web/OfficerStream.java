package org.constable.dispatch.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.constable.dispatch.IncidentChanged;
import org.constable.dispatch.UnitChanged;
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
 * Live updates for officers' phones over Server-Sent Events, as the board has them (ADR 0013): a
 * phone hears of its own unit (assigned, stood down, status) and of changes to incidents, by id only,
 * and redraws itself from the server when the change concerns what it shows. Sent after commit.
 */
@Component
class OfficerStream {

    private static final Logger log = LoggerFactory.getLogger(OfficerStream.class);
    private static final long TIMEOUT_MS = 30 * 60 * 1000L;
    private static final long NO_UNIT = -1;

    private final Map<SseEmitter, Long> subscribers = new ConcurrentHashMap<>();

    SseEmitter subscribe(@Nullable Long unitId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        subscribers.put(emitter, unitId == null ? NO_UNIT : unitId);
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

    @EventListener
    void on(UnitChanged e) {
        afterCommit(() -> send(e.unitId(), "unit", "{\"unitId\":" + e.unitId() + "}"));
    }

    @EventListener
    void on(IncidentChanged e) {
        afterCommit(() -> send(null, "incident", "{\"incidentId\":" + e.incidentId() + "}"));
    }

    private static void afterCommit(Runnable push) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            push.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                push.run();
            }
        });
    }

    /** To the phones of one unit, or to every phone when {@code unitId} is null. */
    private void send(@Nullable Long unitId, String name, String json) {
        subscribers.forEach((emitter, unit) -> {
            if (unitId != null && unit != unitId.longValue()) {
                return;
            }
            try {
                emitter.send(SseEmitter.event().name(name).data(json));
            } catch (IOException | IllegalStateException ex) {
                subscribers.remove(emitter);
                log.debug("dropped an officer subscriber: {}", ex.getMessage());
            }
        });
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        subscribers.keySet().forEach(emitter -> {
            subscribers.remove(emitter);
            try {
                emitter.complete();
            } catch (RuntimeException ex) {
                log.debug("could not end an officer subscriber: {}", ex.getMessage());
            }
        });
    }
}
