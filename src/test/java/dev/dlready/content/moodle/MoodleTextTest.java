package dev.dlready.content.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Moodle's text formats to DL Ready Markdown and back. */
class MoodleTextTest {

    static String html(String html) {
        return MoodleText.toMarkdown(new MoodleQuestion.Text(html, MoodleText.Format.HTML), "text", new Notes(), null);
    }

    @Test
    void lists_tables_code_blocks_and_links_become_markdown() {
        assertThat(html("<p>Steps:</p><ol><li>Scale</li><li>Unscale <em>before</em> clipping</li></ol>"
                        + "<ul><li>a</li><li>b</li></ul>"))
                .isEqualTo("Steps:\n\n1. Scale\n2. Unscale *before* clipping\n\n- a\n- b");
        assertThat(html("<table><tr><th>Format</th><th>Bits</th></tr><tr><td>FP16</td><td>16</td></tr></table>"))
                .isEqualTo("| Format | Bits |\n| --- | --- |\n| FP16 | 16 |");
        assertThat(html("<pre><code class=\"language-python\">x = 1\nif x:\n    y = 2</code></pre>"))
                .isEqualTo("```python\nx = 1\nif x:\n    y = 2\n```");
        assertThat(html("See <a href=\"https://pytorch.org/docs\">the docs</a>."))
                .isEqualTo("See [the docs](https://pytorch.org/docs).");
        assertThat(html("Line one<br>line two")).isEqualTo("Line one\\\nline two");
    }

    @Test
    void characters_markdown_or_math_would_interpret_are_escaped() {
        assertThat(html("<p>Costs $5 * 2 [approx]</p>")).isEqualTo("Costs \\$5 \\* 2 \\[approx\\]");
        assertThat(html("<p># not a heading</p>")).isEqualTo("\\# not a heading");
        assertThat(html("<p>1. not a list</p>")).isEqualTo("1\\. not a list");
        assertThat(html("<p>snake_case stays, _emphasis_ does not</p>"))
                .isEqualTo("snake_case stays, \\_emphasis\\_ does not");
    }

    @Test
    void mathjax_delimiters_become_dollars_and_entities_inside_math_are_decoded() {
        assertThat(html("<p>\\(a &lt; b\\) and \\[\\sum_i x_i\\] and $$y$$</p>"))
                .isEqualTo("$a < b$ and $$\\sum_i x_i$$ and $$y$$");
    }

    @Test
    void plain_text_keeps_its_line_breaks_and_shows_literally() {
        var text = new MoodleQuestion.Text("Line *one*\nline two\n\nNext", MoodleText.Format.PLAIN);

        assertThat(MoodleText.toMarkdown(text, "text", new Notes(), null))
                .isEqualTo("Line \\*one\\*\\\nline two\n\nNext");
    }

    @Test
    void images_media_and_links_to_moodle_files_are_reported() {
        var notes = new Notes();

        String md = MoodleText.toMarkdown(new MoodleQuestion.Text("<p>Look <img src=\"@@PLUGINFILE@@/a.png\">"
                + "<video src=\"v.mp4\"></video><a href=\"@@PLUGINFILE@@/sheet.pdf\">here</a></p>",
                MoodleText.Format.HTML), "question text", notes, null);

        assertThat(md).isEqualTo("Look here");
        assertThat(notes.list()).extracting(ImportNote::message).containsExactlyInAnyOrder(
                "question text: image \"a.png\" (DL Ready questions have no images; describe the content in words)",
                "question text: embedded <video> content",
                "question text: links to files stored in Moodle (\"sheet.pdf\"); the link text was kept");
    }

    @Test
    void deeply_nested_html_keeps_its_text_without_exhausting_the_stack() {
        String deep = "<span>".repeat(5000) + "deep text" + "</span>".repeat(5000);
        var notes = new Notes();

        String md = MoodleText.toMarkdown(new MoodleQuestion.Text(deep, MoodleText.Format.HTML), "text", notes, null);

        assertThat(md).isEqualTo("deep text");
    }

    @Test
    void dl_ready_math_is_written_as_moodle_markdown_math_and_comes_back_unchanged() {
        String markdown = "With $x^2$ and\n\n$$\\frac{a}{b}$$\n\nbut not `$code$` or $5 prices.";

        String moodle = MoodleText.toMoodleMarkdown(markdown);

        assertThat(moodle).isEqualTo(
                "With \\\\(x^2\\\\) and\n\n\\\\[\\frac{a}{b}\\\\]\n\nbut not `$code$` or $5 prices.");
        assertThat(MoodleText.toMarkdown(new MoodleQuestion.Text(moodle, MoodleText.Format.MARKDOWN), "text",
                new Notes(), null)).isEqualTo(markdown);
    }

    @Test
    void raw_html_inside_markdown_is_reported() {
        var notes = new Notes();

        MoodleText.toMarkdown(new MoodleQuestion.Text("Use <b>bold</b>", MoodleText.Format.MARKDOWN), "answer 1", notes,
                null);

        assertThat(notes.list()).extracting(ImportNote::message)
                .containsExactly("answer 1: contains HTML inside Markdown, which DL Ready shows as text");
    }
}
