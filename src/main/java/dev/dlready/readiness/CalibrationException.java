package dev.dlready.readiness;

/** A calibration that cannot run now, with a message for the person who asked. */
public class CalibrationException extends RuntimeException {
    public CalibrationException(String message) {
        super(message);
    }
}
