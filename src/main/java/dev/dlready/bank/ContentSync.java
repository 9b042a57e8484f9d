package dev.dlready.bank;

import dev.dlready.bank.internal.ContentProblemEntity;
import dev.dlready.bank.internal.ContentProblemRepository;
import dev.dlready.bank.internal.QuestionEntity;
import dev.dlready.bank.internal.QuestionRepository;
import dev.dlready.bank.internal.QuestionVersionEntity;
import dev.dlready.bank.internal.QuestionVersionRepository;
import dev.dlready.bank.internal.QuizEntity;
import dev.dlready.bank.internal.QuizRepository;
import dev.dlready.bank.internal.TopicEntity;
import dev.dlready.bank.internal.TopicRepository;
import dev.dlready.content.ContentBank;
import dev.dlready.content.ContentProblem;
import dev.dlready.content.ContentReader;
import dev.dlready.content.QuestionYaml;
import dev.dlready.content.QuizDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the bank in line with the quiz files. Idempotent: unchanged files change nothing. An edited question gets a
 * new version (old versions stay, so past attempts show what was asked); a question removed from its file is retired,
 * never deleted. Questions of a file that currently fails to parse are left untouched.
 */
@Service
public class ContentSync {

    private static final Logger log = LoggerFactory.getLogger(ContentSync.class);
    private static final Pattern QUESTION_FIELD = Pattern.compile("^questions\\[([a-z0-9-]+)]");

    private final ContentSettings settings;
    private final TopicRepository topics;
    private final QuizRepository quizzes;
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final ContentProblemRepository problems;
    private final Clock clock;

    ContentSync(
            ContentSettings settings,
            TopicRepository topics,
            QuizRepository quizzes,
            QuestionRepository questions,
            QuestionVersionRepository versions,
            ContentProblemRepository problems,
            Clock clock) {
        this.settings = settings;
        this.topics = topics;
        this.quizzes = quizzes;
        this.questions = questions;
        this.versions = versions;
        this.problems = problems;
        this.clock = clock;
    }

    /** Reloads the files on an administrator's request. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public SyncReport reload() {
        return synchronise();
    }

    /** Loads the files; used at start-up (no user is signed in then). */
    @Transactional
    public SyncReport synchronise() {
        Path folder = Path.of(settings.folder());
        ContentBank bank;
        String source;
        if (Files.isDirectory(folder)) {
            bank = ContentReader.read(folder);
            source = folder.toAbsolutePath().normalize().toString();
        } else {
            bank = readPackaged();
            source = "the packaged quizzes";
        }
        SyncReport report = apply(bank, source);
        log.info("{}", report);
        bank.problems().forEach(p -> log.warn("Content problem: {}", p));
        return report;
    }

    /** Applies already-read content; also the entry point for tests with fixture folders. */
    @Transactional
    public SyncReport apply(ContentBank bank, String source) {
        Instant now = clock.instant();
        for (int i = 0; i < bank.topics().size(); i++) {
            var t = bank.topics().get(i);
            var entity = topics.findById(t.id()).orElseGet(() -> new TopicEntity(t.id(), "", "", "", java.util.List.of(), 0));
            entity.update(t.title(), t.skill(), t.description(), t.prerequisites(), i);
            topics.save(entity);
        }
        Set<String> brokenFiles = bank.problems().stream().map(ContentProblem::file).collect(Collectors.toSet());
        Set<String> seenQuestionIds = new HashSet<>();
        for (ContentProblem problem : bank.problems()) {
            Matcher m = QUESTION_FIELD.matcher(problem.field());
            if (m.find()) {
                seenQuestionIds.add(m.group(1));
            }
        }
        Map<String, QuizEntity> fileQuizzes = quizzes.findBySource(QuizEntity.FROM_FILE).stream()
                .collect(Collectors.toMap(QuizEntity::id, Function.identity()));
        Map<String, QuestionEntity> existing = questions.findAll().stream()
                .collect(Collectors.toMap(QuestionEntity::id, Function.identity()));
        Map<String, QuestionVersionEntity> current = versions.findAllCurrent().stream()
                .collect(Collectors.toMap(QuestionVersionEntity::questionId, Function.identity()));
        Map<String, String> quizFiles = new HashMap<>();

        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (QuizDefinition quiz : bank.quizzes()) {
            quizFiles.put(quiz.id(), quiz.file());
            var entity = fileQuizzes.computeIfAbsent(quiz.id(), id -> new QuizEntity(id, QuizEntity.FROM_FILE));
            entity.updateFromFile(
                    quiz.title(),
                    quiz.topic(),
                    quiz.description(),
                    quiz.timeLimitMinutes(),
                    quiz.file(),
                    quiz.review() == null ? null : quiz.review().reviewedBy(),
                    quiz.review() == null ? null : quiz.review().reviewedOn());
            quizzes.save(entity);
            for (int position = 0; position < quiz.questions().size(); position++) {
                var question = quiz.questions().get(position);
                seenQuestionIds.add(question.id());
                String yaml = QuestionYaml.write(question);
                String hash = sha256(yaml);
                QuestionEntity entity1 = existing.get(question.id());
                if (entity1 == null) {
                    entity1 = new QuestionEntity(question.id());
                    entity1.describe(question, quiz.id(), position, 1, now);
                    questions.save(entity1);
                    versions.save(new QuestionVersionEntity(question.id(), 1, hash, yaml, now));
                    existing.put(question.id(), entity1);
                    added++;
                } else {
                    var latest = current.get(question.id());
                    if (latest == null || !latest.contentHash().equals(hash)) {
                        int next = versions.findByQuestionIdOrderByNumberAsc(question.id()).stream()
                                        .mapToInt(QuestionVersionEntity::number)
                                        .max()
                                        .orElse(0)
                                + 1;
                        versions.save(new QuestionVersionEntity(question.id(), next, hash, yaml, now));
                        entity1.describe(question, quiz.id(), position, next, now);
                        changed++;
                    } else {
                        entity1.place(quiz.id(), position);
                        unchanged++;
                    }
                }
            }
        }
        var loadedQuizIds = new HashSet<String>(quizFiles.keySet());
        Set<String> retiredQuizzes = new HashSet<>();
        for (QuizEntity quiz : fileQuizzes.values()) {
            if (!loadedQuizIds.contains(quiz.id()) && !brokenFiles.contains(fileOf(quiz))) {
                quiz.retire();
                retiredQuizzes.add(quiz.id());
            }
        }
        int retired = 0;
        for (QuestionEntity question : existing.values()) {
            String quizId = question.quizId();
            boolean fromFile = quizId != null && fileQuizzes.containsKey(quizId);
            boolean fileBroken = quizId != null && brokenFiles.contains(fileOf(fileQuizzes.get(quizId)));
            if (fromFile && !question.retired() && !seenQuestionIds.contains(question.id()) && !fileBroken) {
                question.retire(now);
                retired++;
            }
        }
        problems.deleteAllInBatch();
        for (ContentProblem p : bank.problems()) {
            problems.save(new ContentProblemEntity(p.file(), p.line(), p.field(), p.message(), now));
        }
        return new SyncReport(
                source, bank.topics().size(), bank.quizzes().size(), added, changed, unchanged, retired,
                bank.problems().size());
    }

    private static String fileOf(@org.jspecify.annotations.Nullable QuizEntity quiz) {
        return quiz == null ? "" : String.valueOf(quiz.sourceFileOrEmpty());
    }

    private ContentBank readPackaged() {
        try {
            var resolver = new PathMatchingResourcePatternResolver(getClass().getClassLoader());
            Resource topicsFile = resolver.getResource("classpath:quizzes/topics.yaml");
            if (!topicsFile.exists()) {
                return new ContentBank(java.util.List.of(), java.util.List.of(), java.util.List.of(new ContentProblem(
                        settings.folder(), 0, "", "no quizzes folder here and none packaged; set dlready.content.folder")));
            }
            var topicProblems = new ArrayList<ContentProblem>();
            var topicList = ContentReader.parseTopics(
                    "topics.yaml", topicsFile.getContentAsString(StandardCharsets.UTF_8), topicProblems);
            var files = new LinkedHashMap<String, String>();
            for (Resource resource : resolver.getResources("classpath:quizzes/*/*.yaml")) {
                String url = resource.getURL().toString();
                String name = url.substring(url.lastIndexOf("/quizzes/") + "/quizzes/".length());
                files.put(name, resource.getContentAsString(StandardCharsets.UTF_8));
            }
            var bank = ContentReader.readFiles(topicList, files);
            var all = new ArrayList<>(topicProblems);
            all.addAll(bank.problems());
            return new ContentBank(bank.topics(), bank.quizzes(), all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
