package dev.dlready.attempt.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlready.attempt.engine.Progress.Evidence;
import dev.dlready.attempt.engine.Progress.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25); // a Wednesday

    static Evidence at(String topic, double credit, LocalDate day, Source source) {
        return new Evidence(topic, credit, day.atTime(12, 0).toInstant(ZoneOffset.UTC), source);
    }

    @Test
    void the_streak_counts_consecutive_days_up_to_today_or_yesterday() {
        var evidence = List.of(
                at("cuda", 1, TODAY.minusDays(1), Source.PRACTICE_FIRST_TRY),
                at("cuda", 1, TODAY.minusDays(2), Source.PRACTICE_FIRST_TRY),
                at("cuda", 1, TODAY.minusDays(4), Source.PRACTICE_FIRST_TRY));
        var report = Progress.compute(evidence, TODAY, ZoneOffset.UTC);
        assertThat(report.streakDays()).isEqualTo(2);
        assertThat(report.answeredToday()).isFalse();

        var withToday = new ArrayList<>(evidence);
        withToday.add(at("cuda", 0, TODAY, Source.EXAM));
        assertThat(Progress.compute(withToday, TODAY, ZoneOffset.UTC).streakDays()).isEqualTo(3);
    }

    @Test
    void retries_are_kept_but_do_not_inflate_accuracy() {
        var evidence = List.of(
                at("cuda", 0, TODAY, Source.PRACTICE_FIRST_TRY),
                at("cuda", 1, TODAY, Source.PRACTICE_RETRY),
                at("cuda", 1, TODAY, Source.PRACTICE_RETRY),
                at("cuda", 1, TODAY, Source.EXAM));
        var topic = Progress.compute(evidence, TODAY, ZoneOffset.UTC).topics().getFirst();
        assertThat(topic.counted()).isEqualTo(2);
        assertThat(topic.accuracy()).isEqualTo(0.5);
        assertThat(topic.practised()).isEqualTo(3);
        assertThat(topic.examined()).isEqualTo(1);
    }

    @Test
    void strongest_and_weakest_need_enough_answers_and_are_ordered() {
        var evidence = new ArrayList<Evidence>();
        for (int i = 0; i < 3; i++) {
            evidence.add(at("cuda", 1, TODAY, Source.EXAM));
            evidence.add(at("autograd", 0.5, TODAY, Source.EXAM));
            evidence.add(at("diffusion", 0, TODAY, Source.EXAM));
        }
        evidence.add(at("compression", 1, TODAY, Source.EXAM)); // too few to rank
        var report = Progress.compute(evidence, TODAY, ZoneOffset.UTC);
        assertThat(report.strongest()).extracting(Progress.TopicProgress::topic).containsExactly("cuda", "autograd");
        assertThat(report.weakest()).extracting(Progress.TopicProgress::topic).containsExactly("diffusion");
        assertThat(report.topics()).extracting(Progress.TopicProgress::topic).contains("compression");
    }

    @Test
    void weekly_points_group_by_monday_and_topic() {
        var evidence = List.of(
                at("cuda", 1, LocalDate.of(2026, 11, 23), Source.PRACTICE_FIRST_TRY), // Monday
                at("cuda", 0, LocalDate.of(2026, 11, 25), Source.PRACTICE_FIRST_TRY), // same week
                at("cuda", 1, LocalDate.of(2026, 11, 16), Source.PRACTICE_FIRST_TRY)); // week before
        var weekly = Progress.compute(evidence, TODAY, ZoneOffset.UTC).weekly();
        assertThat(weekly).extracting(Progress.WeeklyPoint::weekStart)
                .containsExactly(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));
        assertThat(weekly.get(1).accuracy()).isEqualTo(0.5);
        assertThat(weekly.get(1).answers()).isEqualTo(2);
    }

    @Test
    void no_answers_gives_an_empty_report() {
        var report = Progress.compute(List.of(), TODAY, ZoneOffset.UTC);
        assertThat(report.streakDays()).isZero();
        assertThat(report.topics()).isEmpty();
        assertThat(Instant.EPOCH).isNotNull();
    }
}
