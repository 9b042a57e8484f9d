package dev.dlready.content.moodle;

import java.util.ArrayList;
import java.util.List;

/** Collects the notes for one question while it is converted. */
final class Notes {

    private final List<ImportNote> list = new ArrayList<>();

    void defaultUsed(String message) {
        add(ImportNote.Kind.DEFAULT_USED, message);
    }

    void changed(String message) {
        add(ImportNote.Kind.CHANGED, message);
    }

    void dropped(String message) {
        add(ImportNote.Kind.DROPPED, message);
    }

    void notImported(String message) {
        add(ImportNote.Kind.NOT_IMPORTED, message);
    }

    private void add(ImportNote.Kind kind, String message) {
        var note = new ImportNote(kind, message);
        if (!list.contains(note)) {
            list.add(note);
        }
    }

    boolean blocked() {
        return list.stream().anyMatch(n -> n.kind() == ImportNote.Kind.NOT_IMPORTED);
    }

    List<ImportNote> list() {
        return List.copyOf(list);
    }
}
