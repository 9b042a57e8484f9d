package dev.dlready.bank;

import dev.dlready.bank.internal.ContentProblemRepository;
import dev.dlready.bank.internal.QuestionEntity;
import dev.dlready.bank.internal.QuestionRepository;
import dev.dlready.bank.internal.QuestionVersionEntity;
import dev.dlready.bank.internal.QuestionVersionRepository;
import dev.dlready.bank.internal.TopicEntity;
import dev.dlready.bank.internal.TopicRepository;
import dev.dlready.content.ContentProblem;
import dev.dlready.content.ContentReader;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the bank for signed-in users. Keys are inside {@link BankQuestion}: callers decide what to show. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class BankService {

    private final TopicRepository topics;
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final ContentProblemRepository problems;
    private final dev.dlready.bank.internal.QuizRepository quizzes;

    BankService(
            TopicRepository topics,
            QuestionRepository questions,
            QuestionVersionRepository versions,
            ContentProblemRepository problems,
            dev.dlready.bank.internal.QuizRepository quizzes) {
        this.topics = topics;
        this.questions = questions;
        this.versions = versions;
        this.problems = problems;
        this.quizzes = quizzes;
    }

    /** Active quizzes of the bank, by topic order then title. */
    public List<QuizSummary> quizzes() {
        var order = new HashMap<String, Integer>();
        topics.findAllByOrderByPositionAsc().forEach(t -> order.put(t.id(), t.position()));
        return quizzes.findAll().stream()
                .filter(q -> !q.retired())
                .sorted(java.util.Comparator.<dev.dlready.bank.internal.QuizEntity>comparingInt(
                                q -> order.getOrDefault(q.topicId(), 999))
                        .thenComparing(dev.dlready.bank.internal.QuizEntity::title))
                .map(this::quizSummary)
                .filter(q -> q.questionCount() > 0)
                .toList();
    }

    public Optional<QuizSummary> quiz(String quizId) {
        return quizzes.findById(quizId).filter(q -> !q.retired()).map(this::quizSummary);
    }

    /** The current version of each active question of a quiz, in file order. */
    public List<BankQuestion> quizQuestions(String quizId) {
        var entities = questions.findByQuizIdAndRetiredFalseOrderByPositionAsc(quizId);
        if (entities.isEmpty()) {
            return List.of();
        }
        return currentVersions(entities);
    }

    private QuizSummary quizSummary(dev.dlready.bank.internal.QuizEntity q) {
        return new QuizSummary(q.id(), q.title(), q.topicId(), q.description(), q.timeLimitMinutes(),
                questions.findByQuizIdAndRetiredFalseOrderByPositionAsc(q.id()).size());
    }

    public List<TopicSummary> topics() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : questions.countActiveByTopic()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return topics.findAllByOrderByPositionAsc().stream()
                .map(t -> summary(t, counts.getOrDefault(t.id(), 0L)))
                .toList();
    }

    private static TopicSummary summary(TopicEntity t, long count) {
        return new TopicSummary(t.id(), t.title(), t.skill(), t.description(), t.prerequisites(), count);
    }

    /** The current version of every active question matching the filter, in bank order. */
    public List<BankQuestion> forPractice(PracticeFilter filter) {
        if (filter.topics().isEmpty()) {
            return List.of();
        }
        List<QuestionEntity> matching = questions.findForPractice(
                filter.topics(),
                filter.level() == null ? null : filter.level().key(),
                filter.minDifficulty(),
                filter.maxDifficulty());
        if (matching.isEmpty()) {
            return List.of();
        }
        return currentVersions(matching);
    }

    /** The current version of each question, in the order given. */
    private List<BankQuestion> currentVersions(List<QuestionEntity> entities) {
        Map<String, QuestionVersionEntity> byId = new HashMap<>();
        versions.findCurrent(entities.stream().map(QuestionEntity::id).toList()).forEach(v -> byId.put(v.questionId(), v));
        return entities.stream()
                .map(q -> byId.get(q.id()))
                .filter(v -> v != null)
                .map(BankService::toBankQuestion)
                .toList();
    }

    /** One exact version, e.g. the one an attempt asked. */
    public Optional<BankQuestion> version(long versionId) {
        return versions.findById(versionId).map(BankService::toBankQuestion);
    }

    public Optional<BankQuestion> current(String questionId) {
        return questions.findById(questionId)
                .flatMap(q -> versions.findByQuestionIdAndNumber(q.id(), q.currentVersion()))
                .map(BankService::toBankQuestion);
    }

    /** Which of these questions are still in the bank (known and not retired). */
    public Set<String> activeQuestionIds(Collection<String> questionIds) {
        if (questionIds.isEmpty()) {
            return Set.of();
        }
        return questions.findAllById(questionIds).stream()
                .filter(q -> !q.retired())
                .map(QuestionEntity::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Which of these questions were written in the app (and so can be edited or retired there). */
    public Set<String> writtenInApp(Collection<String> questionIds) {
        if (questionIds.isEmpty()) {
            return Set.of();
        }
        return questions.findAllById(questionIds).stream()
                .filter(q -> q.quizId() == null)
                .map(QuestionEntity::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    static BankQuestion toBankQuestion(QuestionVersionEntity version) {
        return new BankQuestion(version.id(), version.number(), ContentReader.parseQuestion(version.definition()));
    }

    public BankOverview overview() {
        return new BankOverview(
                (int) topics.count(), questions.countByRetiredFalse(), (int) problems.count());
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public List<ContentProblem> contentProblems() {
        return problems.findAllByOrderByFileAscLineAsc().stream()
                .map(p -> new ContentProblem(p.file(), p.line(), p.field(), p.message()))
                .toList();
    }
}
