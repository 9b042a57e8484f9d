package dev.dlready.base.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders question text: Markdown (with tables and fenced code) plus {@code $inline$} and {@code $$display$$} LaTeX.
 * Math is kept out of the Markdown parser and emitted as escaped text in {@code span.math-inline} /
 * {@code div.math-display} for KaTeX to typeset in the browser. Raw HTML written by authors is escaped, and the result
 * passes an allow-list sanitiser, so a script in a question never runs.
 */
public final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addAttributes("code", "class")
            .addAttributes("span", "class")
            .addAttributes("div", "class")
            .addAttributes("pre", "class")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .removeTags("img");

    // Code fences and inline code are protected first, so a $ inside code is never math.
    private static final Pattern CODE = Pattern.compile("(?s)(```.*?```|~~~.*?~~~|`[^`\\n]+`)");
    private static final Pattern DISPLAY_MATH = Pattern.compile("(?s)\\$\\$(.+?)\\$\\$");
    // Inline math: no space after the opening $, none before the closing $, and no digit right after it ($5 prices).
    private static final Pattern INLINE_MATH = Pattern.compile("(?<![\\\\$])\\$(?=\\S)([^$\\n]+?)(?<=\\S)\\$(?![0-9$])");
    private static final String TOKEN = "\u0000M%d\u0000";

    private Markdown() {}

    public static String toHtml(String markdown) {
        var maths = new ArrayList<String>();
        String protectedText = protectMath(markdown, maths);
        String html = RENDERER.render(PARSER.parse(protectedText));
        for (int i = 0; i < maths.size(); i++) {
            html = html.replace(TOKEN.formatted(i).replace("\u0000", "MATHTOKEN"), maths.get(i));
        }
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings(settings);
        return clean.body().html();
    }

    private static String protectMath(String text, List<String> maths) {
        // Split around code, replace math only outside code.
        var out = new StringBuilder();
        Matcher code = CODE.matcher(text);
        int last = 0;
        while (code.find()) {
            out.append(replaceMath(text.substring(last, code.start()), maths));
            out.append(code.group());
            last = code.end();
        }
        out.append(replaceMath(text.substring(last), maths));
        return out.toString();
    }

    private static String replaceMath(String text, List<String> maths) {
        String result = replace(DISPLAY_MATH, text, maths, true);
        return replace(INLINE_MATH, result, maths, false);
    }

    private static String replace(Pattern pattern, String text, List<String> maths, boolean display) {
        Matcher m = pattern.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            String tex = escape(m.group(1).strip());
            maths.add(display ? "<div class=\"math-display\">" + tex + "</div>" : "<span class=\"math-inline\">" + tex + "</span>");
            String token = TOKEN.formatted(maths.size() - 1).replace("\u0000", "MATHTOKEN");
            m.appendReplacement(out, Matcher.quoteReplacement(display ? "\n\n" + token + "\n\n" : token));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Plain text for places that cannot show HTML (titles, grids): Markdown and math markers removed. */
    public static String toPlainText(String markdown) {
        return Jsoup.parse(toHtml(markdown)).text();
    }
}
