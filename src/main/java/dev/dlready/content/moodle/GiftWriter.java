package dev.dlready.content.moodle;

import java.util.List;

/**
 * Writes {@link MoodleQuestion}s as GIFT, following the same rules {@link GiftReader} reads: a {@code $CATEGORY:} line
 * whenever the category changes, the id number and tags in a comment, {@code ::name::}, {@code [markdown]} and the
 * question text, then the answers in braces with one answer per line. Special characters are escaped with a backslash
 * and line breaks written as {@code \n}, so no text line can end a question or be mistaken for a comment.
 */
final class GiftWriter {

    private final StringBuilder out = new StringBuilder();

    private GiftWriter() {}

    static String write(List<MoodleQuestion> questions) {
        var writer = new GiftWriter();
        String category = null;
        for (var q : questions) {
            if (!q.category.equals(category)) {
                category = q.category;
                writer.out.append("$CATEGORY: ").append(category).append("\n\n");
            }
            writer.question(q);
            writer.out.append('\n');
        }
        return writer.out.toString();
    }

    /** GIFT's escapes: backslash, ~ = # { } : and line breaks. */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (char c : text.replace("\r\n", "\n").replace('\r', '\n').toCharArray()) {
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String tag(String text) {
        return text.replace("]", "\\]").replace("\n", " ");
    }

    private void question(MoodleQuestion q) {
        if (q.idNumber != null) {
            out.append("// [id:").append(tag(q.idNumber)).append("]\n");
        }
        if (!q.tags.isEmpty()) {
            out.append("//");
            q.tags.forEach(t -> out.append(" [tag:").append(tag(t)).append(']'));
            out.append('\n');
        }
        out.append("::").append(escape(q.name)).append("::[").append(q.text.format().giftName).append(']')
                .append(escape(q.text.value()));
        switch (q.type) {
            case "multichoice" -> {
                out.append("{\n");
                for (var a : q.answers) {
                    String marker = q.single
                            ? (a.fraction() >= 1 ? "=" : "~")
                            : "~%" + XmlWriter.percent(a.fraction()) + "%";
                    out.append('\t').append(marker).append(escape(a.text().value())).append(feedback(a)).append('\n');
                }
                generalFeedback(q);
                out.append("}\n");
            }
            case "truefalse" -> {
                var right = q.answers.stream().filter(a -> a.fraction() >= 1).findFirst().orElseThrow();
                var wrong = q.answers.stream().filter(a -> a != right).findFirst().orElseThrow();
                out.append('{').append(right.text().value().equals("true") ? "TRUE" : "FALSE");
                if (!wrong.feedback().isBlank()) {
                    out.append('#').append(escape(wrong.feedback().value()));
                }
                if (!q.generalFeedback.isBlank()) {
                    out.append("####").append(escape(q.generalFeedback.value()));
                }
                out.append("}\n");
            }
            case "shortanswer" -> {
                out.append("{\n");
                for (var a : q.answers) {
                    out.append("\t=%").append(XmlWriter.percent(a.fraction())).append('%')
                            .append(escape(a.text().value())).append(feedback(a)).append('\n');
                }
                generalFeedback(q);
                out.append("}\n");
            }
            case "numerical" -> {
                out.append("{#\n");
                for (var a : q.answers) {
                    if (a.text().value().equals("*")) {
                        out.append("\t~").append(feedback(a)).append('\n');
                    } else {
                        out.append("\t=%").append(XmlWriter.percent(a.fraction())).append('%')
                                .append(a.text().value()).append(':').append(FromDlReady.number(a.tolerance()))
                                .append(feedback(a)).append('\n');
                    }
                }
                generalFeedback(q);
                out.append("}\n");
            }
            case "matching" -> {
                out.append("{\n");
                for (var sub : q.subquestions) {
                    out.append("\t=").append(escape(sub.text().value())).append(sub.text().isBlank() ? "" : " ")
                            .append("-> ").append(escape(sub.answer())).append('\n');
                }
                generalFeedback(q);
                out.append("}\n");
            }
            case "ordering" -> {
                // The ordering type reads its items raw, one per line, without GIFT escapes.
                out.append("{>").append(q.selectCount).append(' ').append(q.selectType).append(" VERTICAL ")
                        .append(q.gradingType).append(" SHOW\n");
                for (var a : q.answers) {
                    out.append(a.text().value()).append('\n');
                }
                out.append("}\n");
            }
            default -> throw new IllegalStateException("no GIFT form for " + q.type);
        }
    }

    private static String feedback(MoodleQuestion.Answer a) {
        return a.feedback().isBlank() ? "" : "#" + escape(a.feedback().value());
    }

    private void generalFeedback(MoodleQuestion q) {
        if (!q.generalFeedback.isBlank()) {
            out.append("\t####").append(escape(q.generalFeedback.value())).append('\n');
        }
    }
}
