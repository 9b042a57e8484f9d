package dev.dlready.question;

import java.util.List;

/**
 * What a student's browser receives before answering: the filled-in text and the shuffled choices, and nothing that
 * reveals the key (no correct flags, no original order, no tolerance, no feedback).
 */
public record QuestionToAsk(
        String questionId,
        QuestionType type,
        String topic,
        Level level,
        int difficulty,
        String stem,
        List<String> choices,
        List<String> items,
        List<String> lefts,
        List<String> rights,
        List<String> units) {

    public QuestionToAsk {
        choices = List.copyOf(choices);
        items = List.copyOf(items);
        lefts = List.copyOf(lefts);
        rights = List.copyOf(rights);
        units = List.copyOf(units);
    }
}
