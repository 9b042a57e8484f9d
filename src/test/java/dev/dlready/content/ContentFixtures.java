package dev.dlready.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small quizzes/ folders for tests: a topics.yaml with the topics {@code alpha} and {@code beta}, one valid question of
 * every type (written at column 0, indented into a quiz by {@link #quiz}), and helpers to break them on purpose.
 */
final class ContentFixtures {

    private ContentFixtures() {}

    static final String TOPICS = """
            topics:
              - id: alpha
                title: Alpha
                skill: The first measured skill
                description: The first test topic.
                prerequisites: []
              - id: beta
                title: Beta
                skill: The second measured skill
                description: The second test topic.
                prerequisites: [alpha]
            """;

    static final String SINGLE = """
            - id: q-single
              type: single_choice
              level: intern
              difficulty: 2
              skills: [loss-scaling, fp16]
              stem: Why does FP16 training multiply the loss by a scale factor before backward()?
              options:
                - text: To keep small gradient values from underflowing to zero.
                  correct: true
                - text: To make the optimizer take larger steps.
                  feedback: The gradients are unscaled before the optimizer step.
                - text: To stop activations from overflowing in the forward pass.
                  feedback: Scaling happens after the forward pass.
              explanation: Small gradients underflow in FP16; scaling shifts them into range.
              references: ["Micikevicius et al., Mixed Precision Training, ICLR 2018"]
            """;

    static final String MULTIPLE = """
            - id: q-multiple
              type: multiple_choice
              level: entry
              difficulty: 3
              skills: [number-formats]
              stem: Which formats have 8 exponent bits?
              options:
                - text: FP32
                  correct: true
                - text: BF16
                  correct: true
                - text: FP16
                  feedback: FP16 has 5 exponent bits.
                - text: FP8 E4M3
                  feedback: E4M3 has 4 exponent bits.
              explanation: BF16 keeps the exponent of FP32 and drops mantissa bits.
              references: ["IEEE 754-2019"]
            """;

    static final String TRUE_FALSE = """
            - id: q-true-false
              type: true_false
              level: intern
              difficulty: 1
              skills: [bf16]
              stem: BF16 has a smaller range than FP16.
              answer: false
              wrong_feedback: BF16 keeps the 8 exponent bits of FP32, so its range is far wider than FP16's.
              explanation: BF16 trades precision for range.
              references: ["Kalamkar et al., A Study of BFLOAT16 for Deep Learning Training, 2019"]
            """;

    static final String NUMERIC = """
            - id: q-numeric
              type: numeric
              level: entry
              difficulty: 2
              skills: [memory-estimation]
              stem: How much memory do $2^{30}$ BF16 values take?
              answer: 2
              unit: GiB
              accept_units: [MiB, GB]
              tolerance: { relative: 0.01 }
              common_mistakes:
                - value: 1
                  feedback: Counted one byte per value; BF16 takes two.
              explanation: Two bytes per value times $2^{30}$ values is 2 GiB.
              references: ["PyTorch documentation, torch.bfloat16"]
            """;

    static final String PARAMETERISED = """
            - id: q-param
              type: parameterised_numeric
              level: entry
              difficulty: 3
              skills: [memory-estimation, adam]
              variables:
                P: { values: [1, 3, 7, 13] }
                N: { min: 2, max: 16, step: 2 }
              stem: |
                A model with {{P}} billion parameters keeps 16 bytes of state per parameter, sharded evenly over
                {{N}} GPUs. How many GB of model state does each GPU hold?
              answer: "P * 16 / N"
              unit: GB
              tolerance: { relative: 0.02 }
              answer_range: [0.05, 120]
              common_mistakes:
                - formula: "P * 16"
                  feedback: Forgot that the state is sharded over the {{N}} GPUs.
              explanation: |
                {{P}} billion parameters times 16 B is {{= P*16 }} GB; each of the {{N}} GPUs holds {{= P*16/N }} GB.
              references: ["Rajbhandari et al., ZeRO, SC 2020"]
            """;

    static final String SHORT_TEXT = """
            - id: q-short
              type: short_text
              level: intern
              difficulty: 2
              skills: [collectives]
              stem: Which collective sums gradients across data-parallel ranks and leaves the sum on every rank?
              accepted: [all-reduce, allreduce]
              patterns: ["^all[- ]?reduce( collective)?$"]
              wrong_feedback: Reduce leaves the result on one rank only; broadcast does not sum.
              explanation: All-reduce is, in effect, a reduce followed by a broadcast.
              references: ["NCCL documentation, Collective operations"]
            """;

    static final String ORDERING = """
            - id: q-ordering
              type: ordering
              level: entry
              difficulty: 3
              skills: [amp]
              stem: Put the steps of one GradScaler training step in order.
              items:
                - Run the forward pass under autocast
                - Scale the loss and call backward()
                - Unscale the gradients and check them for inf/NaN
                - Step the optimizer
              explanation: Gradients must exist before they are unscaled, and be checked before the step.
              references: ["PyTorch documentation, torch.amp"]
            """;

    static final String MATCHING = """
            - id: q-matching
              type: matching
              level: entry
              difficulty: 2
              skills: [parallelism]
              stem: Match each kind of parallelism with what it splits.
              pairs:
                - { left: Data parallelism, right: The batch }
                - { left: Tensor parallelism, right: The weight matrices inside a layer }
                - { left: Pipeline parallelism, right: The sequence of layers }
              distractors: [The vocabulary]
              explanation: Each strategy splits a different dimension of the work.
              references: ["Narayanan et al., Megatron-LM, SC 2021"]
            """;

    /** A small valid question for the file that must keep loading next to a broken one. */
    static final String GOOD_QUESTION = """
            - id: good-one
              type: true_false
              level: intern
              difficulty: 1
              skills: [sanity]
              stem: FP32 has 23 explicit mantissa bits.
              answer: true
              explanation: FP32 has 1 sign, 8 exponent and 23 mantissa bits.
              references: ["IEEE 754-2019"]
            """;

    /** A quiz file's text: the header, then the questions (written at column 0) indented under {@code questions:}. */
    static String quiz(String id, String topic, String... questions) {
        var text = new StringBuilder("""
                quiz:
                  id: %s
                  title: A test quiz
                  topic: %s
                  description: A fixture.
                  time_limit_minutes: 15
                review:
                  reviewed_by: Test author
                  reviewed_on: 2026-01-01
                  notes: Written for a unit test.
                questions:
                """.formatted(id, topic));
        for (String question : questions) {
            text.append(question.indent(2));
        }
        return text.toString();
    }

    /** {@code text} with {@code target} replaced once; fails when the target is not there, so a fixture never silently stays valid. */
    static String replace(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0) {
            fail("fixture does not contain <" + target + ">");
        }
        assertThat(text.indexOf(target, at + 1)).as("<" + target + "> occurs once").isNegative();
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    /** The 1-based number of the only line of {@code text} containing {@code needle}. */
    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        int found = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                assertThat(found).as("<" + needle + "> is on one line only").isZero();
                found = i + 1;
            }
        }
        if (found == 0) {
            fail("no line contains <" + needle + ">");
        }
        return found;
    }

    static void write(Path root, String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes topics.yaml, a valid {@code alpha/alpha-good.yaml} and {@code alpha/alpha-broken.yaml} holding the given
     * questions; returns the broken file's text so a test can find its lines.
     */
    static String brokenFolder(Path root, String... questions) {
        write(root, "topics.yaml", TOPICS);
        write(root, "alpha/alpha-good.yaml", quiz("alpha-good", "alpha", GOOD_QUESTION));
        String broken = quiz("alpha-broken", "alpha", questions);
        write(root, "alpha/alpha-broken.yaml", broken);
        return broken;
    }
}
