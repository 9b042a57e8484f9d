package dev.dlready.report;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters and order of a recruiter's candidate list.
 *
 * @param recommendation only candidates with this call (a role id such as {@code intern}, or {@code not-yet})
 * @param topic with {@code topicLevel}: only candidates whose estimated ability in this topic reaches the level that
 *     role requires there
 * @param sharedSince only candidates who shared on or after this day (UTC)
 */
public record CandidateQuery(
        @Nullable String recommendation,
        @Nullable String topic,
        @Nullable String topicLevel,
        @Nullable LocalDate sharedSince,
        Sort sort) {

    public enum Sort {
        RECOMMENDATION("Recommendation"),
        OVERALL("Overall ability"),
        SHARED("Most recently shared"),
        NAME("Name");

        private final String title;

        Sort(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public static CandidateQuery all() {
        return new CandidateQuery(null, null, null, null, Sort.RECOMMENDATION);
    }
}
