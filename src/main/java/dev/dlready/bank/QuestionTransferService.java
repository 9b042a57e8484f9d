package dev.dlready.bank;

import dev.dlready.base.text.LikePattern;
import dev.dlready.bank.internal.QuestionEntity;
import dev.dlready.bank.internal.QuestionRepository;
import dev.dlready.bank.internal.QuestionVersionEntity;
import dev.dlready.bank.internal.QuestionVersionRepository;
import dev.dlready.bank.internal.TopicRepository;
import dev.dlready.content.ContentReader;
import dev.dlready.content.QuestionYaml;
import dev.dlready.content.QuizDefinition;
import dev.dlready.content.moodle.ExportNote;
import dev.dlready.content.moodle.ExportResult;
import dev.dlready.content.moodle.FileProblem;
import dev.dlready.content.moodle.ImportNote;
import dev.dlready.content.moodle.ImportResult;
import dev.dlready.content.moodle.ImportSettings;
import dev.dlready.content.moodle.ImportedQuestion;
import dev.dlready.content.moodle.MoodleFormat;
import dev.dlready.content.moodle.QuestionDefaults;
import dev.dlready.question.KeyDescription;
import dev.dlready.question.Placeholders;
import dev.dlready.question.Presentation;
import dev.dlready.question.Question;
import dev.dlready.question.Variants;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing questions in from Moodle files and taking them out as Moodle GIFT, Moodle XML or DL Ready quiz files.
 *
 * <p>Import is two steps. {@link #preview} reads the file and saves nothing: it lists every question with the topic it
 * lands in, the quizzes/ text it becomes, how it renders, and every default, change or loss on the way (from {@code
 * content.moodle}), and it refuses a whole file that is too large, has too many questions, has an unknown extension
 * or is malformed, naming the line. {@link #importQuestions} reads the same bytes again (so ids are unique against
 * the bank as it is at that moment) and saves the chosen questions through {@link AuthoringService#save}, so
 * validation, versions and author are exactly those of a question written in the editor. Each question is saved on
 * its own: one that fails is reported and the others are imported.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
@Transactional(readOnly = true)
public class QuestionTransferService {

    /** 1 MiB: a Moodle export of several hundred questions, far below what could strain the server. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    /** The most questions one file may hold; a preview of more is no longer something a person can review. */
    public static final int MAX_QUESTIONS = 500;

    /** The most questions one export may hold. */
    public static final int MAX_EXPORT = 1000;

    /** The file name endings the import reads, with the dot. */
    public static final List<String> ACCEPTED_EXTENSIONS = List.of(".gift", ".txt", ".xml");

    /** The skill tag imported questions get when the Moodle question has no tags. */
    public static final String DEFAULT_SKILL = "moodle-import";

    static final String DEFAULT_EXPLANATION =
            "The Moodle question came without general feedback; an explanation of the answer is still to be written.";

    private static final long PREVIEW_SEED = 1;

    private final AuthoringService authoring;
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final TopicRepository topics;
    private final Clock clock;

    QuestionTransferService(AuthoringService authoring, QuestionRepository questions,
            QuestionVersionRepository versions, TopicRepository topics, Clock clock) {
        this.authoring = authoring;
        this.questions = questions;
        this.versions = versions;
        this.topics = topics;
        this.clock = clock;
    }

    // ---- import ----

    /** The accepted files, in words, for messages and the upload hint. */
    public static String acceptedFiles() {
        return ".gift or .txt (GIFT) and .xml (Moodle XML)";
    }

    /**
     * Reads an uploaded file and shows what importing it would do. Saves nothing.
     *
     * @throws TransferException when the default topic does not exist
     */
    public ImportPreview preview(String fileName, byte[] content, ImportOptions options) {
        var format = MoodleFormat.forFileName(fileName);
        if (format.isEmpty()) {
            return refused(fileName, "", new FileProblem(0, "\"" + fileName + "\" is not a file this import reads: "
                    + "accepted are " + acceptedFiles() + ". In Moodle, export the question bank as GIFT or Moodle "
                    + "XML and upload that file."));
        }
        Map<String, String> titles = topicTitles();
        if (!titles.containsKey(options.defaultTopic())) {
            throw new TransferException("There is no topic " + options.defaultTopic() + "; choose one of "
                    + String.join(", ", titles.keySet()) + ".");
        }
        var settings = settings(fileName, options, titles);
        ImportResult result = format.get().read(content, settings);
        String title = format.get().title();
        if (result.refused()) {
            return new ImportPreview(fileName, title, result.problems(), List.of());
        }
        if (result.items().size() > MAX_QUESTIONS) {
            return refused(fileName, title, new FileProblem(0, "the file has " + result.items().size()
                    + " questions; at most " + MAX_QUESTIONS + " can be imported at once. Export one category at a "
                    + "time from Moodle and import the files one by one."));
        }
        var candidates = new ArrayList<ImportCandidate>();
        for (int i = 0; i < result.items().size(); i++) {
            candidates.add(candidate(i, result.items().get(i), titles.keySet()));
        }
        return new ImportPreview(fileName, title, List.of(), candidates);
    }

    /**
     * Saves the chosen questions of a file as new questions written in the app (version 1, authored by the current
     * user). The file is read again, so ids are unique against the bank as it is now; a question whose preview id was
     * taken meanwhile gets the next free one. Not one transaction: each question is saved on its own, and one that
     * fails is reported in {@link ImportOutcome#failed()} while the others are imported.
     *
     * @param chosen indexes of {@link ImportCandidate#index()}
     * @throws TransferException when nothing is chosen or the file is refused
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportOutcome importQuestions(String fileName, byte[] content, ImportOptions options,
            Collection<Integer> chosen) {
        if (chosen.isEmpty()) {
            throw new TransferException("Choose at least one question to import.");
        }
        var preview = preview(fileName, content, options);
        if (preview.refused()) {
            throw new TransferException("The file cannot be imported: " + preview.problems().stream()
                    .map(FileProblem::toString).collect(Collectors.joining("; ")));
        }
        var imported = new ArrayList<ImportOutcome.Imported>();
        var failed = new ArrayList<ImportOutcome.Failed>();
        for (int index : new TreeSet<>(chosen)) {
            if (index < 0 || index >= preview.questions().size()) {
                failed.add(new ImportOutcome.Failed(index, "#" + (index + 1), "the file has no question number "
                        + (index + 1)));
                continue;
            }
            var candidate = preview.questions().get(index);
            if (!candidate.importable() || candidate.yaml() == null) {
                failed.add(new ImportOutcome.Failed(index, candidate.name(), candidate.notes(ImportNote.Kind.NOT_IMPORTED)
                        .stream().map(ImportNote::message).collect(Collectors.joining("; "))));
                continue;
            }
            try {
                var saved = authoring.save(null, candidate.yaml(), 0);
                imported.add(new ImportOutcome.Imported(index, candidate.name(), saved.id(), saved.version()));
            } catch (AuthoringException e) {
                String details = e.problems().stream().map(p -> (p.field().isEmpty() ? "" : p.field() + ": ")
                        + p.message()).collect(Collectors.joining("; "));
                failed.add(new ImportOutcome.Failed(index, candidate.name(),
                        e.getMessage() + (details.isEmpty() ? "" : " " + details)));
            } catch (DataIntegrityViolationException e) {
                failed.add(new ImportOutcome.Failed(index, candidate.name(), "the id " + candidate.questionId()
                        + " was taken while importing; import this question again"));
            }
        }
        return new ImportOutcome(imported, failed);
    }

    private ImportSettings settings(String fileName, ImportOptions options, Map<String, String> titles) {
        String source = fileName.replaceAll("[\\p{Cntrl}\\[\\]()<>`*_#|]", "").strip();
        var defaults = new QuestionDefaults(options.defaultTopic(), options.level(), options.difficulty(),
                List.of(DEFAULT_SKILL), DEFAULT_EXPLANATION,
                List.of("Imported from the Moodle file " + (source.isEmpty() ? "(unnamed)" : source)));
        // A category named like a topic's title ("PyTorch autograd") lands in that topic, as does one named by its id.
        var categories = new HashMap<String, String>();
        titles.forEach((id, title) -> categories.put(title, id));
        return ImportSettings.of(defaults)
                .withCategoryTopics(categories)
                .withKnownTopics(titles.keySet())
                .withExistingIds(new HashSet<>(questions.findAllIds()))
                .withMaxBytes(MAX_FILE_BYTES);
    }

    private static ImportPreview refused(String fileName, String format, FileProblem problem) {
        return new ImportPreview(fileName, format, List.of(problem), List.of());
    }

    private ImportCandidate candidate(int index, ImportedQuestion item, Set<String> topicIds) {
        Question question = item.question();
        if (question == null) {
            return new ImportCandidate(index, item.line(), item.name(), item.moodleType(), excerpt(item.name()), null,
                    null, null, null, 0, null, item.notes(), null);
        }
        String yaml = QuestionYaml.write(question);
        // The editor's own checks, so the preview never offers a question that saving would refuse.
        var notes = new ArrayList<>(item.notes());
        if (yaml.length() > AuthoringService.MAX_YAML_CHARS) {
            notes.add(new ImportNote(ImportNote.Kind.NOT_IMPORTED, "the question is longer than "
                    + AuthoringService.MAX_YAML_CHARS + " characters in the quizzes/ format, the most a question may "
                    + "hold; split it into several questions"));
        } else {
            var check = ContentReader.checkQuestion("question", yaml, topicIds);
            check.problems().forEach(p -> notes.add(new ImportNote(ImportNote.Kind.NOT_IMPORTED,
                    (p.field().isEmpty() ? "" : p.field() + ": ") + p.message())));
        }
        String name = item.name();
        if (notes.stream().anyMatch(n -> n.kind() == ImportNote.Kind.NOT_IMPORTED)) {
            return new ImportCandidate(index, item.line(), name, item.moodleType(), excerpt(question.meta().stem()),
                    null, question.type(), question.meta().topic(), question.meta().level(),
                    question.meta().difficulty(), null, notes, null);
        }
        var values = Variants.pick(question, PREVIEW_SEED);
        var preview = new QuestionPreview(List.of(), Presentation.present(question, PREVIEW_SEED),
                KeyDescription.describe(question, PREVIEW_SEED), Placeholders.fill(question.meta().explanation(), values));
        return new ImportCandidate(index, item.line(), name, item.moodleType(), excerpt(question.meta().stem()),
                question.id(), question.type(), question.meta().topic(), question.meta().level(),
                question.meta().difficulty(), yaml, notes, preview);
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 140 ? flat.substring(0, 139).strip() + "…" : flat;
    }

    // ---- export ----

    /**
     * The given questions, in the given order, as one file: for other features too ("export this quiz's questions").
     * Ids that are not active questions of the bank are left out with a note.
     *
     * @throws TransferException when no question is given, none exists, or more than {@link #MAX_EXPORT} are given
     */
    public ExportFile export(ExportFormat format, List<String> questionIds) {
        return export(format, questionIds, "dlready-questions");
    }

    /** As {@link #export(ExportFormat, List)}, with a name for the file (and for the quiz, in DL Ready's format). */
    public ExportFile export(ExportFormat format, List<String> questionIds, String name) {
        var ids = new ArrayList<>(new LinkedHashSet<>(questionIds));
        if (ids.isEmpty()) {
            throw new TransferException("Choose at least one question to export.");
        }
        if (ids.size() > MAX_EXPORT) {
            throw new TransferException(ids.size() + " questions are more than one export holds (" + MAX_EXPORT
                    + "); export them a topic at a time.");
        }
        Set<String> active = questions.findAllById(ids).stream().filter(q -> !q.retired())
                .map(QuestionEntity::id).collect(Collectors.toSet());
        Map<String, String> definitions = versions.findCurrent(List.copyOf(active)).stream()
                .collect(Collectors.toMap(QuestionVersionEntity::questionId, QuestionVersionEntity::definition));
        var notes = new ArrayList<ExportNote>();
        var list = new ArrayList<Question>();
        for (String id : ids) {
            String definition = definitions.get(id);
            if (definition == null) {
                notes.add(new ExportNote(id, ExportNote.Kind.NOT_EXPORTED, "not an active question of the bank"));
            } else {
                list.add(ContentReader.parseQuestion(definition));
            }
        }
        if (list.isEmpty()) {
            throw new TransferException("None of the chosen questions is in the bank.");
        }
        String base = slug(name);
        var moodle = format.moodle();
        if (moodle == null) {
            String text = quizFile(base, list);
            return new ExportFile(base + "." + format.extension(), format.mediaType(),
                    text.getBytes(StandardCharsets.UTF_8), ids.size(), list.size(), notes);
        }
        ExportResult result = moodle.write(list);
        notes.addAll(result.notes());
        String fileName = base + (format == ExportFormat.GIFT ? "-gift." : ".") + format.extension();
        return new ExportFile(fileName, format.mediaType(), result.text().getBytes(StandardCharsets.UTF_8), ids.size(),
                result.exported(), notes);
    }

    /** Every active question of a topic, from quiz files and written in the app. */
    public ExportFile exportTopic(ExportFormat format, String topicId) {
        var topic = topics.findById(topicId)
                .orElseThrow(() -> new TransferException("There is no topic " + topicId + "."));
        var ids = searchIds(new QuestionSearch("", topicId, null, null, null));
        if (ids.isEmpty()) {
            throw new TransferException("The topic " + topic.title() + " has no questions to export.");
        }
        return export(format, ids, topicId);
    }

    /** The questions the bank's search shows for these filters, in the bank's order. */
    public ExportFile exportSearch(ExportFormat format, QuestionSearch filter) {
        var ids = searchIds(filter);
        if (ids.isEmpty()) {
            throw new TransferException("No question matches these filters; change them in the bank and try again.");
        }
        return export(format, ids, filter.topic() == null ? "question-bank" : filter.topic() + "-questions");
    }

    private List<String> searchIds(QuestionSearch filter) {
        var ids = questions.search(LikePattern.containing(filter.text()), filter.topic(), filter.type(),
                        filter.level(), filter.writtenInApp(), PageRequest.of(0, MAX_EXPORT + 1))
                .stream().map(QuestionEntity::id).toList();
        if (ids.size() > MAX_EXPORT) {
            throw new TransferException("More than " + MAX_EXPORT + " questions match; one export holds at most "
                    + MAX_EXPORT + ". Narrow the search, e.g. to one topic.");
        }
        return ids;
    }

    /** A quiz file in the quizzes/ format, in the folder of its most frequent topic. */
    private String quizFile(String quizId, List<Question> list) {
        String topic = list.stream()
                .collect(Collectors.groupingBy(q -> q.meta().topic(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElseThrow();
        String today = LocalDate.now(clock).toString();
        var quiz = new QuizDefinition(quizId, "Exported from DL Ready: " + quizId, topic,
                "Exported from DL Ready on " + today + "; review before committing as quizzes/" + topic + "/" + quizId
                        + ".yaml.", null,
                new QuizDefinition.Review("(to be filled in by the reviewer)", today, "Exported from the app; not "
                        + "reviewed yet."),
                list, topic + "/" + quizId + ".yaml");
        return QuestionYaml.writeQuiz(quiz);
    }

    /** Lower-case letters, digits and hyphens, as quiz ids and file names are. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "dlready-questions" : slug;
    }

    /** Topic ids and titles in the bank's order, for the pickers. */
    public Map<String, String> topicTitles() {
        var titles = new LinkedHashMap<String, String>();
        topics.findAll().stream().sorted(Comparator.comparingInt(t -> t.position()))
                .forEach(t -> titles.put(t.id(), t.title()));
        return titles;
    }

    /** How many questions the bank's search shows for these filters. */
    public long count(QuestionSearch filter) {
        return questions.countSearch(LikePattern.containing(filter.text()), filter.topic(), filter.type(),
                filter.level(), filter.writtenInApp());
    }
}
