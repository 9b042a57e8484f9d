package dev.dlready.readiness;

import dev.dlready.question.QuestionToAsk;
import org.jspecify.annotations.Nullable;

/** An open check as the student sees it: the question to answer now (without its key) and how far along it is. */
public record ReadinessCheckState(ReadinessCheckSummary summary, int position, @Nullable QuestionToAsk question,
        int maxQuestions) {}
