package dev.dlready.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    @Test
    void inline_and_display_math_become_elements_for_katex_with_the_tex_untouched_by_markdown() {
        String html = Markdown.toHtml("Scale by $\\frac{1}{\\sqrt{d_k}}$ where *d_k* is\n\n$$a_{ij} = q_i^T k_j$$");
        assertThat(html).contains("<span class=\"math-inline\">\\frac{1}{\\sqrt{d_k}}</span>");
        assertThat(html).contains("<div class=\"math-display\">a_{ij} = q_i^T k_j</div>");
        assertThat(html).contains("<em>d_k</em>");
    }

    @Test
    void dollar_amounts_and_code_are_not_math() {
        String html = Markdown.toHtml("Interns earn $9,000 to $14,000 a month. Use `x = $y$` in code.");
        assertThat(html).doesNotContain("math-inline");
        assertThat(html).contains("<code>x = $y$</code>");
    }

    @Test
    void fenced_code_keeps_its_language_for_highlighting() {
        String html = Markdown.toHtml("```python\nloss = criterion(out, y)  # $not math$\n```");
        assertThat(html).contains("<code class=\"language-python\">").doesNotContain("math-inline");
    }

    @Test
    void tables_render() {
        assertThat(Markdown.toHtml("| a | b |\n|---|---|\n| 1 | 2 |")).contains("<table>", "<td>1</td>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert('x')</script>",
        "<img src=x onerror=alert('x')>",
        "[click](javascript:alert('x'))",
        "<a href=\"javascript:alert('x')\">click</a>",
        "<iframe src=\"https://example.org\"></iframe>",
        "<div onclick=\"alert('x')\">hi</div>",
        "$<img src=x onerror=alert(1)>$"
    })
    void author_html_can_never_run_script(String hostile) {
        var body = org.jsoup.Jsoup.parseBodyFragment(Markdown.toHtml("Question " + hostile)).body();
        assertThat(body.select("script, img, iframe, object, embed, style")).isEmpty();
        assertThat(body.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(a -> a.getKey().toLowerCase().startsWith("on")
                        || a.getValue().toLowerCase().contains("javascript:")));
    }

    @Test
    void plain_text_drops_markup() {
        assertThat(Markdown.toPlainText("**Bold** and `code`")).isEqualTo("Bold and code");
    }
}
