package dev.dlready.readiness.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readiness call: the highest role whose profile the candidate meets, with the probability that the call is
 * wrong. A profile is met when the candidate's margin over it, the average over the profile's topics of (ability −
 * required level), is at least zero: strength in one topic can make up for a shortfall in another, the way an interview
 * loop weighs several rounds. Topics below their requirement are still named as what holds the candidate back.
 */
public final class Recommendation {

    private Recommendation() {}

    public record Profile(String role, Map<String, Double> requiredLevel) {
        public Profile {
            requiredLevel = Map.copyOf(requiredLevel);
        }
    }

    /** A topic that holds the candidate back, with how likely it is already met. */
    public record Gap(String topic, double required, double theta, double probabilityMet) {}

    public record Result(String role, double probabilityWrong, Map<String, Double> probabilityMeets, List<Gap> holdingBack) {
        public Result {
            probabilityMeets = Map.copyOf(probabilityMeets);
            holdingBack = List.copyOf(holdingBack);
        }
    }

    public static final String NOT_YET = "not-yet";

    /**
     * @param profiles from the lowest role to the highest (e.g. intern, then entry)
     * @param posterior the joint posterior of the candidate's abilities (must cover every topic of every profile)
     */
    public static Result recommend(List<Profile> profiles, AbilityModel.Posterior posterior) {
        var meets = new LinkedHashMap<String, Double>();
        for (Profile profile : profiles) {
            meets.put(profile.role(), posterior.probabilityMeets(profile.requiredLevel()));
        }
        String call = NOT_YET;
        double wrong;
        @org.jspecify.annotations.Nullable Profile next = profiles.isEmpty() ? null : profiles.getFirst();
        for (Profile profile : profiles) {
            if (meets.get(profile.role()) >= 0.5) {
                call = profile.role();
                int index = profiles.indexOf(profile);
                next = index + 1 < profiles.size() ? profiles.get(index + 1) : null;
            }
        }
        if (call.equals(NOT_YET)) {
            wrong = profiles.isEmpty() ? 0 : meets.get(profiles.getFirst().role());
        } else {
            double pThis = meets.get(call);
            double pHigher = next == null ? 0 : meets.get(next.role());
            // Wrong if the candidate does not meet this role, or in fact also meets the next one.
            wrong = Math.min(1, (1 - pThis) + pHigher);
        }
        var gaps = new ArrayList<Gap>();
        if (next != null) {
            for (var entry : next.requiredLevel().entrySet()) {
                var ability = posterior.topic(entry.getKey());
                double p = ability.probabilityAtLeast(entry.getValue());
                if (p < 0.8) {
                    gaps.add(new Gap(entry.getKey(), entry.getValue(), ability.theta(), p));
                }
            }
            gaps.sort(Comparator.comparingDouble(Gap::probabilityMet));
        }
        return new Result(call, wrong, meets, gaps);
    }
}
