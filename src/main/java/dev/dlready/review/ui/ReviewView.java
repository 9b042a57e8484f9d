package dev.dlready.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.bank.BankService;
import dev.dlready.bank.TopicSummary;
import dev.dlready.base.ui.Chart;
import dev.dlready.question.Response;
import dev.dlready.question.ui.QuestionCard;
import dev.dlready.review.ReviewException;
import dev.dlready.review.ReviewFeedback;
import dev.dlready.review.ReviewItem;
import dev.dlready.review.ReviewOutcome;
import dev.dlready.review.ReviewOverview;
import dev.dlready.review.ReviewService;
import dev.dlready.review.TopicRetention;
import dev.dlready.review.engine.Rating;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The daily review queue: each due question is asked again (checked exactly like practice), explained, and rated by
 * the student; FSRS-6 then schedules it. With an interview date, the predicted retention per topic on that day.
 */
@Route("review")
@PageTitle("Review")
@Menu(order = 7, icon = "vaadin:refresh", title = "Review")
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
public class ReviewView extends Main {

    private static final Key[] RATING_KEYS = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4};

    private final ReviewService reviews;
    private final Map<String, String> titles;
    private final Paragraph due = new Paragraph();
    private final Paragraph outcome = new Paragraph();
    private final Div session = new Div();
    private final Div interview = new Div();
    private final DatePicker interviewDate = new DatePicker("Interview date");
    private final Span interviewProblem = new Span();
    private @Nullable ReviewItem current;
    private @Nullable QuestionCard card;

    public ReviewView(ReviewService reviews, BankService bank) {
        this.reviews = reviews;
        this.titles = bank.topics().stream().collect(Collectors.toMap(TopicSummary::id, TopicSummary::title));
        addClassNames("page", "review-page");
        var intro = new Paragraph("Questions you missed in practice or an exam come back here the next day, then at "
                + "growing intervals: each is scheduled (with the FSRS-6 memory model) for when your chance of still "
                + "remembering it has fallen to about 90 %. Answer, read the explanation, then say how well you knew it.");
        intro.addClassName("muted");
        due.setId("review-due");
        due.addClassName("review-due");
        outcome.setId("review-outcome");
        outcome.addClassName("review-outcome");
        outcome.setVisible(false);
        session.setId("review-session");
        session.addClassName("review-session");
        interview.setId("review-interview");
        interview.addClassName("review-interview");
        buildInterviewForm();
        add(new H2("Review"), intro, due, outcome, session, interview);

        var overview = reviews.overview();
        showQueue(overview);
        showInterview(overview);
    }

    private void showQueue(ReviewOverview overview) {
        due.setText(overview.dueToday() == 0
                ? "No reviews due today."
                : overview.dueToday() + (overview.dueToday() == 1 ? " review" : " reviews") + " due today.");
        session.removeAll();
        current = reviews.next().orElse(null);
        if (current == null) {
            card = null;
            session.add(emptyState(overview));
            return;
        }
        showQuestion(current);
    }

    private void showQuestion(ReviewItem item) {
        var topic = new Span(titles.getOrDefault(item.topic(), item.topic()));
        topic.getElement().getThemeList().add("badge");
        var history = new Span(history(item));
        history.addClassName("muted");
        var header = new HorizontalLayout(topic, history);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("review-card-header");
        card = new QuestionCard(item.question());
        var check = new Button("Check answer");
        check.setId("review-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        var actions = new Div(check);
        actions.addClassName("review-actions");
        check.addClickListener(e -> checkAnswer(item, actions));
        session.add(header, card, actions);
        card.focusInput();
    }

    private static String history(ReviewItem item) {
        int reviews = item.reps();
        String seen = "Seen " + reviews + (reviews == 1 ? " time" : " times");
        return item.lapses() == 0 ? seen : seen + ", forgotten " + item.lapses() + (item.lapses() == 1 ? " time" : " times");
    }

    private void checkAnswer(ReviewItem item, Div actions) {
        if (card == null || current != item) {
            return;
        }
        Optional<Response> response = card.response();
        if (response.isEmpty()) {
            return;
        }
        ReviewFeedback feedback;
        try {
            feedback = reviews.check(item, response.get());
        } catch (ReviewException e) {
            showOutcome(e.getMessage());
            showQueue(reviews.overview());
            return;
        }
        card.setInputEnabled(false);
        var score = feedback.feedback();
        card.showResult(score.score(), score.keyMarkdown(), score.explanationMarkdown());
        actions.removeAll();
        actions.add(ratingRow(item, feedback));
    }

    private Div ratingRow(ReviewItem item, ReviewFeedback feedback) {
        var question = new Span("How well did you know it?");
        question.addClassName("review-rate-question");
        var buttons = new HorizontalLayout();
        buttons.setWrap(true);
        buttons.addClassName("review-rate-buttons");
        Button suggested = null;
        for (Rating rating : Rating.values()) {
            int days = feedback.intervalDays().getOrDefault(rating, 1);
            var button = new Button(rating.grade() + "  " + rating.title() + " · " + interval(days));
            button.setId("review-rate-" + rating.name().toLowerCase(Locale.ROOT));
            button.getElement().setAttribute("title", rating.meaning() + "; back " + interval(days));
            button.getElement().setAttribute("aria-keyshortcuts", String.valueOf(rating.grade()));
            button.addClassName("review-rate-" + rating.name().toLowerCase(Locale.ROOT));
            button.addClickShortcut(RATING_KEYS[rating.grade() - 1]);
            button.addClickListener(e -> rate(item, rating));
            if (rating == feedback.suggested()) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.addClickShortcut(Key.ENTER);
                suggested = button;
            }
            buttons.add(button);
        }
        var hint = new Span("Suggested: " + feedback.suggested().title() + " (Enter). Keys 1–4 choose a rating.");
        hint.addClassName("muted");
        hint.setId("review-rate-hint");
        var row = new Div(question, buttons, hint);
        row.addClassName("review-rate");
        row.setId("review-rate");
        if (suggested != null) {
            suggested.focus();
        }
        return row;
    }

    private void rate(ReviewItem item, Rating rating) {
        if (current != item) {
            return;
        }
        try {
            ReviewOutcome result = reviews.rate(item, rating);
            showOutcome(rating.title() + ": this question comes back " + interval(result.intervalDays()) + ", on "
                    + ReviewService.DAY.format(result.due()) + ".");
        } catch (ReviewException e) {
            showOutcome(e.getMessage());
        }
        var overview = reviews.overview();
        showQueue(overview);
        showInterview(overview);
    }

    private void showOutcome(String text) {
        outcome.setText(text);
        outcome.setVisible(true);
    }

    private static String interval(int days) {
        if (days == 1) {
            return "tomorrow";
        }
        if (days < 60) {
            return "in " + days + " days";
        }
        if (days < 730) {
            return "in " + Math.round(days / 30.44) + " months";
        }
        return "in " + Math.round(days / 365.25) + " years";
    }

    private Div emptyState(ReviewOverview overview) {
        var empty = new Div();
        empty.setId("review-empty");
        empty.addClassName("empty-state");
        if (overview.cards() == 0) {
            empty.add(new H3("Nothing to review yet"), new Paragraph(
                    "When you miss a question in practice or in an exam, it comes back here the next day, and then "
                            + "less and less often as you remember it."));
        } else {
            empty.add(new H3("All caught up for today"));
            if (overview.nextDue() != null) {
                int n = overview.dueOnNextDay();
                empty.add(new Paragraph("Next: " + n + (n == 1 ? " question" : " questions") + " on "
                        + ReviewService.DAY.format(overview.nextDue()) + ". You have " + overview.cards()
                        + (overview.cards() == 1 ? " question" : " questions") + " in review."));
            }
        }
        var practise = new Anchor("practice", "Practise new questions");
        practise.setId("review-practice");
        empty.add(new Paragraph(practise));
        return empty;
    }

    private void buildInterviewForm() {
        interviewDate.setId("review-interview-date");
        interviewDate.setHelperText("When do you want to remember all this?");
        interviewDate.setPlaceholder("YYYY-MM-DD");
        interviewDate.setClearButtonVisible(true);
        interviewDate.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormat("yyyy-MM-dd")
                .setBadInputErrorMessage("Write the date like 2027-03-15, or pick it in the calendar.")
                .setMinErrorMessage("Choose a day after today.")
                .setMaxErrorMessage("Choose a day within the next " + ReviewService.MAX_YEARS_AHEAD + " years."));
        // Typing a date must not reach the page's answer and rating keys (digits, Enter).
        interviewDate.getElement().executeJs("this.addEventListener('keydown', e => e.stopPropagation())");
        interviewProblem.setId("review-interview-problem");
        interviewProblem.addClassName("form-error");
        interviewProblem.setVisible(false);
    }

    private void showInterview(ReviewOverview overview) {
        interview.removeAll();
        interviewDate.setMin(overview.today().plusDays(1));
        interviewDate.setMax(overview.today().plusYears(ReviewService.MAX_YEARS_AHEAD));
        interviewDate.setValue(overview.interviewDate());
        var save = new Button("Save date", e -> saveInterviewDate());
        save.setId("review-interview-save");
        var clear = new Button("Clear", e -> clearInterviewDate());
        clear.setId("review-interview-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setVisible(overview.interviewDate() != null);
        var form = new HorizontalLayout(interviewDate, save, clear);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        interview.add(new H3("Interview date"), form, interviewProblem);
        LocalDate day = overview.interviewDate();
        if (day == null) {
            var hint = new Paragraph("Set the date of your interview to see how much of what you missed you are "
                    + "predicted to remember on that day, topic by topic.");
            hint.addClassName("muted");
            interview.add(hint);
            return;
        }
        if (overview.retention().isEmpty()) {
            var none = new Paragraph("No missed questions yet, so there is nothing to predict for "
                    + ReviewService.DAY.format(day) + ".");
            none.setId("review-retention-none");
            interview.add(none);
            return;
        }
        var explanation = new Paragraph("Predicted retention on " + ReviewService.DAY.format(day)
                + " if you review nothing more: the average chance (FSRS-6) that you recall each question you have "
                + "missed, per topic. Reviews when they are due raise it.");
        explanation.addClassName("muted");
        explanation.setId("review-retention-explained");
        var chart = new Chart();
        chart.setId("review-retention-chart");
        chart.addClassName("review-retention-chart");
        chart.getStyle().set("height", (80 + 34 * overview.retention().size()) + "px");
        chart.setConfig(chartConfig(overview));
        chart.setDescription(overview.retention().stream()
                .map(t -> titles.getOrDefault(t.topic(), t.topic()) + " " + percent(t.retention()))
                .collect(Collectors.joining(", ")));
        var rows = new Div();
        rows.setId("review-retention");
        rows.addClassName("topic-scores");
        for (TopicRetention topic : overview.retention()) {
            var row = new Div(new Span(titles.getOrDefault(topic.topic(), topic.topic())),
                    new Span(percent(topic.retention()) + " (" + topic.cards()
                            + (topic.cards() == 1 ? " question)" : " questions)")));
            row.addClassName("topic-score");
            rows.add(row);
        }
        interview.add(explanation, chart, rows);
    }

    private void saveInterviewDate() {
        interviewProblem.setVisible(false);
        interviewDate.setInvalid(false);
        LocalDate day = interviewDate.getValue();
        if (day == null) {
            showInterviewProblem("Choose the day of your interview in the calendar first.");
            return;
        }
        try {
            reviews.setInterviewDate(day);
        } catch (ReviewException e) {
            showInterviewProblem(e.getMessage());
            return;
        }
        showInterview(reviews.overview());
    }

    private void clearInterviewDate() {
        interviewProblem.setVisible(false);
        interviewDate.setInvalid(false);
        reviews.clearInterviewDate();
        showInterview(reviews.overview());
    }

    private void showInterviewProblem(String message) {
        interviewProblem.setText(message);
        interviewProblem.setVisible(true);
        interviewDate.setInvalid(true);
        interviewDate.setErrorMessage(message);
    }

    private String chartConfig(ReviewOverview overview) {
        var labels = overview.retention().stream()
                .map(t -> json(titles.getOrDefault(t.topic(), t.topic())))
                .toList();
        var values = overview.retention().stream()
                .map(t -> String.format(Locale.ROOT, "%.1f", 100 * t.retention()))
                .toList();
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + String.join(",", labels) + "],\"datasets\":[{"
                + "\"label\":\"Predicted retention (%)\",\"data\":[" + String.join(",", values) + "],"
                + "\"backgroundColor\":\"rgba(79,70,229,0.55)\",\"borderColor\":\"#4f46e5\",\"borderWidth\":1}]},"
                + "\"options\":{\"indexAxis\":\"y\",\"animation\":false,\"responsive\":true,\"maintainAspectRatio\":false,"
                + "\"scales\":{\"x\":{\"min\":0,\"max\":100,\"title\":{\"display\":true,"
                + "\"text\":\"% predicted to be recalled on the interview day\"}}},"
                + "\"plugins\":{\"legend\":{\"display\":false}}}}";
    }

    private static String percent(double value) {
        return Math.round(100 * value) + " %";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
