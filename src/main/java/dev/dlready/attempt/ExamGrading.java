package dev.dlready.attempt;

import dev.dlready.attempt.internal.ExamAttempt;
import dev.dlready.attempt.internal.ExamItem;
import dev.dlready.bank.BankQuestion;
import dev.dlready.bank.QuestionVersions;
import dev.dlready.question.ResponseCodec;
import dev.dlready.question.engine.Scoring;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Scores every item of an attempt and closes it. Shared by submission and the timekeeper. */
@Component
class ExamGrading {

    private final QuestionVersions versions;

    ExamGrading(QuestionVersions versions) {
        this.versions = versions;
    }

    void finish(ExamAttempt attempt, Instant now, boolean timedOut) {
        double total = 0;
        for (ExamItem item : attempt.items()) {
            double credit = 0;
            if (item.response() != null) {
                BankQuestion question = versions.load(item.questionVersionId());
                credit = Scoring.score(question.question(), item.seed(), ResponseCodec.decode(item.response())).credit();
            }
            item.score(credit);
            total += credit;
        }
        attempt.finish(total, now, timedOut);
    }
}
