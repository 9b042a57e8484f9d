package dev.dlready.report.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the platform can honestly observe about how an exam was taken: the time between saved answers (the first one
 * counted from the start), how many answers were saved very quickly after the one before, and how often the exam page
 * was hidden. An answer's save time is when it was last changed, so a gap is an upper bound on thinking time for a
 * question answered once, and says nothing about questions revisited later.
 */
public final class Integrity {

    /** An answer saved sooner than this after the previous one is counted as rapid. */
    public static final Duration RAPID = Duration.ofSeconds(5);

    private Integrity() {}

    public record Signals(int answered, @Nullable Duration medianGap, int rapidAnswers, int focusLost) {

        /** Whether any signal deserves a second look: half or more of the answers rapid, or the page hidden. */
        public boolean worthALook() {
            return focusLost > 0 || (answered >= 4 && rapidAnswers * 2 >= answered);
        }
    }

    /** @param answerTimes save times of the answered questions, in any order */
    public static Signals observe(Instant startedAt, List<Instant> answerTimes, int focusLost) {
        var times = new ArrayList<>(answerTimes);
        times.sort(null);
        var gaps = new ArrayList<Duration>();
        Instant previous = startedAt;
        int rapid = 0;
        for (Instant t : times) {
            Duration gap = Duration.between(previous, t);
            if (gap.isNegative()) {
                gap = Duration.ZERO;
            }
            gaps.add(gap);
            if (gap.compareTo(RAPID) < 0) {
                rapid++;
            }
            previous = t;
        }
        return new Signals(times.size(), median(gaps), rapid, Math.max(0, focusLost));
    }

    static @Nullable Duration median(List<Duration> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }
}
