package dev.dlready.content.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlready.content.ContentBank;
import dev.dlready.content.ContentReader;
import dev.dlready.question.Question;
import dev.dlready.question.Tolerance;
import dev.dlready.question.Variants;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every question of the real bank leaves for Moodle and comes back as it was, as far as the format can carry it. */
class BankRoundTripTest {

    static List<Question> bank;

    @BeforeAll
    static void read() {
        ContentBank content = ContentReader.read(Path.of("quizzes"));
        assertThat(content.problems()).isEmpty();
        bank = content.questions();
    }

    static Map<String, ImportedQuestion> byId(ImportResult result) {
        assertThat(result.problems()).isEmpty();
        return result.items().stream()
                .filter(ImportedQuestion::importable)
                .collect(Collectors.toMap(i -> i.question().id(), Function.identity()));
    }

    @Test
    void every_bank_question_goes_to_moodle_xml_and_comes_back_as_it_was() {
        ExportResult xml = MoodleXmlFormat.write(bank);
        assertThat(xml.exported()).isEqualTo(bank.size());

        ImportResult back = MoodleXmlFormat.read(xml.text().getBytes(StandardCharsets.UTF_8), MoodleFixtures.SETTINGS);

        var items = byId(back);
        assertThat(back.notImported()).isEmpty();
        var different = new ArrayList<String>();
        for (Question q : bank) {
            ImportedQuestion item = items.get(q.id());
            assertThat(item).as(q.id()).isNotNull();
            assertThat(item.notes(ImportNote.Kind.DEFAULT_USED)).as(q.id()).isEmpty();
            if (!normal(item.question()).equals(expected(q, false))) {
                different.add(q.id());
            }
        }
        // Only where Moodle's 100 stored value sets cannot hold every value of a variable, and the export said so.
        for (String id : different) {
            assertThat(xml.notes(id)).as(id).anyMatch(n -> n.message().contains("are left out"));
        }
        assertThat(different).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void every_bank_question_gift_can_hold_goes_to_gift_and_comes_back_as_it_was() {
        ExportResult gift = GiftFormat.write(bank);
        var notExported = gift.notes().stream()
                .filter(n -> n.kind() == ExportNote.Kind.NOT_EXPORTED)
                .map(ExportNote::questionId)
                .collect(Collectors.toSet());
        long parameterised = bank.stream().filter(q -> q instanceof Question.Parameterised).count();
        assertThat(gift.exported()).isEqualTo(bank.size() - notExported.size());
        assertThat(notExported).hasSizeLessThanOrEqualTo((int) parameterised + 5);

        ImportResult back = GiftFormat.read(gift.text().getBytes(StandardCharsets.UTF_8), MoodleFixtures.SETTINGS);

        var items = byId(back);
        assertThat(back.notImported()).isEmpty();
        for (Question q : bank) {
            if (notExported.contains(q.id())) {
                assertThat(gift.notes(q.id())).as(q.id()).anyMatch(n -> n.kind() == ExportNote.Kind.NOT_EXPORTED);
                continue;
            }
            ImportedQuestion item = items.get(q.id());
            assertThat(item).as(q.id()).isNotNull();
            assertThat(normal(item.question())).as(q.id()).isEqualTo(expected(q, true));
            if (!(q instanceof Question.Ordering)) {
                assertThat(item.notes(ImportNote.Kind.DEFAULT_USED)).as(q.id()).isEmpty();
            }
        }
    }

    @Test
    void what_a_format_cannot_carry_is_noted_for_the_question_it_concerns() {
        ExportResult gift = GiftFormat.write(bank);
        for (Question q : bank) {
            var notes = gift.notes(q.id());
            switch (q) {
                case Question.Parameterised p -> assertThat(notes).extracting(ExportNote::kind)
                        .containsExactly(ExportNote.Kind.NOT_EXPORTED);
                case Question.Numeric n when n.key().unit() != null -> assertThat(notes)
                        .anyMatch(note -> note.kind() == ExportNote.Kind.DROPPED && note.message().contains("unit"));
                case Question.Numeric n when n.key().tolerance().kind() == Tolerance.Kind.RELATIVE -> assertThat(notes)
                        .anyMatch(note -> note.kind() == ExportNote.Kind.CHANGED && note.message().contains("absolute"));
                case Question.ShortText s when s.patterns().stream().anyMatch(pt -> FromDlReady.wildcard(pt) == null) ->
                        assertThat(notes).anyMatch(note -> note.message().contains("pattern"));
                default -> {}
            }
        }
    }

    static @Nullable String t(@Nullable String s) {
        if (s == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("\\{\\{=(.*?)}}", java.util.regex.Pattern.DOTALL).matcher(s.strip());
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("{{=" + m.group(1).replaceAll("\\s+", "") + "}}"));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\{ ([A-Za-z_][A-Za-z0-9_]*) }", "{$1}");
    }

    static Question.Meta meta(Question.Meta m, boolean dropExplanation, boolean dropWrong) {
        return new Question.Meta(m.id(), m.topic(), m.level(), m.difficulty(), m.skills(), t(m.stem()),
                dropExplanation ? MoodleFixtures.DEFAULTS.explanation() : t(m.explanation()),
                dropExplanation ? MoodleFixtures.DEFAULTS.references() : m.references(), dropWrong ? null : t(m.wrongFeedback()));
    }

    static Question normal(Question q) {
        return expected(q, null);
    }

    /**
     * The question as the format can carry it: texts trimmed (Moodle trims them), and the conversions the export notes
     * announce applied: relative tolerances of numeric questions become absolute, answer ranges and regular-expression
     * patterns Moodle cannot express are left out, GIFT drops units and some wrong-answer feedback, and GIFT ordering
     * questions lose their explanation (the importer then uses the default).
     */
    static Question expected(Question q, @Nullable Boolean gift) {
        boolean g = gift != null && gift;
        boolean conv = gift != null;
        return switch (q) {
            case Question.Choice c -> new Question.Choice(meta(c.meta(), false, conv && g), c.multiple(), c.options().stream()
                    .map(o -> new Question.Option(t(o.text()), o.correct(), t(o.feedback()))).toList());
            case Question.TrueFalse tf -> new Question.TrueFalse(meta(tf.meta(), false, false), tf.answer());
            case Question.Numeric n -> {
                var key = n.key();
                if (conv && key.tolerance().kind() == Tolerance.Kind.RELATIVE) {
                    key = new Question.NumericKey(key.unit(), key.acceptUnits(), new Tolerance(Tolerance.Kind.ABSOLUTE, Math.abs(n.answer()) * key.tolerance().amount()));
                }
                if (g) {
                    key = new Question.NumericKey(null, List.of(), key.tolerance());
                }
                yield new Question.Numeric(meta(n.meta(), false, false), n.answer(), key, n.mistakes().stream()
                        .map(m -> new Question.CommonMistake(m.expression(), t(m.feedback()))).toList());
            }
            case Question.Parameterised p -> new Question.Parameterised(evaluated(meta(p.meta(), false, conv), p), p.variables(),
                    values(p), p.key(), conv ? null : p.answerRange(), p.mistakes().stream()
                        .map(m -> new Question.CommonMistake(values(p, m.expression()), t(m.feedback()))).toList());
            case Question.ShortText s -> new Question.ShortText(meta(s.meta(), false, false), s.accepted(),
                    conv ? s.patterns().stream().filter(pt -> FromDlReady.wildcard(pt) != null).map(pt -> ToDlReady.wildcardPattern(FromDlReady.wildcard(pt))).toList() : s.patterns());
            case Question.Ordering o -> new Question.Ordering(meta(o.meta(), g, g), o.items().stream().map(BankRoundTripTest::t).toList());
            case Question.Matching m -> new Question.Matching(meta(m.meta(), false, g), m.pairs().stream()
                    .map(pr -> new Question.MatchPair(t(pr.left()), pr.right())).toList(), m.distractors());
        };
    }

    /** Computed placeholders by what they show, since a formula may come back written differently (2^k as pow). */
    static Question.Meta evaluated(Question.Meta m, Question.Parameterised p) {
        java.util.function.UnaryOperator<String> f = s -> {
            var matcher = java.util.regex.Pattern.compile("\\{\\{=(.*?)}}", java.util.regex.Pattern.DOTALL).matcher(s);
            var out = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("{{=" + values(p, matcher.group(1)) + "}}"));
            }
            matcher.appendTail(out);
            return out.toString();
        };
        return new Question.Meta(m.id(), m.topic(), m.level(), m.difficulty(), m.skills(), f.apply(m.stem()),
                f.apply(m.explanation()), m.references(), m.wrongFeedback() == null ? null : f.apply(m.wrongFeedback()));
    }

    /** A formula by what it gives: its values for the first few variants. */
    static String values(Question.Parameterised p) {
        return values(p, p.answerFormula());
    }

    static String values(Question.Parameterised p, String formula) {
        var out = new ArrayList<String>();
        for (long seed = 0; seed < 5; seed++) {
            var vars = Variants.pick(p, seed);
            out.add(String.format("%.9g", dev.dlready.question.Formula.compile(formula, p.variableNames()).evaluate(vars)));
        }
        return String.join(",", out);
    }
}
