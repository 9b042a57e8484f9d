package dev.dlready.content.moodle;

import dev.dlready.question.Question;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Moodle XML files: read into a preview of DL Ready questions, or write DL Ready questions as Moodle XML.
 *
 * <p>Shared with DL Ready: multichoice (single and multiple answers, fractions, feedback), truefalse, shortanswer,
 * numerical (tolerance, units), matching, ordering, and calculated/calculatedsimple (as parameterised numeric
 * questions). Categories map to topics, general feedback to the explanation, tags to skills. Reading is hardened
 * against hostile files (no DTDs or entities, a size limit); see {@link XmlReader}.
 */
public final class MoodleXmlFormat {

    private MoodleXmlFormat() {}

    /** Reads a Moodle XML file. Nothing is saved; the result is the preview. */
    public static ImportResult read(byte[] content, ImportSettings settings) {
        if (content.length > settings.maxBytes()) {
            return ImportResult.refused(Imports.tooLarge(content.length, settings.maxBytes()));
        }
        var parsed = XmlReader.read(content);
        if (!parsed.problems().isEmpty()) {
            return ImportResult.refused(parsed.problems());
        }
        return Imports.map(parsed.questions(), settings);
    }

    /** Reads at most {@code settings.maxBytes()} (plus one, to notice a larger file) from the stream. */
    public static ImportResult read(InputStream content, ImportSettings settings) throws IOException {
        return read(Imports.readBounded(content, settings.maxBytes()), settings);
    }

    /** Moodle XML for the questions, in the given order, and what Moodle could not carry. */
    public static ExportResult write(List<Question> questions) {
        var notes = new ArrayList<ExportNote>();
        return Imports.export(questions, false, qs -> XmlWriter.write(qs, notes), notes);
    }
}
