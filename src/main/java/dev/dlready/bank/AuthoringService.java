package dev.dlready.bank;

import dev.dlready.account.CurrentUser;
import dev.dlready.base.text.LikePattern;
import dev.dlready.bank.internal.QuestionEntity;
import dev.dlready.bank.internal.QuestionRepository;
import dev.dlready.bank.internal.QuestionVersionEntity;
import dev.dlready.bank.internal.QuestionVersionRepository;
import dev.dlready.bank.internal.QuizRepository;
import dev.dlready.bank.internal.TopicRepository;
import dev.dlready.content.ContentProblem;
import dev.dlready.content.ContentReader;
import dev.dlready.content.QuestionYaml;
import dev.dlready.content.QuizDefinition;
import dev.dlready.question.KeyDescription;
import dev.dlready.question.Placeholders;
import dev.dlready.question.Presentation;
import dev.dlready.question.Question;
import dev.dlready.question.Variants;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing questions in the browser. Questions written here live in the bank without a quiz file; every save is a new
 * version (attempts keep the version they asked). Questions loaded from quiz files are read-only here: their file is
 * the reviewed source of truth, and a copy can be made to edit. A save names the version it started from, so a
 * concurrent save by someone else is reported instead of overwritten.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
@Transactional(readOnly = true)
public class AuthoringService {

    /** The most a question's text may hold. */
    public static final int MAX_YAML_CHARS = 20_000;

    public static final String TEMPLATE = """
            id: my-new-question
            type: single_choice
            topic: transformers
            level: intern
            difficulty: 2
            skills: [attention]
            stem: |
              Why does scaled dot-product attention divide the scores by $\\sqrt{d_k}$?
            options:
              - text: To keep the softmax out of its saturated region when $d_k$ is large.
                correct: true
              - text: To make the attention weights sum to one.
                feedback: The softmax already normalises the weights; the scale changes how peaked they are.
              - text: To reduce the memory the score matrix needs.
                feedback: Scaling a matrix by a constant does not change its size.
            explanation: |
              With unit-variance queries and keys, a dot product over $d_k$ dimensions has variance $d_k$. Large scores
              push the softmax towards one-hot outputs whose gradients vanish; dividing by $\\sqrt{d_k}$ restores unit
              variance.
            references:
              - "Vaswani et al., Attention Is All You Need (2017), section 3.2.1"
            """;

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final QuizRepository quizzes;
    private final TopicRepository topics;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuthoringService(QuestionRepository questions, QuestionVersionRepository versions, QuizRepository quizzes,
            TopicRepository topics, CurrentUser currentUser, Clock clock) {
        this.questions = questions;
        this.versions = versions;
        this.quizzes = quizzes;
        this.topics = topics;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Checks a draft with the file validator's rules and renders one variant of it (chosen by {@code seed}). */
    public QuestionPreview preview(String yaml, long seed) {
        if (yaml.length() > MAX_YAML_CHARS) {
            return new QuestionPreview(List.of(new ContentProblem("question", 0, "",
                    "longer than " + MAX_YAML_CHARS + " characters; split it into several questions")), null, null, null);
        }
        var check = ContentReader.checkQuestion("question", yaml, topicIds());
        Question question = check.question();
        if (!check.valid() || question == null) {
            return new QuestionPreview(check.problems(), null, null, null);
        }
        return new QuestionPreview(List.of(), Presentation.present(question, seed), KeyDescription.describe(question, seed),
                Placeholders.fill(question.meta().explanation(), Variants.pick(question, seed)));
    }

    /** A question as the editor opens it. */
    public EditableQuestion open(String questionId) {
        var entity = questions.findById(questionId).filter(q -> !q.retired())
                .orElseThrow(() -> new NoSuchElementException("No question " + questionId));
        return editable(entity);
    }

    /**
     * Saves a new question ({@code questionId} null) or a new version of one written in the app.
     *
     * @param baseVersion the version the editor opened (0 for a new question)
     * @throws AuthoringException when the text has problems, the id is taken, or the question comes from a file
     * @throws AuthoringConflict when someone saved a newer version since {@code baseVersion}
     */
    @Transactional
    public EditableQuestion save(@Nullable String questionId, String yaml, int baseVersion) {
        long author = currentUser.require().id();
        if (yaml.length() > MAX_YAML_CHARS) {
            throw new AuthoringException("The question is longer than " + MAX_YAML_CHARS + " characters.");
        }
        var check = ContentReader.checkQuestion("question", yaml, topicIds());
        Question question = check.question();
        if (!check.valid() || question == null) {
            throw new AuthoringException("The question has " + check.problems().size()
                    + (check.problems().size() == 1 ? " problem" : " problems") + "; fix them and save again.",
                    check.problems());
        }
        String text = QuestionYaml.write(question);
        String hash = ContentSync.sha256(text);
        var now = clock.instant();
        if (questionId == null) {
            if (questions.existsById(question.id())) {
                throw new AuthoringException("The id " + question.id() + " is already used in the bank. Ids are unique "
                        + "and never reused: choose another.");
            }
            var entity = new QuestionEntity(question.id());
            entity.describe(question, null, 0, 1, now);
            entity.authoredBy(author);
            questions.save(entity);
            versions.save(new QuestionVersionEntity(question.id(), 1, hash, text, now, author));
            return editable(entity);
        }
        var entity = questions.findById(questionId).filter(q -> !q.retired())
                .orElseThrow(() -> new NoSuchElementException("No question " + questionId));
        if (entity.quizId() != null) {
            throw new AuthoringException("This question comes from a quiz file; change it in the file, or make a copy "
                    + "to edit here.");
        }
        if (!question.id().equals(questionId)) {
            throw new AuthoringException("The id cannot change (it is " + questionId + "); to make a different "
                    + "question, start a new one.");
        }
        if (entity.currentVersion() != baseVersion) {
            throw new AuthoringConflict(editable(entity));
        }
        var latest = versions.findByQuestionIdAndNumber(questionId, entity.currentVersion()).orElseThrow();
        if (latest.contentHash().equals(hash)) {
            return editable(entity);
        }
        int next = entity.currentVersion() + 1;
        versions.save(new QuestionVersionEntity(questionId, next, hash, text, now, author));
        entity.describe(question, null, 0, next, now);
        questions.saveAndFlush(entity);
        return editable(entity);
    }

    /**
     * Retires a question written in the app: it leaves the bank, practice and future quiz attempts; past attempts keep
     * the version they asked. Questions from quiz files are retired by removing them from their file.
     */
    @Transactional
    public void retire(String questionId) {
        var entity = questions.findById(questionId)
                .orElseThrow(() -> new NoSuchElementException("No question " + questionId));
        if (entity.quizId() != null) {
            throw new AuthoringException("This question comes from a quiz file; remove it from the file to retire it.");
        }
        entity.retire(clock.instant());
    }

    /** A copy of any question under a new id, for editing in the app. */
    public String copyText(String questionId) {
        var source = open(questionId);
        String base = questionId.length() > 100 ? questionId.substring(0, 100) : questionId;
        String id = base + "-copy";
        for (int i = 2; questions.existsById(id); i++) {
            id = base + "-copy-" + i;
        }
        return source.yaml().replaceFirst("(?m)^id: .*$", "id: " + id);
    }

    /** Active questions matching the filters, a page at a time. */
    public List<QuestionRow> search(QuestionSearch filter, int offset, int limit) {
        int size = Math.max(1, limit);
        Map<String, String> files = quizzes.findAll().stream()
                .filter(q -> !q.sourceFileOrEmpty().isEmpty())
                .collect(Collectors.toMap(q -> q.id(), q -> q.sourceFileOrEmpty(), (a, b) -> a));
        return questions.search(LikePattern.containing(filter.text()), filter.topic(), filter.type(), filter.level(),
                        filter.writtenInApp(), PageRequest.of(offset / size, size))
                .stream()
                .map(q -> new QuestionRow(q.id(), q.topicId(), q.type(), q.level(), q.difficulty(), q.currentVersion(),
                        q.quizId() == null ? null : files.getOrDefault(q.quizId(), q.quizId()), q.updatedAt()))
                .toList();
    }

    public long count(QuestionSearch filter) {
        return questions.countSearch(LikePattern.containing(filter.text()), filter.topic(), filter.type(), filter.level(),
                filter.writtenInApp());
    }

    /**
     * The questions of a topic written in the app, as a quiz file in the quizzes/ format (ready to review and commit as
     * {@code quizzes/<topic>/<quiz id>.yaml}).
     */
    public String exportTopic(String topicId) {
        var topic = topics.findById(topicId).orElseThrow(() -> new NoSuchElementException("No topic " + topicId));
        var entities = questions.findByQuizIdIsNullAndRetiredFalseAndTopicIdOrderByIdAsc(topicId);
        if (entities.isEmpty()) {
            throw new AuthoringException("No questions of " + topic.title() + " have been written in the app yet.");
        }
        var current = versions.findCurrent(entities.stream().map(QuestionEntity::id).toList());
        List<Question> list = current.stream().map(v -> ContentReader.parseQuestion(v.definition())).toList();
        String quizId = topicId + "-from-the-app";
        var quiz = new QuizDefinition(quizId, topic.title() + ": questions written in the app", topicId,
                "Exported from DL Ready on " + LocalDate.now(clock) + "; review before committing.", null,
                new QuizDefinition.Review("(to be filled in by the reviewer)", LocalDate.now(clock).toString(),
                        "Exported from the app; not reviewed yet."),
                list, topicId + "/" + quizId + ".yaml");
        return QuestionYaml.writeQuiz(quiz);
    }

    /** Topic ids and titles, for the editor's pickers. */
    public Map<String, String> topicTitles() {
        var titles = new java.util.LinkedHashMap<String, String>();
        topics.findAll().stream().sorted(java.util.Comparator.comparingInt(t -> t.position()))
                .forEach(t -> titles.put(t.id(), t.title()));
        return titles;
    }

    private Set<String> topicIds() {
        var ids = new HashSet<String>();
        topics.findAll().forEach(t -> ids.add(t.id()));
        return ids;
    }

    private EditableQuestion editable(QuestionEntity entity) {
        var version = versions.findByQuestionIdAndNumber(entity.id(), entity.currentVersion()).orElseThrow();
        String file = entity.quizId() == null ? null
                : quizzes.findById(entity.quizId()).map(q -> q.sourceFileOrEmpty())
                        .filter(f -> !f.isEmpty()).orElse(entity.quizId());
        return new EditableQuestion(entity.id(), version.definition(), entity.currentVersion(), entity.quizId() == null,
                file, entity.updatedAt());
    }
}
