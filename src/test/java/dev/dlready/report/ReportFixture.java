package dev.dlready.report;

import dev.dlready.account.AccountDirectory;
import dev.dlready.account.AccountService;
import dev.dlready.account.RegistrationCommand;
import dev.dlready.account.Role;
import dev.dlready.account.UserAdminService;
import dev.dlready.attempt.ExamRequest;
import dev.dlready.attempt.ExamService;
import dev.dlready.attempt.ExamState;
import dev.dlready.question.Response;
import dev.dlready.support.TestData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.ApplicationContext;

/** Candidates with exams and recruiters with organisations, and a way to act as any of them. */
public class ReportFixture {

    public static final String PASSWORD = "share my report 1";

    private final AccountService accounts;
    private final UserAdminService admin;
    private final AccountDirectory directory;
    private final ExamService exams;

    ReportFixture(AccountService accounts, UserAdminService admin, AccountDirectory directory, ExamService exams) {
        this.accounts = accounts;
        this.admin = admin;
        this.directory = directory;
        this.exams = exams;
    }

    public static ReportFixture from(ApplicationContext context) {
        return new ReportFixture(context.getBean(AccountService.class), context.getBean(UserAdminService.class),
                context.getBean(AccountDirectory.class), context.getBean(ExamService.class));
    }

    public record Person(long id, String email, String name, Role role) {}

    public Person student(String name) {
        String email = TestData.uniqueEmail("candidate");
        long id = accounts.register(new RegistrationCommand(name, email, PASSWORD)).id();
        return new Person(id, email, name, Role.STUDENT);
    }

    public Person recruiter(String name, String organisation) {
        String email = TestData.uniqueEmail("recruiter");
        return as("admin@dlready.dev", Role.ADMIN, () -> {
            var created = admin.create(new RegistrationCommand(name, email, PASSWORD), Role.RECRUITER);
            if (!organisation.isEmpty()) {
                admin.setOrganisation(created.id(), organisation);
            }
            return new Person(created.id(), email, name, Role.RECRUITER);
        });
    }

    /** The candidate sits a generated exam in the topics, answering every question, and submits it. */
    public long sitExam(Person student, List<String> topics, int questions) {
        return as(student, () -> {
            long id = exams.startGenerated(new ExamRequest(topics, questions, 30));
            for (ExamState.Item item : exams.state(id).items()) {
                exams.saveAnswer(id, item.position(), someAnswer(item));
            }
            exams.submit(id);
            return id;
        });
    }

    public AccountDirectory directory() {
        return directory;
    }

    public <T> T as(Person person, Supplier<T> action) {
        return as(person.email(), person.role(), action);
    }

    public void run(Person person, Runnable action) {
        as(person, () -> {
            action.run();
            return null;
        });
    }

    public static <T> T as(String email, Role role, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                email, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static Response someAnswer(ExamState.Item item) {
        return switch (item.question().type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> new Response.Choices(Set.of(0));
            case TRUE_FALSE -> new Response.TrueFalse(true);
            case NUMERIC, PARAMETERISED_NUMERIC -> new Response.Number(1, null);
            case SHORT_TEXT -> new Response.Text("answer");
            case ORDERING -> new Response.Order(List.of(0, 1, 2));
            case MATCHING -> new Response.Matches(Map.of(0, 0));
        };
    }
}
