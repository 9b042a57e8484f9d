package dev.dlready.question;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Questions of every type, built directly as records, for pure tests of presentation and scoring. */
public final class QuestionSamples {

    private QuestionSamples() {}

    public static final String EXPLANATION = "EXPLANATION-TEXT: the key is right because of reasons.";
    public static final String WRONG_FEEDBACK = "WRONG-FEEDBACK-TEXT: a misconception.";

    public static Question.Meta meta(String id, String stem, @Nullable String wrongFeedback) {
        return new Question.Meta(
                id, "alpha", Level.ENTRY, 3, List.of("testing"), stem, EXPLANATION, List.of("A reference"), wrongFeedback);
    }

    public static Question.Choice singleChoice() {
        return new Question.Choice(meta("single", "Why scale the loss?", null), false, List.of(
                new Question.Option("Keep small gradients from underflowing", true, null),
                new Question.Option("Take larger optimizer steps", false, "FEEDBACK-LARGER-STEPS"),
                new Question.Option("Stop activations overflowing", false, "FEEDBACK-ACTIVATIONS"),
                new Question.Option("Save memory", false, "FEEDBACK-MEMORY")));
    }

    /** Two correct options (FP32, BF16) and two wrong ones (FP16, E4M3). */
    public static Question.Choice multipleChoice() {
        return new Question.Choice(meta("multiple", "Which formats have 8 exponent bits?", null), true, List.of(
                new Question.Option("FP32", true, null),
                new Question.Option("BF16", true, null),
                new Question.Option("FP16", false, "FEEDBACK-FP16"),
                new Question.Option("FP8 E4M3", false, "FEEDBACK-E4M3")));
    }

    public static Question.TrueFalse trueFalse() {
        return new Question.TrueFalse(meta("tf", "BF16 has a smaller range than FP16.", WRONG_FEEDBACK), false);
    }

    /** 2 GiB, also accepted in MiB and GB, within 1 %; answering 1 is a known mistake. */
    public static Question.Numeric numeric() {
        return new Question.Numeric(
                meta("numeric", "How much memory do 2^30 BF16 values take?", WRONG_FEEDBACK),
                2,
                new Question.NumericKey(unit("GiB"), List.of(unit("MiB"), unit("GB")), new Tolerance(Tolerance.Kind.RELATIVE, 0.01)),
                List.of(new Question.CommonMistake("1", "MISTAKE-ONE-BYTE: counted one byte per value.")));
    }

    public static Question.Numeric numeric(double answer, Tolerance tolerance) {
        return new Question.Numeric(
                meta("numeric-plain", "How many?", null), answer, new Question.NumericKey(null, List.of(), tolerance), List.of());
    }

    /** P billion parameters, 16 B each, sharded over N GPUs: {@code P * 16 / N} GB per GPU. */
    public static Question.Parameterised parameterised() {
        return new Question.Parameterised(
                meta("param", "A model with {{P}} billion parameters is sharded over {{N}} GPUs. GB per GPU?", WRONG_FEEDBACK),
                List.of(
                        new Question.Variable("P", List.of(1.0, 3.0, 7.0, 13.0)),
                        new Question.Variable("N", List.of(2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0))),
                "P * 16 / N",
                new Question.NumericKey(unit("GB"), List.of(), new Tolerance(Tolerance.Kind.RELATIVE, 0.02)),
                new Question.Range(0.05, 120),
                List.of(new Question.CommonMistake("P * 16", "MISTAKE-NO-SHARDING: the {{N}} GPUs each hold a share.")));
    }

    public static Question.ShortText shortText() {
        return new Question.ShortText(
                meta("short", "Which collective sums gradients and leaves the sum on every rank?", WRONG_FEEDBACK),
                List.of("all-reduce", "allreduce", "Ring  All-Reduce"),
                List.of("^all[- ]?reduce( collective)?$"));
    }

    public static Question.Ordering ordering() {
        return new Question.Ordering(meta("ordering", "Put the steps in order.", WRONG_FEEDBACK), List.of(
                "Run the forward pass under autocast",
                "Scale the loss and call backward()",
                "Unscale the gradients and check them for inf/NaN",
                "Step the optimizer"));
    }

    public static Question.Matching matching() {
        return new Question.Matching(
                meta("matching", "Match each kind of parallelism with what it splits.", WRONG_FEEDBACK),
                List.of(
                        new Question.MatchPair("Data parallelism", "The batch"),
                        new Question.MatchPair("Tensor parallelism", "The weight matrices inside a layer"),
                        new Question.MatchPair("Pipeline parallelism", "The sequence of layers")),
                List.of("The vocabulary"));
    }

    public static List<Question> everyType() {
        return List.of(singleChoice(), multipleChoice(), trueFalse(), numeric(), parameterised(), shortText(), ordering(),
                matching());
    }

    public static Unit unit(String symbol) {
        return Unit.of(symbol).orElseThrow();
    }
}
