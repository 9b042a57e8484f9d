package dev.dlready.readiness;

import dev.dlready.bank.ContentSettings;
import dev.dlready.content.ContentProblem;
import dev.dlready.content.ContentReader;
import dev.dlready.content.RoleProfileDefinition;
import dev.dlready.content.TopicDefinition;
import dev.dlready.readiness.internal.RoleRequirementRevision;
import dev.dlready.readiness.internal.RoleRequirementRevisionRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The role profiles in force: those of quizzes/roles.yaml (from the folder, or the copy packaged in the application),
 * with every requirement that instructors or administrators changed in the app replaced by its latest revision.
 */
@Component
public class RoleProfiles {

    private static final Logger log = LoggerFactory.getLogger(RoleProfiles.class);

    private final List<RoleProfileDefinition> fromFile;
    private final List<String> topics;
    private final RoleRequirementRevisionRepository revisions;

    RoleProfiles(ContentSettings settings, RoleRequirementRevisionRepository revisions) {
        this.revisions = revisions;
        var topicIds = new LinkedHashSet<String>();
        this.fromFile = load(settings.folder(), topicIds);
        this.topics = List.copyOf(topicIds);
    }

    /** The effective profiles, from the most junior role to the most senior. */
    public List<RoleProfileDefinition> profiles() {
        return apply(fromFile, revisions.findLatest());
    }

    /** The profiles exactly as quizzes/roles.yaml states them. */
    public List<RoleProfileDefinition> fileProfiles() {
        return fromFile;
    }

    /** The topic ids of quizzes/topics.yaml, in file order. */
    public List<String> topics() {
        return topics;
    }

    /** The file's profiles with the latest revision of each role and topic applied; a reset restores the file value. */
    static List<RoleProfileDefinition> apply(List<RoleProfileDefinition> file, List<RoleRequirementRevision> latest) {
        var result = new ArrayList<RoleProfileDefinition>();
        for (RoleProfileDefinition role : file) {
            Map<String, Double> required = new LinkedHashMap<>(role.required());
            for (RoleRequirementRevision revision : latest) {
                if (!revision.roleId().equals(role.id()) || revision.followsFile()) {
                    continue;
                }
                if (revision.requiredLevel() == null) {
                    required.remove(revision.topicId());
                } else {
                    required.put(revision.topicId(), revision.requiredLevel());
                }
            }
            result.add(new RoleProfileDefinition(role.id(), role.title(), required));
        }
        return List.copyOf(result);
    }

    private static List<RoleProfileDefinition> load(String folder, LinkedHashSet<String> topicIds) {
        try {
            String topics = read(Path.of(folder, "topics.yaml"), "quizzes/topics.yaml");
            String roles = read(Path.of(folder, "roles.yaml"), "quizzes/roles.yaml");
            if (topics == null || roles == null) {
                log.warn("No roles.yaml found; readiness recommendations are unavailable");
                return List.of();
            }
            var problems = new ArrayList<ContentProblem>();
            ContentReader.parseTopics("topics.yaml", topics, problems).stream().map(TopicDefinition::id).forEach(topicIds::add);
            var parsed = ContentReader.parseRoles("roles.yaml", roles, topicIds, problems);
            problems.forEach(p -> log.warn("Role profile problem: {}", p));
            return List.copyOf(parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable String read(Path file, String packaged) throws IOException {
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        var resource = new ClassPathResource(packaged);
        return resource.exists() ? resource.getContentAsString(StandardCharsets.UTF_8) : null;
    }
}
