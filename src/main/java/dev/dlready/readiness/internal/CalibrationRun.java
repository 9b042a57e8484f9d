package dev.dlready.readiness.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One run of the calibration job: when, who started it, what it read and how many items it calibrated. */
@Entity
@Table(name = "calibration_run")
public class CalibrationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(name = "triggered_by", nullable = false)
    private String triggeredBy;

    @Column(nullable = false)
    private int answers;

    @Column(nullable = false)
    private int students;

    @Column(name = "items_answered", nullable = false)
    private int itemsAnswered;

    @Column(name = "items_calibrated", nullable = false)
    private int itemsCalibrated;

    @Column(name = "topics_calibrated", nullable = false)
    private int topicsCalibrated;

    @Column(name = "min_responses", nullable = false)
    private double minResponses;

    @Column(name = "min_students", nullable = false)
    private int minStudents;

    @Column(nullable = false)
    private boolean converged;

    protected CalibrationRun() {
        this.startedAt = Instant.EPOCH;
        this.finishedAt = Instant.EPOCH;
        this.triggeredBy = "";
    }

    public CalibrationRun(
            Instant startedAt,
            Instant finishedAt,
            String triggeredBy,
            int answers,
            int students,
            int itemsAnswered,
            int itemsCalibrated,
            int topicsCalibrated,
            double minResponses,
            int minStudents,
            boolean converged) {
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.triggeredBy = triggeredBy.length() > 400 ? triggeredBy.substring(0, 400) : triggeredBy;
        this.answers = answers;
        this.students = students;
        this.itemsAnswered = itemsAnswered;
        this.itemsCalibrated = itemsCalibrated;
        this.topicsCalibrated = topicsCalibrated;
        this.minResponses = minResponses;
        this.minStudents = minStudents;
        this.converged = converged;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String triggeredBy() {
        return triggeredBy;
    }

    public int answers() {
        return answers;
    }

    public int students() {
        return students;
    }

    public int itemsAnswered() {
        return itemsAnswered;
    }

    public int itemsCalibrated() {
        return itemsCalibrated;
    }

    public int topicsCalibrated() {
        return topicsCalibrated;
    }

    public double minResponses() {
        return minResponses;
    }

    public int minStudents() {
        return minStudents;
    }

    public boolean converged() {
        return converged;
    }
}
