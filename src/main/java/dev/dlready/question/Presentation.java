package dev.dlready.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns a question and an attempt's seed into what the student sees. The same seed always gives the same numbers and
 * the same order, so an answer given by displayed position can be scored, and reviewed, later.
 */
public final class Presentation {

    private Presentation() {}

    public static QuestionToAsk present(Question question, long seed) {
        Map<String, Double> values = Variants.pick(question, seed);
        var meta = question.meta();
        String stem = Placeholders.fill(meta.stem(), values);
        List<String> choices = List.of();
        List<String> items = List.of();
        List<String> lefts = List.of();
        List<String> rights = List.of();
        List<String> units = List.of();
        switch (question) {
            case Question.Choice c -> choices = reorder(
                    c.options().stream().map(o -> Placeholders.fill(o.text(), values)).toList(), order(c.options().size(), seed, 1));
            case Question.Ordering o -> items = reorder(o.items(), order(o.items().size(), seed, 2));
            case Question.Matching m -> {
                lefts = m.pairs().stream().map(Question.MatchPair::left).toList();
                rights = reorder(rightTexts(m), order(rightTexts(m).size(), seed, 3));
            }
            case Question.Numeric n -> units = n.key().answerUnits().stream().map(Unit::symbol).toList();
            case Question.Parameterised p -> units = p.key().answerUnits().stream().map(Unit::symbol).toList();
            case Question.TrueFalse t -> {}
            case Question.ShortText s -> {}
        }
        return new QuestionToAsk(
                meta.id(), question.type(), meta.topic(), meta.level(), meta.difficulty(), stem, choices, items, lefts,
                rights, units);
    }

    static List<String> rightTexts(Question.Matching m) {
        var all = new ArrayList<String>();
        m.pairs().forEach(p -> all.add(p.right()));
        all.addAll(m.distractors());
        return all;
    }

    /**
     * The displayed order: {@code order[position]} is the key's index shown at that position. Ordering questions are
     * never shown in their correct order (unless they have a single item).
     */
    public static int[] order(int size, long seed, int salt) {
        var random = new SplittableRandom(seed * 31 + salt);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int attempt = 0; attempt < 8; attempt++) {
            for (int i = size - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            if (salt != 2 || size < 2 || !isIdentity(order)) {
                break;
            }
        }
        if (salt == 2 && size >= 2 && isIdentity(order)) {
            // eight reshuffles can all land on the key order (seed 348 for two items, 6023413 for three): swap the
            // first two items so the key order is never shown
            order[0] = 1;
            order[1] = 0;
        }
        return order;
    }

    private static boolean isIdentity(int[] order) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] != i) {
                return false;
            }
        }
        return true;
    }

    private static List<String> reorder(List<String> texts, int[] order) {
        var out = new ArrayList<String>(texts.size());
        for (int index : order) {
            out.add(texts.get(index));
        }
        return out;
    }
}
