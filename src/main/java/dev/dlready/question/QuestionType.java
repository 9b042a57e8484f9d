package dev.dlready.question;

import java.util.Optional;

public enum QuestionType {
    SINGLE_CHOICE("single_choice", "Single choice"),
    MULTIPLE_CHOICE("multiple_choice", "Multiple choice"),
    TRUE_FALSE("true_false", "True or false"),
    NUMERIC("numeric", "Numeric"),
    PARAMETERISED_NUMERIC("parameterised_numeric", "Parameterised numeric"),
    SHORT_TEXT("short_text", "Short answer"),
    ORDERING("ordering", "Ordering"),
    MATCHING("matching", "Matching");

    private final String key;
    private final String title;

    QuestionType(String key, String title) {
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public static Optional<QuestionType> fromKey(String key) {
        for (QuestionType type : values()) {
            if (type.key.equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
