package dev.dlready.cohort;

import dev.dlready.account.CurrentUser;
import dev.dlready.account.Role;
import dev.dlready.cohort.internal.Cohort;
import dev.dlready.cohort.internal.CohortRepository;
import dev.dlready.cohort.internal.CourseQuiz;
import dev.dlready.cohort.internal.CourseQuizRepository;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/**
 * Whose quizzes and cohorts the signed-in instructor may reach: their own; an administrator reaches all. Something
 * that belongs to another instructor is reported exactly like something that does not exist.
 */
@Component
class Ownership {

    private final CurrentUser currentUser;
    private final CourseQuizRepository quizzes;
    private final CohortRepository cohorts;

    Ownership(CurrentUser currentUser, CourseQuizRepository quizzes, CohortRepository cohorts) {
        this.currentUser = currentUser;
        this.quizzes = quizzes;
        this.cohorts = cohorts;
    }

    long userId() {
        return currentUser.require().id();
    }

    private boolean admin() {
        return currentUser.require().role() == Role.ADMIN;
    }

    CourseQuiz quiz(long quizId) {
        var found = admin() ? quizzes.findById(quizId) : quizzes.findByIdAndOwnerId(quizId, userId());
        return found.orElseThrow(() -> new NoSuchElementException("No such quiz"));
    }

    List<CourseQuiz> quizzes() {
        return admin() ? quizzes.findAllByOrderByUpdatedAtDesc() : quizzes.findByOwnerIdOrderByUpdatedAtDesc(userId());
    }

    Cohort cohort(long cohortId) {
        var found = admin() ? cohorts.findById(cohortId) : cohorts.findByIdAndOwnerId(cohortId, userId());
        return found.orElseThrow(() -> new NoSuchElementException("No such cohort"));
    }

    List<Cohort> cohorts() {
        return admin() ? cohorts.findAllByOrderByNameAsc() : cohorts.findByOwnerIdOrderByNameAsc(userId());
    }
}
