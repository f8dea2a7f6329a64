package org.constable.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds the purpose of a read on an API endpoint: the query parameter {@code purpose}, else the
 * header {@code X-Purpose}. There is no default: without one the request is refused with 400 naming
 * {@code purpose}, before anything is looked up, so a missing purpose answers the same for every
 * record. Pages do not use it: they offer the user a choice of purposes, or name the purpose their
 * function fixes (the board is read for live incident handling).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Purpose {

    String PARAMETER = "purpose";
    String HEADER = "X-Purpose";
}
