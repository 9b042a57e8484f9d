package dev.dlready.cohort.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Classical item analysis of one quiz, with the definitions of Moodle's quiz statistics report ("Quiz statistics
 * calculations" in Moodle's developer documentation), so the numbers mean what instructors who know Moodle expect.
 *
 * <p>Notation: {@code S} attempts; question {@code i} has maximum mark {@code m_i} and mark {@code x_i = credit × m_i}
 * in each attempt; the test score is {@code T = Σ x_i} and the rest score for question {@code i} is {@code X_i = T −
 * x_i}. Variances and covariances divide by {@code S − 1} (sample estimates), as Moodle does.
 *
 * <ul>
 *   <li><b>Facility index</b> {@code F_i = mean(x_i) / m_i}: the share of the marks the cohort earned; 0 nobody, 1
 *       everybody got it right.
 *   <li><b>Standard deviation</b> of the question: {@code sqrt(V(x_i)) / m_i}, the spread of its scores as a share of
 *       its maximum.
 *   <li><b>Discrimination index</b> {@code D_i = C(x_i, X_i) / sqrt(V(x_i) V(X_i))}: the correlation between the
 *       question's score and the score on the rest of the quiz (the "corrected item-total correlation"; leaving the
 *       question out of the total keeps it from correlating with itself). Moodle prints it ×100.
 *   <li><b>Discriminative efficiency</b> {@code C(x_i, X_i) / C_max(x_i, X_i)}, where {@code C_max} is the covariance
 *       the same scores would have if they were perfectly ordered: both lists sorted ascending and paired. It says how
 *       much of the discrimination the question's facility allows it actually reaches.
 *   <li><b>Cronbach's alpha</b> {@code α = k/(k−1) · (1 − Σ V(x_i) / V(T))} over {@code k} questions, which Moodle
 *       reports as the "coefficient of internal consistency"; with right/wrong questions it equals KR-20.
 *   <li><b>Error ratio</b> {@code sqrt(1 − α)} and <b>standard error of measurement</b> {@code SD(T) · sqrt(1 − α)}:
 *       how much of the spread of scores is noise, as a share and in marks.
 * </ul>
 *
 * <p>For choice questions the distractor analysis counts, for each option (in the key's order), how many attempts
 * chose it, their share of all attempts (for multiple-answer questions shares add up to more than 1), and the mean
 * rest score of those attempts as a share of the marks available on the other questions: a wrong option chosen by
 * strong students (high mean rest score) deserves a look.
 *
 * <p>Flags, raised only from {@value #MIN_ATTEMPTS_FOR_FLAGS} attempts on: {@link Flag#NEGATIVE_DISCRIMINATION}
 * (D &lt; 0), {@link Flag#LOW_DISCRIMINATION} (0 ≤ D &lt; {@value #LOW_DISCRIMINATION}), {@link Flag#NOBODY_RIGHT}
 * (F = 0), {@link Flag#EVERYBODY_RIGHT} (F = 1) and {@link Flag#UNUSED_DISTRACTOR} (a wrong option nobody chose).
 *
 * <p>What cannot be computed is {@link Statistic.NotEnoughData} with the reason: fewer than two attempts (no spread can
 * be estimated), a question or rest score everybody scored the same on (a correlation needs spread on both sides),
 * fewer than two questions (alpha compares questions with each other).
 */
public final class ItemAnalysis {

    /** Below this discrimination index a question separates strong from weak students poorly. */
    public static final double LOW_DISCRIMINATION = 0.2;

    /** Flags need at least this many attempts; with one attempt every question looks extreme. */
    public static final int MIN_ATTEMPTS_FOR_FLAGS = 2;

    private static final double EPSILON = 1e-12;

    private ItemAnalysis() {}

    /**
     * One question of the quiz.
     *
     * @param id the question id, for the caller to match results with questions
     * @param maxMark the marks the question is worth in the quiz (positive)
     * @param choices for choice questions, its options; null for other types
     */
    public record Item(String id, double maxMark, @Nullable Choices choices) {
        public Item {
            if (!(maxMark > 0) || !Double.isFinite(maxMark)) {
                throw new IllegalArgumentException("question " + id + ": the maximum mark must be positive");
            }
        }

        public static Item of(String id, double maxMark) {
            return new Item(id, maxMark, null);
        }
    }

    /**
     * The options of a choice question, numbered 0 to {@code count − 1} in the question's own (key) order, not the
     * shuffled order an attempt showed.
     */
    public record Choices(int count, Set<Integer> correct) {
        public Choices {
            correct = Set.copyOf(correct);
            if (count < 1) {
                throw new IllegalArgumentException("a choice question has at least one option");
            }
            for (int index : correct) {
                if (index < 0 || index >= count) {
                    throw new IllegalArgumentException("correct option " + index + " is not among 0.." + (count - 1));
                }
            }
        }
    }

    /**
     * One attempt: the credit (0 to 1) earned on each question, in the items' order, and for each question the options
     * chosen (empty when none was chosen or the question is not a choice question).
     */
    public record Attempt(List<Double> credits, List<Set<Integer>> chosen) {
        public Attempt {
            credits = List.copyOf(credits);
            chosen = chosen.stream().map(Set::copyOf).toList();
        }

        /** An attempt at questions without choices to analyse. */
        public static Attempt ofCredits(double... credits) {
            return new Attempt(Arrays.stream(credits).boxed().toList(),
                    Arrays.stream(credits).mapToObj(c -> Set.<Integer>of()).toList());
        }
    }

    public enum Flag {
        NEGATIVE_DISCRIMINATION("Students who did well on the rest of the quiz did worse on this question: check the "
                + "key and the wording."),
        LOW_DISCRIMINATION("The question barely separates strong from weak students (discrimination index below "
                + ItemAnalysis.LOW_DISCRIMINATION + ")."),
        NOBODY_RIGHT("Nobody earned any marks: the question may be too hard, unclear or wrongly keyed."),
        EVERYBODY_RIGHT("Everybody earned full marks: the question tells you nothing about this cohort."),
        UNUSED_DISTRACTOR("A wrong option nobody chose: it is not a plausible distractor; replace it.");

        private final String description;

        Flag(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * One option of a choice question.
     *
     * @param index position in the question's key order
     * @param correct whether the option is part of the key
     * @param count attempts that chose it
     * @param share {@code count} over all attempts
     * @param meanRestScore mean score on the other questions of the attempts that chose it, as a share of the marks
     *     those questions are worth
     */
    public record OptionStatistics(int index, boolean correct, int count, double share, Statistic meanRestScore) {}

    /** The options of a choice question, and how many attempts chose none. */
    public record ChoiceStatistics(List<OptionStatistics> options, int unanswered) {
        public ChoiceStatistics {
            options = List.copyOf(options);
        }
    }

    /**
     * One question. {@code facility}, {@code standardDeviation} and {@code discriminativeEfficiency} are shares (0 to
     * 1; Moodle prints them as percentages), {@code discriminationIndex} a correlation (−1 to 1).
     */
    public record ItemStatistics(
            String id,
            double maxMark,
            Statistic facility,
            Statistic standardDeviation,
            Statistic discriminationIndex,
            Statistic discriminativeEfficiency,
            @Nullable ChoiceStatistics choices,
            Set<Flag> flags) {
        public ItemStatistics {
            flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        }
    }

    /**
     * The whole quiz. {@code mean}, {@code standardDeviation} and {@code standardError} are in marks (out of {@code
     * maxMark}); {@code cronbachAlpha} and {@code errorRatio} are shares.
     */
    public record QuizStatistics(
            int attempts,
            double maxMark,
            Statistic mean,
            Statistic standardDeviation,
            Statistic cronbachAlpha,
            Statistic errorRatio,
            Statistic standardError,
            List<ItemStatistics> items) {
        public QuizStatistics {
            items = List.copyOf(items);
        }
    }

    public static QuizStatistics analyse(List<Item> items, List<Attempt> attempts) {
        validate(items, attempts);
        int s = attempts.size();
        int k = items.size();
        double[][] marks = new double[k][s];
        double[] totals = new double[s];
        double maxTotal = 0;
        for (int i = 0; i < k; i++) {
            maxTotal += items.get(i).maxMark();
            for (int a = 0; a < s; a++) {
                marks[i][a] = attempts.get(a).credits().get(i) * items.get(i).maxMark();
                totals[a] += marks[i][a];
            }
        }
        var itemStatistics = new ArrayList<ItemStatistics>();
        double sumOfItemVariances = 0;
        for (int i = 0; i < k; i++) {
            double[] rest = new double[s];
            for (int a = 0; a < s; a++) {
                rest[a] = totals[a] - marks[i][a];
            }
            itemStatistics.add(item(items.get(i), i, marks[i], rest, maxTotal - items.get(i).maxMark(), attempts));
            if (s >= 2) {
                sumOfItemVariances += variance(marks[i]);
            }
        }
        Statistic mean = s == 0 ? none("no attempts yet") : Statistic.of(mean(totals));
        Statistic sd;
        Statistic alpha;
        if (s < 2) {
            String reason = "needs at least 2 attempts (" + s + " so far)";
            sd = none(reason);
            alpha = none(reason);
        } else {
            double variance = variance(totals);
            sd = Statistic.of(Math.sqrt(variance));
            if (k < 2) {
                alpha = none("needs at least 2 questions to compare");
            } else if (variance <= EPSILON) {
                alpha = none("every attempt has the same total score");
            } else {
                alpha = Statistic.of((double) k / (k - 1) * (1 - sumOfItemVariances / variance));
            }
        }
        Statistic errorRatio = alpha instanceof Statistic.Value a
                ? Statistic.of(Math.sqrt(Math.max(0, 1 - a.value())))
                : alpha;
        Statistic standardError = errorRatio instanceof Statistic.Value e && sd instanceof Statistic.Value d
                ? Statistic.of(d.value() * e.value())
                : errorRatio;
        return new QuizStatistics(s, maxTotal, mean, sd, alpha, errorRatio, standardError, itemStatistics);
    }

    private static ItemStatistics item(
            Item item, int index, double[] x, double[] rest, double restMax, List<Attempt> attempts) {
        int s = x.length;
        double max = item.maxMark();
        Statistic facility = s == 0 ? none("no attempts yet") : Statistic.of(mean(x) / max);
        Statistic sd;
        Statistic discrimination;
        Statistic efficiency;
        if (s < 2) {
            String reason = "needs at least 2 attempts (" + s + " so far)";
            sd = none(reason);
            discrimination = none(reason);
            efficiency = none(reason);
        } else {
            double vx = variance(x);
            double vRest = variance(rest);
            double c = covariance(x, rest);
            sd = Statistic.of(Math.sqrt(vx) / max);
            if (vx <= EPSILON) {
                discrimination = none("every attempt scored the same on this question");
                efficiency = discrimination;
            } else if (vRest <= EPSILON) {
                discrimination = none("every attempt scored the same on the rest of the quiz");
                efficiency = discrimination;
            } else {
                discrimination = Statistic.of(clamp(c / Math.sqrt(vx * vRest)));
                double[] sortedX = x.clone();
                double[] sortedRest = rest.clone();
                Arrays.sort(sortedX);
                Arrays.sort(sortedRest);
                double cMax = covariance(sortedX, sortedRest);
                efficiency = cMax <= EPSILON
                        ? none("the scores cannot be ordered to discriminate")
                        : Statistic.of(c / cMax);
            }
        }
        ChoiceStatistics choices = item.choices() == null ? null : choices(item.choices(), index, rest, restMax, attempts);
        var flags = EnumSet.noneOf(Flag.class);
        if (s >= MIN_ATTEMPTS_FOR_FLAGS) {
            discrimination.asOptional().ifPresent(d -> {
                if (d < 0) {
                    flags.add(Flag.NEGATIVE_DISCRIMINATION);
                } else if (d < LOW_DISCRIMINATION) {
                    flags.add(Flag.LOW_DISCRIMINATION);
                }
            });
            double f = facility.orElse(Double.NaN);
            if (f <= 1e-9) {
                flags.add(Flag.NOBODY_RIGHT);
            } else if (f >= 1 - 1e-9) {
                flags.add(Flag.EVERYBODY_RIGHT);
            }
            if (choices != null && choices.options().stream().anyMatch(o -> !o.correct() && o.count() == 0)) {
                flags.add(Flag.UNUSED_DISTRACTOR);
            }
        }
        return new ItemStatistics(item.id(), max, facility, sd, discrimination, efficiency, choices, flags);
    }

    private static ChoiceStatistics choices(
            Choices choices, int item, double[] rest, double restMax, List<Attempt> attempts) {
        int s = attempts.size();
        var options = new ArrayList<OptionStatistics>();
        int unanswered = 0;
        for (Attempt attempt : attempts) {
            if (attempt.chosen().get(item).isEmpty()) {
                unanswered++;
            }
        }
        for (int o = 0; o < choices.count(); o++) {
            int count = 0;
            double restSum = 0;
            for (int a = 0; a < s; a++) {
                if (attempts.get(a).chosen().get(item).contains(o)) {
                    count++;
                    restSum += rest[a];
                }
            }
            Statistic meanRest;
            if (count == 0) {
                meanRest = none("nobody chose this option");
            } else if (restMax <= 0) {
                meanRest = none("the quiz has no other questions");
            } else {
                meanRest = Statistic.of(restSum / count / restMax);
            }
            options.add(new OptionStatistics(o, choices.correct().contains(o), count, s == 0 ? 0 : (double) count / s,
                    meanRest));
        }
        return new ChoiceStatistics(options, unanswered);
    }

    private static void validate(List<Item> items, List<Attempt> attempts) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a quiz to analyse has at least one question");
        }
        var ids = new HashSet<String>();
        for (Item item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("question " + item.id() + " appears twice");
            }
        }
        for (int a = 0; a < attempts.size(); a++) {
            Attempt attempt = attempts.get(a);
            if (attempt.credits().size() != items.size() || attempt.chosen().size() != items.size()) {
                throw new IllegalArgumentException("attempt " + (a + 1) + " has " + attempt.credits().size()
                        + " credits and " + attempt.chosen().size() + " choice sets for " + items.size()
                        + " questions");
            }
            for (int i = 0; i < items.size(); i++) {
                double credit = attempt.credits().get(i);
                if (!(credit >= 0 && credit <= 1)) {
                    throw new IllegalArgumentException("attempt " + (a + 1) + ", question " + items.get(i).id()
                            + ": credit " + credit + " is not between 0 and 1");
                }
                Choices choices = items.get(i).choices();
                for (int option : attempt.chosen().get(i)) {
                    if (choices == null || option < 0 || option >= choices.count()) {
                        throw new IllegalArgumentException("attempt " + (a + 1) + ", question " + items.get(i).id()
                                + ": option " + option + " does not exist");
                    }
                }
            }
        }
    }

    private static Statistic none(String reason) {
        return Statistic.notEnoughData(reason);
    }

    private static double clamp(double correlation) {
        return Math.max(-1, Math.min(1, correlation));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Sample variance (divides by n − 1); callers ensure n ≥ 2. */
    private static double variance(double[] values) {
        return covariance(values, values);
    }

    /** Sample covariance (divides by n − 1); callers ensure n ≥ 2. */
    private static double covariance(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - mx) * (y[i] - my);
        }
        return sum / (x.length - 1);
    }
}
