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
}
