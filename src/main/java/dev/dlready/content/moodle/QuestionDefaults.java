package dev.dlready.content.moodle;

import dev.dlready.question.Level;
import java.util.List;

/**
 * What an imported question gets when the Moodle file does not say: Moodle has no level, difficulty, skills or
 * references, and general feedback (DL Ready's explanation) is optional there. Every use of a default is reported as
 * an {@link ImportNote.Kind#DEFAULT_USED} note on the question, so the instructor can correct it before saving.
 *
 * @param topic topic id for questions outside any category the mapping knows
 * @param level level when the file carries no {@code dlready-level-…} tag
 * @param difficulty 1 to 5, when the file carries no {@code dlready-difficulty-…} tag
 * @param skills skill tags when the question has no Moodle tags
 * @param explanation explanation (Markdown) when the question has no general feedback
 * @param references references when the general feedback has no "References" section
 */
public record QuestionDefaults(
        String topic, Level level, int difficulty, List<String> skills, String explanation, List<String> references) {

    public QuestionDefaults {
        if (!Ids.VALID.matcher(topic).matches()) {
            throw new IllegalArgumentException("default topic \"" + topic + "\" is not a topic id (lower-case letters, "
                    + "digits and hyphens)");
        }
        if (difficulty < 1 || difficulty > 5) {
            throw new IllegalArgumentException("default difficulty must be 1 to 5, not " + difficulty);
        }
        skills = List.copyOf(skills);
        references = List.copyOf(references);
        if (skills.isEmpty() || skills.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("give at least one default skill tag");
        }
        if (explanation.isBlank()) {
            throw new IllegalArgumentException("give a default explanation; DL Ready requires one for every question");
        }
        if (references.isEmpty() || references.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("give at least one default reference");
        }
    }
}
