package dev.dlready.account;

import java.util.Map;

/**
 * A request about accounts that cannot be carried out, with a message per form field ({@code ""} for the form as a
 * whole) that tells the person what to do.
 */
public class AccountException extends RuntimeException {
    private final Map<String, String> fieldMessages;

    public AccountException(Map<String, String> fieldMessages) {
        super(String.join(" ", fieldMessages.values()));
        this.fieldMessages = Map.copyOf(fieldMessages);
    }

    public AccountException(String message) {
        this(Map.of("", message));
    }

    public Map<String, String> fieldMessages() {
        return fieldMessages;
    }
}
