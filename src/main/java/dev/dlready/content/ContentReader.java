package dev.dlready.content;

import dev.dlready.question.Formula;
import dev.dlready.question.Level;
import dev.dlready.question.Placeholders;
import dev.dlready.question.Question;
import dev.dlready.question.QuestionType;
import dev.dlready.question.Tolerance;
import dev.dlready.question.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates a quizzes/ folder. Every problem names the file, the line and the field; a broken question or
 * file is skipped and the rest still load.
 */
public final class ContentReader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    static final int MAX_VARIANTS_CHECKED = 400;

    private static final String PLACEHOLDERS_ONLY_PARAMETERISED =
            "{{...}} placeholders only work in parameterised_numeric questions";
    private static final Set<String> TOP_FIELDS = Set.of("quiz", "review", "questions");
    private static final Set<String> QUIZ_FIELDS = Set.of("id", "title", "topic", "description", "time_limit_minutes");
    private static final Set<String> REVIEW_FIELDS = Set.of("reviewed_by", "reviewed_on", "notes");
    private static final Set<String> TOPIC_FIELDS = Set.of("id", "title", "skill", "description", "prerequisites");
    private static final Set<String> COMMON = Set.of(
            "id", "type", "level", "difficulty", "skills", "topic", "stem", "explanation", "references", "wrong_feedback");
    private static final Map<QuestionType, Set<String>> TYPE_FIELDS = Map.of(
            QuestionType.SINGLE_CHOICE, Set.of("options"),
            QuestionType.MULTIPLE_CHOICE, Set.of("options"),
            QuestionType.TRUE_FALSE, Set.of("answer"),
            QuestionType.NUMERIC, Set.of("answer", "unit", "accept_units", "tolerance", "common_mistakes"),
            QuestionType.PARAMETERISED_NUMERIC,
                    Set.of("variables", "answer", "unit", "accept_units", "tolerance", "answer_range", "common_mistakes"),
            QuestionType.SHORT_TEXT, Set.of("accepted", "patterns"),
            QuestionType.ORDERING, Set.of("items"),
            QuestionType.MATCHING, Set.of("pairs", "distractors"));

    private final List<ContentProblem> problems = new ArrayList<>();
    private final Map<String, String> questionIds = new HashMap<>();
    private final Map<String, String> quizIds = new HashMap<>();
    private Set<String> knownTopics = Set.of();

    private ContentReader() {}

    /** Reads {@code folder}/topics.yaml and every {@code folder/<topic>/*.yaml}. */
    public static ContentBank read(Path folder) {
        return new ContentReader().readFolder(folder);
    }

    /** Reads quiz files given as (relative name, text) against a known topic list, e.g. for an upload preview. */
    public static ContentBank readFiles(List<TopicDefinition> topics, Map<String, String> files) {
        var reader = new ContentReader();
        var topicIds = new HashSet<String>();
        topics.forEach(t -> topicIds.add(t.id()));
        reader.knownTopics = topicIds;
        var quizzes = new ArrayList<QuizDefinition>();
        new java.util.TreeMap<>(files).forEach((name, text) -> reader.readQuiz(name, text, topicIds).ifPresent(quizzes::add));
        return new ContentBank(topics, quizzes, reader.problems);
    }

    private ContentBank readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            problems.add(new ContentProblem(folder.toString(), 0, "", "folder not found; expected the quizzes/ folder"));
            return new ContentBank(List.of(), List.of(), problems);
        }
        List<TopicDefinition> topics = readTopics(folder.resolve("topics.yaml"));
        var topicIds = new HashSet<String>();
        topics.forEach(t -> topicIds.add(t.id()));
        knownTopics = topicIds;
        var quizzes = new ArrayList<QuizDefinition>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".yaml")
                            || p.getFileName().toString().endsWith(".yml"))
                    .filter(p -> !p.getFileName().toString().startsWith("topics."))
                    .filter(p -> !p.getFileName().toString().startsWith("roles."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            if (!name.contains("/")) {
                problems.add(new ContentProblem(name, 0, "", "quiz files belong in a topic folder: quizzes/<topic>/" + name));
                continue;
            }
            try {
                if (Files.size(file) > MAX_FILE_BYTES) {
                    problems.add(new ContentProblem(name, 0, "", "file is larger than 2 MiB; split it into several quizzes"));
                    continue;
                }
                readQuiz(name, Files.readString(file, StandardCharsets.UTF_8), topicIds).ifPresent(quizzes::add);
            } catch (IOException e) {
                problems.add(new ContentProblem(name, 0, "", "cannot be read: " + e.getMessage()));
            }
        }
        return new ContentBank(topics, quizzes, problems);
    }

    private static Yaml yaml() {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by YamlFields with a line number instead
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(MAX_FILE_BYTES);
        return new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options);
    }

    private @Nullable Node compose(String file, String text) {
        try {
            Node root = yaml().compose(new java.io.StringReader(text));
            if (root == null) {
                problems.add(new ContentProblem(file, 1, "", "file is empty"));
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new ContentProblem(file, line, "", "not valid YAML: " + e.getProblem()));
        } catch (RuntimeException e) {
            problems.add(new ContentProblem(file, 0, "", "not valid YAML: " + e.getMessage()));
        }
        return null;
    }

    private List<TopicDefinition> readTopics(Path path) {
        String file = "topics.yaml";
        if (!Files.isRegularFile(path)) {
            problems.add(new ContentProblem(file, 0, "", "missing; it defines the topics every quiz belongs to"));
            return List.of();
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new ContentProblem(file, 0, "", "cannot be read: " + e.getMessage()));
            return List.of();
        }
        return parseTopics(file, text);
    }

    /** One question checked on its own, as in the browser editor: the question if valid, and every problem found. */
    public record QuestionCheck(@Nullable Question question, List<ContentProblem> problems) {
        public QuestionCheck {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return question != null && problems.isEmpty();
        }
    }

    /**
     * Checks one question in the format of a quiz file's {@code questions} entry, with its {@code topic} field, with
     * the same rules and messages as the file validator. The file name in problems is {@code file}.
     */
    public static QuestionCheck checkQuestion(String file, String yamlText, Set<String> topics) {
        var reader = new ContentReader();
        reader.knownTopics = Set.copyOf(topics);
        Node root = reader.compose(file, yamlText);
        if (root == null) {
            return new QuestionCheck(null, reader.problems);
        }
        if (!(root instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
            reader.problems.add(new ContentProblem(file, root.getStartMark().getLine() + 1, "",
                    "expected one question: fields such as id, type, topic, level, difficulty, stem"));
            return new QuestionCheck(null, reader.problems);
        }
        var fields = new YamlFields(file, "", root, new ArrayList<>());
        if (fields.optText("topic").isEmpty()) {
            reader.problems.add(new ContentProblem(file, 1, "topic", "missing; expected one of " + String.join(", ",
                    new java.util.TreeSet<>(topics))));
        }
        Optional<Question> question = reader.readQuestion(file, 0, root, "");
        // A single question has no "questions[id]." path: name its fields as the author wrote them.
        var problems = reader.problems.stream()
                .map(p -> new ContentProblem(p.file(), p.line(), p.field().replaceFirst("^questions\\[[^]]*]\\.?", ""),
                        p.message()))
                .toList();
        return new QuestionCheck(question.orElse(null), problems);
    }

    /**
     * Parses one question written by {@link QuestionYaml#write}, e.g. a stored version.
     *
     * @throws IllegalArgumentException listing every problem when the text is not a valid question
     */
    public static Question parseQuestion(String yamlText) {
        var reader = new ContentReader();
        Node root = reader.compose("question", yamlText);
        Optional<Question> question = root == null ? Optional.empty() : reader.readQuestion("question", 0, root, "");
        if (question.isEmpty() || !reader.problems.isEmpty()) {
            throw new IllegalArgumentException(reader.problems.stream().map(ContentProblem::toString)
                    .reduce((a, b) -> a + "\n" + b).orElse("not a question"));
        }
        return question.get();
    }

    /**
     * Every problem the quizzes/ validator finds in one question, as if it stood in a quiz file (ids, keys, options,
     * tolerances, formulas and variants). Empty when the question could be saved to the bank as it is. Used to check
     * questions that come from elsewhere, such as a Moodle import, by exactly the rules files are held to.
     */
    public static List<ContentProblem> check(Question question) {
        var reader = new ContentReader();
        Node root = reader.compose("question", QuestionYaml.write(question));
        if (root != null) {
            reader.readQuestion("question", 0, root, "");
        }
        return List.copyOf(reader.problems);
    }

    /** Parses quizzes/roles.yaml against the known topics; problems are added to {@code problems}. */
    public static List<RoleProfileDefinition> parseRoles(
            String file, String text, Set<String> topicIds, List<ContentProblem> problems) {
        var reader = new ContentReader();
        var roles = new ArrayList<RoleProfileDefinition>();
        Node root = reader.compose(file, text);
        if (root != null) {
            var top = new YamlFields(file, "", root, reader.problems);
            top.allowOnly(Set.of("roles"), "roles.yaml");
            var ids = new HashSet<String>();
            List<Node> list = top.list("roles");
            if (list.isEmpty()) {
                top.report(top.line(), "roles", "expected a list of roles from junior to senior");
            }
            for (int i = 0; i < list.size(); i++) {
                var r = new YamlFields(file, "roles[" + i + "]", list.get(i), reader.problems);
                r.allowOnly(Set.of("id", "title", "required"), "a role");
                String id = r.text("id", "a role id such as intern");
                if (!ids.add(id)) {
                    r.report(r.lineOf("id"), "id", "role " + id + " is defined twice");
                }
                var required = new java.util.LinkedHashMap<String, Double>();
                var levels = r.mapping("required");
                if (levels == null) {
                    r.report(r.line(), "required", "missing; expected topic: ability pairs");
                } else {
                    for (String topic : levels.entries().keySet()) {
                        if (!topicIds.contains(topic)) {
                            levels.report(levels.lineOf(topic), topic, "unknown topic");
                            continue;
                        }
                        levels.optNumber(topic).ifPresent(v -> {
                            if (v < -4 || v > 4) {
                                levels.report(levels.lineOf(topic), topic, "expected an ability between -4 and 4");
                            } else {
                                required.put(topic, v);
                            }
                        });
                    }
                }
                roles.add(new RoleProfileDefinition(id, r.text("title", "a title"), required));
            }
        }
        problems.addAll(reader.problems);
        return roles;
    }

    /** Parses the text of a topics.yaml file. */
    public static List<TopicDefinition> parseTopics(String file, String text, List<ContentProblem> problems) {
        var reader = new ContentReader();
        var topics = reader.parseTopics(file, text);
        problems.addAll(reader.problems);
        return topics;
    }

    private List<TopicDefinition> parseTopics(String file, String text) {
        Node root = compose(file, text);
        if (root == null) {
            return List.of();
        }
        var top = new YamlFields(file, "", root, problems);
        top.allowOnly(Set.of("topics"), "topics.yaml");
        var topics = new ArrayList<TopicDefinition>();
        var ids = new HashSet<String>();
        List<Node> list = top.list("topics");
        for (int i = 0; i < list.size(); i++) {
            var t = new YamlFields(file, "topics[" + i + "]", list.get(i), problems);
            t.allowOnly(TOPIC_FIELDS, "a topic");
            String id = t.text("id", "a topic id such as mixed-precision");
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                t.report(t.lineOf("id"), "id", "use lower-case letters, digits and hyphens");
            }
            if (!ids.add(id)) {
                t.report(t.lineOf("id"), "id", "topic " + id + " is defined twice");
            }
            topics.add(new TopicDefinition(
                    id,
                    t.text("title", "a title"),
                    t.text("skill", "the skill this topic measures"),
                    t.text("description", "a short description"),
                    t.texts("prerequisites")));
        }
        if (list.isEmpty()) {
            top.report(top.line(), "topics", "expected a list of topics");
        }
        for (var topic : topics) {
            for (String prerequisite : topic.prerequisites()) {
                if (!ids.contains(prerequisite)) {
                    problems.add(new ContentProblem(file, 0, "topics." + topic.id() + ".prerequisites",
                            "unknown topic " + prerequisite));
                }
            }
        }
        return topics;
    }

    private Optional<QuizDefinition> readQuiz(String file, String text, Set<String> topicIds) {
        int before = problems.size();
        Node root = compose(file, text);
        if (root == null) {
            return Optional.empty();
        }
        var top = new YamlFields(file, "", root, problems);
        top.allowOnly(TOP_FIELDS, "a quiz file");
        var quiz = top.mapping("quiz");
        if (quiz == null) {
            top.report(top.line(), "quiz", "missing; expected the quiz's id, title and topic");
            return Optional.empty();
        }
        quiz.allowOnly(QUIZ_FIELDS, "quiz");
        String id = quiz.text("id", "the quiz id (equal to the file name)");
        String baseName = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        if (!id.isEmpty() && !id.equals(baseName)) {
            quiz.report(quiz.lineOf("id"), "id", "is " + id + " but the file is " + baseName + ".yaml; make them equal");
        }
        if (!id.isEmpty() && quizIds.containsKey(id)) {
            quiz.report(quiz.lineOf("id"), "id", "quiz " + id + " is also defined in " + quizIds.get(id));
        }
        quizIds.putIfAbsent(id, file);
        String topic = quiz.text("topic", "a topic id from topics.yaml");
        if (!topic.isEmpty() && !topicIds.contains(topic)) {
            quiz.report(quiz.lineOf("topic"), "topic", "unknown topic " + topic + "; known: "
                    + String.join(", ", topicIds.stream().sorted().toList()));
        }
        String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
        String topicFolder = folder.substring(folder.lastIndexOf('/') + 1);
        if (!topic.isEmpty() && !folder.isEmpty() && !topicFolder.equals(topic)) {
            quiz.report(quiz.lineOf("topic"), "topic", "is " + topic + " but the file is in " + folder
                    + "/; move the file to quizzes/" + topic + "/");
        }
        Integer timeLimit = quiz.optInt("time_limit_minutes").orElse(null);
        if (timeLimit != null && (timeLimit < 1 || timeLimit > 600)) {
            quiz.report(quiz.lineOf("time_limit_minutes"), "time_limit_minutes", "expected 1 to 600 minutes");
        }
        QuizDefinition.Review review = null;
        var reviewFields = top.mapping("review");
        if (reviewFields != null) {
            reviewFields.allowOnly(REVIEW_FIELDS, "review");
            review = new QuizDefinition.Review(
                    reviewFields.text("reviewed_by", "who reviewed the file"),
                    reviewFields.optText("reviewed_on").orElse(""),
                    reviewFields.optText("notes").orElse(""));
        }
        var questions = new ArrayList<Question>();
        List<Node> nodes = top.list("questions");
        if (nodes.isEmpty()) {
            top.report(top.line(), "questions", "missing; expected a list of questions");
        }
        for (int i = 0; i < nodes.size(); i++) {
            readQuestion(file, i, nodes.get(i), topic).ifPresent(questions::add);
        }
        boolean quizProblems = problems.subList(before, problems.size()).stream()
                .anyMatch(p -> !p.field().startsWith("questions["));
        if (quizProblems) {
            return Optional.empty();
        }
        return Optional.of(new QuizDefinition(
                id, quiz.text("title", "a title"), topic, quiz.optText("description").orElse(""), timeLimit, review,
                questions, file));
    }

    private Optional<Question> readQuestion(String file, int index, Node node, String quizTopic) {
        int before = problems.size();
        String peekId = new YamlFields(file, "", node, new ArrayList<>()).optText("id").orElse("");
        String label = ID.matcher(peekId).matches() ? peekId : String.valueOf(index + 1);
        var q = new YamlFields(file, "questions[" + label + "]", node, problems);
        String id = q.text("id", "a stable id such as mp-bf16-range");
        if (!id.isEmpty()) {
            if (!ID.matcher(id).matches()) {
                q.report(q.lineOf("id"), "id", "use lower-case letters, digits and hyphens, e.g. mp-bf16-range");
            } else if (questionIds.containsKey(id)) {
                q.report(q.lineOf("id"), "id", "duplicate id; already used in " + questionIds.get(id)
                        + ". Ids are unique across the whole bank");
            } else {
                questionIds.put(id, file + ":" + q.lineOf("id"));
            }
        }
        String typeKey = q.text("type", "one of " + typeKeys());
        Optional<QuestionType> type = QuestionType.fromKey(typeKey);
        if (type.isEmpty()) {
            if (!typeKey.isEmpty()) {
                q.report(q.lineOf("type"), "type", "unknown type " + typeKey + "; expected one of " + typeKeys());
            }
            return Optional.empty();
        }
        var allowed = new LinkedHashSet<>(COMMON);
        allowed.addAll(TYPE_FIELDS.get(type.get()));
        q.allowOnly(allowed, "a " + typeKey + " question");

        String levelKey = q.text("level", "intern or entry");
        Optional<Level> level = Level.fromKey(levelKey);
        if (level.isEmpty() && !levelKey.isEmpty()) {
            q.report(q.lineOf("level"), "level", "is " + levelKey + "; expected intern or entry");
        }
        int difficulty = q.optInt("difficulty").orElse(0);
        if (!q.has("difficulty")) {
            q.report(q.line(), "difficulty", "missing; expected 1 (warm-up) to 5 (hard)");
        } else if (difficulty < 1 || difficulty > 5) {
            q.report(q.lineOf("difficulty"), "difficulty", "is " + difficulty + "; expected 1 to 5");
        }
        List<String> skills = q.texts("skills");
        if (skills.isEmpty()) {
            q.report(q.line(), "skills", "missing; expected a list of skill tags such as [loss-scaling]");
        }
        String topic = q.optText("topic").orElse(quizTopic);
        if (q.has("topic") && !knownTopics.isEmpty() && !knownTopics.contains(topic)) {
            q.report(q.lineOf("topic"), "topic", "unknown topic " + topic);
        }
        String stem = q.text("stem", "the question in Markdown");
        String explanation = q.text("explanation", "Markdown that explains why the key is right and the rest wrong");
        List<String> references = q.texts("references");
        if (references.isEmpty()) {
            q.report(q.line(), "references", "missing; expected at least one source (paper or documentation)");
        }
        var meta = new Question.Meta(
                id, topic, level.orElse(Level.INTERN), difficulty, skills, stem, explanation, references,
                q.optText("wrong_feedback").orElse(null));
        if (type.get() != QuestionType.PARAMETERISED_NUMERIC) {
            for (String field : List.of("stem", "explanation", "wrong_feedback")) {
                if (Placeholders.hasPlaceholders(q.optText(field).orElse(""))) {
                    q.report(q.lineOf(field), field, PLACEHOLDERS_ONLY_PARAMETERISED);
                }
            }
        }
        Question question = switch (type.get()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(q, meta, type.get() == QuestionType.MULTIPLE_CHOICE);
            case TRUE_FALSE -> new Question.TrueFalse(meta, q.optBoolean("answer").orElseGet(() -> {
                if (!q.has("answer")) {
                    q.report(q.line(), "answer", "missing; expected true or false");
                }
                return false;
            }));
            case NUMERIC -> numeric(q, meta);
            case PARAMETERISED_NUMERIC -> parameterised(q, meta);
            case SHORT_TEXT -> shortText(q, meta);
            case ORDERING -> ordering(q, meta);
            case MATCHING -> matching(q, meta);
        };
        return problems.size() == before ? Optional.of(question) : Optional.empty();
    }

    private static String typeKeys() {
        return String.join(", ", Stream.of(QuestionType.values()).map(QuestionType::key).toList());
    }

    private Question choice(YamlFields q, Question.Meta meta, boolean multiple) {
        var options = new ArrayList<Question.Option>();
        List<Node> nodes = q.list("options");
        for (int i = 0; i < nodes.size(); i++) {
            var o = new YamlFields(q.fileName(), q.field("options[" + (i + 1) + "]"), nodes.get(i), problems);
            o.allowOnly(Set.of("text", "correct", "feedback"), "an option");
            String text = o.text("text", "the option's text");
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("all of the above") || lower.contains("none of the above")) {
                o.report(o.lineOf("text"), "text", "options are shuffled, so \"all/none of the above\" cannot work; "
                        + "name the options instead");
            }
            String feedback = o.optText("feedback").orElse(null);
            if (Placeholders.hasPlaceholders(text)) {
                o.report(o.lineOf("text"), "text", PLACEHOLDERS_ONLY_PARAMETERISED);
            }
            if (feedback != null && Placeholders.hasPlaceholders(feedback)) {
                o.report(o.lineOf("feedback"), "feedback", PLACEHOLDERS_ONLY_PARAMETERISED);
            }
            options.add(new Question.Option(text, o.optBoolean("correct").orElse(false), feedback));
        }
        long correct = options.stream().filter(Question.Option::correct).count();
        if (options.size() < 2) {
            q.report(q.lineOf("options"), "options", "expected at least two options");
        } else if (!multiple && correct != 1) {
            q.report(q.lineOf("options"), "options", "a single_choice question needs exactly one option with "
                    + "correct: true (found " + correct + ")");
        } else if (multiple && (correct == 0 || correct == options.size())) {
            q.report(q.lineOf("options"), "options", "a multiple_choice question needs at least one correct and one "
                    + "wrong option (found " + correct + " correct of " + options.size() + ")");
        }
        return new Question.Choice(meta, multiple, options);
    }

    private Question.NumericKey numericKey(YamlFields q) {
        Unit unit = null;
        var unitText = q.optText("unit");
        if (unitText.isPresent()) {
            unit = Unit.of(unitText.get()).orElse(null);
            if (unit == null) {
                q.report(q.lineOf("unit"), "unit", "unknown unit " + unitText.get() + "; see quizzes/README.md for the list");
            }
        }
        var accept = new ArrayList<Unit>();
        for (String symbol : q.texts("accept_units")) {
            var other = Unit.of(symbol);
            if (other.isEmpty()) {
                q.report(q.lineOf("accept_units"), "accept_units", "unknown unit " + symbol);
            } else if (unit != null && other.get().family() != unit.family()) {
                q.report(q.lineOf("accept_units"), "accept_units", symbol + " cannot be converted to " + unit.symbol());
            } else {
                accept.add(other.get());
            }
        }
        if (unit == null && !accept.isEmpty() && unitText.isEmpty()) {
            q.report(q.lineOf("accept_units"), "accept_units", "needs a unit for the answer itself");
        }
        Tolerance tolerance = new Tolerance(Tolerance.Kind.RELATIVE, 0.01);
        var t = q.mapping("tolerance");
        if (t == null) {
            q.report(q.line(), "tolerance", "missing; expected { relative: 0.01 } or { absolute: 0.5 }");
        } else {
            t.allowOnly(Set.of("relative", "absolute"), "tolerance");
            var relative = t.optNumber("relative");
            var absolute = t.optNumber("absolute");
            if (relative.isPresent() == absolute.isPresent()) {
                q.report(q.lineOf("tolerance"), "tolerance", "give exactly one of relative or absolute");
            } else {
                double amount = relative.orElseGet(absolute::get);
                if (!(amount > 0)) {
                    q.report(q.lineOf("tolerance"), "tolerance", "must be greater than 0");
                } else {
                    tolerance = new Tolerance(relative.isPresent() ? Tolerance.Kind.RELATIVE : Tolerance.Kind.ABSOLUTE, amount);
                }
            }
        }
        return new Question.NumericKey(unit, accept, tolerance);
    }

    private List<Question.CommonMistake> mistakes(YamlFields q, boolean formulas, Set<String> variables) {
        var out = new ArrayList<Question.CommonMistake>();
        List<Node> nodes = q.list("common_mistakes");
        for (int i = 0; i < nodes.size(); i++) {
            var m = new YamlFields(q.fileName(), q.field("common_mistakes[" + (i + 1) + "]"), nodes.get(i), problems);
            m.allowOnly(Set.of("value", "formula", "feedback"), "a common mistake");
            String feedback = m.text("feedback", "what this wrong value reveals");
            String expression;
            if (formulas && m.has("formula")) {
                expression = m.optText("formula").orElse("0");
                try {
                    Formula.compile(expression, variables);
                } catch (IllegalArgumentException e) {
                    m.report(m.lineOf("formula"), "formula", e.getMessage());
                }
            } else if (m.has("value")) {
                expression = m.optNumber("value").map(String::valueOf).orElse("0");
            } else {
                m.report(m.line(), formulas ? "formula" : "value", "missing; expected the wrong "
                        + (formulas ? "formula" : "value") + " this feedback is for");
                continue;
            }
            out.add(new Question.CommonMistake(expression, feedback));
        }
        return out;
    }

    private Question numeric(YamlFields q, Question.Meta meta) {
        double answer = q.optNumber("answer").orElseGet(() -> {
            if (!q.has("answer")) {
                q.report(q.line(), "answer", "missing; expected a number");
            }
            return 0.0;
        });
        var key = numericKey(q);
        key.tolerance().tooWideFor(answer).ifPresent(p -> q.report(q.lineOf("tolerance"), "tolerance",
                p + "; tighten it"));
        return new Question.Numeric(meta, answer, key, mistakes(q, false, Set.of()));
    }

    private Question parameterised(YamlFields q, Question.Meta meta) {
        int before = problems.size();
        var variables = new ArrayList<Question.Variable>();
        var vars = q.mapping("variables");
        if (vars == null) {
            q.report(q.line(), "variables", "missing; expected e.g. P: { values: [1, 7, 70] } or N: { min: 2, max: 8, step: 2 }");
        } else {
            for (var entry : vars.entries().entrySet()) {
                String name = entry.getKey();
                var v = new YamlFields(q.fileName(), q.field("variables." + name), entry.getValue(), problems);
                if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    v.report(v.line(), "", "variable names start with a letter and use letters, digits and _");
                    continue;
                }
                v.allowOnly(Set.of("values", "min", "max", "step"), "a variable");
                var values = new ArrayList<Double>();
                if (v.has("values")) {
                    for (String text : v.texts("values")) {
                        try {
                            values.add(Double.parseDouble(text));
                        } catch (NumberFormatException e) {
                            v.report(v.lineOf("values"), "values", "expected numbers, found " + text);
                        }
                    }
                } else {
                    var min = v.optNumber("min");
                    var max = v.optNumber("max");
                    double step = v.optNumber("step").orElse(1.0);
                    if (min.isEmpty() || max.isEmpty()) {
                        v.report(v.line(), "", "give either values: [...] or min and max (and step)");
                    } else if (min.get() > max.get()) {
                        v.report(v.line(), "", "min " + min.get() + " is larger than max " + max.get());
                    } else if (!(step > 0) || (max.get() - min.get()) / step > 10_000) {
                        v.report(v.lineOf("step"), "step", "expected a positive step giving at most 10,000 values");
                    } else {
                        long count = (long) Math.floor((max.get() - min.get()) / step + 1e-9) + 1;
                        for (long i = 0; i < count; i++) {
                            values.add(roundClean(min.get() + i * step));
                        }
                    }
                }
                if (values.isEmpty()) {
                    v.report(v.line(), "", "has no values");
                } else {
                    variables.add(new Question.Variable(name, values));
                }
            }
        }
        var names = new LinkedHashSet<String>();
        variables.forEach(v -> names.add(v.name()));
        String formula = q.text("answer", "a formula over the variables, e.g. \"P * 16 / N\"");
        Formula compiled = null;
        try {
            compiled = Formula.compile(formula, names);
        } catch (IllegalArgumentException e) {
            q.report(q.lineOf("answer"), "answer", e.getMessage());
        }
        var key = numericKey(q);
        Question.Range range = null;
        List<String> rangeTexts = q.texts("answer_range");
        if (!rangeTexts.isEmpty()) {
            try {
                if (rangeTexts.size() != 2) {
                    throw new NumberFormatException();
                }
                range = new Question.Range(Double.parseDouble(rangeTexts.get(0)), Double.parseDouble(rangeTexts.get(1)));
            } catch (NumberFormatException e) {
                q.report(q.lineOf("answer_range"), "answer_range", "expected [min, max]");
            }
        }
        var mistakes = mistakes(q, true, names);
        for (String field : List.of("stem", "explanation", "wrong_feedback")) {
            q.optText(field).ifPresent(text -> Placeholders.problems(text, names)
                    .forEach(p -> q.report(q.lineOf(field), field, p)));
        }
        var question = new Question.Parameterised(meta, variables, formula, key, range, mistakes);
        if (compiled != null && problems.size() == before) {
            checkVariants(q, question);
        }
        return question;
    }

    private static double roundClean(double value) {
        return Math.round(value * 1e9) / 1e9;
    }

    /** Evaluates the corners and a deterministic sample of the variable space. */
    private void checkVariants(YamlFields q, Question.Parameterised question) {
        var combos = VariantSpace.sample(question.variables(), MAX_VARIANTS_CHECKED);
        for (Map<String, Double> values : combos) {
            double answer = question.answerFor(values);
            if (Double.isNaN(answer) || Double.isInfinite(answer)) {
                q.report(q.lineOf("answer"), "answer", "gives no finite number for " + values + "; restrict the variables");
                return;
            }
            var range = question.answerRange();
            if (range != null && (answer < range.min() || answer > range.max())) {
                q.report(q.lineOf("answer_range"), "answer_range", "the answer " + Placeholders.display(answer)
                        + " for " + values + " lies outside [" + range.min() + ", " + range.max() + "]");
                return;
            }
            var tooWide = question.key().tolerance().tooWideFor(answer);
            if (tooWide.isPresent()) {
                q.report(q.lineOf("tolerance"), "tolerance", tooWide.get() + " (variant " + values + ")");
                return;
            }
            try {
                Placeholders.fill(question.meta().stem(), values);
                Placeholders.fill(question.meta().explanation(), values);
            } catch (IllegalArgumentException e) {
                q.report(q.lineOf("explanation"), "explanation", e.getMessage());
                return;
            }
        }
    }

    private Question shortText(YamlFields q, Question.Meta meta) {
        List<String> accepted = q.texts("accepted");
        List<String> patterns = q.texts("patterns");
        if (accepted.isEmpty() && patterns.isEmpty()) {
            q.report(q.line(), "accepted", "missing; give accepted answers, patterns, or both");
        }
        for (String pattern : patterns) {
            try {
                var compiled = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
                if (compiled.matcher("").matches() || compiled.matcher("x").matches() && compiled.matcher("zzzz qqq").matches()) {
                    q.report(q.lineOf("patterns"), "patterns", "the pattern " + pattern + " accepts almost anything");
                }
            } catch (PatternSyntaxException e) {
                q.report(q.lineOf("patterns"), "patterns", "not a valid regular expression: " + e.getDescription()
                        + " in " + pattern);
            }
        }
        return new Question.ShortText(meta, accepted, patterns);
    }

    private Question ordering(YamlFields q, Question.Meta meta) {
        List<String> items = q.texts("items");
        if (items.size() < 3) {
            q.report(q.lineOf("items"), "items", "expected at least three items, in the correct order");
        } else if (new HashSet<>(items).size() != items.size()) {
            q.report(q.lineOf("items"), "items", "items must be distinct");
        }
        return new Question.Ordering(meta, items);
    }

    private Question matching(YamlFields q, Question.Meta meta) {
        var pairs = new ArrayList<Question.MatchPair>();
        List<Node> nodes = q.list("pairs");
        for (int i = 0; i < nodes.size(); i++) {
            var p = new YamlFields(q.fileName(), q.field("pairs[" + (i + 1) + "]"), nodes.get(i), problems);
            p.allowOnly(Set.of("left", "right"), "a pair");
            pairs.add(new Question.MatchPair(p.text("left", "the left-hand item"), p.text("right", "its match")));
        }
        List<String> distractors = q.texts("distractors");
        if (pairs.size() < 3) {
            q.report(q.lineOf("pairs"), "pairs", "expected at least three pairs");
        }
        var rights = new ArrayList<String>();
        pairs.forEach(p -> rights.add(p.right()));
        rights.addAll(distractors);
        if (new HashSet<>(rights).size() != rights.size()) {
            q.report(q.lineOf("pairs"), "pairs", "right-hand texts (and distractors) must be distinct");
        }
        var lefts = new HashSet<String>();
        pairs.forEach(p -> lefts.add(p.left()));
        if (lefts.size() != pairs.size()) {
            q.report(q.lineOf("pairs"), "pairs", "left-hand texts must be distinct");
        }
        return new Question.Matching(meta, pairs, distractors);
    }
}
