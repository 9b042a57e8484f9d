package dev.dlready.readiness;

/** A role requirement change that cannot be made, with a message that says what to do instead. */
public class RoleProfileException extends RuntimeException {
    public RoleProfileException(String message) {
        super(message);
    }
}
