package dev.dlready.bank;

/**
 * Someone saved the question after the editor opened it. Nothing was saved; the editor keeps the author's text and
 * shows the newer version next to it.
 */
public class AuthoringConflict extends RuntimeException {

    private final EditableQuestion current;

    public AuthoringConflict(EditableQuestion current) {
        super("Someone saved version " + current.version() + " of " + current.id()
                + " while you were editing. Your text is unchanged: compare it with theirs, then save again to replace it.");
        this.current = current;
    }

    public EditableQuestion current() {
        return current;
    }
}
