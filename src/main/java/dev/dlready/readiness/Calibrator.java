package dev.dlready.readiness;

import dev.dlready.attempt.ResponseArchive;
import dev.dlready.attempt.StudentAnswer;
import dev.dlready.bank.BankQuestion;
import dev.dlready.bank.QuestionVersions;
import dev.dlready.readiness.engine.Calibration;
import dev.dlready.readiness.internal.CalibratedItem;
import dev.dlready.readiness.internal.CalibratedItemRepository;
import dev.dlready.readiness.internal.CalibrationRun;
import dev.dlready.readiness.internal.CalibrationRunRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one calibration over every student's answers: per topic, the question versions with enough responses get new
 * parameters ({@link Calibration}), linked to the declared scale; the run and its rows are stored in one transaction,
 * and {@link ItemCalibration} then serves the new parameters. No role check here: callers are the nightly job and the
 * administrators' service, which checks the role.
 */
@Component
class Calibrator {

    private static final Logger log = LoggerFactory.getLogger(Calibrator.class);

    private final ResponseArchive archive;
    private final QuestionVersions versions;
    private final CalibrationRunRepository runs;
    private final CalibratedItemRepository items;
    private final ItemCalibration calibration;
    private final CalibrationSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    Calibrator(
            ResponseArchive archive,
            QuestionVersions versions,
            CalibrationRunRepository runs,
            CalibratedItemRepository items,
            ItemCalibration calibration,
            CalibrationSettings settings,
            TransactionTemplate transaction,
            Clock clock) {
        this.archive = archive;
        this.versions = versions;
        this.runs = runs;
        this.items = items;
        this.calibration = calibration;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Runs a calibration now; refuses while another one is running in this application. */
    CalibrationRunSummary run(String triggeredBy) {
        if (!running.tryLock()) {
            throw new CalibrationException(
                    "A calibration is already running. Its run appears in the list as soon as it finishes.");
        }
        try {
            return calibrate(triggeredBy);
        } finally {
            running.unlock();
        }
    }

    private CalibrationRunSummary calibrate(String triggeredBy) {
        // Databases keep microseconds: store and return the same instant.
        Instant started = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<StudentAnswer> answers = archive.forCalibration();
        var byTopic = new TreeMap<String, List<StudentAnswer>>();
        var students = new HashSet<Long>();
        var answered = new HashSet<Long>();
        for (StudentAnswer answer : answers) {
            byTopic.computeIfAbsent(answer.topic(), t -> new ArrayList<>()).add(answer);
            students.add(answer.studentId());
            answered.add(answer.questionVersionId());
        }
        var engineSettings = Calibration.Settings.DEFAULT.withThreshold(settings.minResponses(), settings.minStudents());
        Map<Long, BankQuestion> questions = new HashMap<>();
        var estimates = new ArrayList<Estimate>();
        int topics = 0;
        boolean converged = true;
        for (var entry : byTopic.entrySet()) {
            var topicItems = new ArrayList<Calibration.Item>();
            for (long versionId : new TreeSet<>(entry.getValue().stream().map(StudentAnswer::questionVersionId).toList())) {
                BankQuestion question = questions.computeIfAbsent(versionId, versions::load);
                topicItems.add(new Calibration.Item(versionId, ItemCalibration.declared(question.question())));
            }
            var responses = entry.getValue().stream()
                    .map(a -> new Calibration.Response(a.studentId(), a.questionVersionId(), a.credit(), weight(a)))
                    .toList();
            var result = Calibration.linkToDeclared(Calibration.calibrate(topicItems, responses, engineSettings));
            if (!result.calibrated().isEmpty()) {
                topics++;
                converged &= result.converged();
                if (!result.converged()) {
                    log.warn("Calibration of topic {} did not converge in {} cycles; the last estimates are kept",
                            entry.getKey(), result.cycles());
                }
            }
            for (var item : result.calibrated()) {
                estimates.add(new Estimate(entry.getKey(), questions.get(item.item()), item));
            }
        }
        Instant finished = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int topicsCalibrated = topics;
        boolean allConverged = converged;
        CalibrationRunSummary summary = transaction.execute(status -> {
            var run = runs.save(new CalibrationRun(started, finished, triggeredBy, answers.size(), students.size(),
                    answered.size(), estimates.size(), topicsCalibrated, settings.minResponses(), settings.minStudents(),
                    allConverged));
            for (Estimate e : estimates) {
                var p = e.result().calibrated();
                items.save(new CalibratedItem(run.id(), e.question().versionId(), e.question().id(),
                        e.question().versionNumber(), e.topic(), e.result().declared().discrimination(),
                        e.result().declared().difficulty(), p.discrimination(), p.difficulty(), p.guessing(),
                        e.result().responses(), e.result().students()));
            }
            return CalibrationService.summary(run);
        });
        calibration.invalidate();
        log.info("Calibration run {} by {}: {} answers from {} students, {} of {} question versions calibrated",
                summary.id(), triggeredBy, answers.size(), students.size(), estimates.size(), answered.size());
        return summary;
    }

    private static double weight(StudentAnswer answer) {
        return switch (answer.source()) {
            case EXAM -> ReadinessService.EXAM_WEIGHT;
            case PRACTICE_FIRST_TRY -> ReadinessService.PRACTICE_WEIGHT;
            case PRACTICE_RETRY -> throw new IllegalArgumentException("retries are not evidence for calibration");
        };
    }

    private record Estimate(String topic, BankQuestion question, Calibration.ItemResult result) {}
}
