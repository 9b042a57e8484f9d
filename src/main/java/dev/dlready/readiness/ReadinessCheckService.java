package dev.dlready.readiness;

import dev.dlready.account.CurrentUser;
import dev.dlready.bank.BankQuestion;
import dev.dlready.bank.BankService;
import dev.dlready.bank.PracticeFilter;
import dev.dlready.bank.QuestionVersions;
import dev.dlready.content.RoleProfileDefinition;
import dev.dlready.question.KeyDescription;
import dev.dlready.question.Placeholders;
import dev.dlready.question.Presentation;
import dev.dlready.question.Response;
import dev.dlready.question.ResponseCodec;
import dev.dlready.question.ResponseText;
import dev.dlready.question.Variants;
import dev.dlready.question.engine.Scoring;
import dev.dlready.readiness.engine.AbilityModel;
import dev.dlready.readiness.engine.AdaptiveAssessment;
import dev.dlready.readiness.engine.Eap;
import dev.dlready.readiness.engine.Recommendation;
import dev.dlready.readiness.internal.ReadinessCheck;
import dev.dlready.readiness.internal.ReadinessCheckItem;
import dev.dlready.readiness.internal.ReadinessCheckRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adaptive readiness checks: the next question is chosen to be most informative for the readiness call, and the check
 * stops as soon as the call is confident (see {@link AdaptiveAssessment}). Answers are scored on the server and count
 * as full evidence for readiness; keys and explanations appear only once the check is finished. A student only ever
 * reaches their own checks.
 */
@Service
@PreAuthorize("hasAnyRole('STUDENT', 'INSTRUCTOR', 'ADMIN')")
@Transactional
public class ReadinessCheckService {

    public static final AdaptiveAssessment.Rules RULES = AdaptiveAssessment.Rules.DEFAULT;

    private final ReadinessCheckRepository checks;
    private final BankService bank;
    private final QuestionVersions versions;
    private final ItemCalibration calibration;
    private final RoleProfiles roles;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RandomGenerator seeds = RandomGenerator.of("L64X128MixRandom");

    ReadinessCheckService(ReadinessCheckRepository checks, BankService bank, QuestionVersions versions,
            ItemCalibration calibration, RoleProfiles roles, CurrentUser currentUser, Clock clock) {
        this.checks = checks;
        this.bank = bank;
        this.versions = versions;
        this.calibration = calibration;
        this.roles = roles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Resumes the student's open check, or starts a new one with its first question. */
    public long start() {
        long userId = currentUser.require().id();
        var open = checks.findOpen(userId);
        if (!open.isEmpty()) {
            return open.getFirst().id();
        }
        if (profiles().isEmpty()) {
            throw new ReadinessCheckException("No role profiles are defined, so there is nothing to check against. "
                    + "Ask an administrator to add quizzes/roles.yaml.");
        }
        var check = new ReadinessCheck(userId, seeds.nextLong(), clock.instant());
        checks.save(check);
        advance(check);
        return checks.save(check).id();
    }

    /** The open check's current question, or the finished check's summary. */
    @Transactional(readOnly = true)
    public ReadinessCheckState state(long checkId) {
        var check = owned(checkId);
        var summary = summary(check);
        if (!check.open()) {
            return new ReadinessCheckState(summary, check.items().size(), null, RULES.maxLength());
        }
        var current = check.items().getLast();
        var question = versions.load(current.questionVersionId()).question();
        return new ReadinessCheckState(summary, current.position(), Presentation.present(question, current.seed()),
                RULES.maxLength());
    }

    /**
     * Scores the answer to the current question, then asks the next one or finishes the check. An empty response
     * ("I don't know") scores zero. Answering a question that is no longer current is refused.
     */
    public ReadinessCheckSummary answer(long checkId, int position, Optional<Response> response) {
        var check = owned(checkId);
        if (!check.open()) {
            throw new ReadinessCheckException("This check is finished; its answers can no longer change.");
        }
        var current = check.items().getLast();
        if (current.position() != position || current.answered()) {
            throw new ReadinessCheckException("That question has already been answered; the page now shows the next one.");
        }
        var question = versions.load(current.questionVersionId()).question();
        double credit = response.map(r -> Scoring.score(question, current.seed(), r).credit()).orElse(0.0);
        current.answer(response.map(ResponseCodec::encode).orElse(""), credit, clock.instant());
        advance(check);
        return summary(checks.save(check));
    }

    /** The finished check with every question, the student's answer, the key and the explanation. */
    @Transactional(readOnly = true)
    public ReadinessCheckResult result(long checkId) {
        var check = owned(checkId);
        if (check.open()) {
            throw new ReadinessCheckException("This check is still running; finish it to see the result.");
        }
        var posterior = posterior(check);
        var topics = new ArrayList<ReadinessReport.TopicAbility>();
        for (String topic : posterior.topics()) {
            var estimate = posterior.topic(topic);
            Map<String, Double> required = new LinkedHashMap<>();
            profiles().forEach(p -> {
                if (p.required().containsKey(topic)) {
                    required.put(p.id(), p.required().get(topic));
                }
            });
            topics.add(new ReadinessReport.TopicAbility(
                    topic, estimate.theta(), estimate.standardError(), estimate.evidence(), required));
        }
        var items = new ArrayList<ReadinessCheckResult.Item>();
        for (var item : check.items()) {
            var question = versions.load(item.questionVersionId()).question();
            var asked = Presentation.present(question, item.seed());
            String encoded = item.response();
            String answer = encoded == null || encoded.isEmpty()
                    ? "No answer (\"I don't know\")"
                    : ResponseText.describe(asked, ResponseCodec.decode(encoded));
            long seconds = item.answeredAt() == null ? 0 : Duration.between(item.askedAt(), item.answeredAt()).toSeconds();
            items.add(new ReadinessCheckResult.Item(item.position(), item.topicId(), asked, answer,
                    item.credit() == null ? 0 : item.credit(), seconds, KeyDescription.describe(question, item.seed()),
                    Placeholders.fill(question.meta().explanation(), Variants.pick(question, item.seed()))));
        }
        return new ReadinessCheckResult(summary(check), topics, items);
    }

    /** The signed-in student's checks, newest first. */
    @Transactional(readOnly = true)
    public List<ReadinessCheckSummary> history() {
        return checks.findByUserIdOrderByStartedAtDesc(currentUser.require().id()).stream().map(this::summary).toList();
    }

    /** Every answered check question of the signed-in student, oldest first: evidence for readiness. */
    @Transactional(readOnly = true)
    List<ReadinessCheckItem> answeredItems() {
        return checks.findAnswered(currentUser.require().id());
    }

    /** Asks the next question, or finishes the check when the stopping rule says so. */
    private void advance(ReadinessCheck check) {
        var profiles = recommendationProfiles();
        var posterior = posterior(check);
        var pool = pool();
        var asked = new HashSet<Long>();
        var askedQuestions = new HashSet<String>();
        var perTopic = new HashMap<String, Integer>();
        for (var item : check.items()) {
            asked.add(item.questionVersionId());
            askedQuestions.add(item.questionId());
            perTopic.merge(item.topicId(), 1, Integer::sum);
        }
        var items = new ArrayList<AdaptiveAssessment.Item>();
        var byVersion = new HashMap<Long, BankQuestion>();
        for (var question : pool) {
            if (!askedQuestions.contains(question.id())) {
                byVersion.put(question.versionId(), question);
                items.add(new AdaptiveAssessment.Item(question.versionId(), question.question().meta().topic(),
                        calibration.parameters(question.versionId(), question.question())));
            }
        }
        // A fresh generator per step, from the check's seed and its length: the same check always asks the same way.
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(check.seed() + 31L * asked.size());
        var next = AdaptiveAssessment.next(items, asked, perTopic, posterior, profiles, RULES, random);
        var stop = AdaptiveAssessment.stop(RULES, check.items().size(), profiles, posterior, next.isPresent());
        if (stop.isPresent()) {
            var call = Recommendation.recommend(profiles, posterior);
            double risk = AdaptiveAssessment.riskBeyondTolerance(profiles, posterior, RULES.tolerance());
            check.finish(ReadinessCheck.StopReason.valueOf(stop.get().name()), call.role(), risk, clock.instant());
            return;
        }
        var chosen = byVersion.get(next.orElseThrow().id());
        check.ask(new ReadinessCheckItem(check, check.items().size(), chosen.id(), chosen.versionId(),
                chosen.question().meta().topic(), random.nextLong(), clock.instant()));
    }

    private AbilityModel.Posterior posterior(ReadinessCheck check) {
        var byTopic = new LinkedHashMap<String, List<Eap.Response>>();
        for (var item : check.items()) {
            if (item.answered() && item.credit() != null) {
                var question = question(item.questionVersionId());
                byTopic.computeIfAbsent(item.topicId(), t -> new ArrayList<>()).add(new Eap.Response(
                        calibration.parameters(item.questionVersionId(), question), item.credit()));
            }
        }
        return ReadinessService.MODEL.posteriorOf(AdaptiveAssessment.topics(recommendationProfiles()), byTopic);
    }

    /**
     * The questions of the profile topics. Reading and parsing the whole bank takes a while, so it is kept for a few
     * minutes; after a content reload new questions appear within that time (retired ones keep their versions).
     */
    private List<BankQuestion> pool() {
        var topics = AdaptiveAssessment.topics(recommendationProfiles());
        var cached = poolCache;
        if (cached != null && cached.topics().equals(topics)
                && cached.loaded().plus(POOL_TTL).isAfter(clock.instant())) {
            return cached.questions();
        }
        var questions = bank.forPractice(PracticeFilter.topics(topics));
        poolCache = new Pool(topics, questions, clock.instant());
        return questions;
    }

    private static final Duration POOL_TTL = Duration.ofMinutes(5);

    private record Pool(List<String> topics, List<BankQuestion> questions, java.time.Instant loaded,
            Map<Long, BankQuestion> byVersion) {
        Pool(List<String> topics, List<BankQuestion> questions, java.time.Instant loaded) {
            this(topics, questions, loaded, questions.stream()
                    .collect(java.util.stream.Collectors.toMap(BankQuestion::versionId, q -> q, (a, b) -> a)));
        }
    }

    private volatile @org.jspecify.annotations.Nullable Pool poolCache;

    private dev.dlready.question.Question question(long versionId) {
        var cached = poolCache;
        var hit = cached == null ? null : cached.byVersion().get(versionId);
        return hit != null ? hit.question() : versions.load(versionId).question();
    }

    private List<RoleProfileDefinition> profiles() {
        return roles.profiles();
    }

    private List<Recommendation.Profile> recommendationProfiles() {
        return profiles().stream().map(p -> new Recommendation.Profile(p.id(), p.required())).toList();
    }

    private ReadinessCheck owned(long checkId) {
        return checks.findByIdAndUserId(checkId, currentUser.require().id())
                .orElseThrow(() -> new NoSuchElementException("No such readiness check"));
    }

    private ReadinessCheckSummary summary(ReadinessCheck check) {
        String role = check.role();
        String title = role == null ? null
                : profiles().stream().filter(p -> p.id().equals(role)).map(RoleProfileDefinition::title).findFirst()
                        .orElse("Not yet");
        int answered = (int) check.items().stream().filter(ReadinessCheckItem::answered).count();
        var reason = check.stopReason();
        return new ReadinessCheckSummary(check.id(), check.startedAt(), check.finishedAt(), answered, role, title,
                check.risk(), reason == null ? null : reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
}
