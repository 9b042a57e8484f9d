package dev.dlready.content.moodle;

import dev.dlready.question.Question;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Moodle GIFT files: read into a preview of DL Ready questions, or write DL Ready questions as GIFT.
 *
 * <p>Shared with DL Ready: single and multiple choice (with per-answer feedback and weights), true/false, short answer,
 * numerical (tolerance or range), matching, and ordering (the ordering plugin's GIFT form). Categories map to topics,
 * general feedback to the explanation, tags to skills. GIFT has no calculated questions, units or feedback for a
 * wrong answer in choice and matching questions; export notes say where that matters. See {@link GiftReader} for the
 * syntax rules.
 */
public final class GiftFormat {

    private GiftFormat() {}

    /** Reads a GIFT file (UTF-8). Nothing is saved; the result is the preview. */
    public static ImportResult read(byte[] content, ImportSettings settings) {
        if (content.length > settings.maxBytes()) {
            return ImportResult.refused(Imports.tooLarge(content.length, settings.maxBytes()));
        }
        var decoded = Imports.decodeUtf8(content);
        if (decoded.problem() != null) {
            return ImportResult.refused(decoded.problem());
        }
        var parsed = GiftReader.read(decoded.text());
        if (!parsed.problems().isEmpty()) {
            return ImportResult.refused(parsed.problems());
        }
        return Imports.map(parsed.questions(), settings);
    }

    /** Reads at most {@code settings.maxBytes()} (plus one, to notice a larger file) from the stream. */
    public static ImportResult read(InputStream content, ImportSettings settings) throws IOException {
        return read(Imports.readBounded(content, settings.maxBytes()), settings);
    }

    /** GIFT text for the questions, in the given order, and what GIFT could not carry. */
    public static ExportResult write(List<Question> questions) {
        return Imports.export(questions, true, GiftWriter::write, new ArrayList<>());
    }
}
