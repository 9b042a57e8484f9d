package dev.dlready.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlready.question.Level;
import dev.dlready.question.QuestionType;
import dev.dlready.question.Response;
import dev.dlready.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class PracticeServiceTest {

    @Autowired
    PracticeService practice;

    @Test
    @WithMockUser(username = "student@dlready.dev", roles = "STUDENT")
    void a_session_draws_the_requested_number_from_the_chosen_topic_level_and_difficulty() {
        var items = practice.start(new PracticeRequest(List.of("cuda"), Level.ENTRY, 2, 4, 7));

        assertThat(items).hasSize(7).allSatisfy(item -> {
            assertThat(item.topic()).isEqualTo("cuda");
            var ask = practice.ask(item);
            assertThat(ask.level()).isEqualTo(Level.ENTRY);
            assertThat(ask.difficulty()).isBetween(2, 4);
        });
    }

    @Test
    @WithMockUser(username = "student@dlready.dev", roles = "STUDENT")
    void any_level_draws_from_both_levels() {
        var items = practice.start(new PracticeRequest(List.of("transformers"), null, 1, 5, 50));
        assertThat(items.stream().map(i -> practice.ask(i).level()).distinct())
                .containsExactlyInAnyOrder(Level.INTERN, Level.ENTRY);
    }

    @Test
    @WithMockUser(username = "student@dlready.dev", roles = "STUDENT")
    void checking_an_answer_scores_it_counts_retries_and_reveals_the_explanation() {
        var item = practice.startWith("ag-leaf-tensors-get-grad").getFirst();
        var ask = practice.ask(item);
        assertThat(ask.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);

        var first = practice.check(item, new Response.Choices(Set.of(0)));
        var second = practice.check(item, new Response.Choices(Set.of(0, 1)));

        assertThat(first.tryNumber()).isEqualTo(1);
        assertThat(second.tryNumber()).isEqualTo(2);
        assertThat(first.explanationMarkdown()).isNotBlank();
        assertThat(first.keyMarkdown()).startsWith("**Correct answer");
        assertThat(practice.summary().answers()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @WithMockUser(username = "recruiter@dlready.dev", roles = "RECRUITER")
    void a_recruiter_cannot_practise() {
        assertThatThrownBy(() -> practice.start(new PracticeRequest(List.of("cuda"), null, 1, 5, 5)))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "student@dlready.dev", roles = "STUDENT")
    void an_unknown_question_gives_an_empty_session() {
        assertThat(practice.startWith("no-such-question")).isEmpty();
    }
}
