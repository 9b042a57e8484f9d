package dev.dlready.cohort;

import dev.dlready.attempt.CourseQuizRecords;
import dev.dlready.attempt.ExamStatus;
import dev.dlready.attempt.QuizAttemptRecord;
import dev.dlready.bank.AuthoringException;
import dev.dlready.bank.AuthoringService;
import dev.dlready.bank.BankService;
import dev.dlready.cohort.engine.ItemAnalysis;
import dev.dlready.question.Question;
import dev.dlready.readiness.ItemCalibration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which questions of a quiz work. Each student counts once, with their first finished attempt: later attempts follow
 * the feedback of the first and would make questions look easier than they are. The questions analysed are those every
 * analysed attempt answered (a question retired after some attempts drops out), so each statistic compares like with
 * like. Only the quiz's owner (or an administrator) sees it.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
@Transactional(readOnly = true)
public class ItemAnalysisService {

    private final CourseQuizService quizzes;
    private final CourseQuizRecords records;
    private final BankService bank;
    private final AuthoringService authoring;
    private final ItemCalibration calibration;
    private final Ownership ownership;

    ItemAnalysisService(
            CourseQuizService quizzes,
            CourseQuizRecords records,
            BankService bank,
            AuthoringService authoring,
            ItemCalibration calibration,
            Ownership ownership) {
        this.quizzes = quizzes;
        this.records = records;
        this.bank = bank;
        this.authoring = authoring;
        this.calibration = calibration;
        this.ownership = ownership;
    }

    public QuizAnalysis analyse(long quizId) {
        var details = quizzes.quiz(quizId);
        var finished = records.attempts(quizId).stream()
                .filter(r -> r.status() != ExamStatus.IN_PROGRESS && r.submittedAt() != null)
                .sorted(Comparator.comparing((QuizAttemptRecord r) -> Objects.requireNonNull(r.submittedAt())))
                .toList();
        var firstPerStudent = new ArrayList<QuizAttemptRecord>();
        var seen = new HashSet<Long>();
        for (var r : finished) {
            if (seen.add(r.userId())) {
                firstPerStudent.add(r);
            }
        }
        // questions in the quiz's order that every analysed attempt asked
        var order = new LinkedHashSet<String>(details.questions().stream().map(QuizQuestion::id).toList());
        firstPerStudent.forEach(r -> r.items().forEach(i -> order.add(i.questionId())));
        var common = new ArrayList<String>();
        for (String id : order) {
            if (!firstPerStudent.isEmpty()
                    && firstPerStudent.stream().allMatch(r -> r.items().stream().anyMatch(i -> i.questionId().equals(id)))) {
                common.add(id);
            }
        }
        if (common.isEmpty()) {
            common.addAll(details.questions().stream().map(QuizQuestion::id).toList());
        }

        // the version most attempts asked, for options and IRT parameters
        Map<String, Long> versionOf = new HashMap<>();
        for (String id : common) {
            var counts = new HashMap<Long, Integer>();
            firstPerStudent.forEach(r -> r.items().stream().filter(i -> i.questionId().equals(id))
                    .forEach(i -> counts.merge(i.questionVersionId(), 1, Integer::sum)));
            counts.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e -> versionOf.put(id, e.getKey()));
        }
        Map<String, Question> questionOf = new HashMap<>();
        for (String id : common) {
            Long version = versionOf.get(id);
            var q = version != null ? bank.version(version) : bank.current(id);
            q.ifPresent(b -> {
                questionOf.put(id, b.question());
                versionOf.putIfAbsent(id, b.versionId());
            });
        }
        common.removeIf(id -> !questionOf.containsKey(id));

        var items = new ArrayList<ItemAnalysis.Item>();
        for (String id : common) {
            items.add(new ItemAnalysis.Item(id, 1.0, choices(questionOf.get(id))));
        }
        var attempts = new ArrayList<ItemAnalysis.Attempt>();
        for (var r : firstPerStudent) {
            var credits = new ArrayList<Double>();
            var chosen = new ArrayList<Set<Integer>>();
            for (String id : common) {
                var item = r.items().stream().filter(i -> i.questionId().equals(id)).findFirst().orElseThrow();
                credits.add(item.credit() == null ? 0.0 : item.credit());
                boolean sameVersion = Objects.equals(item.questionVersionId(), versionOf.get(id));
                chosen.add(sameVersion && item.chosenOptions() != null ? item.chosenOptions() : Set.of());
            }
            attempts.add(new ItemAnalysis.Attempt(credits, chosen));
        }
        if (items.isEmpty()) {
            throw new CohortException("This quiz has no questions to analyse yet: add questions in the quiz builder.");
        }
        var statistics = ItemAnalysis.analyse(items, attempts);
        var rowsById = new HashMap<String, QuizQuestion>();
        details.questions().forEach(q -> rowsById.put(q.id(), q));
        var rows = new ArrayList<QuizAnalysis.Row>();
        for (int i = 0; i < common.size(); i++) {
            String id = common.get(i);
            Question question = questionOf.get(id);
            long versionId = versionOf.get(id);
            var irt = calibration.parameters(versionId);
            var meta = question.meta();
            var row = rowsById.getOrDefault(id, new QuizQuestion(id, meta.topic(), meta.topic(), question.type().key(),
                    meta.level().key(), meta.difficulty(), CourseQuizService.excerpt(meta.stem()), false, false));
            rows.add(new QuizAnalysis.Row(row, statistics.items().get(i), optionTexts(question), irt.discrimination(),
                    irt.difficulty(), irt.guessing(), calibration.isCalibrated(versionId),
                    bank.version(versionId).map(b -> b.versionNumber()).orElse(null)));
        }
        return new QuizAnalysis(quizId, details.settings().title(), firstPerStudent.size(),
                finished.size() - firstPerStudent.size(), statistics, rows);
    }

    /** Removes a question from the quiz (only while nobody has attempted it; see {@link CourseQuizService}). */
    @Transactional
    public void removeFromQuiz(long quizId, String questionId) {
        var ids = new ArrayList<>(ownership.quiz(quizId).questionIds());
        ids.remove(questionId);
        quizzes.setQuestions(quizId, ids);
    }

    /**
     * Retires a question written in the app from the whole bank: future attempts of every quiz leave it out, and the
     * statistics of this quiz stop counting it once new attempts come in. Questions from files are fixed in their file.
     */
    @Transactional
    public void retire(long quizId, String questionId) {
        if (!ownership.quiz(quizId).questionIds().contains(questionId)) {
            throw new CohortException("This question is not part of the quiz.");
        }
        try {
            authoring.retire(questionId);
        } catch (AuthoringException e) {
            throw new CohortException(e.getMessage());
        }
    }

    private static ItemAnalysis.@Nullable Choices choices(Question question) {
        if (question instanceof Question.Choice c) {
            var correct = new HashSet<Integer>();
            for (int i = 0; i < c.options().size(); i++) {
                if (c.options().get(i).correct()) {
                    correct.add(i);
                }
            }
            return new ItemAnalysis.Choices(c.options().size(), correct);
        }
        return null;
    }

    private static List<String> optionTexts(Question question) {
        if (question instanceof Question.Choice c) {
            return c.options().stream().map(Question.Option::text).toList();
        }
        return List.of();
    }
}
