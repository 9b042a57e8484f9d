package dev.dlready.content;

import dev.dlready.question.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The variants a validator checks: every corner of the variable space plus a fixed-seed sample of the rest. */
final class VariantSpace {

    private VariantSpace() {}

    static List<Map<String, Double>> sample(List<Question.Variable> variables, int limit) {
        long total = 1;
        for (var v : variables) {
            total = Math.min(Long.MAX_VALUE / 10_000, total * v.values().size());
        }
        var out = new ArrayList<Map<String, Double>>();
        if (total <= limit) {
            enumerate(variables, 0, new LinkedHashMap<>(), out);
            return out;
        }
        int corners = Math.min(variables.size(), 10);
        for (int mask = 0; mask < (1 << corners); mask++) {
            var values = new LinkedHashMap<String, Double>();
            for (int i = 0; i < variables.size(); i++) {
                var list = variables.get(i).values();
                boolean high = i < corners && (mask & (1 << i)) != 0;
                values.put(variables.get(i).name(), high ? list.getLast() : list.getFirst());
            }
            out.add(values);
        }
        var random = new SplittableRandom(20261125L);
        while (out.size() < limit) {
            var values = new LinkedHashMap<String, Double>();
            for (var v : variables) {
                values.put(v.name(), v.values().get(random.nextInt(v.values().size())));
            }
            out.add(values);
        }
        return out;
    }

    private static void enumerate(
            List<Question.Variable> variables, int index, Map<String, Double> current, List<Map<String, Double>> out) {
        if (index == variables.size()) {
            out.add(new LinkedHashMap<>(current));
            return;
        }
        var v = variables.get(index);
        for (double value : v.values()) {
            current.put(v.name(), value);
            enumerate(variables, index + 1, current, out);
        }
        current.remove(v.name());
    }
}
