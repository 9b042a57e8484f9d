package dev.dlready.attempt.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "exam_attempt")
public class ExamAttempt {

    public enum Status {
        IN_PROGRESS,
        SUBMITTED,
        TIMED_OUT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private String title;

    @Column(name = "quiz_id")
    private @Nullable String quizId;

    @Column(nullable = false)
    private String topics;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    private @Nullable Double score;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    @Column(name = "focus_lost", nullable = false)
    private int focusLost;

    @Column(name = "course_quiz_id")
    private @Nullable Long courseQuizId;

    @Column(name = "immediate_feedback", nullable = false)
    private boolean immediateFeedback;

    @Version
    private long version;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ExamItem> items = new ArrayList<>();

    protected ExamAttempt() {
        this.title = "";
        this.topics = "";
        this.startedAt = Instant.EPOCH;
        this.deadline = Instant.EPOCH;
        this.status = Status.IN_PROGRESS;
    }

    public ExamAttempt(long userId, String title, @Nullable String quizId, String topics, Instant startedAt, Instant deadline) {
        this();
        this.userId = userId;
        this.title = title;
        this.quizId = quizId;
        this.topics = topics;
        this.startedAt = startedAt;
        this.deadline = deadline;
    }

    /** An attempt at a quiz an instructor set for a course, optionally with each answer checkable during the exam. */
    public static ExamAttempt forCourseQuiz(
            long userId, String title, long courseQuizId, boolean immediateFeedback, String topics, Instant startedAt,
            Instant deadline) {
        var attempt = new ExamAttempt(userId, title, null, topics, startedAt, deadline);
        attempt.courseQuizId = courseQuizId;
        attempt.immediateFeedback = immediateFeedback;
        return attempt;
    }

    public void addItem(ExamItem item) {
        items.add(item);
        maxScore = items.size();
    }

    public boolean open() {
        return status == Status.IN_PROGRESS;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(deadline);
    }

    /** Ends the attempt with the given total; called once (the version column stops a second, concurrent end). */
    public void finish(double total, Instant now, boolean timedOut) {
        if (!open()) {
            throw new IllegalStateException("Attempt already finished");
        }
        this.score = total;
        this.submittedAt = timedOut && now.isAfter(deadline) ? deadline : now;
        this.status = timedOut ? Status.TIMED_OUT : Status.SUBMITTED;
    }

    /** The exam page was hidden (another tab or window came to the front) while the attempt was open. */
    public void recordFocusLost() {
        if (open()) {
            focusLost++;
        }
    }

    public int focusLost() {
        return focusLost;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    public long userId() {
        return userId;
    }

    public String title() {
        return title;
    }

    public @Nullable String quizId() {
        return quizId;
    }

    public @Nullable Long courseQuizId() {
        return courseQuizId;
    }

    public boolean immediateFeedback() {
        return immediateFeedback;
    }

    public String topics() {
        return topics;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    public Status status() {
        return status;
    }

    public @Nullable Double score() {
        return score;
    }

    public int maxScore() {
        return maxScore;
    }

    public List<ExamItem> items() {
        return items;
    }
}
