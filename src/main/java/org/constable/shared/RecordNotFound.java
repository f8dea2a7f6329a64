package org.constable.shared;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * No such record, or one the user may not know exists: the two must look the same so that
 * guessing ids reveals nothing. Answered with HTTP 404 naming the kind of record (in words, e.g.
 * "crime change request"), its id and, when the id came in a request field rather than the path,
 * that field.
 */
public class RecordNotFound extends RuntimeException {

    private final String kind;
    private final String id;
    private final @Nullable String field;

    public RecordNotFound(RecordRef record) {
        this(record.type().words(), String.valueOf(record.id()), null);
    }

    /** A kind in words ("crime change request") and the id asked for. */
    public RecordNotFound(String kind, long id) {
        this(kind, String.valueOf(id), null);
    }

    /** A kind in words and an id that is not a number (a backtest job, a file name). */
    public RecordNotFound(String kind, String id) {
        this(kind, id, null);
    }

    private RecordNotFound(String kind, String id, @Nullable String field) {
        super("No " + Objects.requireNonNull(kind, "kind") + " with id " + id + ".");
        this.kind = kind;
        this.id = id;
        this.field = field;
    }

    /** The same refusal, saying which request field named the missing record (e.g. {@code caller.personId}). */
    public RecordNotFound inField(String field) {
        return new RecordNotFound(kind, id, field);
    }

    /** "No <kind> with id <id>.", never null. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }

    /** The kind of record in words, e.g. "crime change request". */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    /** The request field that named the record, or null when it was the path. */
    public @Nullable String field() {
        return field;
    }
}
