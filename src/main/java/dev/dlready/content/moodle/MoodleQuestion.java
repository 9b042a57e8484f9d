package dev.dlready.content.moodle;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question in Moodle's own terms, between a file and DL Ready's model: both readers produce it and both writers
 * consume it, so the mapping to and from DL Ready exists once ({@link ToDlReady}, {@link FromDlReady}). Field names
 * follow Moodle XML's element names.
 */
final class MoodleQuestion {

    /** A text with its Moodle format. */
    record Text(String value, MoodleText.Format format) {
        static Text empty() {
            return new Text("", MoodleText.Format.MARKDOWN);
        }

        boolean isBlank() {
            return value.isBlank();
        }
    }

    /**
     * One answer. {@code fraction} is the share of the mark it earns (1 = 100 %, may be negative); for numerical and
     * calculated questions {@code tolerance} and {@code toleranceType} (1 relative, 2 nominal, 3 geometric) apply.
     */
    record Answer(Text text, double fraction, Text feedback, double tolerance, int toleranceType) {
        Answer(Text text, double fraction, Text feedback) {
            this(text, fraction, feedback, 0, NOMINAL);
        }
    }

    static final int RELATIVE = 1;
    static final int NOMINAL = 2;
    static final int GEOMETRIC = 3;

    /** A matching pair; an empty {@code text} makes {@code answer} an extra (distractor) answer. */
    record Subquestion(Text text, String answer) {}

    /** A numerical unit: an answer in this unit equals the answer in the first unit times {@code multiplier}. */
    record UnitDef(String name, double multiplier) {}

    /** A calculated question's wildcard with the values Moodle draws its variants from. */
    record Dataset(String name, double min, double max, int decimals, String distribution, List<Double> items) {
        Dataset {
            items = List.copyOf(items);
        }
    }

    final int line;
    String type = "";
    String name = "";
    @Nullable String idNumber;
    final List<String> tags = new ArrayList<>();
    String category = "";
    Text text = Text.empty();
    Text generalFeedback = Text.empty();
    final List<Answer> answers = new ArrayList<>();
    final List<Subquestion> subquestions = new ArrayList<>();
    boolean single = true;
    boolean useCase;
    final List<UnitDef> units = new ArrayList<>();
    final List<Dataset> datasets = new ArrayList<>();
    Text correctFeedback = Text.empty();
    Text partiallyCorrectFeedback = Text.empty();
    Text incorrectFeedback = Text.empty();
    /** Ordering: ALL, RANDOM or CONTIGUOUS; how many items are shown; how a response is graded. */
    String selectType = "ALL";
    int selectCount;
    String gradingType = "ABSOLUTE_POSITION";
    /** Things the reader met that DL Ready cannot carry (hints, files, unknown settings), already worded. */
    final List<String> dropped = new ArrayList<>();
    /** Things the reader met that DL Ready carries differently, already worded. */
    final List<String> changed = new ArrayList<>();

    MoodleQuestion(int line) {
        this.line = line;
    }
}
