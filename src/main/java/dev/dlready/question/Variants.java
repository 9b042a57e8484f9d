package dev.dlready.question;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Picks a parameterised question's numbers from a seed: the same seed always gives the same variant. */
public final class Variants {

    private Variants() {}

    public static Map<String, Double> pick(Question question, long seed) {
        if (!(question instanceof Question.Parameterised p)) {
            return Map.of();
        }
        var random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        var values = new LinkedHashMap<String, Double>();
        for (var variable : p.variables()) {
            values.put(variable.name(), variable.values().get(random.nextInt(variable.values().size())));
        }
        return values;
    }
}
