package dev.dlready.review;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in student's review queue: cards due today (or overdue), all cards, the next day something is due when
 * nothing is due today (and how many then), and, with an interview date, the predicted retention per topic on that day.
 */
public record ReviewOverview(
        LocalDate today,
        int dueToday,
        int cards,
        @Nullable LocalDate nextDue,
        int dueOnNextDay,
        @Nullable LocalDate interviewDate,
        List<TopicRetention> retention) {
    public ReviewOverview {
        retention = List.copyOf(retention);
    }
}
