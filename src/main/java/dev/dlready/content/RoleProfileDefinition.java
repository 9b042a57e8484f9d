package dev.dlready.content;

import java.util.Map;

/** A role of quizzes/roles.yaml: the ability required in each topic. Roles are listed from junior to senior. */
public record RoleProfileDefinition(String id, String title, Map<String, Double> required) {
    public RoleProfileDefinition {
        required = Map.copyOf(required);
    }
}
