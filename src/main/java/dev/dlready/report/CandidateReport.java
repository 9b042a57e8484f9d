package dev.dlready.report;

import dev.dlready.report.engine.Integrity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's readiness report as a recruiter sees it, built from finished exams only. Every claim carries its
 * evidence: each topic says how many exam answers it rests on, and the exams are listed with when, how long and what
 * was observed while they ran.
 *
 * @param fingerprint SHA-256 of the report's content (not of the percentile, which moves as others join); a PDF's
 *     verification code is stored with it, so a later check can tell whether the report is still current
 */
public record CandidateReport(
        long candidateId,
        String candidateName,
        ShareKind sharedVia,
        Instant sharedSince,
        @Nullable Instant shareExpires,
        Call call,
        List<TopicLevel> topics,
        Standing standing,
        List<ExamLine> exams,
        long practiceAnswersNotCounted,
        Instant generatedAt,
        String fingerprint) {

    public CandidateReport {
        topics = List.copyOf(topics);
        exams = List.copyOf(exams);
    }

    /** Abilities are drawn on this logit range. */
    public static final double SCALE_MIN = -3;

    public static final double SCALE_MAX = 3;

    /** The recommendation with the probability that it is wrong. */
    public record Call(String role, String title, double probabilityWrong) {

        /** No positive call: not yet ready, or too little evidence to make a call at all. */
        public boolean notYet() {
            return role.equals(dev.dlready.readiness.engine.Recommendation.NOT_YET) || tooEarly();
        }

        /** Fewer assessed answers than the readiness model needs before it makes a call. */
        public boolean tooEarly() {
            return role.equals(dev.dlready.readiness.ReadinessService.TOO_EARLY);
        }

        /** "Intern-ready" / "Entry-level-ready" / "Not yet ready" / "Too early to call". */
        public String label() {
            return tooEarly() ? "Too early to call" : notYet() ? "Not yet ready" : title + "-ready";
        }

        public String sentence() {
            String risk = percent(probabilityWrong);
            if (tooEarly()) {
                return "Too early to call: the candidate has fewer than "
                        + (int) dev.dlready.readiness.ReadinessService.MINIMUM_EVIDENCE
                        + " answers in exams and readiness checks, so the platform makes no call yet; the chance that a"
                        + " call made now would be wrong is " + risk + ".";
            }
            return notYet()
                    ? "Not yet ready for an intern role: the chance that the candidate already meets the intern profile is " + risk + "."
                    : label() + ": the chance that this call is wrong is " + risk + ".";
        }
    }

    /** Ability in one topic with its standard error and what each role requires. */
    public record TopicLevel(
            String topic, String title, double theta, double standardError, int examAnswers, List<Requirement> requirements) {

        public TopicLevel {
            requirements = List.copyOf(requirements);
        }

        public double low() {
            return theta - 1.96 * standardError;
        }

        public double high() {
            return theta + 1.96 * standardError;
        }

        public String estimate() {
            return logits(theta) + " ± " + String.format(Locale.ROOT, "%.2f", 1.96 * standardError);
        }
    }

    /** One role's required level in a topic and the probability that the candidate's ability is at least that. */
    public record Requirement(String role, String roleTitle, double required, double probabilityMeets) {}

    /**
     * Where the candidate stands among everyone on the platform with a finished exam.
     *
     * @param overall the mean ability over the topics of the role profiles
     */
    public record Standing(double overall, int percentile, int candidates) {}

    /** One finished exam as evidence. */
    public record ExamLine(
            long attemptId,
            String title,
            Instant startedAt,
            Instant submittedAt,
            Duration duration,
            String status,
            int questions,
            int answered,
            int percent,
            List<String> topics,
            Integrity.Signals integrity) {

        public ExamLine {
            topics = List.copyOf(topics);
        }
    }

    public int examAnswers() {
        return topics.stream().mapToInt(TopicLevel::examAnswers).sum();
    }

    /** Position of an ability on the drawn scale, 0–100. */
    public static double position(double theta) {
        double clamped = Math.max(SCALE_MIN, Math.min(SCALE_MAX, theta));
        return 100 * (clamped - SCALE_MIN) / (SCALE_MAX - SCALE_MIN);
    }

    /** A probability as a whole percentage; below 0.5 % and above 99.5 % as "< 1 %" and "> 99 %", never 0 or 100. */
    public static String percent(double probability) {
        if (probability < 0.005) {
            return "< 1 %";
        }
        if (probability > 0.995) {
            return "> 99 %";
        }
        return String.format(Locale.ROOT, "%.0f %%", probability * 100);
    }

    /** An ability with two decimals, never "-0.00". */
    public static String logits(double theta) {
        String text = String.format(Locale.ROOT, "%.2f", theta);
        return text.equals("-0.00") ? "0.00" : text;
    }

    public static String minutes(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 60 ? seconds + " s" : (seconds / 60) + " min " + (seconds % 60) + " s";
    }
}
