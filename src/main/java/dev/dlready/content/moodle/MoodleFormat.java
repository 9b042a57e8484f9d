package dev.dlready.content.moodle;

import dev.dlready.question.Question;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two Moodle formats behind one choice, for screens that offer both. */
public enum MoodleFormat {
    GIFT("GIFT", "txt", "text/plain"),
    XML("Moodle XML", "xml", "application/xml");

    private final String title;
    private final String extension;
    private final String mediaType;

    MoodleFormat(String title, String extension, String mediaType) {
        this.title = title;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String title() {
        return title;
    }

    /** The extension Moodle uses when it exports this format, without the dot. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** By file name: .xml is Moodle XML; .gift and .txt are GIFT. */
    public static Optional<MoodleFormat> forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".xml")) {
            return Optional.of(XML);
        }
        if (name.endsWith(".gift") || name.endsWith(".txt")) {
            return Optional.of(GIFT);
        }
        return Optional.empty();
    }

    public ImportResult read(byte[] content, ImportSettings settings) {
        return this == GIFT ? GiftFormat.read(content, settings) : MoodleXmlFormat.read(content, settings);
    }

    public ImportResult read(InputStream content, ImportSettings settings) throws IOException {
        return this == GIFT ? GiftFormat.read(content, settings) : MoodleXmlFormat.read(content, settings);
    }

    public ExportResult write(List<Question> questions) {
        return this == GIFT ? GiftFormat.write(questions) : MoodleXmlFormat.write(questions);
    }
}
