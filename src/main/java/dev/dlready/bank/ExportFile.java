package dev.dlready.bank;

import dev.dlready.content.moodle.ExportNote;
import java.util.List;

/**
 * An exported file, ready to download.
 *
 * @param fileName the suggested file name, with its extension
 * @param mediaType the file's media type
 * @param content the file, UTF-8 text
 * @param requested how many questions were asked for
 * @param exported how many of them the file contains (questions the format cannot carry are left out, with a note)
 * @param notes per question, what the format could not carry as it is
 */
public record ExportFile(
        String fileName, String mediaType, byte[] content, int requested, int exported, List<ExportNote> notes) {

    public ExportFile {
        notes = List.copyOf(notes);
    }
}
