package dev.dlready.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.attempt.ExamException;
import dev.dlready.attempt.ExamRequest;
import dev.dlready.attempt.ExamService;
import dev.dlready.bank.BankService;
import dev.dlready.bank.QuizSummary;
import dev.dlready.bank.TopicSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/** Start a timed exam: a quiz of the bank, or N questions across chosen topics. */
@Route("exam")
@PageTitle("Exams")
@Menu(order = 20, icon = "vaadin:timer", title = "Exams")
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
public class ExamSetupView extends Main {

    private final ExamService exams;
    private final Span problem = new Span();

    public ExamSetupView(ExamService exams, BankService bank) {
        this.exams = exams;
        addClassNames("page", "exam-setup");
        problem.addClassName("form-error");
        problem.setId("exam-problem");
        problem.setVisible(false);

        var topics = bank.topics().stream().filter(t -> t.questionCount() > 0).toList();
        Map<String, String> topicTitles = topics.stream().collect(Collectors.toMap(TopicSummary::id, TopicSummary::title));

        var intro = new Paragraph("An exam is timed by the server: the clock keeps running if you close the page, and "
                + "the exam is submitted when time is up. Every answer is saved the moment you give it, so a reload or a "
                + "closed browser loses nothing. Questions and options are shuffled; feedback comes after you submit.");
        intro.addClassName("muted");

        var quiz = new ComboBox<QuizSummary>("Quiz");
        quiz.setItems(bank.quizzes());
        quiz.setItemLabelGenerator(q -> topicTitles.getOrDefault(q.topic(), q.topic()) + ": " + q.title() + " ("
                + q.questionCount() + " questions)");
        quiz.setWidthFull();
        quiz.setId("exam-quiz");
        quiz.setPlaceholder("Search quizzes");
        var startQuiz = new Button("Start this quiz", VaadinIcon.TIMER.create(), e -> {
            if (quiz.getValue() == null) {
                show("Choose a quiz first.");
                return;
            }
            start(() -> exams.startQuiz(quiz.getValue().id()));
        });
        startQuiz.setId("exam-start-quiz");
        startQuiz.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var fixed = new Div(new H3("Sit a quiz"), quiz, startQuiz);
        fixed.addClassName("exam-option");

        var topicChoice = new CheckboxGroup<TopicSummary>("Topics");
        topicChoice.setItems(topics);
        topicChoice.setItemLabelGenerator(TopicSummary::title);
        topicChoice.setId("exam-topics");
        var questions = new IntegerField("Questions");
        questions.setMin(1);
        questions.setMax(ExamRequest.MAX_QUESTIONS);
        questions.setValue(10);
        questions.setStepButtonsVisible(true);
        questions.setId("exam-questions");
        var minutes = new IntegerField("Minutes");
        minutes.setMin(1);
        minutes.setMax(ExamRequest.MAX_MINUTES);
        minutes.setValue(15);
        minutes.setStepButtonsVisible(true);
        minutes.setId("exam-minutes");
        var startGenerated = new Button("Generate and start", VaadinIcon.TIMER.create(), e -> {
            if (questions.getValue() == null || minutes.getValue() == null || questions.isInvalid() || minutes.isInvalid()) {
                show("Enter the number of questions (1–" + ExamRequest.MAX_QUESTIONS + ") and minutes (1–"
                        + ExamRequest.MAX_MINUTES + ").");
                return;
            }
            try {
                var request = new ExamRequest(topicChoice.getValue().stream().map(TopicSummary::id).toList(),
                        questions.getValue(), minutes.getValue());
                start(() -> exams.startGenerated(request));
            } catch (IllegalArgumentException ex) {
                show(ex.getMessage());
            }
        });
        startGenerated.setId("exam-start-generated");
        startGenerated.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var numbers = new HorizontalLayout(questions, minutes);
        numbers.setAlignItems(FlexComponent.Alignment.BASELINE);
        var generated = new Div(new H3("Generate an exam"), topicChoice, numbers, startGenerated);
        generated.addClassName("exam-option");

        var history = new Paragraph(new com.vaadin.flow.component.html.Anchor("history", "Your past exams"),
                new Span(" with their reviews."));
        add(new H2("Timed exams"), intro, problem, fixed, generated, history);
    }

    private void start(java.util.function.LongSupplier starter) {
        problem.setVisible(false);
        try {
            long id = starter.getAsLong();
            getUI().ifPresent(ui -> ui.navigate("exam/" + id));
        } catch (ExamException e) {
            show(e.getMessage());
        }
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
