package dev.dlready.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import dev.dlready.base.text.Markdown;
import dev.dlready.content.ContentBank;
import dev.dlready.content.ContentReader;
import dev.dlready.question.Question;
import dev.dlready.support.BrowserTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PracticeBrowserTest extends BrowserTest {

    static ContentBank bank;

    @BeforeAll
    static void readBank() {
        bank = ContentReader.read(Path.of("quizzes"));
    }

    static Question question(String id) {
        return bank.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    /** A run of words from the text that would only appear if it had been sent to the browser. */
    static String fingerprint(String markdown) {
        String plain = Markdown.toPlainText(markdown).replaceAll("[^A-Za-z ]", " ").replaceAll("\\s+", " ").strip();
        var words = Arrays.stream(plain.split(" ")).filter(w -> w.length() > 3).limit(6).toList();
        return String.join(" ", words);
    }

    @Test
    void a_student_practises_a_topic_from_the_home_page_and_sees_explanations() {
        signIn("student@dlready.dev", DEMO_PASSWORD);
        page.locator(".topic-card", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Mixed precision")).click();
        assertThat(page.locator("#practice-topics")).containsText("Mixed precision");
        page.locator("#practice-start").click();

        for (int i = 0; i < 3; i++) {
            assertThat(page.locator("#practice-position")).hasText("Question " + (i + 1) + " of 10");
            answerCurrentQuestion();
            page.locator("#practice-check").click();
            assertThat(page.locator("#result-verdict")).isVisible();
            assertThat(page.locator("#result-explanation")).not().isEmpty();
            page.locator("#practice-next").click();
        }
        assertThat(page.locator("#practice-position")).hasText("Question 4 of 10");
    }

    @Test
    void a_wrong_answer_can_be_retried_and_keyboard_alone_works() {
        signIn("student@dlready.dev", DEMO_PASSWORD);
        open("practice?question=cmp-forward-vs-reverse-kl");
        assertThat(page.locator(".question-card")).isVisible();
        boolean answer = ((Question.TrueFalse) question("cmp-forward-vs-reverse-kl")).answer();

        page.keyboard().press(answer ? "2" : "1"); // the wrong one
        page.keyboard().press("Enter");
        assertThat(page.locator("#result-verdict")).hasText("Not quite");
        page.locator("#practice-retry").click();
        page.keyboard().press(answer ? "1" : "2");
        page.keyboard().press("Enter");
        assertThat(page.locator("#result-verdict")).hasText("Correct");
    }

    @ParameterizedTest(name = "{0} renders with its math and code, and no key before submission")
    @CsvSource({
        "single_choice, df-cfg-code-convention, true, true",
        "multiple_choice, ag-leaf-tensors-get-grad, false, true",
        "true_false, cmp-forward-vs-reverse-kl, true, false",
        "numeric, ag-checkpoint-sqrt-segments, true, false",
        "parameterised_numeric, ag-gradient-reversal-value, false, true",
        "short_text, cmp-kd-temperature-name, true, false",
        "ordering, mf-flop-ordering, true, false",
        "matching, df-prediction-targets, true, false"
    })
    void every_question_type_renders_and_sends_no_key_before_submission(
            String type, String id, boolean hasMath, boolean hasCode) {
        var sent = new ArrayList<String>();
        page.onResponse((Response r) -> {
            String contentType = r.headerValue("content-type");
            if (contentType != null && (contentType.contains("json") || contentType.contains("html"))) {
                try {
                    sent.add(r.text());
                } catch (RuntimeException ignored) {
                    // a response without a body
                }
            }
        });
        signIn("student@dlready.dev", DEMO_PASSWORD);
        open("practice?question=" + id);

        var card = page.locator(".question-card[data-question-type='" + type + "']");
        assertThat(card).isVisible();
        if (hasMath) {
            assertThat(card.locator(".katex").first()).isVisible();
        }
        if (hasCode) {
            assertThat(card.locator("pre code.hljs").first()).isVisible();
        }

        Question question = question(id);
        String everythingSent = String.join("\n", sent) + page.content();
        List<String> secrets = new ArrayList<>();
        secrets.add(fingerprint(question.meta().explanation()));
        if (question instanceof Question.Choice c) {
            c.options().stream().filter(o -> o.feedback() != null).map(o -> fingerprint(o.feedback())).forEach(secrets::add);
        }
        assertThat(secrets).allSatisfy(secret -> assertThat(normalise(everythingSent)).doesNotContain(secret));
        assertThat(everythingSent).doesNotContain("\"correct\"");

        // After submitting, the explanation does arrive: the check above can fail.
        answerCurrentQuestion();
        page.locator("#practice-check").click();
        assertThat(page.locator("#result-explanation")).isVisible();
        assertThat(normalise(page.locator("#result-explanation").innerText()))
                .contains(fingerprint(question.meta().explanation()).split(" ")[0]);
    }

    private static String normalise(String text) {
        return text.replaceAll("[^A-Za-z ]", " ").replaceAll("\\s+", " ");
    }
}
