package dev.dlready.readiness;

import dev.dlready.account.CurrentUser;
import dev.dlready.bank.BankService;
import dev.dlready.bank.TopicSummary;
import dev.dlready.content.RoleProfileDefinition;
import dev.dlready.readiness.internal.RoleRequirementRevision;
import dev.dlready.readiness.internal.RoleRequirementRevisionRepository;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Role profiles as the app shows and edits them: every signed-in user may read the requirements in force; instructors
 * and administrators change a requirement (with a reason), hand it back to quizzes/roles.yaml, and read the history.
 * Each change is a new revision; nothing is overwritten.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
@Transactional
public class RoleProfileService {

    public static final double MIN_LEVEL = -3;
    public static final double MAX_LEVEL = 3;
    public static final int REASON_MAX = 500;
    private static final double SAME = 1e-9;

    private final RoleProfiles profiles;
    private final RoleRequirementRevisionRepository revisions;
    private final BankService bank;
    private final CurrentUser currentUser;
    private final Clock clock;

    RoleProfileService(
            RoleProfiles profiles,
            RoleRequirementRevisionRepository revisions,
            BankService bank,
            CurrentUser currentUser,
            Clock clock) {
        this.profiles = profiles;
        this.revisions = revisions;
        this.bank = bank;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The roles, from the most junior to the most senior. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RoleSummary> roles() {
        return profiles.fileProfiles().stream().map(p -> new RoleSummary(p.id(), p.title())).toList();
    }

    /** Every topic with what each role requires in it: in force, and in the file. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TopicRequirements> requirements() {
        var latest = latestByKey();
        var effective = profiles.profiles();
        var rows = new ArrayList<TopicRequirements>();
        for (String topic : profiles.topics()) {
            var cells = new ArrayList<RoleRequirement>();
            for (int i = 0; i < effective.size(); i++) {
                var role = effective.get(i);
                var file = profiles.fileProfiles().get(i);
                var revision = latest.get(key(role.id(), topic));
                cells.add(new RoleRequirement(role.id(), topic, file.required().get(topic), role.required().get(topic),
                        revision != null && !revision.followsFile()));
            }
            rows.add(new TopicRequirements(topic, cells));
        }
        return rows;
    }

    /** Sets what {@code role} requires in {@code topic}; the level is kept to two decimals. */
    public RoleRequirement change(String role, String topic, double level, String reason) {
        int index = roleIndex(role);
        requireTopic(topic);
        if (!Double.isFinite(level) || level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new RoleProfileException("Enter a level between " + format(MIN_LEVEL) + " and " + format(MAX_LEVEL)
                    + " on the ability scale (0 means a typical intern-level question of medium difficulty is answered "
                    + "half the time).");
        }
        double rounded = Math.round(level * 100) / 100.0;
        String why = requireReason(reason);
        var effective = profiles.profiles();
        @Nullable Double previous = effective.get(index).required().get(topic);
        if (previous != null && Math.abs(previous - rounded) < SAME) {
            throw new RoleProfileException(title(effective, index) + " already requires " + format(rounded) + " in "
                    + topicTitle(topic) + ". Enter a different level to change it.");
        }
        checkOrder(effective, index, topic, rounded, null);
        save(role, topic, previous, rounded, false, why);
        return requirement(role, topic);
    }

    /** Hands {@code role}'s requirement in {@code topic} back to quizzes/roles.yaml. */
    public RoleRequirement resetToFile(String role, String topic, String reason) {
        int index = roleIndex(role);
        requireTopic(topic);
        String why = requireReason(reason);
        var latest = latestByKey().get(key(role, topic));
        var effective = profiles.profiles();
        if (latest == null || latest.followsFile()) {
            throw new RoleProfileException(title(effective, index) + " in " + topicTitle(topic)
                    + " already follows quizzes/roles.yaml; there is nothing to reset.");
        }
        @Nullable Double fileLevel = profiles.fileProfiles().get(index).required().get(topic);
        if (fileLevel != null) {
            checkOrder(effective, index, topic, fileLevel, "Resetting to the file value (" + format(fileLevel) + ") would leave ");
        }
        save(role, topic, effective.get(index).required().get(topic), fileLevel, true, why);
        return requirement(role, topic);
    }

    /** Changes newest first, one page; a blank role or topic means all. */
    @Transactional(readOnly = true)
    public List<RequirementChange> history(String role, String topic, int offset, int limit) {
        int size = Math.max(1, limit);
        Map<String, String> titles = profiles.fileProfiles().stream()
                .collect(Collectors.toMap(RoleProfileDefinition::id, RoleProfileDefinition::title));
        return revisions.findHistory(role, topic, PageRequest.of(offset / size, size)).stream()
                .map(r -> new RequirementChange(r.id(), r.roleId(), titles.getOrDefault(r.roleId(), r.roleId()),
                        r.topicId(), r.previousLevel(), r.requiredLevel(), r.followsFile(), r.changedBy(),
                        r.changedAt(), r.reason()))
                .toList();
    }

    @Transactional(readOnly = true)
    public long countHistory(String role, String topic) {
        return revisions.countHistory(role, topic);
    }

    private RoleRequirement requirement(String role, String topic) {
        return requirements().stream().filter(t -> t.topic().equals(topic)).findFirst().orElseThrow().role(role);
    }

    private void save(
            String role, String topic, @Nullable Double previous, @Nullable Double level, boolean reset, String why) {
        var user = currentUser.require();
        revisions.saveAndFlush(new RoleRequirementRevision(
                role, topic, previous, level, reset, user.id(), user.displayName(), clock.instant().truncatedTo(ChronoUnit.MICROS), why));
    }

    /**
     * A more senior role never requires less than a more junior one in the same topic (entry at least intern). Topics
     * a role does not require are not compared.
     */
    private void checkOrder(
            List<RoleProfileDefinition> effective, int index, String topic, double level, @Nullable String resetPrefix) {
        String self = title(effective, index);
        for (int other = 0; other < effective.size(); other++) {
            @Nullable Double otherLevel = effective.get(other).required().get(topic);
            if (other == index || otherLevel == null) {
                continue;
            }
            String otherTitle = title(effective, other);
            if (other < index && level < otherLevel - SAME) {
                throw new RoleProfileException((resetPrefix == null ? "" : resetPrefix) + self
                        + (resetPrefix == null ? " cannot require less than " : " below ") + otherTitle + " in "
                        + topicTitle(topic) + ": " + otherTitle + " requires " + format(otherLevel) + ". "
                        + (resetPrefix == null ? "Enter at least " + format(otherLevel) + ", or lower " + otherTitle
                                + " first." : "Lower " + otherTitle + " first."));
            }
            if (other > index && level > otherLevel + SAME) {
                throw new RoleProfileException((resetPrefix == null ? "" : resetPrefix) + self
                        + (resetPrefix == null ? " cannot require more than " : " above ") + otherTitle + " in "
                        + topicTitle(topic) + ": " + otherTitle + " requires " + format(otherLevel) + ". "
                        + (resetPrefix == null ? "Enter at most " + format(otherLevel) + ", or raise " + otherTitle
                                + " first." : "Raise " + otherTitle + " first."));
            }
        }
    }

    private int roleIndex(String role) {
        var file = profiles.fileProfiles();
        for (int i = 0; i < file.size(); i++) {
            if (file.get(i).id().equals(role)) {
                return i;
            }
        }
        throw new RoleProfileException("There is no role '" + role + "' in quizzes/roles.yaml. Choose one of: "
                + file.stream().map(RoleProfileDefinition::id).collect(Collectors.joining(", ")) + ".");
    }

    private void requireTopic(String topic) {
        if (!profiles.topics().contains(topic)) {
            throw new RoleProfileException("There is no topic '" + topic + "' in quizzes/topics.yaml.");
        }
    }

    private static String requireReason(String reason) {
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new RoleProfileException(
                    "Give a reason for the change (for example, what the hiring team asked for); it is kept in the history.");
        }
        if (why.length() > REASON_MAX) {
            throw new RoleProfileException("Keep the reason to " + REASON_MAX + " characters; it has " + why.length() + ".");
        }
        return why;
    }

    private Map<String, RoleRequirementRevision> latestByKey() {
        var latest = new HashMap<String, RoleRequirementRevision>();
        revisions.findLatest().forEach(r -> latest.put(key(r.roleId(), r.topicId()), r));
        return latest;
    }

    private static String key(String role, String topic) {
        return role + "\u0000" + topic;
    }

    private static String title(List<RoleProfileDefinition> profiles, int index) {
        return profiles.get(index).title();
    }

    private String topicTitle(String topic) {
        return bank.topics().stream().filter(t -> t.id().equals(topic)).map(TopicSummary::title).findFirst()
                .orElse(topic);
    }

    static String format(double level) {
        return String.format(Locale.ROOT, "%.2f", level);
    }
}
