package dev.dlready.content.moodle;

import java.util.List;
import java.util.Locale;

/**
 * Writes {@link MoodleQuestion}s as Moodle XML, element by element as Moodle's own exporter does. Text goes into
 * {@code <text>} elements, wrapped in CDATA when it holds markup characters (a {@code ]]>} inside is split across two
 * CDATA sections); characters XML cannot hold at all are removed, with a note.
 */
final class XmlWriter {

    private final StringBuilder out = new StringBuilder();
    private final List<ExportNote> notes;
    private String id = "";

    private XmlWriter(List<ExportNote> notes) {
        this.notes = notes;
    }

    static String write(List<MoodleQuestion> questions, List<ExportNote> notes) {
        var writer = new XmlWriter(notes);
        writer.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        String category = null;
        for (var q : questions) {
            writer.id = q.idNumber == null ? q.name : q.idNumber;
            if (!q.category.equals(category)) {
                category = q.category;
                writer.category(category);
            }
            writer.question(q);
        }
        writer.out.append("</quiz>\n");
        return writer.out.toString();
    }

    private void line(int indent, String text) {
        out.append("  ".repeat(indent)).append(text).append('\n');
    }

    private void category(String path) {
        line(1, "<question type=\"category\">");
        line(2, "<category>");
        line(3, "<text>" + escapeText(path) + "</text>");
        line(2, "</category>");
        line(1, "</question>");
        out.append('\n');
    }

    private void question(MoodleQuestion q) {
        line(1, "<question type=\"" + attribute(q.type) + "\">");
        line(2, "<name>");
        line(3, "<text>" + escapeText(q.name) + "</text>");
        line(2, "</name>");
        text(2, "questiontext", q.text);
        text(2, "generalfeedback", q.generalFeedback);
        line(2, "<defaultgrade>1</defaultgrade>");
        line(2, "<penalty>" + (q.type.equals("truefalse") ? "1" : "0.3333333") + "</penalty>");
        line(2, "<hidden>0</hidden>");
        line(2, "<idnumber>" + escapeText(q.idNumber == null ? "" : q.idNumber) + "</idnumber>");
        switch (q.type) {
            case "multichoice" -> {
                line(2, "<single>" + q.single + "</single>");
                line(2, "<shuffleanswers>true</shuffleanswers>");
                line(2, "<answernumbering>none</answernumbering>");
                line(2, "<showstandardinstruction>0</showstandardinstruction>");
                combinedFeedback(q);
                answers(q, false);
            }
            case "truefalse", "shortanswer" -> {
                if (q.type.equals("shortanswer")) {
                    line(2, "<usecase>0</usecase>");
                }
                answers(q, false);
            }
            case "numerical" -> {
                answers(q, false);
                units(q);
            }
            case "calculated" -> {
                line(2, "<synchronize>0</synchronize>");
                line(2, "<single>0</single>");
                line(2, "<answernumbering>abc</answernumbering>");
                line(2, "<shuffleanswers>0</shuffleanswers>");
                combinedFeedback(q);
                answers(q, true);
                units(q);
                datasets(q);
            }
            case "matching" -> {
                line(2, "<shuffleanswers>true</shuffleanswers>");
                combinedFeedback(q);
                for (var sub : q.subquestions) {
                    line(2, "<subquestion format=\"" + sub.text().format().xmlName + "\">");
                    line(3, "<text>" + escapeText(sub.text().value()) + "</text>");
                    line(3, "<answer>");
                    line(4, "<text>" + escapeText(sub.answer()) + "</text>");
                    line(3, "</answer>");
                    line(2, "</subquestion>");
                }
            }
            case "ordering" -> {
                line(2, "<layouttype>VERTICAL</layouttype>");
                line(2, "<selecttype>" + q.selectType + "</selecttype>");
                line(2, "<selectcount>" + q.selectCount + "</selectcount>");
                line(2, "<gradingtype>" + q.gradingType + "</gradingtype>");
                line(2, "<showgrading>SHOW</showgrading>");
                line(2, "<numberingstyle>none</numberingstyle>");
                combinedFeedback(q);
                for (var a : q.answers) {
                    // The ordering type stores each item's position in "fraction" (1, 2, 3…), not a mark.
                    line(2, "<answer fraction=\"" + (int) a.fraction() + "\" format=\""
                            + a.text().format().xmlName + "\">");
                    line(3, "<text>" + escapeText(a.text().value()) + "</text>");
                    line(2, "</answer>");
                }
            }
            default -> throw new IllegalStateException("no XML form for " + q.type);
        }
        if (!q.tags.isEmpty()) {
            line(2, "<tags>");
            for (String tag : q.tags) {
                line(3, "<tag><text>" + escapeText(tag) + "</text></tag>");
            }
            line(2, "</tags>");
        }
        line(1, "</question>");
        out.append('\n');
    }

    private void text(int indent, String element, MoodleQuestion.Text text) {
        line(indent, "<" + element + " format=\"" + text.format().xmlName + "\">");
        line(indent + 1, "<text>" + escapeText(text.value()) + "</text>");
        line(indent, "</" + element + ">");
    }

    private void combinedFeedback(MoodleQuestion q) {
        text(2, "correctfeedback", q.correctFeedback);
        text(2, "partiallycorrectfeedback", q.partiallyCorrectFeedback);
        text(2, "incorrectfeedback", q.incorrectFeedback);
        line(2, "<shownumcorrect/>");
    }

    private void answers(MoodleQuestion q, boolean calculated) {
        for (var a : q.answers) {
            line(2, "<answer fraction=\"" + percent(a.fraction()) + "\" format=\"" + a.text().format().xmlName + "\">");
            line(3, "<text>" + escapeText(a.text().value()) + "</text>");
            if (q.type.equals("numerical") || calculated) {
                line(3, "<tolerance>" + FromDlReady.number(a.tolerance()) + "</tolerance>");
            }
            if (calculated) {
                line(3, "<tolerancetype>" + a.toleranceType() + "</tolerancetype>");
                // Significant figures (2), six of them: far finer than any tolerance, since Moodle rounds the
                // computed answer to this before comparing.
                line(3, "<correctanswerformat>2</correctanswerformat>");
                line(3, "<correctanswerlength>6</correctanswerlength>");
            }
            text(3, "feedback", a.feedback());
            line(2, "</answer>");
        }
    }

    private void units(MoodleQuestion q) {
        if (!q.units.isEmpty()) {
            line(2, "<units>");
            for (var unit : q.units) {
                line(3, "<unit>");
                line(4, "<multiplier>" + FromDlReady.number(unit.multiplier()) + "</multiplier>");
                line(4, "<unit_name>" + escapeText(unit.name()) + "</unit_name>");
                line(3, "</unit>");
            }
            line(2, "</units>");
        }
        // Units optional (0), typed into the answer box (0), after the number (0): a missing unit means the
        // question's own unit, as in DL Ready.
        line(2, "<unitgradingtype>0</unitgradingtype>");
        line(2, "<unitpenalty>0.1000000</unitpenalty>");
        line(2, "<showunits>" + (q.units.isEmpty() ? 3 : 0) + "</showunits>");
        line(2, "<unitsleft>0</unitsleft>");
    }

    private void datasets(MoodleQuestion q) {
        line(2, "<dataset_definitions>");
        for (var d : q.datasets) {
            line(3, "<dataset_definition>");
            line(4, "<status><text>private</text></status>");
            line(4, "<name><text>" + escapeText(d.name()) + "</text></name>");
            line(4, "<type>calculated</type>");
            line(4, "<distribution><text>" + d.distribution() + "</text></distribution>");
            line(4, "<minimum><text>" + FromDlReady.number(d.min()) + "</text></minimum>");
            line(4, "<maximum><text>" + FromDlReady.number(d.max()) + "</text></maximum>");
            line(4, "<decimals><text>" + d.decimals() + "</text></decimals>");
            line(4, "<itemcount>" + d.items().size() + "</itemcount>");
            line(4, "<dataset_items>");
            for (int i = 0; i < d.items().size(); i++) {
                line(5, "<dataset_item>");
                line(6, "<number>" + (i + 1) + "</number>");
                line(6, "<value>" + FromDlReady.number(d.items().get(i)) + "</value>");
                line(5, "</dataset_item>");
            }
            line(4, "</dataset_items>");
            line(4, "<number_of_items>" + d.items().size() + "</number_of_items>");
            line(3, "</dataset_definition>");
        }
        line(2, "</dataset_definitions>");
    }

    /** A fraction as Moodle writes it: percent, at most five decimals (33.33333). */
    static String percent(double fraction) {
        return new java.math.BigDecimal(fraction * 100)
                .setScale(5, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString()
                .replaceAll("^-0$", "0");
    }

    private String clean(String text) {
        var out = new StringBuilder(text.length());
        boolean removed = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (allowed) {
                out.appendCodePoint(c);
            } else {
                removed = true;
            }
            i += Character.charCount(c);
        }
        if (removed) {
            notes.add(new ExportNote(id, ExportNote.Kind.CHANGED, "control characters that XML cannot hold were "
                    + "removed from the text"));
        }
        return out.toString();
    }

    /** Text content: as is when plain, in CDATA when it holds markup characters, as Moodle's exporter does. */
    private String escapeText(String raw) {
        String text = clean(raw);
        if (text.chars().noneMatch(c -> c == '<' || c == '>' || c == '&' || c == '"')) {
            return text;
        }
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static String attribute(String value) {
        return value.toLowerCase(Locale.ROOT).replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
