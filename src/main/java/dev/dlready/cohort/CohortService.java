package dev.dlready.cohort;

import dev.dlready.account.AccountDirectory;
import dev.dlready.attempt.CourseQuizRecords;
import dev.dlready.attempt.QuizAttemptRecord;
import dev.dlready.bank.BankService;
import dev.dlready.cohort.internal.Cohort;
import dev.dlready.cohort.internal.CohortAssignment;
import dev.dlready.cohort.internal.CohortAssignmentRepository;
import dev.dlready.cohort.internal.CohortMember;
import dev.dlready.cohort.internal.CohortMemberRepository;
import dev.dlready.cohort.internal.CohortRepository;
import dev.dlready.cohort.internal.CourseQuizRepository;
import dev.dlready.readiness.CandidateReadiness;
import dev.dlready.readiness.ReadinessReport;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An instructor's cohorts: invite codes, members, assignments with due dates, and the dashboard. An instructor reaches
 * only their own cohorts and so only their own cohorts' students (an administrator reaches all).
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
@Transactional
public class CohortService {

    public static final int MAX_NAME = 120;

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CohortAssignmentRepository assignments;
    private final CourseQuizRepository quizzes;
    private final CourseQuizRecords records;
    private final CandidateReadiness readiness;
    private final AccountDirectory accounts;
    private final BankService bank;
    private final Ownership ownership;
    private final Clock clock;

    CohortService(
            CohortRepository cohorts,
            CohortMemberRepository members,
            CohortAssignmentRepository assignments,
            CourseQuizRepository quizzes,
            CourseQuizRecords records,
            CandidateReadiness readiness,
            AccountDirectory accounts,
            BankService bank,
            Ownership ownership,
            Clock clock) {
        this.cohorts = cohorts;
        this.members = members;
        this.assignments = assignments;
        this.quizzes = quizzes;
        this.records = records;
        this.readiness = readiness;
        this.accounts = accounts;
        this.bank = bank;
        this.ownership = ownership;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CohortSummary> myCohorts() {
        return ownership.cohorts().stream().map(this::summary).toList();
    }

    public long create(String name) {
        return cohorts.save(new Cohort(ownership.userId(), checkedName(name), freshCode(), clock.instant())).id();
    }

    public void rename(long cohortId, String name) {
        ownership.cohort(cohortId).rename(checkedName(name));
    }

    /** A new invite code; the old one stops working (members stay). */
    public String newInviteCode(long cohortId) {
        var cohort = ownership.cohort(cohortId);
        cohort.newInviteCode(freshCode());
        return cohort.inviteCode();
    }

    public void setJoiningOpen(long cohortId, boolean open) {
        ownership.cohort(cohortId).setJoiningOpen(open);
    }

    public void removeMember(long cohortId, long userId) {
        ownership.cohort(cohortId);
        members.findByCohortIdAndUserId(cohortId, userId).ifPresent(members::delete);
    }

    /** The instructor's published quizzes not yet assigned to the cohort, to choose from. */
    @Transactional(readOnly = true)
    public List<CourseQuizSummary> assignable(long cohortId) {
        ownership.cohort(cohortId);
        var assigned = assignments.findByCohortIdOrderByAssignedAtAsc(cohortId).stream().map(CohortAssignment::quizId).toList();
        return ownership.quizzes().stream()
                .filter(q -> q.published() && !assigned.contains(q.id()))
                .map(q -> new CourseQuizSummary(q.id(), q.title(), true, q.questionIds().size(), 0, 0, q.updatedAt()))
                .toList();
    }

    /** Assigns a published quiz of the instructor's to the cohort, with an optional due date. */
    public void assign(long cohortId, long quizId, @Nullable Instant dueAt) {
        ownership.cohort(cohortId);
        var quiz = ownership.quiz(quizId);
        if (!quiz.published()) {
            throw new CohortException("Publish the quiz before assigning it.");
        }
        if (assignments.findByCohortIdAndQuizId(cohortId, quizId).isPresent()) {
            throw new CohortException("This quiz is already assigned to the cohort; change its due date instead.");
        }
        assignments.save(new CohortAssignment(cohortId, quizId, dueAt, clock.instant()));
    }

    public void changeDueDate(long assignmentId, @Nullable Instant dueAt) {
        assignment(assignmentId).changeDueDate(dueAt);
    }

    /** Takes the quiz away from the cohort; attempts already made are kept. */
    public void unassign(long assignmentId) {
        assignments.delete(assignment(assignmentId));
    }

    @Transactional(readOnly = true)
    public CohortDashboard dashboard(long cohortId) {
        var cohort = ownership.cohort(cohortId);
        Instant now = clock.instant();
        var memberRows = new ArrayList<CohortDashboard.Member>();
        for (CohortMember m : members.findByCohortIdOrderByJoinedAtAsc(cohortId)) {
            accounts.find(m.userId()).ifPresent(a -> memberRows.add(
                    new CohortDashboard.Member(a.id(), a.displayName(), a.email(), m.joinedAt())));
        }
        memberRows.sort(java.util.Comparator.comparing(CohortDashboard.Member::name, String.CASE_INSENSITIVE_ORDER));
        var memberIds = memberRows.stream().map(CohortDashboard.Member::userId).toList();

        var assignmentRows = new ArrayList<CohortDashboard.Assignment>();
        Map<Long, Map<Long, CohortDashboard.Cell>> cells = new HashMap<>();
        for (CohortAssignment a : assignments.findByCohortIdOrderByAssignedAtAsc(cohortId)) {
            var quiz = quizzes.findById(a.quizId()).orElse(null);
            if (quiz == null) {
                continue;
            }
            Map<Long, List<QuizAttemptRecord>> byUser = new HashMap<>();
            for (QuizAttemptRecord r : records.attempts(a.quizId())) {
                byUser.computeIfAbsent(r.userId(), u -> new ArrayList<>()).add(r);
            }
            int finished = 0;
            double sum = 0;
            for (long userId : memberIds) {
                var cell = cell(byUser.getOrDefault(userId, List.of()), a.dueAt(), now);
                cells.computeIfAbsent(userId, u -> new HashMap<>()).put(a.id(), cell);
                if (cell.bestPercent() != null) {
                    finished++;
                    sum += cell.bestPercent();
                }
            }
            assignmentRows.add(new CohortDashboard.Assignment(a.id(), quiz.id(), quiz.title(), quiz.published(), a.dueAt(),
                    quiz.questionIds().size(), finished, finished == 0 ? null : sum / finished));
        }
        return new CohortDashboard(summary(cohort), memberRows, assignmentRows, cells, heatMap(memberIds));
    }

    /**
     * A finished attempt of a member of the cohort at a quiz assigned to it, with every answer, key and explanation.
     * Anything else (another cohort's student, an unassigned quiz, a running attempt) is reported as not found.
     */
    @Transactional(readOnly = true)
    public StudentAttempt attempt(long cohortId, long attemptId) {
        var cohort = ownership.cohort(cohortId);
        for (CohortAssignment a : assignments.findByCohortIdOrderByAssignedAtAsc(cohortId)) {
            var record = records.attempts(a.quizId()).stream().filter(r -> r.attemptId() == attemptId).findFirst();
            if (record.isPresent()) {
                long userId = record.get().userId();
                if (members.findByCohortIdAndUserId(cohortId, userId).isEmpty()) {
                    break;
                }
                var review = records.review(a.quizId(), attemptId).orElseThrow(() -> new NoSuchElementException("No such attempt"));
                String name = accounts.find(userId).map(AccountDirectory.Account::displayName).orElse("");
                return new StudentAttempt(cohortId, cohort.name(), name, review);
            }
        }
        throw new NoSuchElementException("No such attempt");
    }

    /**
     * The dashboard as CSV (RFC 4180, UTF-8): one row per student with each assignment's state, attempts and best
     * score, then each topic's estimate and level. Cells that a spreadsheet would run as a formula are prefixed with
     * an apostrophe.
     */
    @Transactional(readOnly = true)
    public String csv(long cohortId) {
        var board = dashboard(cohortId);
        var out = new StringBuilder();
        var header = new ArrayList<String>(List.of("Student", "Email", "Joined"));
        for (var a : board.assignments()) {
            header.add(a.title() + " — state");
            header.add(a.title() + " — attempts");
            header.add(a.title() + " — best %");
        }
        board.heatMap().topics().values().forEach(t -> {
            header.add(t + " — ability (logits)");
            header.add(t + " — standard error");
            header.add(t + " — level");
        });
        line(out, header);
        for (var m : board.members()) {
            var row = new ArrayList<String>(List.of(m.name(), m.email(), m.joinedAt().toString()));
            for (var a : board.assignments()) {
                var cell = board.cell(m.userId(), a.assignmentId());
                row.add(cell.state().title());
                row.add(Integer.toString(cell.attempts()));
                row.add(cell.bestPercent() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", cell.bestPercent()));
            }
            for (String topic : board.heatMap().topics().keySet()) {
                var level = board.heatMap().level(m.userId(), topic);
                if (level == null || level.reached() == null) {
                    row.addAll(List.of("", "", "No evidence"));
                } else {
                    row.add(String.format(java.util.Locale.ROOT, "%.2f", level.theta()));
                    row.add(String.format(java.util.Locale.ROOT, "%.2f", level.standardError()));
                    row.add(levelTitle(board.heatMap().roles(), level.reached()));
                }
            }
            line(out, row);
        }
        return out.toString();
    }

    /** "Below Intern", or the title of the highest role reached. */
    public static String levelTitle(List<String> roles, int reached) {
        return reached < 0 ? "Below " + (roles.isEmpty() ? "every role" : roles.getFirst()) : roles.get(reached);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvCell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String csvCell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    static CohortDashboard.Cell cell(List<QuizAttemptRecord> attempts, @Nullable Instant dueAt, Instant now) {
        if (attempts.isEmpty()) {
            return new CohortDashboard.Cell(dueAt != null && now.isAfter(dueAt) ? AssignmentState.OVERDUE
                    : AssignmentState.NOT_STARTED, 0, null, null);
        }
        Instant firstFinished = null;
        boolean open = false;
        for (QuizAttemptRecord r : attempts) {
            if (!r.finished()) {
                open = true;
                continue;
            }
            Instant at = r.submittedAt();
            if (at != null && (firstFinished == null || at.isBefore(firstFinished))) {
                firstFinished = at;
            }
        }
        AssignmentState state;
        if (firstFinished != null) {
            state = dueAt != null && firstFinished.isAfter(dueAt) ? AssignmentState.DONE_LATE : AssignmentState.DONE;
        } else if (open) {
            state = AssignmentState.IN_PROGRESS;
        } else {
            state = AssignmentState.NOT_STARTED;
        }
        var best = BestAttempt.of(attempts);
        return new CohortDashboard.Cell(state, attempts.size(), best == null ? null : best.percent(),
                best == null ? null : best.attemptId());
    }

    private CohortDashboard.HeatMap heatMap(List<Long> memberIds) {
        var profiles = readiness.profiles();
        var roles = profiles.stream().map(p -> p.title()).toList();
        Map<String, String> topics = new LinkedHashMap<>();
        Map<Long, Map<String, CohortDashboard.TopicLevel>> levels = new HashMap<>();
        Map<Long, ReadinessReport> reports = readiness.asStudentsSee(memberIds);
        for (var entry : reports.entrySet()) {
            var row = new HashMap<String, CohortDashboard.TopicLevel>();
            for (ReadinessReport.TopicAbility t : entry.getValue().topics()) {
                topics.putIfAbsent(t.topic(), t.topic());
                Integer reached = null;
                if (t.evidence() > 0) {
                    reached = -1;
                    for (int i = 0; i < profiles.size(); i++) {
                        Double required = profiles.get(i).required().get(t.topic());
                        if (required == null || t.theta() >= required) {
                            reached = i;
                        } else {
                            break;
                        }
                    }
                }
                row.put(t.topic(), new CohortDashboard.TopicLevel(t.theta(), t.standardError(), t.evidence(), reached));
            }
            levels.put(entry.getKey(), row);
        }
        return new CohortDashboard.HeatMap(topicTitles(topics), roles, levels);
    }

    private Map<String, String> topicTitles(Map<String, String> topics) {
        var named = new LinkedHashMap<String, String>();
        bank.topics().forEach(t -> {
            if (topics.containsKey(t.id())) {
                named.put(t.id(), t.title());
            }
        });
        topics.keySet().forEach(id -> named.putIfAbsent(id, id));
        return named;
    }

    private CohortAssignment assignment(long assignmentId) {
        var assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new NoSuchElementException("No such assignment"));
        ownership.cohort(assignment.cohortId());
        return assignment;
    }

    private CohortSummary summary(Cohort c) {
        return new CohortSummary(c.id(), c.name(), c.inviteCode(), c.joiningOpen(), (int) members.countByCohortId(c.id()),
                assignments.findByCohortIdOrderByAssignedAtAsc(c.id()).size(), c.createdAt());
    }

    private static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new CohortException("Give the cohort a name, e.g. \"Spring 2027 evening group\".");
        }
        if (n.length() > MAX_NAME) {
            throw new CohortException("Keep the name under " + MAX_NAME + " characters.");
        }
        return n;
    }

    private String freshCode() {
        String code;
        do {
            code = InviteCodes.next();
        } while (cohorts.existsByInviteCode(code));
        return Objects.requireNonNull(code);
    }
}
