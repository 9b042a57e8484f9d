package dev.dlready.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Fails when a class uses the internal package of a feature other than its own. */
final class InternalOfOtherFeature extends ArchCondition<JavaClass> {

    InternalOfOtherFeature() {
        super("use the internal package of another feature");
    }

    @Override
    public void check(JavaClass origin, ConditionEvents events) {
        String feature = feature(origin.getPackageName());
        origin.getDirectDependenciesFromSelf().forEach(dependency -> {
            String target = dependency.getTargetClass().getPackageName();
            if (target.startsWith("dev.dlready.") && target.contains(".internal") && !feature(target).equals(feature)) {
                events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
            }
        });
    }

    private static String feature(String packageName) {
        String rest = packageName.startsWith("dev.dlready.") ? packageName.substring("dev.dlready.".length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
