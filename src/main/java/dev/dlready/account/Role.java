package dev.dlready.account;

/** What a signed-in person may do. Each account has exactly one role. */
public enum Role {
    STUDENT("Student"),
    INSTRUCTOR("Instructor"),
    RECRUITER("Recruiter"),
    ADMIN("Administrator");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The Spring Security authority for this role, e.g. {@code ROLE_STUDENT}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
