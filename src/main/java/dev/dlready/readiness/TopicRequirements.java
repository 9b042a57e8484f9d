package dev.dlready.readiness;

import java.util.List;

/** One topic's requirements, one per role from the most junior to the most senior. */
public record TopicRequirements(String topic, List<RoleRequirement> roles) {
    public TopicRequirements {
        roles = List.copyOf(roles);
    }

    public RoleRequirement role(String role) {
        return roles.stream().filter(r -> r.role().equals(role)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no role " + role));
    }
}
