package dev.dlready.content.moodle;

import dev.dlready.question.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Defaults and fixture files shared by the Moodle tests. */
final class MoodleFixtures {

    static final QuestionDefaults DEFAULTS = new QuestionDefaults(
            "imported",
            Level.INTERN,
            2,
            List.of("moodle-import"),
            "Explanation to be written.",
            List.of("Moodle question bank export"));

    static final ImportSettings SETTINGS = ImportSettings.of(DEFAULTS);

    private MoodleFixtures() {}

    static byte[] resource(String name) {
        try (InputStream in = MoodleFixtures.class.getResourceAsStream("/moodle/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /moodle/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
