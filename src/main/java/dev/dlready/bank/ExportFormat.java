package dev.dlready.bank;

import dev.dlready.content.moodle.MoodleFormat;
import org.jspecify.annotations.Nullable;

/** The files questions can be exported as: Moodle's two exchange formats, and DL Ready's own quizzes/ format. */
public enum ExportFormat {
    GIFT("Moodle GIFT", "txt", "text/plain", MoodleFormat.GIFT),
    MOODLE_XML("Moodle XML", "xml", "application/xml", MoodleFormat.XML),
    DL_READY_YAML("DL Ready quiz file (YAML)", "yaml", "application/yaml", null);

    private final String title;
    private final String extension;
    private final String mediaType;
    private final @Nullable MoodleFormat moodle;

    ExportFormat(String title, String extension, String mediaType, @Nullable MoodleFormat moodle) {
        this.title = title;
        this.extension = extension;
        this.mediaType = mediaType;
        this.moodle = moodle;
    }

    public String title() {
        return title;
    }

    /** Without the dot. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Moodle format behind this one, or null for DL Ready's own. */
    @Nullable MoodleFormat moodle() {
        return moodle;
    }
}
