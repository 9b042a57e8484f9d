package dev.dlready.report.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReportEngineTest {

    static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void gaps_between_saved_answers_count_from_the_start_and_rapid_ones_are_counted() {
        // saved at +30 s, +33 s, +93 s, +95 s: gaps 30, 3, 60, 2 -> median (3 + 30) / 2 = 16.5 s, two rapid
        var signals = Integrity.observe(START, List.of(START.plusSeconds(93), START.plusSeconds(30),
                START.plusSeconds(95), START.plusSeconds(33)), 2);

        assertThat(signals.answered()).isEqualTo(4);
        assertThat(signals.medianGap()).isEqualTo(Duration.ofMillis(16_500));
        assertThat(signals.rapidAnswers()).isEqualTo(2);
        assertThat(signals.focusLost()).isEqualTo(2);
        assertThat(signals.worthALook()).isTrue();
    }

    @Test
    void an_exam_without_answers_has_no_median_and_nothing_to_flag() {
        var signals = Integrity.observe(START, List.of(), 0);

        assertThat(signals.medianGap()).isNull();
        assertThat(signals.rapidAnswers()).isZero();
        assertThat(signals.worthALook()).isFalse();
    }

    @Test
    void half_or_more_rapid_answers_deserve_a_look_but_a_few_do_not() {
        var steady = Integrity.observe(START, List.of(START.plusSeconds(40), START.plusSeconds(42),
                START.plusSeconds(90), START.plusSeconds(150)), 0);
        var hurried = Integrity.observe(START, List.of(START.plusSeconds(1), START.plusSeconds(2),
                START.plusSeconds(90), START.plusSeconds(91)), 0);

        assertThat(steady.rapidAnswers()).isEqualTo(1);
        assertThat(steady.worthALook()).isFalse();
        assertThat(hurried.rapidAnswers()).isEqualTo(3);
        assertThat(hurried.worthALook()).isTrue();
    }

    @Test
    void the_percentile_counts_those_below_and_half_the_ties() {
        // others 1, 2, 3, 3: value 3 has 2 below, 2 ties (1), plus half itself = 3.5 of 5 -> 70
        assertThat(Percentile.rank(3, List.of(1.0, 2.0, 3.0, 3.0))).isEqualTo(70);
        assertThat(Percentile.rank(10, List.of(1.0, 2.0, 3.0))).isEqualTo(88); // 3.5 / 4
        assertThat(Percentile.rank(0, List.of(1.0, 2.0, 3.0))).isEqualTo(13); // 0.5 / 4
        assertThat(Percentile.rank(5, List.of())).isEqualTo(50);
    }

    @Test
    void codes_have_sixteen_unambiguous_characters_in_four_groups_and_normalise_as_typed() {
        String code = VerificationCodes.generate(new SplittableRandom(7));

        assertThat(code).matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}");
        assertThat(VerificationCodes.normalise(" " + code.toLowerCase().replace("-", " ") + " ")).contains(code.replace("-", ""));
        assertThat(VerificationCodes.normalise("ABCD-EFGH-JKLM-NPQ")).isEmpty();
        assertThat(VerificationCodes.normalise("ABCD-EFGH-JKLM-NPQ0")).as("0 is not in the alphabet").isEmpty();
        assertThat(VerificationCodes.hash("ABCD")).hasSize(64).isEqualTo(VerificationCodes.hash("ABCD"))
                .isNotEqualTo(VerificationCodes.hash("ABCE"));
    }

    @Test
    void sha256_matches_the_standard_test_vector() {
        assertThat(VerificationCodes.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
