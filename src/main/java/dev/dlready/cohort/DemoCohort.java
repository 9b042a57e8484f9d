package dev.dlready.cohort;

import dev.dlready.account.AccountDirectory;
import dev.dlready.account.AccountSettings;
import dev.dlready.bank.BankQuestion;
import dev.dlready.bank.BankService;
import dev.dlready.bank.PracticeFilter;
import dev.dlready.cohort.internal.Cohort;
import dev.dlready.cohort.internal.CohortAssignment;
import dev.dlready.cohort.internal.CohortAssignmentRepository;
import dev.dlready.cohort.internal.CohortMember;
import dev.dlready.cohort.internal.CohortMemberRepository;
import dev.dlready.cohort.internal.CohortRepository;
import dev.dlready.cohort.internal.CourseQuiz;
import dev.dlready.cohort.internal.CourseQuizRepository;
import dev.dlready.question.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With the demo accounts on, the demo instructor starts with a cohort the demo student belongs to and one published
 * quiz assigned to it, so both sides of cohorts can be tried at once. Runs after the bank is loaded, and only while
 * the demo instructor has no cohort.
 */
@Component
@Order(20)
class DemoCohort implements ApplicationRunner {

    static final String INSTRUCTOR = "instructor@dlready.dev";
    static final String STUDENT = "student@dlready.dev";

    private final AccountSettings settings;
    private final AccountDirectory accounts;
    private final BankService bank;
    private final CourseQuizRepository quizzes;
    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CohortAssignmentRepository assignments;
    private final Clock clock;

    DemoCohort(AccountSettings settings, AccountDirectory accounts, BankService bank, CourseQuizRepository quizzes,
            CohortRepository cohorts, CohortMemberRepository members, CohortAssignmentRepository assignments, Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.bank = bank;
        this.quizzes = quizzes;
        this.cohorts = cohorts;
        this.members = members;
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!settings.demoAccounts()) {
            return;
        }
        var instructor = accounts.findByEmail(INSTRUCTOR).orElse(null);
        var student = accounts.findByEmail(STUDENT).orElse(null);
        if (instructor == null || student == null || !cohorts.findByOwnerIdOrderByNameAsc(instructor.id()).isEmpty()) {
            return;
        }
        List<String> questions = asSystem(() -> bank.forPractice(
                        new PracticeFilter(List.of("transformers"), Level.INTERN, 1, 3)).stream()
                .limit(6)
                .map(BankQuestion::id)
                .toList());
        if (questions.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        var quiz = new CourseQuiz(instructor.id(), new QuizSettings("Week 1: attention basics",
                "Six warm-up questions on attention. Check each answer as you go; two attempts allowed.", 15, 2, true,
                FeedbackTiming.IMMEDIATE, null, null), now);
        quiz.setQuestions(questions, now);
        quiz.publish(now);
        long quizId = quizzes.save(quiz).id();
        String code;
        do {
            code = InviteCodes.next();
        } while (cohorts.existsByInviteCode(code));
        long cohortId = cohorts.save(new Cohort(instructor.id(), "Demo cohort", code, now)).id();
        members.save(new CohortMember(cohortId, student.id(), now));
        assignments.save(new CohortAssignment(cohortId, quizId, now.plus(Duration.ofDays(7)), now));
    }

    /** The bank answers signed-in callers only; this start-up task acts as the system. */
    private static <T> T asSystem(java.util.function.Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
