package dev.dlready.attempt.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.attempt.PracticeFeedback;
import dev.dlready.attempt.PracticeItem;
import dev.dlready.attempt.PracticeRequest;
import dev.dlready.attempt.PracticeService;
import dev.dlready.bank.BankService;
import dev.dlready.bank.TopicSummary;
import dev.dlready.question.Level;
import dev.dlready.question.ui.QuestionCard;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Practice: pick topics, answer one question at a time, get instant feedback and the explanation, retry. */
@Route("practice")
@PageTitle("Practice")
@Menu(order = 10, icon = "vaadin:academy-cap", title = "Practice")
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
public class PracticeView extends Main implements BeforeEnterObserver {

    private static final String ANY_LEVEL = "Any level";

    private final PracticeService practice;
    private final List<TopicSummary> topics;
    private final CheckboxGroup<TopicSummary> topicChoice = new CheckboxGroup<>();
    private final Select<String> level = new Select<>();
    private final Select<Integer> minDifficulty = new Select<>();
    private final Select<Integer> maxDifficulty = new Select<>();
    private final Select<Integer> count = new Select<>();
    private final Div setup = new Div();
    private final Div session = new Div();
    private final Span setupProblem = new Span();

    private List<PracticeItem> items = List.of();
    private int index;
    private final Map<Integer, Double> bestCredit = new LinkedHashMap<>();
    private @org.jspecify.annotations.Nullable QuestionCard card;
    private final Button check = new Button("Check answer");
    private final Button retry = new Button("Try again");
    private final Button next = new Button("Next question");

    public PracticeView(PracticeService practice, BankService bank) {
        this.practice = practice;
        this.topics = bank.topics().stream().filter(t -> t.questionCount() > 0).toList();
        addClassNames("page", "practice-page");
        buildSetup();
        session.addClassName("practice-session");
        session.setVisible(false);
        add(setup, session);

        check.setId("practice-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> checkAnswer());
        retry.setId("practice-retry");
        retry.addClickListener(e -> tryAgain());
        next.setId("practice-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> nextQuestion());
        // Enter checks the answer, and after the feedback moves on; only the visible button reacts.
        check.addClickShortcut(Key.ENTER);
        next.addClickShortcut(Key.ENTER);
    }

    private void buildSetup() {
        setup.addClassName("practice-setup");
        topicChoice.setLabel("Topics");
        topicChoice.setId("practice-topics");
        topicChoice.setItems(topics);
        topicChoice.setItemLabelGenerator(t -> t.title() + " (" + t.questionCount() + ")");
        topicChoice.addClassName("topic-choice");
        level.setLabel("Level");
        level.setItems(ANY_LEVEL, Level.INTERN.title(), Level.ENTRY.title());
        level.setValue(ANY_LEVEL);
        level.setId("practice-level");
        minDifficulty.setLabel("Difficulty from");
        minDifficulty.setItems(1, 2, 3, 4, 5);
        minDifficulty.setValue(1);
        maxDifficulty.setLabel("to");
        maxDifficulty.setItems(1, 2, 3, 4, 5);
        maxDifficulty.setValue(5);
        count.setLabel("Questions");
        count.setItems(5, 10, 20, 30);
        count.setValue(10);
        count.setId("practice-count");
        var start = new Button("Start practising", VaadinIcon.PLAY.create(), e -> start());
        start.setId("practice-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var all = new Button("All topics", e -> topicChoice.setValue(new LinkedHashSet<>(topics)));
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var none = new Button("Clear", e -> topicChoice.clear());
        none.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var options = new HorizontalLayout(level, minDifficulty, maxDifficulty, count);
        options.setWrap(true);
        options.setAlignItems(FlexComponent.Alignment.BASELINE);
        setupProblem.addClassName("form-error");
        setupProblem.setVisible(false);
        setupProblem.setId("practice-problem");
        var intro = new Paragraph("Choose what to practise. Each question is checked at once and explained; "
                + "you can retry before moving on. Every answer is saved to your progress.");
        intro.addClassName("muted");
        setup.add(new H2("Practise"), intro, new HorizontalLayout(all, none), topicChoice, options, setupProblem, start);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var question = parameters.getOrDefault("question", List.of());
        if (!question.isEmpty()) {
            items = practice.startWith(question.getFirst());
            if (items.isEmpty()) {
                showSetupProblem("That question is not in the bank any more. Choose topics to practise instead.");
            } else {
                index = 0;
                bestCredit.clear();
                setup.setVisible(false);
                session.setVisible(true);
                showQuestion();
            }
            return;
        }
        var requested = parameters.getOrDefault("topic", List.of());
        if (!requested.isEmpty()) {
            var chosen = new LinkedHashSet<TopicSummary>();
            topics.stream().filter(t -> requested.contains(t.id())).forEach(chosen::add);
            topicChoice.setValue(chosen);
        }
    }

    private void start() {
        setupProblem.setVisible(false);
        if (topicChoice.getValue().isEmpty()) {
            showSetupProblem("Choose at least one topic.");
            return;
        }
        if (minDifficulty.getValue() > maxDifficulty.getValue()) {
            showSetupProblem("The lowest difficulty is above the highest; swap them.");
            return;
        }
        Level chosenLevel = level.getValue().equals(Level.INTERN.title())
                ? Level.INTERN
                : level.getValue().equals(Level.ENTRY.title()) ? Level.ENTRY : null;
        var topicIds = topicChoice.getValue().stream().map(TopicSummary::id).toList();
        items = practice.start(new PracticeRequest(
                topicIds, chosenLevel, minDifficulty.getValue(), maxDifficulty.getValue(), count.getValue()));
        if (items.isEmpty()) {
            showSetupProblem("No question matches these choices. Widen the difficulty range or choose any level.");
            return;
        }
        index = 0;
        bestCredit.clear();
        setup.setVisible(false);
        session.setVisible(true);
        showQuestion();
    }

    private void showSetupProblem(String text) {
        setupProblem.setText(text);
        setupProblem.setVisible(true);
    }

    private void showQuestion() {
        session.removeAll();
        var progress = new ProgressBar(0, items.size(), index);
        progress.setId("practice-progress");
        progress.getElement().setAttribute("aria-label", "Progress");
        var position = new Span("Question " + (index + 1) + " of " + items.size());
        position.setId("practice-position");
        position.addClassName("muted");
        var quit = new Button("End session", e -> finish());
        quit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var header = new HorizontalLayout(position, quit);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        card = new QuestionCard(practice.ask(items.get(index)));
        check.setVisible(true);
        retry.setVisible(false);
        next.setVisible(false);
        next.setText(index + 1 < items.size() ? "Next question" : "See results");
        var actions = new HorizontalLayout(check, retry, next);
        actions.addClassName("practice-actions");
        session.add(header, progress, card, actions);
        card.focusInput();
    }

    private void checkAnswer() {
        if (card == null || !check.isVisible()) {
            return;
        }
        Optional<dev.dlready.question.Response> response = card.response();
        if (response.isEmpty()) {
            return;
        }
        PracticeFeedback feedback = practice.check(items.get(index), response.get());
        bestCredit.merge(index, feedback.score().credit(), Math::max);
        card.setInputEnabled(false);
        card.showResult(feedback.score(), feedback.keyMarkdown(), feedback.explanationMarkdown());
        check.setVisible(false);
        retry.setVisible(!feedback.score().correct());
        next.setVisible(true);
        next.focus();
    }

    private void tryAgain() {
        if (card == null) {
            return;
        }
        card.hideResult();
        card.setInputEnabled(true);
        retry.setVisible(false);
        next.setVisible(false);
        check.setVisible(true);
        card.focusInput();
    }

    private void nextQuestion() {
        if (!next.isVisible()) {
            return;
        }
        if (index + 1 < items.size()) {
            index++;
            showQuestion();
        } else {
            finish();
        }
    }

    private void finish() {
        session.removeAll();
        int answered = bestCredit.size();
        double total = bestCredit.values().stream().mapToDouble(Double::doubleValue).sum();
        var perTopic = new LinkedHashMap<String, List<Double>>();
        bestCredit.forEach((i, credit) -> perTopic.computeIfAbsent(items.get(i).topic(), t -> new ArrayList<>()).add(credit));
        var summary = new Div();
        summary.setId("practice-summary");
        summary.addClassName("practice-summary");
        summary.add(new H2("Session complete"));
        summary.add(new Paragraph(answered == 0
                ? "You did not answer any question this time."
                : "Best score per question: " + Math.round(total * 10) / 10.0 + " of " + answered
                        + " (" + Math.round(100 * total / answered) + " %)."));
        if (!perTopic.isEmpty()) {
            summary.add(new H3("By topic"));
            var list = new Div();
            list.addClassName("topic-scores");
            perTopic.forEach((topic, credits) -> {
                String title = topics.stream().filter(t -> t.id().equals(topic)).map(TopicSummary::title).findFirst().orElse(topic);
                double mean = credits.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                var row = new Div(new Span(title), new Span(Math.round(mean * 100) + " % over " + credits.size()
                        + (credits.size() == 1 ? " question" : " questions")));
                row.addClassName("topic-score");
                list.add(row);
            });
            summary.add(list);
        }
        var again = new Button("Practise again", e -> {
            session.setVisible(false);
            setup.setVisible(true);
        });
        again.setId("practice-again");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        summary.add(again);
        session.add(summary);
    }
}
