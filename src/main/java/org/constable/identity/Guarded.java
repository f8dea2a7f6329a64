package org.constable.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the permission an endpoint needs. The access-policy interceptor refuses any handler
 * that carries neither this nor {@link PublicEndpoint}: deny by default.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Guarded {
    Permission value();

    /**
     * The permission may also come from a named {@link RecordAccessRule} for the record the endpoint
     * names: the guard then lets through those a rule may apply to, and the use case decides on the
     * record itself with {@link AccessPolicy#requireRecordAccess}.
     */
    boolean orByRecordRule() default false;
}
