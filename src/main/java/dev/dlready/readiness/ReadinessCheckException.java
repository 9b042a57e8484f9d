package dev.dlready.readiness;

/** A readiness-check request that cannot be carried out; the message says why and what to do. */
public class ReadinessCheckException extends RuntimeException {
    public ReadinessCheckException(String message) {
        super(message);
    }
}
