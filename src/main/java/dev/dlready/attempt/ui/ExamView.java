package dev.dlready.attempt.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.attempt.ExamException;
import dev.dlready.attempt.ExamFeedback;
import dev.dlready.attempt.ExamService;
import dev.dlready.attempt.ExamState;
import dev.dlready.question.ui.QuestionCard;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Taking an exam: one question at a time, a navigator with flags, the server's countdown, autosave, submit. In an exam
 * with immediate feedback each saved answer can be checked: the result, key and explanation appear under it and the
 * answer is locked.
 */
@Route("exam/:attemptId")
@PageTitle("Exam")
@RolesAllowed({"STUDENT", "INSTRUCTOR", "ADMIN"})
public class ExamView extends Main implements BeforeEnterObserver {

    private final ExamService exams;
    private long attemptId;
    private @Nullable ExamState state;
    private int current;
    private final Span timer = new Span();
    private final Div navigator = new Div();
    private final Div body = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span saved = new Span();
    private com.vaadin.flow.shared.@Nullable Registration poll;
    private @Nullable Button checkButton;

    public ExamView(ExamService exams) {
        this.exams = exams;
        addClassNames("page", "exam-page");
        timer.setId("exam-timer");
        timer.addClassName("exam-timer");
        timer.getElement().setAttribute("role", "timer");
        navigator.setId("exam-navigator");
        navigator.addClassName("exam-navigator");
        navigator.getElement().setAttribute("aria-label", "Questions");
        saved.setId("exam-saved");
        saved.addClassName("muted");
        progress.setId("exam-progress");
        progress.getElement().setAttribute("aria-label", "Answered");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            attemptId = Long.parseLong(event.getRouteParameters().get("attemptId").orElse(""));
            state = exams.state(attemptId);
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (state.summary().finished()) {
            event.forwardTo("exam/" + attemptId + "/review");
            return;
        }
        current = state.items().stream().filter(i -> i.response() == null).mapToInt(ExamState.Item::position)
                .findFirst().orElse(0);
        render();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // The server decides when time is up; polling lets it end the exam even if nothing is clicked.
        attachEvent.getUI().setPollInterval(5000);
        poll = attachEvent.getUI().addPollListener(e -> checkTime());
        // Tell the server each time the exam page is hidden (another tab or window in front); reports show the count.
        getElement().executeJs("""
                const view = this;
                if (view._dlFocus) document.removeEventListener('visibilitychange', view._dlFocus);
                view._dlFocus = () => { if (document.hidden && view.isConnected) view.$server.pageHidden(); };
                document.addEventListener('visibilitychange', view._dlFocus);""");
    }

    /** Called by the browser when the exam page is hidden while the exam is open. */
    @com.vaadin.flow.component.ClientCallable
    void pageHidden() {
        if (state != null && !state.summary().finished()) {
            try {
                exams.recordFocusLost(attemptId);
            } catch (NoSuchElementException e) {
                // the attempt is gone; nothing to record
            }
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        super.onDetach(detachEvent);
    }

    private void checkTime() {
        if (state == null) {
            return;
        }
        try {
            var fresh = exams.clock(attemptId);
            if (fresh.summary().finished()) {
                Notification.show("Time is up: your exam was submitted.", 5000, Notification.Position.MIDDLE);
                UI.getCurrent().navigate("exam/" + attemptId + "/review");
            } else {
                startCountdown(fresh.secondsLeft());
            }
        } catch (NoSuchElementException e) {
            UI.getCurrent().navigate("history");
        }
    }

    private void render() {
        removeAll();
        var title = new H2(state.summary().title());
        title.addClassName("exam-title");
        var submit = new Button("Submit exam", VaadinIcon.CHECK.create(), e -> confirmSubmit());
        submit.setId("exam-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(title, timer, submit);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWrap(true);
        add(header, progress);
        if (state.immediateFeedback()) {
            var hint = new Paragraph("Check each answer when you are sure of it: you see at once whether it is right, "
                    + "with the explanation, and the answer can no longer change.");
            hint.setId("exam-feedback-hint");
            hint.addClassName("muted");
            add(hint);
        }
        add(navigator, body, saved);
        startCountdown(state.secondsLeft());
        showQuestion(current);
    }

    private void startCountdown(long seconds) {
        timer.getElement().executeJs("""
                const el = this; const end = Date.now() + $0 * 1000;
                if (el._dlTimer) clearInterval(el._dlTimer);
                const tick = () => {
                  const left = Math.max(0, Math.round((end - Date.now()) / 1000));
                  const m = Math.floor(left / 60), s = left % 60;
                  el.textContent = 'Time left ' + m + ':' + String(s).padStart(2, '0');
                  el.classList.toggle('exam-timer-low', left <= 60);
                  if (left === 0) { clearInterval(el._dlTimer); }
                };
                tick(); el._dlTimer = setInterval(tick, 1000);""", seconds);
    }

    private void renderNavigator() {
        navigator.removeAll();
        long answered = state.items().stream().filter(i -> i.response() != null).count();
        progress.setMax(state.items().size());
        progress.setValue(answered);
        for (var item : state.items()) {
            var button = new Button(String.valueOf(item.position() + 1), e -> showQuestion(item.position()));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var feedback = item.feedback();
            if (feedback != null && !feedback.correct()) {
                // a checked answer that is not right stands out from the answered (green) ones
                button.addThemeVariants(feedback.credit() > 0 ? ButtonVariant.LUMO_WARNING : ButtonVariant.LUMO_ERROR);
            } else if (item.response() != null) {
                button.addClassName("nav-answered");
            }
            if (item.flagged()) {
                button.addClassName("nav-flagged");
                button.setIcon(VaadinIcon.FLAG.create());
            } else if (feedback != null) {
                button.addClassName("nav-checked");
                button.setIcon((feedback.correct() ? VaadinIcon.CHECK
                        : feedback.credit() > 0 ? VaadinIcon.ADJUST : VaadinIcon.CLOSE_SMALL).create());
            }
            if (item.position() == current) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.getElement().setAttribute("aria-current", "step");
            }
            button.setAriaLabel("Question " + (item.position() + 1)
                    + (item.response() != null ? ", answered" : ", not answered")
                    + (feedback == null ? "" : ", checked: " + (feedback.correct() ? "correct"
                            : feedback.credit() > 0 ? "partly right" : "not right"))
                    + (item.flagged() ? ", flagged" : ""));
            button.addClassName("nav-item");
            navigator.add(button);
        }
    }

    private void showQuestion(int position) {
        current = position;
        renderNavigator();
        body.removeAll();
        var item = state.items().get(position);
        var card = new QuestionCard(item.question());
        if (item.response() != null) {
            card.setResponse(item.response());
        }
        checkButton = null;
        if (item.feedback() != null) {
            showFeedback(card, item.feedback());
        } else {
            card.addAnswerChangeListener(() -> card.currentResponse().ifPresent(response -> save(position, response)));
        }
        var label = new Span("Question " + (position + 1) + " of " + state.items().size());
        label.setId("exam-position");
        label.addClassName("muted");
        var flag = new Button(item.flagged() ? "Unflag" : "Flag for review", VaadinIcon.FLAG_O.create(),
                e -> toggleFlag(position));
        flag.setId("exam-flag");
        flag.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create(), e -> showQuestion(position - 1));
        previous.setEnabled(position > 0);
        previous.setId("exam-previous");
        previous.addClickShortcut(Key.ARROW_LEFT, com.vaadin.flow.component.KeyModifier.ALT);
        var next = new Button("Next", VaadinIcon.ARROW_RIGHT.create(), e -> showQuestion(position + 1));
        next.setIconAfterText(true);
        next.setEnabled(position < state.items().size() - 1);
        next.setId("exam-next");
        next.addClickShortcut(Key.ARROW_RIGHT, com.vaadin.flow.component.KeyModifier.ALT);
        var actions = new HorizontalLayout(previous, next, flag);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (state.immediateFeedback() && item.feedback() == null) {
            var check = new Button("Check answer", VaadinIcon.CHECK_CIRCLE_O.create(), e -> check(position, card));
            check.setId("exam-check");
            check.setEnabled(item.response() != null);
            check.setTooltipText("Shows whether the saved answer is right; it can no longer change afterwards.");
            checkButton = check;
            actions.addComponentAsFirst(check);
        }
        body.add(label, card, actions);
        card.focusInput();
    }

    private void save(int position, dev.dlready.question.Response response) {
        try {
            exams.saveAnswer(attemptId, position, response);
            state = withItem(position, item -> new ExamState.Item(
                    item.position(), item.question(), response, item.flagged(), item.feedback()));
            saved.setText("All answers saved.");
            if (checkButton != null && position == current) {
                checkButton.setEnabled(true);
            }
            renderNavigator();
        } catch (ExamException e) {
            refused(e, position);
        }
    }

    /**
     * The server refused a change: the exam is over (show the review), or the answer was checked in another tab
     * (show it as it now stands).
     */
    private void refused(ExamException e, int position) {
        Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        var fresh = exams.state(attemptId);
        if (fresh.summary().finished()) {
            UI.getCurrent().navigate("exam/" + attemptId + "/review");
        } else {
            state = fresh;
            showQuestion(position);
        }
    }

    private void toggleFlag(int position) {
        try {
            boolean flagged = !state.items().get(position).flagged();
            exams.flag(attemptId, position, flagged);
            state = withItem(position, item -> new ExamState.Item(
                    item.position(), item.question(), item.response(), flagged, item.feedback()));
            showQuestion(position);
        } catch (ExamException e) {
            UI.getCurrent().navigate("exam/" + attemptId + "/review");
        }
    }

    /** The state with one item replaced: what the server has just stored, without reloading every question. */
    private ExamState withItem(int position, java.util.function.UnaryOperator<ExamState.Item> change) {
        var items = new java.util.ArrayList<>(state.items());
        items.set(position, change.apply(items.get(position)));
        return new ExamState(state.summary(), state.now(), state.immediateFeedback(), items);
    }

    /** Checks the saved answer: the server scores it and locks it, and the feedback stays under the question. */
    private void check(int position, QuestionCard card) {
        ExamFeedback feedback;
        try {
            feedback = exams.check(attemptId, position);
        } catch (ExamException e) {
            refused(e, position);
            return;
        }
        state = withItem(position, item -> new ExamState.Item(
                item.position(), item.question(), item.response(), item.flagged(), feedback));
        var response = state.items().get(position).response();
        if (response != null) {
            // what was checked is the saved answer, even if the field still held an unfinished edit
            card.setResponse(response);
        }
        showFeedback(card, feedback);
        if (checkButton != null) {
            checkButton.removeFromParent();
            checkButton = null;
        }
        renderNavigator();
    }

    private static void showFeedback(QuestionCard card, ExamFeedback feedback) {
        card.setInputEnabled(false);
        card.showResult(feedback.result(), feedback.keyMarkdown(), feedback.explanationMarkdown());
    }

    private void confirmSubmit() {
        long unanswered = state.items().stream().filter(i -> i.response() == null).count();
        long flagged = state.items().stream().filter(ExamState.Item::flagged).count();
        var dialog = new ConfirmDialog();
        dialog.setHeader("Submit the exam?");
        dialog.setText((unanswered == 0 ? "Every question is answered." : unanswered + " unanswered (they score 0).")
                + (flagged == 0 ? "" : " " + flagged + " flagged for review.") + " Answers cannot change afterwards.");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep working");
        dialog.setConfirmText("Submit");
        dialog.addConfirmListener(e -> {
            exams.submit(attemptId);
            UI.getCurrent().navigate("exam/" + attemptId + "/review");
        });
        dialog.open();
    }
}
