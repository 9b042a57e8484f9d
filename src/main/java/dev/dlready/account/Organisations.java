package dev.dlready.account;

/** Organisation names as recruiters' accounts carry them: trimmed, inner runs of spaces folded to one. */
public final class Organisations {

    private Organisations() {}

    public static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }
}
