package dev.dlready.readiness;

import dev.dlready.readiness.engine.ItemParameters;

/**
 * What one run estimated for one question version, next to the declared parameters it replaces.
 *
 * @param responses weighted responses used (an exam answer weighs 1, a first try in practice a quarter)
 * @param students distinct students who answered
 */
public record CalibratedItemSummary(
        long runId,
        long questionVersionId,
        String questionId,
        int versionNumber,
        String topic,
        ItemParameters declared,
        ItemParameters calibrated,
        double responses,
        int students) {}
