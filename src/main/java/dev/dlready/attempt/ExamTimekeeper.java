package dev.dlready.attempt;

import dev.dlready.attempt.internal.ExamAttemptRepository;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits exams whose time is up, even when nobody has the page open. The server's clock is the only one that counts.
 */
@Component
public class ExamTimekeeper {

    private static final Logger log = LoggerFactory.getLogger(ExamTimekeeper.class);

    private final ExamAttemptRepository attempts;
    private final ExamGrading grading;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ExamTimekeeper(ExamAttemptRepository attempts, ExamGrading grading, TransactionTemplate transaction, Clock clock) {
        this.attempts = attempts;
        this.grading = grading;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dlready.exams.timekeeper-interval:PT10S}")
    public int submitOverdueExams() {
        int closed = 0;
        for (long id : attempts.findOverdue(clock.instant())) {
            try {
                Boolean done = transaction.execute(status -> closeIfOverdue(id));
                if (Boolean.TRUE.equals(done)) {
                    closed++;
                }
            } catch (OptimisticLockingFailureException e) {
                log.debug("Exam {} was submitted concurrently", id);
            }
        }
        return closed;
    }

    /** Closes one attempt if its time is up; the caller holds a transaction. */
    boolean closeIfOverdue(long id) {
        var attempt = attempts.findById(id).orElse(null);
        if (attempt == null || !attempt.open() || !attempt.expiredAt(clock.instant())) {
            return false;
        }
        grading.finish(attempt, clock.instant(), true);
        return true;
    }
}
