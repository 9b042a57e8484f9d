package dev.dlready.review.engine;

/** How well a card was recalled, the four grades of FSRS (1 = Again … 4 = Easy). */
public enum Rating {
    AGAIN(1, "Again", "I did not know it"),
    HARD(2, "Hard", "I got there with effort"),
    GOOD(3, "Good", "I knew it"),
    EASY(4, "Easy", "I knew it at once");

    /** Credit at or above which an answer counts as fully right. */
    public static final double FULL_CREDIT = 1 - 1e-9;

    private final int grade;
    private final String title;
    private final String meaning;

    Rating(int grade, String title, String meaning) {
        this.grade = grade;
        this.title = title;
        this.meaning = meaning;
    }

    /** The FSRS grade G, 1 to 4. */
    public int grade() {
        return grade;
    }

    public String title() {
        return title;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * The rating an answer suggests: Good when fully right, Hard when at least half right (partial credit), otherwise
     * Again. The student may choose another.
     */
    public static Rating suggestedFor(double credit) {
        if (credit >= FULL_CREDIT) {
            return GOOD;
        }
        return credit >= 0.5 ? HARD : AGAIN;
    }
}
