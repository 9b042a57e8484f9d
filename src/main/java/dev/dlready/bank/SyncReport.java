package dev.dlready.bank;

/** What one synchronisation of the bank with the quiz files changed. */
public record SyncReport(
        String source, int topics, int quizzes, int added, int changed, int unchanged, int retired, int problems) {

    @Override
    public String toString() {
        return "Loaded " + quizzes + " quizzes from " + source + ": " + added + " questions added, " + changed
                + " changed (new versions), " + unchanged + " unchanged, " + retired + " retired; " + problems
                + (problems == 1 ? " content problem" : " content problems");
    }
}
