package dev.dlready.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;

final class HasExactlyOneAccessAnnotation extends ArchCondition<JavaClass> {

    private final List<Class<? extends Annotation>> annotations;

    @SafeVarargs
    HasExactlyOneAccessAnnotation(Class<? extends Annotation>... annotations) {
        super("carry exactly one access annotation");
        this.annotations = Arrays.asList(annotations);
    }

    @Override
    public void check(JavaClass route, ConditionEvents events) {
        long count = annotations.stream().filter(route::isAnnotatedWith).count();
        if (count != 1) {
            events.add(SimpleConditionEvent.violated(
                    route, route.getName() + " has " + count + " access annotations; it needs exactly one"));
        }
    }
}
