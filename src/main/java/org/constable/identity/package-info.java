/**
 * Identity and access: users, roles, teams, sign-in with a password and a TOTP second factor,
 * lockout, session limits, API bearer tokens, and {@link org.constable.identity.AccessPolicy},
 * the single place where every access decision is made. It publishes sign-in, sign-in failure,
 * access denial and privileged-action events for the audit trail. It must never decide access
 * anywhere but in AccessPolicy, and never store a password or token in clear.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.constable.identity;
