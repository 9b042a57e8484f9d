package dev.dlready.readiness;

import java.time.Instant;

/**
 * One calibration run.
 *
 * @param answers scored answers read (exam answers and first tries in practice)
 * @param students distinct students among them
 * @param itemsAnswered question versions with at least one answer
 * @param itemsCalibrated question versions that met the threshold and got new parameters
 * @param topicsCalibrated topics with at least one calibrated question
 * @param converged whether the estimates settled in every topic
 */
public record CalibrationRunSummary(
        long id,
        Instant startedAt,
        Instant finishedAt,
        String triggeredBy,
        int answers,
        int students,
        int itemsAnswered,
        int itemsCalibrated,
        int topicsCalibrated,
        double minResponses,
        int minStudents,
        boolean converged) {}
