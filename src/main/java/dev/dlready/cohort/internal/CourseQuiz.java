package dev.dlready.cohort.internal;

import dev.dlready.cohort.FeedbackTiming;
import dev.dlready.cohort.QuizSettings;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "course_quiz")
public class CourseQuiz {

    public enum Status {
        DRAFT,
        PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "time_limit_minutes")
    private @Nullable Integer timeLimitMinutes;

    @Column(name = "attempts_allowed", nullable = false)
    private int attemptsAllowed;

    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeedbackTiming feedback;

    @Column(name = "opens_at")
    private @Nullable Instant opensAt;

    @Column(name = "closes_at")
    private @Nullable Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "quiz", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseQuizQuestion> questions = new ArrayList<>();

    protected CourseQuiz() {
        this.title = "";
        this.description = "";
        this.feedback = FeedbackTiming.AFTER_SUBMISSION;
        this.status = Status.DRAFT;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public CourseQuiz(long ownerId, QuizSettings settings, Instant now) {
        this();
        this.ownerId = ownerId;
        this.createdAt = now;
        apply(settings, now);
    }

    public void apply(QuizSettings settings, Instant now) {
        this.title = settings.title();
        this.description = settings.description();
        this.timeLimitMinutes = settings.timeLimitMinutes();
        this.attemptsAllowed = settings.attemptsAllowed();
        this.shuffleQuestions = settings.shuffleQuestions();
        this.feedback = settings.feedback();
        this.opensAt = settings.opensAt();
        this.closesAt = settings.closesAt();
        this.updatedAt = now;
    }

    public QuizSettings settings() {
        return new QuizSettings(title, description, timeLimitMinutes, attemptsAllowed, shuffleQuestions, feedback, opensAt,
                closesAt);
    }

    /** Replaces the question list, keeping the given order. */
    public void setQuestions(List<String> questionIds, Instant now) {
        var keep = new ArrayList<CourseQuizQuestion>();
        for (int i = 0; i < questionIds.size(); i++) {
            String questionId = questionIds.get(i);
            var existing = questions.stream().filter(q -> q.questionId().equals(questionId)).findFirst();
            var row = existing.orElseGet(() -> new CourseQuizQuestion(this, questionId));
            row.moveTo(i);
            keep.add(row);
        }
        questions.clear();
        questions.addAll(keep);
        this.updatedAt = now;
    }

    public void publish(Instant now) {
        this.status = Status.PUBLISHED;
        this.updatedAt = now;
    }

    public void unpublish(Instant now) {
        this.status = Status.DRAFT;
        this.updatedAt = now;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long ownerId() {
        return ownerId;
    }

    public String title() {
        return title;
    }

    public Status status() {
        return status;
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public List<String> questionIds() {
        return questions.stream().map(CourseQuizQuestion::questionId).toList();
    }
}
