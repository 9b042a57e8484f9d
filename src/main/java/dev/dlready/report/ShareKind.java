package dev.dlready.report;

/** Whom a share lets in: one recruiter, every recruiter of an organisation, or recruiters who open a link. */
public enum ShareKind {
    RECRUITER("Recruiter"),
    ORGANISATION("Organisation"),
    LINK("Link");

    private final String title;

    ShareKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
