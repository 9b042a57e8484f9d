package dev.dlready.cohort.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.base.ui.RichText;
import dev.dlready.base.ui.StatCard;
import dev.dlready.cohort.CohortException;
import dev.dlready.cohort.ItemAnalysisService;
import dev.dlready.cohort.QuizAnalysis;
import dev.dlready.cohort.engine.ItemAnalysis;
import dev.dlready.cohort.engine.Statistic;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Which questions of a quiz work: Moodle's quiz statistics (facility, standard deviation, discrimination index,
 * discriminative efficiency, Cronbach's alpha, distractor analysis) next to the IRT parameters, with flags and a way to
 * fix or retire what misbehaves.
 */
@Route("quizzes/:quizId/statistics")
@PageTitle("Quiz statistics")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class ItemAnalysisView extends Main implements BeforeEnterObserver {

    private final ItemAnalysisService analysis;
    private long quizId;

    public ItemAnalysisView(ItemAnalysisService analysis) {
        this.analysis = analysis;
        addClassNames("page", "item-analysis-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            quizId = Long.parseLong(event.getRouteParameters().get("quizId").orElse(""));
            show(analysis.analyse(quizId));
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class);
        } catch (CohortException e) {
            removeAll();
            add(back(), new H2("Quiz statistics"), empty(e.getMessage()));
        }
    }

    private Anchor back() {
        var back = new Anchor("quizzes/" + quizId, "← Back to the quiz");
        back.addClassName("back-link");
        return back;
    }

    private void show(QuizAnalysis result) {
        removeAll();
        var title = new H2("Statistics: " + result.title());
        title.setId("analysis-title");
        add(back(), title);
        var stats = result.statistics();
        var intro = new Paragraph("Each student counts once, with their first finished attempt"
                + (result.leftOut() > 0 ? " (" + result.leftOut() + " later " + (result.leftOut() == 1 ? "attempt" : "attempts")
                        + " left out)" : "") + ". Definitions follow Moodle's quiz statistics report, so the figures "
                + "mean what you know from there.");
        intro.addClassName("muted");
        add(intro);
        if (result.attempts() == 0) {
            add(empty("No finished attempts yet. Statistics appear once students have submitted the quiz."));
        }
        var cards = new Div(
                StatCard.of(Integer.toString(stats.attempts()), "Attempts analysed"),
                StatCard.of(marks(stats.mean(), stats.maxMark()), "Average score"),
                StatCard.of(marks(stats.standardDeviation(), stats.maxMark()), "Standard deviation"),
                StatCard.of(share(stats.cronbachAlpha()), "Cronbach's alpha"),
                StatCard.of(share(stats.errorRatio()), "Error ratio"),
                StatCard.of(marks(stats.standardError(), stats.maxMark()), "Standard error"));
        cards.addClassName("stat-row");
        cards.setId("analysis-summary");
        add(cards);
        var alphaNote = new Paragraph("Cronbach's alpha (internal consistency) near 100 % means the questions measure "
                + "one thing consistently; under 50 % the total score is mostly noise. It needs at least two attempts and two questions.");
        alphaNote.addClassName("muted");
        add(alphaNote);

        add(new H3("Questions"));
        var grid = new Grid<QuizAnalysis.Row>();
        grid.setId("analysis-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(r -> QuizBuilderView.describe(r.question())).setHeader("Question").setFlexGrow(1)
                .setWidth("18rem");
        grid.addColumn(r -> share(r.statistics().facility())).setHeader("Facility").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> share(r.statistics().standardDeviation())).setHeader("SD").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> number(r.statistics().discriminationIndex())).setHeader("Discrimination").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> share(r.statistics().discriminativeEfficiency())).setHeader("Efficiency").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(ItemAnalysisView::irt).setHeader("IRT (a, b, c)").setWidth("9.5rem").setFlexGrow(0);
        grid.addComponentColumn(ItemAnalysisView::flags).setHeader("Flags").setWidth("11rem").setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        grid.setItems(result.questions());
        var hint = new Paragraph("Click a question for its distractor analysis, what its flags mean, and what you can do.");
        hint.addClassName("muted");
        add(hint, grid);
    }

    private Component details(QuizAnalysis.Row row) {
        var box = new Div();
        box.addClassName("analysis-details");
        for (ItemAnalysis.Flag flag : row.statistics().flags()) {
            var line = new Div(Parts.badge(flagTitle(flag), flag == ItemAnalysis.Flag.UNUSED_DISTRACTOR
                    || flag == ItemAnalysis.Flag.LOW_DISCRIMINATION ? "warning small" : "error small"),
                    new Span(" " + flag.description()));
            line.addClassName("analysis-flag");
            box.add(line);
        }
        var choices = row.statistics().choices();
        if (choices != null) {
            box.add(new H4("Options"));
            var table = new Div();
            table.addClassName("distractor-table");
            table.add(cell("Option", true), cell("Chosen", true), cell("Share", true), cell("Mean rest score", true));
            for (ItemAnalysis.OptionStatistics option : choices.options()) {
                String text = option.index() < row.options().size() ? row.options().get(option.index()) : "Option " + (option.index() + 1);
                var label = new Div(new RichText(text));
                label.addClassName(option.correct() ? "distractor-correct" : "distractor-wrong");
                if (option.correct()) {
                    label.add(Parts.badge("key", "success small"));
                } else if (option.count() == 0) {
                    label.add(Parts.badge("nobody chose it", "warning small"));
                }
                table.add(label, cell(Integer.toString(option.count()), false),
                        cell(String.format(Locale.ENGLISH, "%.0f %%", 100 * option.share()), false),
                        cell(share(option.meanRestScore()), false));
            }
            box.add(table);
            if (choices.unanswered() > 0) {
                box.add(new Paragraph(choices.unanswered() + " left it unanswered."));
            }
        }
        var irt = new Paragraph(row.calibrated()
                ? "IRT parameters from the latest calibration over every student's answers on the platform."
                : "IRT parameters are the values declared from the question's level and difficulty; calibration replaces "
                        + "them once enough students have answered it.");
        irt.addClassName("muted");
        box.add(irt);
        var actions = new HorizontalLayout();
        if (row.question().writtenInApp()) {
            var edit = new Anchor("bank/question?id=" + row.question().id(), "Fix in the editor");
            edit.setId("analysis-edit-" + row.question().id());
            actions.add(edit);
            if (row.question().active()) {
                var retire = new Button("Retire question", VaadinIcon.ARCHIVE.create(), e -> confirmRetire(row));
                retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                actions.add(retire);
            }
        } else {
            var file = new Paragraph("This question comes from a reviewed quiz file: fix or retire it there (the bank's "
                    + "Copy button makes an editable copy you can put in the quiz instead).");
            file.addClassName("muted");
            actions.add(file);
        }
        if (!row.question().active()) {
            actions.add(Parts.badge("Retired: left out of new attempts", "contrast small"));
        }
        box.add(actions);
        return box;
    }

    private void confirmRetire(QuizAnalysis.Row row) {
        var confirm = new ConfirmDialog("Retire " + row.question().id() + "?",
                "It leaves the bank, practice and the future attempts of every quiz. Past attempts keep it, and you can "
                        + "still read it here.", "Retire",
                e -> {
                    try {
                        analysis.retire(quizId, row.question().id());
                        Parts.success("Retired " + row.question().id() + ".");
                        show(analysis.analyse(quizId));
                    } catch (CohortException ex) {
                        Parts.error(ex.getMessage());
                    }
                }, "Cancel", e -> {});
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private static Component irt(QuizAnalysis.Row row) {
        var values = new Span(String.format(Locale.ENGLISH, "%.2f, %.2f, %.2f", row.discrimination(), row.difficulty(),
                row.guessing()));
        var source = new Span(row.calibrated() ? "calibrated" : "declared");
        source.addClassName("muted");
        var cell = new Div(values, source);
        cell.addClassName("two-lines");
        return cell;
    }

    private static Component flags(QuizAnalysis.Row row) {
        var box = new Div();
        box.addClassName("analysis-flags");
        if (row.statistics().flags().isEmpty()) {
            box.add(new Span("–"));
        }
        for (ItemAnalysis.Flag flag : row.statistics().flags()) {
            box.add(Parts.badge(flagTitle(flag), flag == ItemAnalysis.Flag.UNUSED_DISTRACTOR
                    || flag == ItemAnalysis.Flag.LOW_DISCRIMINATION ? "warning small" : "error small"));
        }
        return box;
    }

    static String flagTitle(ItemAnalysis.Flag flag) {
        return switch (flag) {
            case NEGATIVE_DISCRIMINATION -> "Negative discrimination";
            case LOW_DISCRIMINATION -> "Low discrimination";
            case NOBODY_RIGHT -> "Nobody right";
            case EVERYBODY_RIGHT -> "Everybody right";
            case UNUSED_DISTRACTOR -> "Unused distractor";
        };
    }

    private static Div cell(String text, boolean head) {
        var cell = new Div(new Span(text));
        if (head) {
            cell.addClassName("distractor-head");
        }
        return cell;
    }

    private static Div empty(String message) {
        var empty = new Div(new Paragraph(message));
        empty.addClassName("empty-state");
        return empty;
    }

    static String share(Statistic statistic) {
        return switch (statistic) {
            case Statistic.Value v -> String.format(Locale.ENGLISH, "%.0f %%", 100 * v.value());
            case Statistic.NotEnoughData n -> "–";
        };
    }

    static String number(Statistic statistic) {
        return switch (statistic) {
            case Statistic.Value v -> String.format(Locale.ENGLISH, "%.2f", v.value());
            case Statistic.NotEnoughData n -> "–";
        };
    }

    static String marks(Statistic statistic, double max) {
        return switch (statistic) {
            case Statistic.Value v -> String.format(Locale.ENGLISH, "%.1f / %.0f", v.value(), max);
            case Statistic.NotEnoughData n -> "–";
        };
    }
}
