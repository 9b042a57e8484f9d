package dev.dlready.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The simulation benchmark with a small population on the real bank: the adaptive assessment classifies at least 95%
 * of simulated candidates correctly, with no more than half the questions of the shortest fixed form that is as
 * accurate. The full run (2000 candidates) is a command; its figures are in the README.
 */
class AssessmentBenchmarkTest {

    @Test
    void adaptive_assessment_is_accurate_with_at_most_half_the_questions_of_a_fixed_form() throws Exception {
        var bank = AssessmentBenchmark.load(Path.of("quizzes"));
        var report = AssessmentBenchmark.run(bank, 800, 7L);

        assertThat(report.adaptive().accuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.fixedLengthForSameAccuracy()).as("some fixed form reaches the same accuracy").isPositive();
        assertThat(report.adaptive().meanLength()).isLessThanOrEqualTo(report.fixedLengthForSameAccuracy() / 2.0);
        assertThat(report.adaptive().maxLength()).isLessThanOrEqualTo(80);
        assertThat(report.adaptive().maxExposure()).as("no question is in every assessment").isLessThan(0.6);
    }
}
