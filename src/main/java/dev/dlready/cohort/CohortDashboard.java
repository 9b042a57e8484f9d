package dev.dlready.cohort;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the cohort page shows: members, assigned quizzes, who has done what with which score, and the
 * topic-by-student readiness heat map.
 */
public record CohortDashboard(
        CohortSummary cohort,
        List<Member> members,
        List<Assignment> assignments,
        Map<Long, Map<Long, Cell>> cells,
        HeatMap heatMap) {

    public CohortDashboard {
        members = List.copyOf(members);
        assignments = List.copyOf(assignments);
        cells = Map.copyOf(cells);
    }

    /** The cell of a member (user id) and an assignment (assignment id). */
    public Cell cell(long userId, long assignmentId) {
        var row = cells.get(userId);
        Cell cell = row == null ? null : row.get(assignmentId);
        return cell == null ? Cell.NONE : cell;
    }

    public record Member(long userId, String name, String email, Instant joinedAt) {}

    /**
     * An assigned quiz. {@code averagePercent} is the mean of the members' best scores among those who finished it;
     * null when nobody has.
     */
    public record Assignment(
            long assignmentId, long quizId, String title, boolean published, @Nullable Instant dueAt, int questions,
            int finished, @Nullable Double averagePercent) {}

    /** One student and one assignment: state, attempts started, best score in percent and the attempt to open. */
    public record Cell(AssignmentState state, int attempts, @Nullable Double bestPercent, @Nullable Long bestAttemptId) {
        public static final Cell NONE = new Cell(AssignmentState.NOT_STARTED, 0, null, null);
    }

    /** Readiness per topic (columns) and student (rows). */
    public record HeatMap(Map<String, String> topics, List<String> roles, Map<Long, Map<String, TopicLevel>> levels) {
        public HeatMap {
            topics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topics));
            roles = List.copyOf(roles);
            levels = Map.copyOf(levels);
        }

        public @Nullable TopicLevel level(long userId, String topic) {
            var row = levels.get(userId);
            return row == null ? null : row.get(topic);
        }
    }

    /**
     * A student's estimate in one topic: ability (logits) with its standard error, the weighted answers behind it, and
     * the highest role whose requirement the estimate reaches ({@code reached} index into the roles; -1 below all,
     * null when there is no evidence in the topic).
     */
    public record TopicLevel(double theta, double standardError, double evidence, @Nullable Integer reached) {}
}
