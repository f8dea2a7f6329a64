/**
 * Platform: the database bootstrap (embedded or external PostgreSQL), web chrome (layout,
 * navigation per role, error pages), API conventions (problem details, Idempotency-Key,
 * OpenAPI) and observability (correlation ids). It publishes nothing and holds no business
 * rules; it must never decide access itself, only ask identity's AccessPolicy.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "audit", "shared"})
package org.constable.platform;
