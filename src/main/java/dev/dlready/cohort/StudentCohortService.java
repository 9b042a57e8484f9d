package dev.dlready.cohort;

import dev.dlready.account.AccountDirectory;
import dev.dlready.account.CurrentUser;
import dev.dlready.attempt.CourseQuizRecords;
import dev.dlready.attempt.ExamService;
import dev.dlready.attempt.PreparedExam;
import dev.dlready.attempt.QuizAttemptRecord;
import dev.dlready.bank.BankQuestion;
import dev.dlready.bank.BankService;
import dev.dlready.cohort.internal.Cohort;
import dev.dlready.cohort.internal.CohortAssignment;
import dev.dlready.cohort.internal.CohortAssignmentRepository;
import dev.dlready.cohort.internal.CohortMember;
import dev.dlready.cohort.internal.CohortMemberRepository;
import dev.dlready.cohort.internal.CohortRepository;
import dev.dlready.cohort.internal.CourseQuiz;
import dev.dlready.cohort.internal.CourseQuizRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The student's side of cohorts: joining with an invite code, the quizzes assigned to them, and starting one within
 * its dates and attempt limit. A student reaches only quizzes published and assigned to a cohort they belong to.
 */
@Service
@PreAuthorize("hasRole('STUDENT')")
public class StudentCohortService {

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CohortAssignmentRepository assignments;
    private final CourseQuizRepository quizzes;
    private final CourseQuizRecords records;
    private final ExamService exams;
    private final BankService bank;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StudentCohortService(
            CohortRepository cohorts,
            CohortMemberRepository members,
            CohortAssignmentRepository assignments,
            CourseQuizRepository quizzes,
            CourseQuizRecords records,
            ExamService exams,
            BankService bank,
            AccountDirectory accounts,
            CurrentUser currentUser,
            TransactionTemplate transaction,
            Clock clock) {
        this.cohorts = cohorts;
        this.members = members;
        this.assignments = assignments;
        this.quizzes = quizzes;
        this.records = records;
        this.exams = exams;
        this.bank = bank;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The cohort behind an invite code, to confirm before joining. */
    @Transactional(readOnly = true)
    public CohortInvite invite(String code) {
        var cohort = byCode(code);
        long userId = currentUser.require().id();
        return new CohortInvite(cohort.inviteCode(), cohort.name(), instructorName(cohort),
                (int) members.countByCohortId(cohort.id()), cohort.joiningOpen(),
                members.findByCohortIdAndUserId(cohort.id(), userId).isPresent());
    }

    /** Joins the cohort; joining twice changes nothing. Returns the cohort's name. */
    @Transactional
    public String join(String code) {
        var cohort = byCode(code);
        long userId = currentUser.require().id();
        if (members.findByCohortIdAndUserId(cohort.id(), userId).isPresent()) {
            return cohort.name();
        }
        if (!cohort.joiningOpen()) {
            throw new CohortException("This cohort is not taking new members. Ask your instructor to open joining.");
        }
        try {
            members.saveAndFlush(new CohortMember(cohort.id(), userId, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // joined at the same moment from another tab
        }
        return cohort.name();
    }

    @Transactional(readOnly = true)
    public List<MyCohort> myCohorts() {
        long userId = currentUser.require().id();
        var mine = new ArrayList<MyCohort>();
        for (CohortMember m : members.findByUserId(userId)) {
            cohorts.findById(m.cohortId()).ifPresent(c -> mine.add(new MyCohort(c.id(), c.name(), instructorName(c), m.joinedAt())));
        }
        mine.sort(Comparator.comparing(MyCohort::name, String.CASE_INSENSITIVE_ORDER));
        return mine;
    }

    /** Leaves a cohort: its quizzes are no longer assigned to the student; attempts already made are kept. */
    @Transactional
    public void leave(long cohortId) {
        members.findByCohortIdAndUserId(cohortId, currentUser.require().id()).ifPresent(members::delete);
    }

    /** The published quizzes assigned to the student, soonest due first (quizzes without a due date last). */
    @Transactional(readOnly = true)
    public List<AssignedQuiz> assignments() {
        long userId = currentUser.require().id();
        Instant now = clock.instant();
        var result = new ArrayList<AssignedQuiz>();
        for (var entry : assignedQuizzes(userId).entrySet()) {
            CourseQuiz quiz = entry.getKey();
            List<CohortAssignment> via = entry.getValue();
            var attempts = records.attempts(quiz.id(), userId);
            result.add(assigned(quiz, via, attempts, now));
        }
        result.sort(Comparator.comparing((AssignedQuiz a) -> a.dueAt() == null ? Instant.MAX : a.dueAt())
                .thenComparing(AssignedQuiz::title, String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    /**
     * Starts an attempt at an assigned quiz, or returns the attempt already running. Refused outside the quiz's
     * dates, once the attempts allowed are used up, or when the quiz is not assigned to the student.
     */
    public long start(long quizId) {
        long userId = currentUser.require().id();
        Instant now = clock.instant();
        var prepared = transaction.execute(status -> {
            var entry = assignedQuizzes(userId).entrySet().stream().filter(e -> e.getKey().id() == quizId).findFirst()
                    .orElseThrow(() -> new NoSuchElementException("No such quiz"));
            var quiz = entry.getKey();
            Optional<Long> open = records.openAttempt(userId, quizId);
            if (open.isPresent()) {
                return new StartPlan(open.get(), null);
            }
            var attempts = records.attempts(quizId, userId);
            var view = assigned(quiz, entry.getValue(), attempts, now);
            switch (view.availability()) {
                case NOT_OPEN_YET -> throw new CohortException("This quiz is not open yet; it opens at the time shown with it.");
                case CLOSED -> throw new CohortException("This quiz has closed; ask your instructor if you need more time.");
                case NO_ATTEMPTS_LEFT -> throw new CohortException("You have used all " + view.attemptsAllowed()
                        + (view.attemptsAllowed() == 1 ? " attempt" : " attempts") + " at this quiz.");
                case OPEN -> {}
            }
            var ids = quiz.questionIds();
            Set<String> active = bank.activeQuestionIds(ids);
            List<BankQuestion> questions = ids.stream().filter(active::contains).map(bank::current)
                    .flatMap(Optional::stream).toList();
            if (questions.isEmpty()) {
                throw new CohortException("This quiz has no questions at the moment. Tell your instructor.");
            }
            var settings = quiz.settings();
            Duration limit = settings.timeLimitMinutes() != null ? Duration.ofMinutes(settings.timeLimitMinutes())
                    : ExamService.DEFAULT_TIME_PER_QUESTION.multipliedBy(questions.size());
            if (settings.closesAt() != null && now.plus(limit).isAfter(settings.closesAt())) {
                limit = Duration.between(now, settings.closesAt());
            }
            return new StartPlan(null, new PreparedExam(settings.title(), quiz.id(), questions, limit, settings.shuffleQuestions(),
                    settings.feedback() == FeedbackTiming.IMMEDIATE));
        });
        var plan = java.util.Objects.requireNonNull(prepared);
        return plan.resume() != null ? plan.resume() : exams.startPrepared(java.util.Objects.requireNonNull(plan.exam()));
    }

    private record StartPlan(@Nullable Long resume, @Nullable PreparedExam exam) {}

    private AssignedQuiz assigned(CourseQuiz quiz, List<CohortAssignment> via, List<QuizAttemptRecord> attempts, Instant now) {
        var settings = quiz.settings();
        Instant due = via.stream().map(CohortAssignment::dueAt).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        String cohortNames = String.join(", ", via.stream()
                .map(a -> cohorts.findById(a.cohortId()).map(Cohort::name).orElse("")).filter(n -> !n.isEmpty()).toList());
        Long openId = null;
        for (QuizAttemptRecord r : attempts) {
            if (!r.finished()) {
                openId = r.attemptId();
            }
        }
        var bestAttempt = BestAttempt.of(attempts);
        Double best = bestAttempt == null ? null : bestAttempt.percent();
        Long bestId = bestAttempt == null ? null : bestAttempt.attemptId();
        AssignedQuiz.Availability availability;
        if (settings.opensAt() != null && now.isBefore(settings.opensAt())) {
            availability = AssignedQuiz.Availability.NOT_OPEN_YET;
        } else if (settings.closesAt() != null && !now.isBefore(settings.closesAt())) {
            availability = AssignedQuiz.Availability.CLOSED;
        } else if (openId == null && settings.attemptsAllowed() > 0 && attempts.size() >= settings.attemptsAllowed()) {
            availability = AssignedQuiz.Availability.NO_ATTEMPTS_LEFT;
        } else {
            availability = AssignedQuiz.Availability.OPEN;
        }
        int questions = bank.activeQuestionIds(quiz.questionIds()).size();
        return new AssignedQuiz(quiz.id(), settings.title(), settings.description(), cohortNames, due, settings.opensAt(),
                settings.closesAt(), settings.timeLimitMinutes(), questions, settings.attemptsAllowed(), attempts.size(),
                settings.feedback(), availability, openId, best, bestId);
    }

    /** Published quizzes assigned to any cohort of the user, each with the assignments that give it. */
    private Map<CourseQuiz, List<CohortAssignment>> assignedQuizzes(long userId) {
        var cohortIds = members.findByUserId(userId).stream().map(CohortMember::cohortId).toList();
        var byQuiz = new LinkedHashMap<Long, List<CohortAssignment>>();
        for (CohortAssignment a : assignments.findByCohortIdIn(cohortIds)) {
            byQuiz.computeIfAbsent(a.quizId(), q -> new ArrayList<>()).add(a);
        }
        var result = new LinkedHashMap<CourseQuiz, List<CohortAssignment>>();
        byQuiz.forEach((quizId, via) -> quizzes.findById(quizId).filter(CourseQuiz::published)
                .ifPresent(q -> result.put(q, via)));
        return result;
    }

    private Cohort byCode(String code) {
        String normalised = InviteCodes.normalise(code);
        return cohorts.findByInviteCode(normalised).orElseThrow(() -> new CohortException(
                "No cohort has the invite code \"" + code.strip() + "\". Check the code with your instructor."));
    }

    private String instructorName(Cohort cohort) {
        return accounts.find(cohort.ownerId()).map(AccountDirectory.Account::displayName).orElse("");
    }
}
