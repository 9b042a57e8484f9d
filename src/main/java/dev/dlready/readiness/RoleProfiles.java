package dev.dlready.readiness;

import dev.dlready.bank.ContentSettings;
import dev.dlready.content.ContentProblem;
import dev.dlready.content.ContentReader;
import dev.dlready.content.RoleProfileDefinition;
import dev.dlready.content.TopicDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The role profiles of quizzes/roles.yaml (from the folder, or the copy packaged in the application). */
@Component
public class RoleProfiles {

    private static final Logger log = LoggerFactory.getLogger(RoleProfiles.class);

    private final List<RoleProfileDefinition> profiles;

    RoleProfiles(ContentSettings settings) {
        this.profiles = load(settings.folder());
    }

    public List<RoleProfileDefinition> profiles() {
        return profiles;
    }

    private static List<RoleProfileDefinition> load(String folder) {
        try {
            String topics = read(Path.of(folder, "topics.yaml"), "quizzes/topics.yaml");
            String roles = read(Path.of(folder, "roles.yaml"), "quizzes/roles.yaml");
            if (topics == null || roles == null) {
                log.warn("No roles.yaml found; readiness recommendations are unavailable");
                return List.of();
            }
            var problems = new ArrayList<ContentProblem>();
            var topicIds = new HashSet<String>();
            ContentReader.parseTopics("topics.yaml", topics, problems).stream().map(TopicDefinition::id).forEach(topicIds::add);
            var parsed = ContentReader.parseRoles("roles.yaml", roles, topicIds, problems);
            problems.forEach(p -> log.warn("Role profile problem: {}", p));
            return List.copyOf(parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @org.jspecify.annotations.Nullable String read(Path file, String packaged) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        var resource = new ClassPathResource(packaged);
        return resource.exists() ? resource.getContentAsString(StandardCharsets.UTF_8) : null;
    }
}
