package dev.dlready.attempt;

import dev.dlready.question.engine.Scoring;

/** What a student learns after checking a practice answer: the score, misconceptions, the key and the explanation. */
public record PracticeFeedback(Scoring.Result score, String keyMarkdown, String explanationMarkdown, int tryNumber) {}
