package dev.dlready.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlready.content.ContentReader;
import dev.dlready.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(roles = "INSTRUCTOR")
class ContentSyncTest {

    @Autowired
    ContentSync sync;

    @Autowired
    BankService bank;

    @TempDir
    Path folder;

    String prefix;

    @BeforeEach
    void fixture() throws IOException {
        prefix = "sync" + System.nanoTime();
        Files.writeString(folder.resolve("topics.yaml"), """
                topics:
                  - id: cuda
                    title: CUDA concepts
                    skill: GPU programming
                    description: Threads and memory.
                    prerequisites: []
                """);
        Files.createDirectories(folder.resolve("cuda"));
        writeQuiz("How many threads are in a warp on NVIDIA GPUs?", true);
    }

    @AfterEach
    void restoreTheRealBank() {
        sync.synchronise();
    }

    void writeQuiz(String firstStem, boolean withSecond) throws IOException {
        String second = withSecond ? """
                  - id: %s-b
                    type: true_false
                    level: intern
                    difficulty: 1
                    skills: [warps]
                    stem: A warp can span two thread blocks.
                    answer: false
                    explanation: A warp is formed from consecutive threads of one block.
                    references: ["NVIDIA CUDA C++ Programming Guide, SIMT architecture"]
                """.formatted(prefix) : "";
        Files.writeString(folder.resolve("cuda/" + prefix + ".yaml"), """
                quiz:
                  id: %s
                  title: Warps
                  topic: cuda
                review:
                  reviewed_by: Second reader
                  reviewed_on: 2026-11-25
                questions:
                  - id: %s-a
                    type: numeric
                    level: intern
                    difficulty: 1
                    skills: [warps]
                    stem: %s
                    answer: 32
                    tolerance: { absolute: 0.5 }
                    explanation: Every warp has 32 threads on all NVIDIA architectures so far.
                    references: ["NVIDIA CUDA C++ Programming Guide, SIMT architecture"]
                %s""".formatted(prefix, prefix, firstStem, second));
    }

    SyncReport load() {
        return sync.apply(ContentReader.read(folder), folder.toString());
    }

    @Test
    void loading_the_same_files_twice_adds_nothing() {
        var first = load();
        var second = load();

        assertThat(first.added()).isEqualTo(2);
        assertThat(second.added()).isZero();
        assertThat(second.changed()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(bank.current(prefix + "-a").orElseThrow().versionNumber()).isEqualTo(1);
    }

    @Test
    void editing_a_question_creates_a_new_version_and_the_old_one_still_shows_what_was_asked() throws IOException {
        load();
        var before = bank.current(prefix + "-a").orElseThrow();

        writeQuiz("How many threads does one warp hold?", true);
        var report = load();

        var after = bank.current(prefix + "-a").orElseThrow();
        assertThat(report.changed()).isEqualTo(1);
        assertThat(after.versionNumber()).isEqualTo(2);
        assertThat(after.versionId()).isNotEqualTo(before.versionId());
        assertThat(bank.version(before.versionId()).orElseThrow().question().meta().stem())
                .isEqualTo("How many threads are in a warp on NVIDIA GPUs?");
        assertThat(after.question().meta().stem()).isEqualTo("How many threads does one warp hold?");
    }

    @Test
    void a_question_removed_from_its_file_is_retired_but_kept_in_history() throws IOException {
        load();
        var removed = bank.current(prefix + "-b").orElseThrow();

        writeQuiz("How many threads are in a warp on NVIDIA GPUs?", false);
        var report = load();

        assertThat(report.retired()).isEqualTo(1);
        assertThat(bank.forPractice(PracticeFilter.topics(List.of("cuda"))))
                .extracting(BankQuestion::id)
                .contains(prefix + "-a")
                .doesNotContain(prefix + "-b");
        assertThat(bank.version(removed.versionId())).isPresent();
    }

    @Test
    void a_broken_file_is_listed_with_its_line_and_its_questions_stay_available() throws IOException {
        load();
        Files.writeString(folder.resolve("cuda/" + prefix + ".yaml"),
                Files.readString(folder.resolve("cuda/" + prefix + ".yaml")).replace("difficulty: 1", "difficulty: 9"));

        var report = load();

        assertThat(report.problems()).isGreaterThan(0);
        assertThat(report.retired()).isZero();
        assertThat(bank.contentProblems())
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("cuda/" + prefix + ".yaml");
                    assertThat(p.line()).isPositive();
                    assertThat(p.field()).endsWith("difficulty");
                    assertThat(p.message()).contains("expected 1 to 5");
                });
        assertThat(bank.current(prefix + "-a")).isPresent();
        assertThat(bank.forPractice(PracticeFilter.topics(List.of("cuda"))))
                .extracting(BankQuestion::id)
                .contains(prefix + "-a", prefix + "-b");
    }

    @Test
    void restarting_on_the_real_quizzes_folder_changes_nothing() {
        sync.synchronise();
        var again = sync.synchronise();

        assertThat(again.added()).isZero();
        assertThat(again.changed()).isZero();
        assertThat(again.retired()).isZero();
        assertThat(again.problems()).isZero();
        assertThat(again.unchanged()).isGreaterThanOrEqualTo(500);
    }
}
