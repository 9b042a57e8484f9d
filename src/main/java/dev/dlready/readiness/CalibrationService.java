package dev.dlready.readiness;

import dev.dlready.account.CurrentUser;
import dev.dlready.readiness.engine.ItemParameters;
import dev.dlready.readiness.internal.CalibratedItem;
import dev.dlready.readiness.internal.CalibratedItemRepository;
import dev.dlready.readiness.internal.CalibrationRun;
import dev.dlready.readiness.internal.CalibrationRunRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Item calibration for staff: instructors and administrators read the runs and their items; administrators run one. */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
@Transactional(readOnly = true)
public class CalibrationService {

    private final CalibrationRunRepository runs;
    private final CalibratedItemRepository items;
    private final Calibrator calibrator;
    private final CalibrationSettings settings;
    private final CurrentUser currentUser;

    CalibrationService(
            CalibrationRunRepository runs,
            CalibratedItemRepository items,
            Calibrator calibrator,
            CalibrationSettings settings,
            CurrentUser currentUser) {
        this.runs = runs;
        this.items = items;
        this.calibrator = calibrator;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    /** Runs, newest first, one page. */
    public List<CalibrationRunSummary> runs(int offset, int limit) {
        int size = Math.max(1, limit);
        return runs.findAll(PageRequest.of(offset / size, size, Sort.by(Sort.Direction.DESC, "id"))).stream()
                .map(CalibrationService::summary)
                .toList();
    }

    public long countRuns() {
        return runs.count();
    }

    public Optional<CalibrationRunSummary> latestRun() {
        return runs(0, 1).stream().findFirst();
    }

    /** The items one run calibrated, by topic and question, one page. */
    public List<CalibratedItemSummary> items(long runId, int offset, int limit) {
        int size = Math.max(1, limit);
        return items.findByRunIdOrderByTopicIdAscQuestionIdAscVersionNumberAsc(runId, PageRequest.of(offset / size, size))
                .stream()
                .map(CalibrationService::summary)
                .toList();
    }

    public long countItems(long runId) {
        return items.countByRunId(runId);
    }

    /** Every calibration of one question version, newest first: how its parameters moved run by run. */
    public List<CalibratedItemSummary> history(long questionVersionId) {
        return items.findByQuestionVersionIdOrderByRunIdDesc(questionVersionId).stream()
                .map(CalibrationService::summary)
                .toList();
    }

    public CalibrationSettings settings() {
        return settings;
    }

    /** Calibrates now instead of waiting for the night. Outside a transaction: the run stores its result itself. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public CalibrationRunSummary runNow() {
        var user = currentUser.require();
        return calibrator.run(user.displayName() + " (" + user.email() + ")");
    }

    static CalibrationRunSummary summary(CalibrationRun run) {
        return new CalibrationRunSummary(run.id(), run.startedAt(), run.finishedAt(), run.triggeredBy(), run.answers(),
                run.students(), run.itemsAnswered(), run.itemsCalibrated(), run.topicsCalibrated(), run.minResponses(),
                run.minStudents(), run.converged());
    }

    static CalibratedItemSummary summary(CalibratedItem item) {
        return new CalibratedItemSummary(item.runId(), item.questionVersionId(), item.questionId(), item.versionNumber(),
                item.topicId(), new ItemParameters(item.declaredDiscrimination(), item.declaredDifficulty(), item.guessing()),
                new ItemParameters(item.discrimination(), item.difficulty(), item.guessing()), item.responses(),
                item.students());
    }
}
