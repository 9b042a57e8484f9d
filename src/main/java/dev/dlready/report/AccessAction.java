package dev.dlready.report;

/** What a recruiter opened; every one is recorded for the candidate to see. */
public enum AccessAction {
    LINK("Opened your share link"),
    REPORT("Opened your report"),
    PDF("Downloaded your report as PDF"),
    COMPARE("Compared your report with others"),
    API("Read your report through the API");

    private final String title;

    AccessAction(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
