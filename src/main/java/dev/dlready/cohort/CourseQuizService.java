package dev.dlready.cohort;

import dev.dlready.attempt.CourseQuizRecords;
import dev.dlready.bank.AuthoringService;
import dev.dlready.bank.BankQuestion;
import dev.dlready.bank.BankService;
import dev.dlready.bank.ExportFile;
import dev.dlready.bank.ExportFormat;
import dev.dlready.bank.PracticeFilter;
import dev.dlready.bank.QuestionRow;
import dev.dlready.bank.QuestionSearch;
import dev.dlready.bank.QuestionTransferService;
import dev.dlready.bank.TransferException;
import dev.dlready.cohort.internal.CohortAssignmentRepository;
import dev.dlready.cohort.internal.CohortRepository;
import dev.dlready.cohort.internal.CourseQuiz;
import dev.dlready.cohort.internal.CourseQuizRepository;
import dev.dlready.question.Presentation;
import dev.dlready.question.QuestionToAsk;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instructor's quiz builder: questions from the bank chosen by hand or drawn by rule, settings, draft and
 * published. Once a student has attempted a quiz its question list is fixed, so every attempt answers the same
 * questions and the item statistics compare like with like; its settings (dates, time, attempts) can still change.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
@Transactional
public class CourseQuizService {

    /** The most questions a quiz may hold. */
    public static final int MAX_QUESTIONS = 100;

    private final CourseQuizRepository quizzes;
    private final CohortRepository cohorts;
    private final CohortAssignmentRepository assignments;
    private final CourseQuizRecords records;
    private final BankService bank;
    private final AuthoringService authoring;
    private final QuestionTransferService transfer;
    private final Ownership ownership;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

    CourseQuizService(
            CourseQuizRepository quizzes,
            CohortRepository cohorts,
            CohortAssignmentRepository assignments,
            CourseQuizRecords records,
            BankService bank,
            AuthoringService authoring,
            QuestionTransferService transfer,
            Ownership ownership,
            Clock clock) {
        this.quizzes = quizzes;
        this.cohorts = cohorts;
        this.assignments = assignments;
        this.records = records;
        this.bank = bank;
        this.authoring = authoring;
        this.transfer = transfer;
        this.ownership = ownership;
        this.clock = clock;
    }

    /** The signed-in instructor's quizzes, most recently changed first (an administrator sees everyone's). */
    @Transactional(readOnly = true)
    public List<CourseQuizSummary> myQuizzes() {
        return ownership.quizzes().stream()
                .map(q -> new CourseQuizSummary(q.id(), q.title(), q.published(), q.questionIds().size(),
                        (int) assignments.countByQuizId(q.id()), records.count(q.id()), q.updatedAt()))
                .toList();
    }

    public long create(QuizSettings settings) {
        return quizzes.save(new CourseQuiz(ownership.userId(), settings, clock.instant())).id();
    }

    @Transactional(readOnly = true)
    public CourseQuizDetails quiz(long quizId) {
        var quiz = ownership.quiz(quizId);
        var cohortNames = assignments.findByQuizId(quizId).stream()
                .map(a -> cohorts.findById(a.cohortId()).map(c -> c.name()).orElse(""))
                .filter(name -> !name.isEmpty())
                .sorted()
                .toList();
        return new CourseQuizDetails(quiz.id(), quiz.settings(), quiz.published(), quiz.version(),
                rows(quiz.questionIds()), cohortNames, records.count(quizId));
    }

    /** Saves the settings; {@code version} is the one the form was loaded with, so a concurrent change is reported. */
    public void saveSettings(long quizId, QuizSettings settings, long version) {
        var quiz = ownership.quiz(quizId);
        if (quiz.version() != version) {
            throw new CohortException(
                    "Someone else changed this quiz while you were editing. Reload it to see their change, then apply yours again.");
        }
        quiz.apply(settings, clock.instant());
        try {
            quizzes.saveAndFlush(quiz);
        } catch (OptimisticLockingFailureException e) {
            throw new CohortException(
                    "Someone else changed this quiz at the same moment. Reload it to see their change, then apply yours again.");
        }
    }

    /** Replaces the quiz's questions (the order given is the order students see unless questions are shuffled). */
    public void setQuestions(long quizId, List<String> questionIds) {
        var quiz = ownership.quiz(quizId);
        var wanted = List.copyOf(new LinkedHashSet<>(questionIds));
        if (wanted.equals(quiz.questionIds())) {
            return;
        }
        if (records.count(quizId) > 0) {
            throw new CohortException("Students have attempted this quiz, so its questions are fixed and results stay"
                    + " comparable. Duplicate the quiz to change its questions.");
        }
        if (wanted.size() > MAX_QUESTIONS) {
            throw new CohortException("A quiz holds at most " + MAX_QUESTIONS + " questions.");
        }
        var added = new ArrayList<>(wanted);
        added.removeAll(quiz.questionIds());
        var unknown = new ArrayList<>(added);
        unknown.removeAll(bank.activeQuestionIds(added));
        if (!unknown.isEmpty()) {
            throw new CohortException("These questions are not in the bank (or were retired): " + String.join(", ", unknown));
        }
        quiz.setQuestions(wanted, clock.instant());
    }

    /**
     * Draws questions by rule, at random among the active questions that match and are not in the quiz yet. Returns
     * fewer than asked when fewer match; nothing is added until the instructor keeps them.
     */
    @Transactional(readOnly = true)
    public List<QuizQuestion> draw(long quizId, QuestionRule rule) {
        var quiz = ownership.quiz(quizId);
        Set<String> present = Set.copyOf(quiz.questionIds());
        var pool = new ArrayList<>(bank.forPractice(new PracticeFilter(List.of(rule.topic()), rule.level(),
                        rule.minDifficulty(), rule.maxDifficulty())).stream()
                .filter(q -> !present.contains(q.id()))
                .toList());
        Collections.shuffle(pool, Random.from(random));
        return rows(pool.stream().limit(rule.count()).map(BankQuestion::id).toList());
    }

    /** Bank questions to pick by hand, a page at a time. */
    @Transactional(readOnly = true)
    public List<QuizQuestion> searchBank(QuestionSearch filter, int offset, int limit) {
        return rows(authoring.search(filter, offset, limit).stream().map(QuestionRow::id).toList());
    }

    @Transactional(readOnly = true)
    public long countBank(QuestionSearch filter) {
        return authoring.count(filter);
    }

    /** Topic ids and titles, for the pickers. */
    @Transactional(readOnly = true)
    public Map<String, String> topics() {
        return authoring.topicTitles();
    }

    /** The quiz's active questions exactly as a student sees them (one fixed variant each), for the author's preview. */
    @Transactional(readOnly = true)
    public List<QuestionToAsk> preview(long quizId) {
        var ids = ownership.quiz(quizId).questionIds();
        Set<String> active = bank.activeQuestionIds(ids);
        return ids.stream()
                .filter(active::contains)
                .map(bank::current)
                .flatMap(java.util.Optional::stream)
                .map(q -> Presentation.present(q.question(), 1L))
                .toList();
    }

    /**
     * The quiz's questions as a file to take to Moodle (GIFT or Moodle XML) or to commit under {@code quizzes/}, with
     * a note for each thing the format cannot carry.
     */
    @Transactional(readOnly = true)
    public ExportFile export(long quizId, ExportFormat format) {
        var quiz = ownership.quiz(quizId);
        try {
            return transfer.export(format, quiz.questionIds(), quiz.title());
        } catch (TransferException e) {
            throw new CohortException(e.getMessage());
        }
    }

    public void publish(long quizId) {
        var quiz = ownership.quiz(quizId);
        var ids = quiz.questionIds();
        if (bank.activeQuestionIds(ids).isEmpty()) {
            throw new CohortException("Add at least one question before publishing.");
        }
        quiz.publish(clock.instant());
    }

    /** Back to draft: students no longer see it. Refused once someone has attempted it. */
    public void unpublish(long quizId) {
        var quiz = ownership.quiz(quizId);
        if (records.count(quizId) > 0) {
            throw new CohortException("Students have attempted this quiz, so it stays published. Close it with a close date instead.");
        }
        quiz.unpublish(clock.instant());
    }

    /** A draft copy with the same settings and questions, for changing a quiz students have already attempted. */
    public long duplicate(long quizId) {
        var source = ownership.quiz(quizId);
        var settings = source.settings();
        String title = ("Copy of " + settings.title());
        if (title.length() > QuizSettings.MAX_TITLE) {
            title = title.substring(0, QuizSettings.MAX_TITLE);
        }
        var copy = new CourseQuiz(ownership.userId(), new QuizSettings(title, settings.description(),
                settings.timeLimitMinutes(), settings.attemptsAllowed(), settings.shuffleQuestions(), settings.feedback(),
                settings.opensAt(), settings.closesAt()), clock.instant());
        copy.setQuestions(source.questionIds(), clock.instant());
        return quizzes.save(copy).id();
    }

    /** Deletes a quiz nobody has attempted and no cohort has been given. */
    public void delete(long quizId) {
        var quiz = ownership.quiz(quizId);
        if (records.count(quizId) > 0 || assignments.countByQuizId(quizId) > 0) {
            throw new CohortException("This quiz is assigned to a cohort or has attempts; remove the assignment first,"
                    + " or keep it and close it with a close date.");
        }
        quizzes.delete(quiz);
    }

    private List<QuizQuestion> rows(List<String> questionIds) {
        Set<String> active = bank.activeQuestionIds(questionIds);
        Set<String> inApp = bank.writtenInApp(questionIds);
        Map<String, String> titles = new HashMap<>(authoring.topicTitles());
        var rows = new ArrayList<QuizQuestion>();
        for (String id : questionIds) {
            bank.current(id).ifPresentOrElse(
                    q -> {
                        var meta = q.question().meta();
                        rows.add(new QuizQuestion(id, meta.topic(), titles.getOrDefault(meta.topic(), meta.topic()),
                                q.question().type().key(), meta.level().key(), meta.difficulty(), excerpt(meta.stem()),
                                active.contains(id), inApp.contains(id)));
                    },
                    () -> rows.add(new QuizQuestion(id, "", "", "", "", 0, "(no longer in the bank)", false, false)));
        }
        return rows;
    }

    /** The stem on one line, cut to about 160 characters without leaving a formula open. */
    static String excerpt(String stem) {
        String flat = stem.replaceAll("(?s)```.*?```", " [code] ").replaceAll("\\s+", " ").strip();
        if (flat.length() <= 160) {
            return flat;
        }
        String cut = flat.substring(0, 157);
        if (cut.replace("\\$", "").chars().filter(c -> c == '$').count() % 2 == 1) {
            cut = cut.substring(0, cut.lastIndexOf('$'));
            if (cut.endsWith("$")) {
                cut = cut.substring(0, cut.length() - 1);
            }
        }
        return cut.stripTrailing() + " …";
    }
}
