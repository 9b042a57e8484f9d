package dev.dlready.readiness.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.bank.BankService;
import dev.dlready.bank.TopicSummary;
import dev.dlready.base.ui.RichText;
import dev.dlready.question.Response;
import dev.dlready.question.ui.QuestionCard;
import dev.dlready.readiness.ReadinessCheckException;
import dev.dlready.readiness.ReadinessCheckResult;
import dev.dlready.readiness.ReadinessCheckService;
import dev.dlready.readiness.ReadinessCheckState;
import dev.dlready.readiness.engine.Recommendation;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;

/** A readiness check in progress (one question at a time) or, once finished, its result and review. */
@Route("readiness-check/:checkId")
@PageTitle("Readiness check")
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
public class ReadinessCheckRunView extends Main implements BeforeEnterObserver {

    private final ReadinessCheckService checks;
    private final Map<String, String> titles;
    private long checkId;

    public ReadinessCheckRunView(ReadinessCheckService checks, BankService bank) {
        this.checks = checks;
        this.titles = bank.topics().stream().collect(Collectors.toMap(TopicSummary::id, TopicSummary::title));
        addClassNames("page", "readiness-check-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReadinessCheckState state;
        try {
            checkId = Long.parseLong(event.getRouteParameters().get("checkId").orElse(""));
            state = checks.state(checkId);
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(state);
    }

    private void show(ReadinessCheckState state) {
        removeAll();
        if (!state.summary().open()) {
            showResult(checks.result(checkId));
            return;
        }
        add(new H2("Readiness check"));
        int number = state.position() + 1;
        var progress = new ProgressBar(0, state.maxQuestions(), Math.min(number, state.maxQuestions()));
        progress.setId("check-progress");
        progress.getElement().setAttribute("aria-label", "Questions so far");
        var status = new Span("Question " + number + " · the check ends as soon as the call is confident (at most "
                + state.maxQuestions() + " questions)");
        status.setId("check-status");
        status.addClassName("muted");
        add(status, progress);

        var question = java.util.Objects.requireNonNull(state.question());
        var topic = new Span(titles.getOrDefault(question.topic(), question.topic()));
        topic.addClassName("muted");
        var card = new QuestionCard(question);
        card.setId("check-question");
        var submit = new Button("Submit answer", e -> submit(state.position(), card.currentResponse()));
        submit.setId("check-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        submit.setTooltipText("Ctrl+Enter");
        var unknown = new Button("I don't know", e -> submit(state.position(), Optional.empty()));
        unknown.setId("check-unknown");
        unknown.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var actions = new HorizontalLayout(submit, unknown);
        actions.addClassName("check-actions");
        add(topic, card, actions);
        card.focusInput();
    }

    private void submit(int position, Optional<Response> response) {
        try {
            checks.answer(checkId, position, response);
        } catch (ReadinessCheckException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE);
        }
        show(checks.state(checkId));
    }

    private void showResult(ReadinessCheckResult result) {
        var summary = result.summary();
        add(new H2("Readiness check result"));
        var call = new Paragraph(sentence(summary.role(), summary.roleTitle(), summary.risk() == null ? 0 : summary.risk()));
        call.setId("check-call");
        call.addClassName("readiness-call");
        add(call);
        String why = switch (String.valueOf(summary.stopReason())) {
            case "confident" -> "The check stopped because the call became confident.";
            case "max-length" -> "The check reached its maximum length; the call is the best the answers support.";
            default -> "The check used every available question.";
        };
        add(new Paragraph(new Span(why + " " + summary.questions() + " questions, from "
                + ReadinessCheckView.WHEN.format(summary.startedAt()) + " to "
                + ReadinessCheckView.WHEN.format(summary.finishedAt()) + ". These answers now count towards your "),
                new Anchor("readiness", "readiness report"), new Span(".")));

        add(new H3("Ability by topic in this check"));
        var topics = new Div();
        topics.setId("check-topics");
        topics.addClassNames("data-rows", "cols-3");
        var head = new Div(new Span("Topic"), new Span("Ability ± 95 % band"), new Span("Required"));
        head.addClassNames("data-row", "data-head");
        topics.add(head);
        for (var t : result.topics()) {
            var value = new Span(String.format(Locale.ROOT, "%.2f ± %.2f", t.theta(), 1.96 * t.standardError()));
            value.addClassName("num");
            var row = new Div(new Span(titles.getOrDefault(t.topic(), t.topic())), value, new Span(requirement(t)));
            row.addClassName("data-row");
            topics.add(row);
        }
        add(topics);

        add(new H3("Questions and answers"));
        for (var item : result.items()) {
            add(reviewItem(item));
        }
        add(new Paragraph(new Anchor("readiness-check", "All your checks"), new Span(" · "),
                new Anchor("readiness", "Readiness report")));
    }

    private String requirement(dev.dlready.readiness.ReadinessReport.TopicAbility t) {
        Double intern = t.required().get("intern");
        Double entry = t.required().get("entry");
        return (intern == null ? "" : String.format(Locale.ROOT, "intern %.2f", intern))
                + (entry == null ? "" : String.format(Locale.ROOT, " · entry-level %.2f", entry));
    }

    static String sentence(@org.jspecify.annotations.Nullable String role, @org.jspecify.annotations.Nullable String title,
            double risk) {
        String percent = ReadinessView.percent(risk);
        if (role == null || role.equals(Recommendation.NOT_YET)) {
            return "Not yet ready for an intern role. The chance that this is wrong by more than a narrow margin is "
                    + percent + ".";
        }
        return title + "-ready. The chance that this is wrong by more than a narrow margin is " + percent + ".";
    }

    private Div reviewItem(ReadinessCheckResult.Item item) {
        var box = new Div();
        box.addClassName("review-item");
        box.addClassName(item.credit() >= 1 - 1e-9 ? "review-right" : item.credit() > 0 ? "review-partial" : "review-wrong");
        var heading = new Span("Question " + (item.position() + 1) + " · " + titles.getOrDefault(item.topic(), item.topic())
                + " · " + (item.credit() >= 1 - 1e-9 ? "Correct" : item.credit() > 0
                        ? Math.round(item.credit() * 100) + " % credit" : "Not correct")
                + " · " + item.seconds() + " s");
        heading.addClassName("review-heading");
        box.add(heading, new RichText(item.question().stem()));
        if (!item.question().choices().isEmpty()) {
            box.add(new RichText(String.join("\n", item.question().choices().stream().map(c -> "- " + c).toList())));
        }
        var answer = new RichText("**Your answer:** " + item.answer());
        answer.addClassName("review-answer");
        var key = new RichText(item.keyMarkdown());
        key.addClassName("result-key");
        var explanation = new RichText(item.explanationMarkdown());
        explanation.addClassName("result-explanation");
        box.add(answer, key, explanation,
                new Anchor("practice?question=" + item.question().questionId(), "Practise this question again"));
        return box;
    }
}
