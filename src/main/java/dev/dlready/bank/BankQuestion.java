package dev.dlready.bank;

import dev.dlready.question.Question;

/** A question as stored: the exact version (its id is what attempts keep) and its content with the key. */
public record BankQuestion(long versionId, int versionNumber, Question question) {
    public String id() {
        return question.id();
    }
}
