package org.constable.custody.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.constable.custody.DetentionChanged;
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
 * Live updates for the suite boards and visiting phones, over Server-Sent Events, sent after the
 * change commits and carrying no personal data (the page fetches its own audited view). As the
 * control-room board's stream: a disabled account or an ended session closes its streams at once,
 * and the push is deferred by hand rather than by a transactional listener (see dispatch's BoardStream).
 */
@Component
class SuiteStream {

    private static final Logger log = LoggerFactory.getLogger(SuiteStream.class);
    private static final long TIMEOUT_MS = 30 * 60 * 1000L;

    private record Subscriber(
            SseEmitter emitter,
            long suiteId,
            String username,
            @Nullable String sessionKey) {}

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    SseEmitter subscribe(long suiteId, String username, @Nullable String sessionKey) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MS);
        Subscriber s = new Subscriber(emitter, suiteId, username, sessionKey);
        subscribers.add(s);
        emitter.onCompletion(() -> subscribers.remove(s));
        emitter.onTimeout(() -> subscribers.remove(s));
        emitter.onError(e -> subscribers.remove(s));
        try {
            emitter.send(SseEmitter.event().name("hello").data("connected"));
        } catch (IOException e) {
            subscribers.remove(s);
        }
        return emitter;
    }

    @EventListener
    void on(AccountDisabled e) {
        closeWhere(s -> s.username().equals(e.username()));
    }

    @EventListener
    void on(SessionEnded e) {
        String key = e.sessionKey();
        if (key != null) {
            closeWhere(s -> key.equals(s.sessionKey()));
        }
    }

    @EventListener
    void on(DetentionChanged e) {
        String json = "{\"detentionId\":" + e.detentionId() + "}";
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(e.suiteId(), json);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send(e.suiteId(), json);
            }
        });
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        closeWhere(s -> true);
    }

    private void send(long suiteId, String json) {
        for (Subscriber s : subscribers) {
            if (s.suiteId() != suiteId) {
                continue;
            }
            try {
                s.emitter().send(SseEmitter.event().name("detention").data(json));
            } catch (IOException | IllegalStateException ex) {
                subscribers.remove(s);
                log.debug("dropped a custody board subscriber: {}", ex.getMessage());
            }
        }
    }

    private void closeWhere(Predicate<Subscriber> which) {
        for (Subscriber s : subscribers) {
            if (which.test(s)) {
                subscribers.remove(s);
                try {
                    s.emitter().complete();
                } catch (RuntimeException ex) {
                    log.debug("could not end a custody board subscriber: {}", ex.getMessage());
                }
            }
        }
    }
}
