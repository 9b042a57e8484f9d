package dev.dlready.bank;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the question bank: text in the id, topic, type and level keys, and where the question comes from
 * ({@code writtenInApp} true = written in the browser, false = loaded from a file, null = either).
 */
public record QuestionSearch(
        String text, @Nullable String topic, @Nullable String type, @Nullable String level, @Nullable Boolean writtenInApp) {

    public static final QuestionSearch ALL = new QuestionSearch("", null, null, null, null);

    public QuestionSearch {
        text = text == null ? "" : text.strip();
    }
}
