package org.constable.dispatch.web;

import org.constable.dispatch.IncidentChanged;
import org.constable.dispatch.IncidentRaised;
import org.constable.dispatch.UnitChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Live updates for every open board, over Server-Sent Events, sent only after the change commits.
 * One node holds its own subscribers; several nodes would relay through PostgreSQL LISTEN/NOTIFY.
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

    @TransactionalEventListener(fallbackExecution = true)
    void on(IncidentRaised e) {
        broadcast("incident", "{\"incidentId\":" + e.incidentId() + ",\"what\":\"raised\",\"grade\":\"" + e.grade() + "\"}");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IncidentChanged e) {
        broadcast("incident", "{\"incidentId\":" + e.incidentId() + ",\"what\":\"" + e.what().replace("\"", "") + "\"}");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UnitChanged e) {
        broadcast("unit", "{\"unitId\":" + e.unitId() + ",\"status\":\"" + e.status() + "\"}");
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
