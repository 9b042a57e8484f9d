package dev.dlready.readiness.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The parameters one calibration run estimated for one question version, next to the declared ones it replaced. */
@Entity
@Table(name = "calibrated_item")
public class CalibratedItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "question_version_id", nullable = false)
    private long questionVersionId;

    @Column(name = "question_id", nullable = false)
    private String questionId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "topic_id", nullable = false)
    private String topicId;

    @Column(name = "declared_discrimination", nullable = false)
    private double declaredDiscrimination;

    @Column(name = "declared_difficulty", nullable = false)
    private double declaredDifficulty;

    @Column(nullable = false)
    private double discrimination;

    @Column(nullable = false)
    private double difficulty;

    @Column(nullable = false)
    private double guessing;

    @Column(nullable = false)
    private double responses;

    @Column(nullable = false)
    private int students;

    protected CalibratedItem() {
        this.questionId = "";
        this.topicId = "";
    }

    public CalibratedItem(
            long runId,
            long questionVersionId,
            String questionId,
            int versionNumber,
            String topicId,
            double declaredDiscrimination,
            double declaredDifficulty,
            double discrimination,
            double difficulty,
            double guessing,
            double responses,
            int students) {
        this.runId = runId;
        this.questionVersionId = questionVersionId;
        this.questionId = questionId;
        this.versionNumber = versionNumber;
        this.topicId = topicId;
        this.declaredDiscrimination = declaredDiscrimination;
        this.declaredDifficulty = declaredDifficulty;
        this.discrimination = discrimination;
        this.difficulty = difficulty;
        this.guessing = guessing;
        this.responses = responses;
        this.students = students;
    }

    public long runId() {
        return runId;
    }

    public long questionVersionId() {
        return questionVersionId;
    }

    public String questionId() {
        return questionId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String topicId() {
        return topicId;
    }

    public double declaredDiscrimination() {
        return declaredDiscrimination;
    }

    public double declaredDifficulty() {
        return declaredDifficulty;
    }

    public double discrimination() {
        return discrimination;
    }

    public double difficulty() {
        return difficulty;
    }

    public double guessing() {
        return guessing;
    }

    public double responses() {
        return responses;
    }

    public int students() {
        return students;
    }
}
