package dev.dlready.readiness;

import dev.dlready.content.ContentProblem;
import dev.dlready.content.ContentReader;
import dev.dlready.content.TopicDefinition;
import dev.dlready.readiness.engine.AdaptiveAssessment;
import dev.dlready.readiness.engine.AssessmentSimulation;
import dev.dlready.readiness.engine.Recommendation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Collectors;

/**
 * The simulation benchmark of the adaptive readiness assessment against fixed forms of the same bank:
 * {@code ./mvnw -q compile exec:java -Dexec.mainClass=dev.dlready.readiness.AssessmentBenchmark -Dexec.args="quizzes 2000"}.
 */
public final class AssessmentBenchmark {

    /** Fixed-form lengths compared against the adaptive assessment (one share per topic each step). */
    public static final List<Integer> FIXED_LENGTHS =
            List.of(22, 33, 44, 55, 66, 88, 110, 132, 165, 198, 242, 286, 330, 396, 462);

    private AssessmentBenchmark() {}

    /** The bank of a quizzes folder as assessment items, with the profiles of its roles.yaml. */
    public record Bank(List<AdaptiveAssessment.Item> pool, List<Recommendation.Profile> profiles) {}

    public static Bank load(Path folder) throws IOException {
        var content = ContentReader.read(folder);
        if (!content.valid()) {
            throw new IllegalStateException("The quizzes folder has problems; run the validator first: "
                    + content.problems().getFirst());
        }
        var pool = new ArrayList<AdaptiveAssessment.Item>();
        long id = 0;
        for (var question : content.questions()) {
            pool.add(new AdaptiveAssessment.Item(++id, question.meta().topic(), ItemCalibration.declared(question)));
        }
        var problems = new ArrayList<ContentProblem>();
        var topicIds = content.topics().stream().map(TopicDefinition::id).collect(Collectors.toSet());
        var roles = ContentReader.parseRoles("roles.yaml",
                Files.readString(folder.resolve("roles.yaml"), StandardCharsets.UTF_8), topicIds, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("roles.yaml has problems: " + problems.getFirst());
        }
        var profiles = roles.stream().map(r -> new Recommendation.Profile(r.id(), r.required())).toList();
        return new Bank(pool, profiles);
    }

    public static AssessmentSimulation.Report run(Bank bank, int candidates, long seed) {
        var random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        return AssessmentSimulation.run(bank.pool(), bank.profiles(), AdaptiveAssessment.Rules.DEFAULT, FIXED_LENGTHS,
                candidates, random);
    }

    public static void print(AssessmentSimulation.Report report, PrintStream out) {
        out.printf(Locale.ROOT, "%d simulated candidates%n", report.candidates());
        out.printf(Locale.ROOT, "%-12s %9s %9s %12s %10s %13s%n", "design", "accuracy", "strict", "mean length",
                "max length", "max exposure");
        var a = report.adaptive();
        out.printf(Locale.ROOT, "%-12s %8.1f%% %8.1f%% %12.1f %10d %12.0f%%%n", a.design(), 100 * a.accuracy(),
                100 * a.strictAccuracy(), a.meanLength(), a.maxLength(), 100 * a.maxExposure());
        for (var f : report.fixedForms()) {
            out.printf(Locale.ROOT, "%-12s %8.1f%% %8.1f%% %12.0f %10d%n", f.design(), 100 * f.accuracy(),
                    100 * f.strictAccuracy(), f.meanLength(), f.maxLength());
        }
        if (report.fixedLengthForSameAccuracy() > 0) {
            out.printf(Locale.ROOT, "The shortest fixed form at least as accurate has %d questions; the adaptive"
                    + " assessment needs %.0f%% of that.%n", report.fixedLengthForSameAccuracy(), 100 * report.lengthRatio());
        } else {
            out.println("No fixed form of the bank reaches the adaptive assessment's accuracy.");
        }
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "quizzes");
        int candidates = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026L;
        long start = System.nanoTime();
        print(run(load(folder), candidates, seed), System.out);
        System.out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - start) / 1e9);
    }
}
