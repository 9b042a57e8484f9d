package dev.dlready.content;

import dev.dlready.question.Question;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code validate <folder>}: checks a quizzes/ folder and prints every problem as {@code file:line: field: message}.
 * Exits with 1 when there is any problem, 0 otherwise. Runs without starting the app.
 */
public final class ContentCli {

    private ContentCli() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || !args[0].equals("validate")) {
            err.println("Usage: validate <quizzes folder>");
            return 2;
        }
        Path folder = Path.of(args[1]);
        ContentBank bank = ContentReader.read(folder);
        var problems = new java.util.ArrayList<>(bank.problems());
        Path roles = folder.resolve("roles.yaml");
        if (java.nio.file.Files.isRegularFile(roles)) {
            try {
                var topicIds = new java.util.HashSet<String>();
                bank.topics().forEach(t -> topicIds.add(t.id()));
                ContentReader.parseRoles("roles.yaml", java.nio.file.Files.readString(roles), topicIds, problems);
            } catch (java.io.IOException e) {
                problems.add(new ContentProblem("roles.yaml", 0, "", "cannot be read: " + e.getMessage()));
            }
        }
        problems.forEach(p -> err.println(folder.resolve(p.file()) + ":" + p.line() + ": "
                + (p.field().isEmpty() ? "" : p.field() + ": ") + p.message()));
        Map<String, Long> perTopic = new TreeMap<>(bank.questions().stream()
                .collect(Collectors.groupingBy(q -> q.meta().topic(), Collectors.counting())));
        out.println(bank.topics().size() + " topics, " + bank.quizzes().size() + " quizzes, "
                + bank.questions().size() + " questions loaded");
        perTopic.forEach((topic, count) -> out.println("  " + topic + ": " + count));
        long parameterised = bank.questions().stream().filter(q -> q instanceof Question.Parameterised).count();
        out.println("  parameterised numeric: " + parameterised);
        if (problems.isEmpty()) {
            out.println("No problems found.");
            return 0;
        }
        err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " found; the files above need fixing.");
        return 1;
    }
}
