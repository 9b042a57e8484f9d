package dev.dlready.cohort.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "course_quiz_question")
public class CourseQuizQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_id")
    private @Nullable CourseQuiz quiz;

    @Column(nullable = false)
    private int position;

    @Column(name = "question_id", nullable = false)
    private String questionId;

    protected CourseQuizQuestion() {
        this.questionId = "";
    }

    CourseQuizQuestion(CourseQuiz quiz, String questionId) {
        this.quiz = quiz;
        this.questionId = questionId;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public String questionId() {
        return questionId;
    }

    public int position() {
        return position;
    }
}
