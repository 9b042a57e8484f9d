package dev.dlready.content.moodle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Moodle's text formats and DL Ready's Markdown.
 *
 * <p>Moodle stores each text with a format: {@code html} (the editor's default), {@code moodle_auto_format} (text in
 * which HTML is allowed and line breaks are kept), {@code plain_text} and {@code markdown}. DL Ready questions are
 * Markdown with {@code $…$} and {@code $$…$$} LaTeX, and raw HTML is not rendered. So on import HTML is converted to
 * Markdown (paragraphs, line breaks, emphasis, code, lists, tables, links), plain text is escaped so it shows as
 * written, and Moodle's MathJax delimiters {@code \(…\)} and {@code \[…\]} (and {@code $$…$$}) become DL Ready's. What
 * cannot be carried (images, embedded media) is reported. On export text is written as Moodle Markdown: the source
 * unchanged except that inline math is written {@code \\(…\\)} and display math {@code \\[…\\]}, which Moodle's
 * Markdown turns into the {@code \(…\)} and {@code \[…\]} that its MathJax filter typesets.
 */
final class MoodleText {

    enum Format {
        MOODLE("moodle", "moodle_auto_format"),
        HTML("html", "html"),
        PLAIN("plain", "plain_text"),
        MARKDOWN("markdown", "markdown");

        final String giftName;
        final String xmlName;

        Format(String giftName, String xmlName) {
            this.giftName = giftName;
            this.xmlName = xmlName;
        }

        /** The names GIFT accepts in a leading {@code [format]} marker. */
        static Optional<Format> fromGift(String name) {
            for (Format f : values()) {
                if (f.giftName.equals(name)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        /** Moodle XML's format attribute; like Moodle, an unknown name is read as HTML. */
        static Format fromXml(String name) {
            String n = name.strip();
            for (Format f : values()) {
                if (f.xmlName.equals(n)) {
                    return f;
                }
            }
            return n.equals("wiki_like") ? PLAIN : HTML;
        }
    }

    // The same code and math rules as dev.dlready.base.text.Markdown, which renders DL Ready's text.
    private static final Pattern CODE = Pattern.compile("(?s)(```.*?```|~~~.*?~~~|`[^`\\n]+`)");
    private static final Pattern DISPLAY_MATH = Pattern.compile("(?s)\\$\\$(.+?)\\$\\$");
    private static final Pattern INLINE_MATH =
            Pattern.compile("(?<![\\\\$])\\$(?=\\S)([^$\\n]+?)(?<=\\S)\\$(?![0-9$])");

    // Moodle's MathJax delimiters. In Moodle Markdown the backslash itself is escaped, so \\( renders as \(.
    private static final Pattern MD_INLINE = Pattern.compile("(?s)\\\\\\\\\\((.+?)\\\\\\\\\\)");
    private static final Pattern MD_DISPLAY = Pattern.compile("(?s)\\\\\\\\\\[(.+?)\\\\\\\\\\]");
    // In HTML a formula never contains a raw '<' (it would be &lt;), which keeps a match inside one element.
    private static final Pattern TEX_INLINE = Pattern.compile("(?s)\\\\\\(([^<]+?)\\\\\\)");
    private static final Pattern TEX_DISPLAY = Pattern.compile("(?s)\\\\\\[([^<]+?)\\\\\\]");
    private static final Pattern TEX_DOLLARS = Pattern.compile("(?s)\\$\\$([^<]+?)\\$\\$");

    private static final Pattern WILDCARD = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern WILDCARD_FORMULA =
            Pattern.compile("\\{=((?:[^{}]|\\{[A-Za-z_][A-Za-z0-9_]*})+)}");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^>]*)?/?>");

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern TOKEN = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    private static final int MAX_HTML_DEPTH = 100;

    private MoodleText() {}

    /** A formula placeholder in calculated-question text, kept out of the text conversion. */
    interface Wildcards {
        Set<String> names();

        /** A Moodle {@code {=…}} expression in DL Ready's formula syntax; throws when it cannot be converted. */
        String formula(String moodleExpression);
    }

    /**
     * Moodle text → DL Ready Markdown. {@code wildcards} (calculated questions only, else null) turns {@code {a}} and
     * {@code {=…}} into {@code {{a}}} and {@code {{= … }}}. Losses are added to {@code notes}, prefixed with {@code
     * where} (e.g. "question text").
     */
    static String toMarkdown(
            MoodleQuestion.Text text, String where, Notes notes, @Nullable Wildcards wildcards) {
        var tokens = new ArrayList<String>();
        String value = text.value().replace("\r\n", "\n").replace('\r', '\n');
        value = value.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
        if (wildcards != null) {
            value = protectWildcards(value, wildcards, tokens);
        }
        String converted = switch (text.format()) {
            case MARKDOWN -> {
                String protectedText = protectOutsideCode(value, t -> protectMath(t, true, false, tokens));
                if (HTML_TAG.matcher(stripCode(protectedText)).find()) {
                    notes.changed(where + ": contains HTML inside Markdown, which DL Ready shows as text");
                }
                yield protectedText;
            }
            case PLAIN -> plainToMarkdown(protectMath(value, false, false, tokens));
            case HTML, MOODLE -> {
                String protectedText = protectMath(value, false, true, tokens);
                if (text.format() == Format.MOODLE) {
                    protectedText = autoFormatToHtml(protectedText);
                }
                yield new HtmlToMarkdown(where, notes).convert(protectedText);
            }
        };
        return tidy(restore(converted, tokens));
    }

    /** DL Ready Markdown → Moodle Markdown: math delimiters as Moodle's MathJax filter expects them. */
    static String toMoodleMarkdown(String markdown) {
        var out = new StringBuilder();
        Matcher code = CODE.matcher(markdown);
        int last = 0;
        while (code.find()) {
            out.append(mathForMoodle(markdown.substring(last, code.start())));
            out.append(code.group());
            last = code.end();
        }
        out.append(mathForMoodle(markdown.substring(last)));
        return out.toString();
    }

    /** True when the text uses Markdown syntax that a plain-text Moodle field would show literally. */
    static boolean usesMarkup(String markdown) {
        return markdown.matches("(?s).*([*_`\\[\\]$#|\\\\]|\\n).*");
    }

    private static String mathForMoodle(String text) {
        String display = replaceAll(DISPLAY_MATH, text, m -> "\\\\[" + m.group(1) + "\\\\]");
        return replaceAll(INLINE_MATH, display, m -> "\\\\(" + m.group(1) + "\\\\)");
    }

    private static String replaceAll(Pattern pattern, String text, java.util.function.Function<Matcher, String> f) {
        Matcher m = pattern.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String protectWildcards(String text, Wildcards wildcards, List<String> tokens) {
        String withFormulas = replaceAll(WILDCARD_FORMULA, text, m -> {
            String formula = wildcards.formula(m.group(1));
            return token(tokens, "{{= " + formula + " }}");
        });
        return replaceAll(WILDCARD, withFormulas, m -> wildcards.names().contains(m.group(1))
                ? token(tokens, "{{" + m.group(1) + "}}")
                : m.group());
    }

    private static String token(List<String> tokens, String value) {
        tokens.add(value);
        return OPEN + String.valueOf(tokens.size() - 1) + CLOSE;
    }

    private static String protectOutsideCode(String text, UnaryOperator<String> f) {
        var out = new StringBuilder();
        Matcher code = CODE.matcher(text);
        int last = 0;
        while (code.find()) {
            out.append(f.apply(text.substring(last, code.start())));
            out.append(code.group());
            last = code.end();
        }
        out.append(f.apply(text.substring(last)));
        return out.toString();
    }

    private static String stripCode(String text) {
        return CODE.matcher(text).replaceAll("");
    }

    private static String protectMath(String text, boolean markdown, boolean htmlEntities, List<String> tokens) {
        UnaryOperator<String> decode = s -> htmlEntities ? Parser.unescapeEntities(s, false) : s;
        String result = text;
        if (markdown) {
            result = replaceAll(MD_DISPLAY, result, m -> token(tokens, "$$" + m.group(1) + "$$"));
            result = replaceAll(MD_INLINE, result, m -> token(tokens, "$" + m.group(1).strip() + "$"));
            return result;
        }
        result = replaceAll(TEX_DISPLAY, result, m -> token(tokens, "$$" + decode.apply(m.group(1)) + "$$"));
        result = replaceAll(TEX_DOLLARS, result, m -> token(tokens, "$$" + decode.apply(m.group(1)) + "$$"));
        result = replaceAll(TEX_INLINE, result, m -> token(tokens, "$" + decode.apply(m.group(1)).strip() + "$"));
        return result;
    }

    private static String restore(String text, List<String> tokens) {
        String result = text;
        // Tokens can nest (a wildcard inside a formula), so restore until none is left.
        for (int pass = 0; pass < 3 && result.indexOf(OPEN) >= 0; pass++) {
            Matcher m = TOKEN.matcher(result);
            var out = new StringBuilder();
            while (m.find()) {
                int index = Integer.parseInt(m.group(1));
                String value = index < tokens.size() ? tokens.get(index) : "";
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            result = out.toString();
        }
        return result;
    }

    private static String tidy(String markdown) {
        String[] lines = markdown.split("\n", -1);
        var out = new StringBuilder();
        for (String line : lines) {
            out.append(line.replaceAll("[ \\t]+$", "")).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Moodle auto-format: blank lines separate paragraphs, single line breaks are kept. */
    private static String autoFormatToHtml(String text) {
        var html = new StringBuilder();
        for (String paragraph : text.strip().split("\n\\s*\n")) {
            html.append("<p>").append(paragraph.strip().replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    private static String plainToMarkdown(String text) {
        var paragraphs = new ArrayList<String>();
        for (String paragraph : text.strip().split("\n\\s*\n")) {
            var lines = new ArrayList<String>();
            for (String line : paragraph.strip().split("\n")) {
                lines.add(escapeLineStart(escape(line.strip())));
            }
            paragraphs.add(String.join("\\\n", lines));
        }
        return String.join("\n\n", paragraphs);
    }

    /** Escapes what Markdown (or DL Ready's math) would otherwise interpret. */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '[', ']', '$' -> out.append('\\').append(c);
                case '_' -> {
                    boolean inWord = i > 0
                            && i + 1 < text.length()
                            && Character.isLetterOrDigit(text.charAt(i - 1))
                            && Character.isLetterOrDigit(text.charAt(i + 1));
                    out.append(inWord ? "_" : "\\_");
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A line that would start a heading, quote or list is escaped at its first character. */
    private static String escapeLineStart(String line) {
        if (line.matches("^(#{1,6}(\\s|$)|>|[-+*]\\s|=+\\s*$|-+\\s*$).*")) {
            return "\\" + line;
        }
        Matcher ordered = Pattern.compile("^(\\d{1,9})([.)])(\\s.*|$)").matcher(line);
        if (ordered.matches()) {
            return ordered.group(1) + "\\" + ordered.group(2) + ordered.group(3);
        }
        return line;
    }

    /** HTML → Markdown for the HTML that Moodle's editor produces; anything else keeps its text. */
    private static final class HtmlToMarkdown {

        private static final Set<String> BLOCKS = Set.of(
                "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre", "blockquote", "table", "hr",
                "section", "article", "header", "footer", "figure", "figcaption", "main", "center", "address", "dl",
                "dt", "dd", "li", "tr", "tbody", "thead", "tfoot", "details", "summary", "nav", "aside");
        private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "noscript", "template");
        private static final Set<String> MEDIA = Set.of(
                "iframe", "video", "audio", "object", "embed", "svg", "canvas", "math", "input", "button", "select",
                "textarea", "form", "map", "source", "track", "picture");

        private final String where;
        private final Notes notes;
        private final Set<String> media = new TreeSet<>();
        private final List<String> images = new ArrayList<>();
        private final List<String> fileLinks = new ArrayList<>();
        private boolean scriptsSeen;

        HtmlToMarkdown(String where, Notes notes) {
            this.where = where;
            this.notes = notes;
        }

        String convert(String html) {
            Element body = Jsoup.parseBodyFragment(html).body();
            int[] depth = {0};
            NodeTraversor.traverse((node, d) -> depth[0] = Math.max(depth[0], d), body);
            String markdown;
            if (depth[0] > MAX_HTML_DEPTH) {
                notes.dropped(where + ": formatting nested more than " + MAX_HTML_DEPTH
                        + " levels deep; only the text was kept");
                markdown = escape(body.text());
            } else {
                markdown = String.join("\n\n", blocks(body.childNodes()));
            }
            report();
            return markdown;
        }

        private void report() {
            if (!images.isEmpty()) {
                notes.dropped(where + ": " + (images.size() == 1 ? "image " : "images ") + String.join(", ", images)
                        + " (DL Ready questions have no images; describe the content in words)");
            }
            if (!media.isEmpty()) {
                notes.dropped(where + ": embedded " + String.join(", ", media.stream().map(t -> "<" + t + ">").toList())
                        + " content");
            }
            if (!fileLinks.isEmpty()) {
                notes.dropped(where + ": links to files stored in Moodle (" + String.join(", ", fileLinks)
                        + "); the link text was kept");
            }
            if (scriptsSeen) {
                notes.dropped(where + ": scripts and styles");
            }
        }

        private List<String> blocks(List<Node> nodes) {
            var blocks = new ArrayList<String>();
            var inline = new StringBuilder();
            for (Node node : nodes) {
                if (node instanceof Element e && isBlock(e)) {
                    flush(inline, blocks);
                    String block = block(e);
                    if (!block.isBlank()) {
                        blocks.add(block);
                    }
                } else {
                    inline.append(inline(node));
                }
            }
            flush(inline, blocks);
            return blocks;
        }

        private boolean isBlock(Element e) {
            String tag = e.normalName();
            if (BLOCKS.contains(tag)) {
                return true;
            }
            // An inline element wrapping paragraphs (e.g. <span><p>…</p></span>) is read as a container.
            return !SKIPPED.contains(tag) && !e.select(String.join(",", BLOCKS)).isEmpty() && !tag.equals("a");
        }

        private static void flush(StringBuilder inline, List<String> blocks) {
            String paragraph = paragraph(inline.toString());
            if (!paragraph.isBlank()) {
                blocks.add(paragraph);
            }
            inline.setLength(0);
        }

        /** Collapses whitespace, keeps hard breaks, escapes line starts. */
        private static String paragraph(String inline) {
            String collapsed = inline.replaceAll("[ \\t\\n]+", " ");
            var lines = new ArrayList<String>();
            for (String line : collapsed.split(BREAK, -1)) {
                String stripped = line.strip();
                if (!stripped.isEmpty() || !lines.isEmpty()) {
                    lines.add(escapeLineStart(stripped));
                }
            }
            while (!lines.isEmpty() && lines.getLast().isEmpty()) {
                lines.removeLast();
            }
            return String.join("\\\n", lines);
        }

        private static final String BREAK = "\uE002";

        private String block(Element e) {
            String tag = e.normalName();
            return switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    String text = paragraph(inlineChildren(e)).replace("\\\n", " ");
                    yield text.isBlank() ? "" : "#".repeat(tag.charAt(1) - '0') + " " + text.replaceFirst("^\\\\", "");
                }
                case "ul", "ol" -> list(e, tag.equals("ol"));
                case "pre" -> fence(e);
                case "blockquote" -> {
                    String inner = String.join("\n\n", blocks(e.childNodes()));
                    yield inner.lines().map(l -> l.isEmpty() ? ">" : "> " + l).reduce((a, b) -> a + "\n" + b).orElse("");
                }
                case "table" -> table(e);
                case "hr" -> "---";
                case "dt" -> {
                    String text = paragraph(inlineChildren(e));
                    yield text.isBlank() ? "" : "**" + text + "**";
                }
                default -> {
                    if (SKIPPED.contains(tag)) {
                        scriptsSeen |= tag.equals("script") || tag.equals("style");
                        yield "";
                    }
                    yield String.join("\n\n", blocks(e.childNodes()));
                }
            };
        }

        private String list(Element list, boolean ordered) {
            var items = new ArrayList<String>();
            int number = ordered && list.hasAttr("start") ? parseStart(list.attr("start")) : 1;
            for (Element li : list.children()) {
                if (!li.normalName().equals("li")) {
                    continue;
                }
                String marker = ordered ? (number++) + ". " : "- ";
                String content = String.join("\n\n", blocks(li.childNodes()));
                String indent = " ".repeat(marker.length());
                var lines = content.lines().toList();
                var item = new StringBuilder(marker).append(lines.isEmpty() ? "" : lines.getFirst());
                for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                    item.append('\n').append(line.isEmpty() ? "" : indent + line);
                }
                items.add(item.toString());
            }
            return String.join("\n", items);
        }

        private static int parseStart(String value) {
            try {
                return Math.max(0, Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private String fence(Element pre) {
            String code = pre.wholeText().replaceAll("^\n", "").replaceAll("\\s+$", "");
            String fence = "```";
            while (code.contains(fence)) {
                fence += "`";
            }
            String language = "";
            Element source = pre.selectFirst("code");
            for (Element e : source == null ? List.of(pre) : List.of(pre, source)) {
                for (String cls : e.classNames()) {
                    if (cls.startsWith("language-") || cls.startsWith("lang-")) {
                        language = cls.substring(cls.indexOf('-') + 1);
                    }
                }
            }
            return fence + language + "\n" + code + "\n" + fence;
        }

        private String table(Element table) {
            var rows = new ArrayList<List<String>>();
            for (Element tr : table.select("tr")) {
                if (tr.closest("table") != table) {
                    continue;
                }
                var cells = new ArrayList<String>();
                for (Element cell : tr.children()) {
                    if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                        String text = String.join(" ", blocks(cell.childNodes()))
                                .replace("\\\n", " ")
                                .replace("\n", " ")
                                .replace("|", "\\|");
                        cells.add(text.strip());
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
            if (rows.isEmpty()) {
                return "";
            }
            int columns = rows.stream().mapToInt(List::size).max().orElse(1);
            var out = new StringBuilder();
            for (int r = 0; r < rows.size(); r++) {
                var cells = new ArrayList<>(rows.get(r));
                while (cells.size() < columns) {
                    cells.add("");
                }
                out.append("| ").append(String.join(" | ", cells)).append(" |\n");
                if (r == 0) {
                    out.append("|").append(" --- |".repeat(columns)).append('\n');
                }
            }
            return out.toString().strip();
        }

        private String inlineChildren(Element e) {
            var out = new StringBuilder();
            for (Node child : e.childNodes()) {
                out.append(inline(child));
            }
            return out.toString();
        }

        private String inline(Node node) {
            if (node instanceof TextNode text) {
                return escape(text.getWholeText());
            }
            if (!(node instanceof Element e)) {
                return "";
            }
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                scriptsSeen |= tag.equals("script") || tag.equals("style");
                return "";
            }
            if (MEDIA.contains(tag)) {
                media.add(tag);
                return "";
            }
            return switch (tag) {
                case "br" -> BREAK;
                case "strong", "b" -> wrap("**", inlineChildren(e));
                case "em", "i", "cite", "var", "dfn" -> wrap("*", inlineChildren(e));
                case "code", "tt", "kbd", "samp" -> code(e.wholeText());
                case "a" -> link(e);
                case "img" -> {
                    String src = e.attr("src");
                    String name = e.hasAttr("alt") && !e.attr("alt").isBlank()
                            ? e.attr("alt")
                            : src.substring(src.lastIndexOf('/') + 1);
                    images.add("\"" + (name.isBlank() ? "unnamed" : name) + "\"");
                    yield "";
                }
                case "sup" -> script(e.text(), true);
                case "sub" -> script(e.text(), false);
                default -> inlineChildren(e);
            };
        }

        private static String wrap(String marker, String inner) {
            String trimmed = inner.strip();
            if (trimmed.isEmpty()) {
                return inner;
            }
            String lead = inner.startsWith(" ") ? " " : "";
            String trail = inner.endsWith(" ") ? " " : "";
            return lead + marker + trimmed + marker + trail;
        }

        private static String code(String text) {
            String content = text.replaceAll("\\s+", " ");
            if (content.isBlank()) {
                return content;
            }
            String fence = "`";
            while (content.contains(fence)) {
                fence += "`";
            }
            String pad = content.startsWith("`") || content.endsWith("`") ? " " : "";
            return fence + pad + content + pad + fence;
        }

        private String link(Element a) {
            String text = inlineChildren(a);
            String href = a.attr("href").strip();
            String lower = href.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
                String label = text.isBlank() ? escape(href) : text.strip();
                return "[" + label + "](" + href.replace(" ", "%20").replace("(", "%28").replace(")", "%29") + ")";
            }
            if (!href.isEmpty()) {
                fileLinks.add("\"" + href.substring(href.lastIndexOf('/') + 1) + "\"");
            }
            return text;
        }

        private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ";
        private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₙᵢ";
        private static final String SCRIPT_SOURCE = "0123456789+-=()ni";

        private String script(String text, boolean up) {
            String t = text.strip();
            var out = new StringBuilder();
            for (char c : t.toCharArray()) {
                int i = SCRIPT_SOURCE.indexOf(c);
                if (i < 0) {
                    notes.changed(where + ": " + (up ? "superscript" : "subscript") + " \"" + t + "\" is written as "
                            + (up ? "^" : "_") + "(" + t + "); consider LaTeX math instead");
                    return (up ? "^(" : "\\_(") + escape(t) + ")";
                }
                out.append((up ? SUPERSCRIPTS : SUBSCRIPTS).charAt(i));
            }
            return out.toString();
        }
    }
}
