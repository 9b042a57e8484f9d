package dev.dlready.attempt.engine;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A student's progress from their answers. Only first tries in practice and exam answers count towards accuracy:
 * retries after seeing the explanation would otherwise let drilling one question inflate the numbers.
 */
public final class Progress {

    /** Topics need this many counted answers before they can be called strongest or weakest. */
    public static final int MIN_ANSWERS_FOR_RANKING = 3;

    private Progress() {}

    public enum Source {
        PRACTICE_FIRST_TRY,
        PRACTICE_RETRY,
        EXAM
    }

    public record Evidence(String topic, double credit, Instant at, Source source) {}

    public record TopicProgress(String topic, int counted, double accuracy, int practised, int examined) {}

    public record WeeklyPoint(String topic, LocalDate weekStart, double accuracy, int answers) {}

    public record Report(
            int streakDays,
            boolean answeredToday,
            int totalAnswers,
            List<TopicProgress> topics,
            List<TopicProgress> strongest,
            List<TopicProgress> weakest,
            List<WeeklyPoint> weekly) {}

    public static Report compute(List<Evidence> evidence, LocalDate today, ZoneId zone) {
        var byTopic = new LinkedHashMap<String, double[]>(); // counted, sum credit, practised, examined
        var weekly = new TreeMap<String, TreeMap<LocalDate, double[]>>();
        Set<LocalDate> days = new HashSet<>();
        for (Evidence e : evidence) {
            LocalDate day = e.at().atZone(zone).toLocalDate();
            days.add(day);
            var t = byTopic.computeIfAbsent(e.topic(), k -> new double[4]);
            if (e.source() == Source.EXAM) {
                t[3]++;
            } else {
                t[2]++;
            }
            if (e.source() == Source.PRACTICE_RETRY) {
                continue;
            }
            t[0]++;
            t[1] += e.credit();
            var week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            var point = weekly.computeIfAbsent(e.topic(), k -> new TreeMap<>()).computeIfAbsent(week, k -> new double[2]);
            point[0]++;
            point[1] += e.credit();
        }
        var topics = new ArrayList<TopicProgress>();
        byTopic.forEach((topic, t) -> topics.add(new TopicProgress(
                topic, (int) t[0], t[0] == 0 ? 0 : t[1] / t[0], (int) t[2], (int) t[3])));
        // Strongest: the best (at most three) at 50 % or more. Weakest: the worst (at most three) below 80 %, never a
        // topic already listed as strongest.
        var ranked = topics.stream()
                .filter(t -> t.counted() >= MIN_ANSWERS_FOR_RANKING)
                .sorted(Comparator.comparingDouble(TopicProgress::accuracy).reversed().thenComparing(TopicProgress::topic))
                .toList();
        var strongest = ranked.stream().filter(t -> t.accuracy() >= 0.5).limit(3).toList();
        var weakest = new ArrayList<>(ranked.reversed().stream()
                .filter(t -> t.accuracy() < 0.8 && !strongest.contains(t))
                .limit(3)
                .toList());
        var points = new ArrayList<WeeklyPoint>();
        weekly.forEach((topic, weeks) -> weeks.forEach((week, p) ->
                points.add(new WeeklyPoint(topic, week, p[1] / p[0], (int) p[0]))));
        return new Report(streak(days, today), days.contains(today), evidence.size(), topics, strongest, weakest, points);
    }

    /** Consecutive days with at least one answer, ending today (or yesterday, if today has none yet). */
    static int streak(Set<LocalDate> days, LocalDate today) {
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    public static Map<String, List<WeeklyPoint>> byTopic(List<WeeklyPoint> points) {
        var map = new LinkedHashMap<String, List<WeeklyPoint>>();
        points.forEach(p -> map.computeIfAbsent(p.topic(), k -> new ArrayList<>()).add(p));
        return map;
    }
}
