package dev.dlready.content.moodle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Moodle XML (docs.moodle.org/en/Moodle_XML_format) into {@link MoodleQuestion}s.
 *
 * <p>The file is untrusted, so the parser is locked down before it sees a byte: JAXP secure processing on, any
 * DOCTYPE refused (so no entity can be declared, which stops both external entities such as {@code file:///etc/passwd}
 * and entity expansion such as "billion laughs"), external general and parameter entities off, external DTD loading
 * off, XInclude off, and no external DTD or schema access. A SAX parser is used rather than a DOM builder (with the
 * same settings) because it reports the line of every {@code <question>}, which the preview shows. A malformed file is
 * refused with the parser's line number.
 *
 * <p>The format, in our own words: a {@code <quiz>} holds {@code <question type="…">} elements. A {@code
 * type="category"} entry sets the category (a path such as {@code $course$/top/Unit 1}) of the questions after it.
 * Texts are {@code <text>} elements inside an element whose {@code format} attribute names the text format (html,
 * moodle_auto_format, plain_text, markdown); images travel as base64 {@code <file>} elements next to them. Each answer
 * has a {@code fraction} attribute in percent (negative allowed), a {@code <text>} and a {@code <feedback>};
 * numerical and calculated answers add {@code <tolerance>}. Tags are {@code <tags><tag><text>}.
 */
final class XmlReader {

    record Parsed(List<MoodleQuestion> questions, List<FileProblem> problems) {}

    /** Elements that change how Moodle runs a question but not its content or key; DL Ready has no use for them. */
    private static final Set<String> PRESENTATION = Set.of(
            "penalty", "shuffleanswers", "answernumbering", "showstandardinstruction", "shownumcorrect", "layouttype",
            "showgrading", "numberingstyle", "unitgradingtype", "unitpenalty", "showunits", "unitsleft", "synchronize",
            "selectcount", "selecttype", "gradingtype", "single", "usecase", "idnumber", "name", "questiontext",
            "generalfeedback", "tags", "coursetags", "answer", "subquestion", "units", "dataset_definitions",
            "correctfeedback", "partiallycorrectfeedback", "incorrectfeedback", "hint", "instructions",
            "defaultgrade", "hidden", "image", "image_base64");

    private static final Set<String> STANDARD_FEEDBACK = Set.of(
            "your answer is correct.", "your answer is partially correct.", "your answer is incorrect.");

    /** A parsed element: name, attributes, text, children and the line it starts on. */
    static final class El {
        final String name;
        final Map<String, String> attributes;
        final List<El> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final int line;

        El(String name, Map<String, String> attributes, int line) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }

        @Nullable El child(String childName) {
            for (El c : children) {
                if (c.name.equals(childName)) {
                    return c;
                }
            }
            return null;
        }

        List<El> all(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }

        /** The content of {@code <childName><text>…</text></childName>}, or of {@code <childName>} itself. */
        String textOf(String childName) {
            El c = child(childName);
            if (c == null) {
                return "";
            }
            El t = c.child("text");
            return (t == null ? c.text : t.text).toString().strip();
        }

        String attr(String attribute, String fallback) {
            return attributes.getOrDefault(attribute, fallback);
        }
    }

    private XmlReader() {}

    static SAXParser secureParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return parser;
    }

    static Parsed read(byte[] data) {
        El root;
        try {
            var handler = new TreeBuilder();
            secureParser().parse(new ByteArrayInputStream(data), handler);
            root = handler.root;
        } catch (SAXParseException e) {
            return refused(new FileProblem(Math.max(0, e.getLineNumber()), explain(e)));
        } catch (SAXException | IOException e) {
            return refused(new FileProblem(0, "the file cannot be read as XML: " + e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be configured securely", e);
        }
        if (root == null || !root.name.equals("quiz")) {
            return refused(new FileProblem(root == null ? 0 : root.line, "not a Moodle XML question file: the top "
                    + "element is <" + (root == null ? "" : root.name) + ">, expected <quiz>"));
        }
        var questions = new ArrayList<MoodleQuestion>();
        String category = "";
        for (El element : root.children) {
            if (!element.name.equals("question")) {
                continue;
            }
            String type = element.attr("type", "").strip();
            if (type.equals("category")) {
                category = element.textOf("category");
                continue;
            }
            questions.add(question(element, type, category));
        }
        return new Parsed(questions, List.of());
    }

    private static Parsed refused(FileProblem problem) {
        return new Parsed(List.of(), List.of(problem));
    }

    private static String explain(SAXParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("DOCTYPE")) {
            return "the file declares a DOCTYPE; Moodle XML files have none, and DTDs and entity declarations are "
                    + "refused for safety";
        }
        if (message.contains("entity") || message.contains("Entity")) {
            return "the file refers to an entity that is not defined (" + message + ")";
        }
        return "the file is not well-formed XML: " + message;
    }

    private static MoodleQuestion question(El e, String type, String category) {
        var q = new MoodleQuestion(e.line);
        q.type = type.toLowerCase(Locale.ROOT);
        q.category = category;
        q.name = e.textOf("name");
        String idNumber = e.textOf("idnumber");
        q.idNumber = idNumber.isEmpty() ? null : idNumber;
        var questionText = text(q, e, "questiontext", MoodleText.Format.HTML, "question text");
        q.text = questionText;
        if (q.name.isBlank()) {
            q.name = questionText.value().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        }
        MoodleText.Format format = questionText.format();
        q.generalFeedback = text(q, e, "generalfeedback", format, "general feedback");
        for (String tagsElement : List.of("tags", "coursetags")) {
            El tags = e.child(tagsElement);
            if (tags != null) {
                for (El tag : tags.all("tag")) {
                    String name = tag.textOf("text").isEmpty() ? tag.text.toString().strip() : tag.textOf("text");
                    if (!name.isEmpty()) {
                        q.tags.add(name);
                    }
                }
            }
        }
        String single = e.textOf("single");
        q.single = single.isEmpty() || !(single.equalsIgnoreCase("false") || single.equals("0"));
        q.useCase = e.textOf("usecase").equals("1");
        for (El answer : e.all("answer")) {
            q.answers.add(answer(q, answer, format));
        }
        for (El sub : e.all("subquestion")) {
            var text = text(q, sub, format, "a matching item");
            q.subquestions.add(new MoodleQuestion.Subquestion(text, sub.textOf("answer")));
        }
        El units = e.child("units");
        if (units != null) {
            for (El unit : units.all("unit")) {
                q.units.add(new MoodleQuestion.UnitDef(
                        unit.textOf("unit_name"), number(unit.textOf("multiplier"), 1)));
            }
        }
        El datasets = e.child("dataset_definitions");
        if (datasets != null) {
            for (El d : datasets.all("dataset_definition")) {
                var items = new ArrayList<Double>();
                El itemList = d.child("dataset_items");
                if (itemList != null) {
                    for (El item : itemList.all("dataset_item")) {
                        double value = number(item.textOf("value"), Double.NaN);
                        if (!Double.isNaN(value)) {
                            items.add(value);
                        }
                    }
                }
                q.datasets.add(new MoodleQuestion.Dataset(
                        d.textOf("name"),
                        number(d.textOf("minimum"), 0),
                        number(d.textOf("maximum"), 0),
                        (int) number(d.textOf("decimals"), 0),
                        d.textOf("distribution"),
                        items));
            }
        }
        q.correctFeedback = combined(q, e, "correctfeedback", format);
        q.partiallyCorrectFeedback = combined(q, e, "partiallycorrectfeedback", format);
        q.incorrectFeedback = combined(q, e, "incorrectfeedback", format);
        q.selectType = e.textOf("selecttype").toUpperCase(Locale.ROOT);
        q.selectCount = (int) number(e.textOf("selectcount"), 0);
        q.gradingType = e.textOf("gradingtype").toUpperCase(Locale.ROOT);
        noteSettings(q, e);
        return q;
    }

    private static void noteSettings(MoodleQuestion q, El e) {
        int hints = e.all("hint").size();
        if (hints > 0) {
            q.dropped.add(hints + (hints == 1 ? " hint" : " hints")
                    + " for further tries (DL Ready gives one try and then the explanation)");
        }
        if (!e.textOf("instructions").isBlank()) {
            q.dropped.add("the unit instructions");
        }
        double grade = number(e.textOf("defaultgrade"), 1);
        if (Math.abs(grade - 1) > 1e-9 && e.child("defaultgrade") != null) {
            q.dropped.add("the default mark " + e.textOf("defaultgrade")
                    + " (every DL Ready question weighs the same in a quiz)");
        }
        if (e.textOf("hidden").equals("1")) {
            q.changed.add("hidden in Moodle; imported as an ordinary question");
        }
        if (e.child("image") != null || e.child("image_base64") != null) {
            q.dropped.add("the question image");
        }
        var unknown = new TreeSet<String>();
        for (El child : e.children) {
            boolean hasContent = !child.text.toString().isBlank() || !child.children.isEmpty();
            if (!PRESENTATION.contains(child.name) && hasContent) {
                unknown.add(child.name);
            }
        }
        if (!unknown.isEmpty()) {
            q.dropped.add("settings DL Ready has no equivalent for: "
                    + String.join(", ", unknown.stream().map(n -> "<" + n + ">").toList()));
        }
    }

    private static MoodleQuestion.Text combined(MoodleQuestion q, El e, String name, MoodleText.Format format) {
        var text = text(q, e, name, format, name);
        return STANDARD_FEEDBACK.contains(text.value().replaceAll("<[^>]*>", "").strip().toLowerCase(Locale.ROOT))
                ? new MoodleQuestion.Text("", text.format())
                : text;
    }

    private static MoodleQuestion.Answer answer(MoodleQuestion q, El a, MoodleText.Format format) {
        double fraction = number(a.attr("fraction", ""), Double.NaN);
        if (Double.isNaN(fraction)) {
            fraction = number(a.textOf("fraction"), 0) * 100; // older files put it in an element, as 0..1
        }
        MoodleQuestion.Text text = text(q, a, format, "an answer");
        El t = a.child("text");
        if (t == null && !a.text.toString().isBlank()) {
            text = new MoodleQuestion.Text(a.text.toString().strip(), text.format()); // very old files
        }
        var feedback = text(q, a, "feedback", format, "answer feedback");
        double tolerance = number(a.textOf("tolerance"), 0);
        int toleranceType = (int) number(a.textOf("tolerancetype"), MoodleQuestion.NOMINAL);
        return new MoodleQuestion.Answer(text, fraction / 100, feedback, tolerance, toleranceType);
    }

    private static MoodleQuestion.Text text(
            MoodleQuestion q, El parent, String child, MoodleText.Format fallback, String where) {
        El element = parent.child(child);
        return element == null ? new MoodleQuestion.Text("", fallback) : text(q, element, fallback, where);
    }

    /** The {@code <text>} of an element, with the element's format; embedded files are noted as dropped. */
    private static MoodleQuestion.Text text(MoodleQuestion q, El element, MoodleText.Format fallback, String where) {
        String formatName = element.attributes.get("format");
        MoodleText.Format format = formatName == null ? fallback : MoodleText.Format.fromXml(formatName);
        if (formatName != null && formatName.strip().equals("wiki_like")) {
            q.changed.add(where + ": the retired wiki-like format is read as plain text");
        }
        for (El file : element.all("file")) {
            q.dropped.add(where + ": the embedded file \"" + file.attr("name", "unnamed") + "\"");
        }
        El t = element.child("text");
        return new MoodleQuestion.Text(t == null ? "" : t.text.toString().strip(), format);
    }

    static double number(String text, double fallback) {
        String t = text.strip();
        if (t.isEmpty()) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(t);
            return Double.isFinite(value) ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Builds the element tree iteratively, so deep nesting cannot exhaust the stack. */
    private static final class TreeBuilder extends DefaultHandler {
        private final Deque<El> open = new ArrayDeque<>();
        private @Nullable Locator locator;
        @Nullable El root;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            var map = new LinkedHashMap<String, String>();
            for (int i = 0; i < attributes.getLength(); i++) {
                map.put(attributes.getQName(i), attributes.getValue(i));
            }
            var element = new El(qName, map, locator == null ? 0 : locator.getLineNumber());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children.add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text.append(ch, start, length);
            }
        }
    }
}
