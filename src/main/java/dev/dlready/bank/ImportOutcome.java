package dev.dlready.bank;

import java.util.List;

/**
 * What an import saved. Each question is saved on its own: one that fails (its id was taken meanwhile, its topic was
 * removed…) is listed in {@code failed} with the reason, and the others are imported.
 */
public record ImportOutcome(List<Imported> imported, List<Failed> failed) {

    public ImportOutcome {
        imported = List.copyOf(imported);
        failed = List.copyOf(failed);
    }

    /** A saved question: version 1, written in the app, by the importing user. */
    public record Imported(int index, String name, String questionId, int version) {}

    /** A chosen question that was not saved, and why. */
    public record Failed(int index, String name, String reason) {}
}
