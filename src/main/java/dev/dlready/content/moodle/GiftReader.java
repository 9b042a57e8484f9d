package dev.dlready.content.moodle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads GIFT, Moodle's text format for questions, into {@link MoodleQuestion}s. The rules follow Moodle's GIFT
 * documentation (docs.moodle.org/en/GIFT_format) and its importer, in our own words:
 *
 * <ul>
 *   <li>Questions are separated by at least one blank line; a question itself has no blank line ({@code \n} writes a
 *       line break inside text).
 *   <li>A line whose first non-blank characters are {@code //} is a comment. Comments may carry the question's id
 *       number as {@code [id:…]} and tags as {@code [tag:…]}.
 *   <li>{@code $CATEGORY: path} switches the category of the questions that follow.
 *   <li>{@code ::title::} before the text names the question; {@code [html]}, {@code [moodle]}, {@code [plain]} or
 *       {@code [markdown]} right before a text gives its format (answers and feedback default to the question text's).
 *   <li>The answers stand between {@code {} and {@code }}. If text follows the closing brace, the answers stood in the
 *       middle of a sentence and Moodle shows a blank ({@code _____}) there ("missing word").
 *   <li>Inside the braces: {@code =} marks a right answer and {@code ~} a wrong one (multiple choice); {@code ~%50%}
 *       gives an answer a weight in percent (several weighted {@code ~} and no {@code =} make a multiple-answer
 *       question); {@code #} starts the feedback of the answer before it; {@code ####} starts the general feedback.
 *       {@code T}/{@code TRUE}/{@code F}/{@code FALSE} make a true/false question ({@code #wrong feedback#right
 *       feedback}); {@code =a =b} alone a short answer; {@code =left -> right} a matching question; {@code #} first a
 *       numerical question with {@code value:tolerance}, {@code min..max}, weighted {@code =%50%…} answers and
 *       {@code ~#feedback} for any other answer. Empty braces make an essay and no braces a description.
 *   <li>{@code \~ \= \# \{ \} \:} write those characters literally, {@code \\} a backslash and {@code \n} a line
 *       break.
 *   <li>The ordering question type reads {@code {>count selecttype layout gradingtype showgrading} followed by one item
 *       per line, in the correct order.
 * </ul>
 *
 * Anything malformed is reported with its line and the file is refused as a whole.
 */
final class GiftReader {

    record Parsed(List<MoodleQuestion> questions, List<FileProblem> problems) {}

    // Escaped special characters stand in as private-use characters while the structure is parsed.
    private static final String SPECIAL = ":#={}~";
    private static final char FIRST_PLACEHOLDER = '\uE010';
    private static final char NEWLINE_PLACEHOLDER = '\uE016';

    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9]+(?:\\.[0-9]*)?)%");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");
    private static final Pattern ID_COMMENT = Pattern.compile("\\[id:((?:\\\\]|[^]\\p{Cntrl}])+)]");
    private static final Pattern TAG_COMMENT = Pattern.compile("\\[tag:((?:\\\\]|[^]\\p{Cntrl}])+)]");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final Set<String> SELECT_TYPES = Set.of("ALL", "EXACT", "RANDOM", "REL", "CONTIGUOUS", "CONTIG");
    private static final Set<String> LAYOUTS = Set.of("HORIZONTAL", "HORI", "H", "1", "VERTICAL", "VERT", "V", "0");
    private static final Set<String> SHOW_GRADING = Set.of("SHOW", "TRUE", "YES", "HIDE", "FALSE", "NO");

    private final List<MoodleQuestion> questions = new ArrayList<>();
    private final List<FileProblem> problems = new ArrayList<>();
    private String category = "";

    private GiftReader() {}

    static Parsed read(String text) {
        var reader = new GiftReader();
        reader.readAll(text.replace("\r\n", "\n").replace('\r', '\n'));
        return new Parsed(reader.questions, reader.problems);
    }

    private void readAll(String text) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int start = i;
            var block = new ArrayList<String>();
            var comments = new StringBuilder();
            while (i < lines.length && !lines[i].isBlank()) {
                if (lines[i].strip().startsWith("//")) {
                    comments.append(lines[i]).append('\n');
                    block.add("");
                } else {
                    block.add(lines[i]);
                }
                i++;
            }
            if (block.stream().allMatch(String::isBlank)) {
                continue;
            }
            readBlock(String.join("\n", block), start + 1, comments.toString());
        }
    }

    /** The block with escapes replaced, and the file line of every character. */
    private record Source(String text, int[] lines) {
        int lineAt(int index) {
            return lines.length == 0 ? 0 : lines[Math.max(0, Math.min(index, lines.length - 1))];
        }
    }

    private static Source unescape(String block, int firstLine) {
        var out = new StringBuilder(block.length());
        var lines = new int[block.length() + 1];
        int line = firstLine;
        for (int k = 0; k < block.length(); k++) {
            char c = block.charAt(k);
            lines[out.length()] = line;
            if (c == '\\' && k + 1 < block.length()) {
                char next = block.charAt(k + 1);
                int special = SPECIAL.indexOf(next);
                if (next == '\\') {
                    out.append('\\');
                    k++;
                    continue;
                } else if (special >= 0) {
                    out.append((char) (FIRST_PLACEHOLDER + special));
                    k++;
                    continue;
                } else if (next == 'n') {
                    out.append(NEWLINE_PLACEHOLDER);
                    k++;
                    continue;
                }
            }
            out.append(c);
            if (c == '\n') {
                line++;
            }
        }
        lines[out.length()] = line;
        return new Source(out.toString(), java.util.Arrays.copyOf(lines, out.length() + 1));
    }

    /** Placeholders back to the characters they stand for. */
    static String post(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == NEWLINE_PLACEHOLDER) {
                out.append('\n');
            } else if (c >= FIRST_PLACEHOLDER && c < FIRST_PLACEHOLDER + SPECIAL.length()) {
                out.append(SPECIAL.charAt(c - FIRST_PLACEHOLDER));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private void error(Source source, int index, String message) {
        problems.add(new FileProblem(source.lineAt(index), message));
    }

    private void readBlock(String block, int firstLine, String comments) {
        Source source = unescape(block, firstLine);
        String p = source.text();
        int start = firstNonSpace(p, 0);
        if (p.startsWith("$CATEGORY:", start)) {
            category = post(p.substring(start + "$CATEGORY:".length())).strip();
            return;
        }
        var q = new MoodleQuestion(source.lineAt(start));
        q.category = category;
        readComments(q, comments);
        int textStart = start;
        if (p.startsWith("::", start)) {
            int end = p.indexOf("::", start + 2);
            if (end < 0) {
                error(source, start, "the question title opened with :: is not closed with ::");
                return;
            }
            q.name = post(p.substring(start + 2, end)).strip();
            textStart = end + 2;
        }
        int open = p.indexOf('{', textStart);
        int close = p.indexOf('}', textStart);
        boolean ordering = open >= 0 && p.startsWith(">", firstNonSpace(p, open + 1));
        if (ordering) {
            close = p.lastIndexOf('}');
        }
        String answers = "";
        int answersAt = p.length();
        String questionText;
        if (open < 0 && close < 0) {
            q.type = "description";
            questionText = p.substring(textStart);
        } else if (open < 0) {
            error(source, close, "a } without an opening {; write \\} for a literal brace");
            return;
        } else if (close < 0) {
            error(source, open, "the answers opened with { are never closed with }");
            return;
        } else if (close < open) {
            error(source, close, "a } before the answers' opening {; write \\} for a literal brace");
            return;
        } else {
            if (!ordering) {
                int nested = p.indexOf('{', open + 1);
                if (nested >= 0 && nested < close) {
                    error(source, nested, "a { inside the answers; write \\{ for a literal brace");
                    return;
                }
                int second = indexOfAny(p, "{}", close + 1);
                if (second >= 0) {
                    error(source, second, "a second answer block; a question has one {…} (write \\{ and \\} for "
                            + "literal braces)");
                    return;
                }
            }
            String after = p.substring(close + 1);
            questionText = p.substring(textStart, open) + (after.isBlank() ? "" : "_____" + after);
            answers = p.substring(open + 1, close);
            answersAt = open + 1;
        }
        int feedbackAt = ordering ? -1 : answers.lastIndexOf("####");
        var text = formatted(questionText, MoodleText.Format.MOODLE);
        MoodleText.Format format = text.format();
        q.text = text;
        if (q.name.isBlank()) {
            q.name = defaultName(text.value());
        }
        if (feedbackAt >= 0) {
            q.generalFeedback = formatted(answers.substring(feedbackAt + 4), format);
            answers = answers.substring(0, feedbackAt);
        } else {
            q.generalFeedback = new MoodleQuestion.Text("", format);
        }
        if (q.type.equals("description")) {
            questions.add(q);
            return;
        }
        int lead = firstNonSpace(answers, 0);
        var body = new Piece(answers.strip(), answersAt + lead);
        int before = problems.size();
        if (body.text().isEmpty()) {
            q.type = "essay";
        } else if (body.text().startsWith("#")) {
            q.type = "numerical";
            numerical(source, q, body.sub(1), format);
        } else if (body.text().startsWith(">")) {
            q.type = "ordering";
            ordering(source, q, body.sub(1), block);
        } else if (body.text().indexOf('~') >= 0) {
            q.type = "multichoice";
            multichoice(source, q, body, format);
        } else if (body.text().indexOf('=') >= 0 && body.text().contains("->")) {
            q.type = "matching";
            matching(source, q, body, format);
        } else if (TRUE_FALSE.contains(body.text().split("#", 2)[0].strip())) {
            q.type = "truefalse";
            trueFalse(q, body, format);
        } else {
            q.type = "shortanswer";
            shortAnswer(source, q, body, format);
        }
        if (problems.size() == before) {
            questions.add(q);
        }
    }

    private static void readComments(MoodleQuestion q, String comments) {
        Matcher id = ID_COMMENT.matcher(comments);
        if (id.find()) {
            q.idNumber = id.group(1).replace("\\]", "]").strip();
        }
        Matcher tag = TAG_COMMENT.matcher(comments);
        while (tag.find()) {
            String name = tag.group(1).replace("\\]", "]").strip();
            if (!name.isEmpty()) {
                q.tags.add(name);
            }
        }
    }

    private static String defaultName(String text) {
        String plain = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return plain.length() > 60 ? plain.substring(0, 60).strip() + "…" : plain;
    }

    private static int firstNonSpace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int unescapedIndexOf(String s, char target) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == target) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A part of the block and where it starts, for error lines. */
    private record Piece(String text, int at) {
        Piece sub(int from) {
            return new Piece(text.substring(from), at + from);
        }

        Piece strip() {
            int lead = firstNonSpace(text, 0);
            return new Piece(text.strip(), at + lead);
        }
    }

    /** A text with an optional leading [format] marker; an unknown marker is kept as text, as Moodle does. */
    private static MoodleQuestion.Text formatted(String raw, MoodleText.Format fallback) {
        String text = raw.strip();
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            if (end > 0) {
                var format = MoodleText.Format.fromGift(text.substring(1, end));
                if (format.isPresent()) {
                    return new MoodleQuestion.Text(post(text.substring(end + 1)).strip(), format.get());
                }
            }
        }
        return new MoodleQuestion.Text(post(text).strip(), fallback);
    }

    /**
     * Splits at every marker character. With {@code keepMarker} each piece starts with its marker; otherwise the marker
     * is dropped and the text before the first marker is the first piece. Pieces are trimmed; empty ones are left out.
     */
    private static List<Piece> split(Piece body, String markers, boolean keepMarker) {
        var pieces = new ArrayList<Piece>();
        String s = body.text();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (markers.indexOf(s.charAt(i)) >= 0) {
                pieces.add(new Piece(s.substring(start, i), body.at() + start));
                start = keepMarker ? i : i + 1;
            }
        }
        pieces.add(new Piece(s.substring(start), body.at() + start));
        return pieces.stream().map(Piece::strip).filter(pc -> !pc.text().isEmpty()).toList();
    }

    private record Weighted(double weight, Piece rest, boolean explicit) {}

    private @Nullable Weighted weight(Source source, Piece piece, double fallback) {
        Matcher m = WEIGHT.matcher(piece.text());
        if (!m.find()) {
            return new Weighted(fallback, piece, false);
        }
        double percent = Double.parseDouble(m.group(1));
        if (percent < -100 || percent > 100) {
            error(source, piece.at(), "the weight " + m.group(1) + "% is outside -100% to 100%");
            return null;
        }
        return new Weighted(percent / 100, piece.sub(m.end()).strip(), true);
    }

    /** "answer#feedback" → both, with formats. */
    private static MoodleQuestion.Text[] answerAndFeedback(Piece piece, MoodleText.Format format) {
        String[] bits = piece.text().split("#", 2);
        return new MoodleQuestion.Text[] {
            formatted(bits[0], format), bits.length > 1 ? formatted(bits[1], format) : new MoodleQuestion.Text("", format)
        };
    }

    private void multichoice(Source source, MoodleQuestion q, Piece body, MoodleText.Format format) {
        q.single = body.text().indexOf('=') >= 0;
        List<Piece> pieces = split(body, "~=", true);
        for (Piece piece : pieces) {
            boolean right = piece.text().startsWith("=");
            boolean wrong = piece.text().startsWith("~");
            if (!right && !wrong) {
                error(source, piece.at(), "text before the first answer: \"" + post(piece.text())
                        + "\"; every answer starts with = (right) or ~ (wrong)");
                return;
            }
            Piece rest = piece.sub(1).strip();
            Weighted w = right ? new Weighted(1, rest, false) : weight(source, rest, 0);
            if (w == null) {
                return;
            }
            var parts = answerAndFeedback(w.rest(), format);
            if (parts[0].isBlank()) {
                error(source, piece.at(), "an empty answer");
                return;
            }
            q.answers.add(new MoodleQuestion.Answer(parts[0], w.weight(), parts[1]));
        }
        if (q.answers.size() < 2) {
            error(source, body.at(), "a multiple-choice question needs at least two answers");
        }
    }

    private void matching(Source source, MoodleQuestion q, Piece body, MoodleText.Format format) {
        List<Piece> pieces = split(body, "=", false);
        if (!body.text().startsWith("=") && !pieces.isEmpty()) {
            error(source, body.at(), "text before the first pair: every pair starts with =");
            return;
        }
        for (Piece piece : pieces) {
            int arrow = piece.text().indexOf("->");
            if (arrow < 0) {
                error(source, piece.at(), "the pair \"" + post(piece.text()) + "\" has no ->; write =left -> right");
                return;
            }
            var left = formatted(piece.text().substring(0, arrow), format);
            String right = post(piece.text().substring(arrow + 2)).strip();
            if (right.isEmpty()) {
                error(source, piece.at(), "the pair \"" + post(piece.text()) + "\" has nothing after ->");
                return;
            }
            q.subquestions.add(new MoodleQuestion.Subquestion(left, right));
        }
        if (q.subquestions.size() < 2) {
            error(source, body.at(), "a matching question needs at least two pairs");
        }
    }

    private static void trueFalse(MoodleQuestion q, Piece body, MoodleText.Format format) {
        String[] bits = body.text().split("#", 3);
        boolean answer = bits[0].strip().startsWith("T");
        var wrongFeedback = bits.length > 1 ? formatted(bits[1], format) : new MoodleQuestion.Text("", format);
        var rightFeedback = bits.length > 2 ? formatted(bits[2], format) : new MoodleQuestion.Text("", format);
        q.answers.add(new MoodleQuestion.Answer(new MoodleQuestion.Text("true", format), answer ? 1 : 0,
                answer ? rightFeedback : wrongFeedback));
        q.answers.add(new MoodleQuestion.Answer(new MoodleQuestion.Text("false", format), answer ? 0 : 1,
                answer ? wrongFeedback : rightFeedback));
    }

    private void shortAnswer(Source source, MoodleQuestion q, Piece body, MoodleText.Format format) {
        for (Piece piece : split(body, "=", false)) {
            Weighted w = weight(source, piece, 1);
            if (w == null) {
                return;
            }
            var parts = answerAndFeedback(w.rest(), format);
            if (parts[0].isBlank()) {
                error(source, piece.at(), "an empty answer");
                return;
            }
            q.answers.add(new MoodleQuestion.Answer(
                    new MoodleQuestion.Text(parts[0].value(), MoodleText.Format.PLAIN), w.weight(), parts[1]));
        }
        if (q.answers.isEmpty()) {
            error(source, body.at(), "a short-answer question needs at least one answer");
        }
    }

    private void numerical(Source source, MoodleQuestion q, Piece body, MoodleText.Format format) {
        Piece answers = body;
        Piece otherwise = null;
        int tilde = body.text().indexOf('~');
        if (tilde >= 0) {
            answers = new Piece(body.text().substring(0, tilde), body.at());
            otherwise = body.sub(tilde + 1);
        }
        for (Piece piece : split(answers, "=", false)) {
            Weighted w = weight(source, piece, 1);
            if (w == null) {
                return;
            }
            var parts = answerAndFeedback(w.rest(), format);
            String value = parts[0].value().strip();
            double answer;
            double tolerance;
            int range = value.indexOf("..");
            int colon = value.indexOf(':');
            try {
                if (range > 0) {
                    double min = number(value.substring(0, range));
                    double max = number(value.substring(range + 2));
                    if (max < min) {
                        error(source, piece.at(), "the range " + value + " ends below its start");
                        return;
                    }
                    answer = (min + max) / 2;
                    tolerance = max - answer;
                } else if (colon > 0) {
                    answer = number(value.substring(0, colon));
                    tolerance = number(value.substring(colon + 1));
                    if (tolerance < 0) {
                        error(source, piece.at(), "the tolerance in " + value + " is negative");
                        return;
                    }
                } else {
                    answer = number(value);
                    tolerance = 0;
                }
            } catch (NumberFormatException e) {
                error(source, piece.at(), "\"" + value + "\" is not a number, number:tolerance or min..max");
                return;
            }
            q.answers.add(new MoodleQuestion.Answer(new MoodleQuestion.Text(FromDlReady.number(answer),
                    MoodleText.Format.PLAIN), w.weight(), parts[1], tolerance, MoodleQuestion.NOMINAL));
        }
        if (q.answers.isEmpty()) {
            error(source, body.at(), "a numerical question needs at least one answer after #");
            return;
        }
        if (otherwise != null) {
            String[] bits = otherwise.text().split("#", 2);
            var feedback = bits.length > 1 ? formatted(bits[1], format) : new MoodleQuestion.Text("", format);
            q.answers.add(new MoodleQuestion.Answer(new MoodleQuestion.Text("*", MoodleText.Format.PLAIN), 0,
                    feedback, 0, MoodleQuestion.NOMINAL));
        }
    }

    private static double number(String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            throw new NumberFormatException(t);
        }
        return Double.parseDouble(t);
    }

    /**
     * The ordering type reads its own header and items from the raw lines, without GIFT's escapes (as Moodle's
     * ordering plugin does), so the items come from {@code raw}: between the first unescaped { and the last }.
     */
    private void ordering(Source source, MoodleQuestion q, Piece body, String raw) {
        String header = body.text().split("\n", 2)[0];
        String[] tokens = post(header).strip().split("\\s+");
        if (tokens.length == 0 || !tokens[0].matches("[0-9]+")) {
            error(source, body.at(), "an ordering question starts with {> and the number of items to show, "
                    + "e.g. {>4 ALL VERTICAL ABSOLUTE_POSITION SHOW");
            return;
        }
        q.selectCount = Integer.parseInt(tokens[0]);
        q.selectType = "";
        q.gradingType = "";
        for (int i = 1; i < tokens.length; i++) {
            String token = tokens[i].toUpperCase(Locale.ROOT);
            if (SELECT_TYPES.contains(token) && q.selectType.isEmpty()) {
                q.selectType = token;
            } else if (token.startsWith("ABS") || token.startsWith("REL") || token.startsWith("LONGEST")
                    || token.equals("ALL_OR_NOTHING")) {
                q.gradingType = token;
            } else if (!LAYOUTS.contains(token) && !SHOW_GRADING.contains(token)
                    && !token.matches("NONE|ABC|ABCD|123|III|IIII")) {
                error(source, body.at(), "unknown ordering setting " + tokens[i]);
                return;
            }
        }
        int open = unescapedIndexOf(raw, '{');
        int close = raw.lastIndexOf('}');
        String[] lines = raw.substring(open + 1, close).split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String item = lines[i].strip();
            if (!item.isEmpty()) {
                q.answers.add(new MoodleQuestion.Answer(new MoodleQuestion.Text(item, MoodleText.Format.MARKDOWN), i,
                        new MoodleQuestion.Text("", MoodleText.Format.MARKDOWN)));
            }
        }
        if (q.answers.size() < 2) {
            error(source, body.at(), "an ordering question needs at least two items, one per line");
        }
    }
}
