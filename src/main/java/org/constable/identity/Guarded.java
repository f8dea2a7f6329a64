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
     * names by its {@code {id}} path variable, of this record type ("incident"): the guard asks
     * {@link AccessPolicy#requireRecordAccess} for that record before anything else of the request is
     * read, and the use case asks again for the audit entry. Empty: the role alone decides.
     */
    String orByRuleOnRecord() default "";
}
