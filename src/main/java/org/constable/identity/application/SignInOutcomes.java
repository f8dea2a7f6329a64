package org.constable.identity.application;

/** The one message a failed sign-in shows, whatever the cause, so it never reveals which accounts exist. */
public final class SignInOutcomes {

    public static final String FAILED = "Sign-in failed: check your username, password and code. "
            + "After 5 failed attempts an account is locked for 10 minutes.";

    private SignInOutcomes() {}
}
