package dev.dlready.readiness.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.bank.BankService;
import dev.dlready.bank.TopicSummary;
import dev.dlready.readiness.RequirementChange;
import dev.dlready.readiness.RoleProfileException;
import dev.dlready.readiness.RoleProfileService;
import dev.dlready.readiness.RoleRequirement;
import dev.dlready.readiness.RoleSummary;
import dev.dlready.readiness.TopicRequirements;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The role profiles in force, topic by topic, next to the values of quizzes/roles.yaml. Instructors and administrators
 * change a requirement with a reason or hand it back to the file; every change is listed in the history.
 */
@Route("role-profiles")
@PageTitle("Role profiles")
@Menu(order = 55, icon = "vaadin:clipboard-user", title = "Role profiles")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class RoleProfilesView extends Main {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final RoleProfileService service;
    private final Map<String, String> topicTitles;
    private final List<RoleSummary> roles;
    private final Grid<TopicRequirements> requirements = new Grid<>();
    private final Grid<RequirementChange> history = new Grid<>();

    public RoleProfilesView(RoleProfileService service, BankService bank) {
        this.service = service;
        this.topicTitles = bank.topics().stream().collect(Collectors.toMap(TopicSummary::id, TopicSummary::title));
        this.roles = service.roles();
        addClassNames("page", "role-profiles-page");

        var intro = new Paragraph("What each role requires in each topic, on the ability scale of the readiness model "
                + "(0 means a typical intern-level question of medium difficulty is answered half the time; one step of "
                + "declared difficulty is 0.75). The values start from quizzes/roles.yaml; a change made here overrides "
                + "the file for that role and topic until it is reset. A more senior role never requires less than a "
                + "more junior one in the same topic. Readiness calls use the levels in force at once.");
        intro.addClassName("muted");
        add(intro);

        requirements.setId("role-requirements");
        requirements.addColumn(t -> topicTitles.getOrDefault(t.topic(), t.topic())).setHeader("Topic")
                .setKey("topic").setAutoWidth(true).setFlexGrow(1);
        for (RoleSummary role : roles) {
            requirements.addComponentColumn(t -> cell(t, t.role(role.id()), role))
                    .setHeader(role.title()).setKey(role.id()).setWidth("15rem").setFlexGrow(0);
        }
        requirements.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        requirements.setAllRowsVisible(true);
        add(requirements);

        add(new H3("History"));
        history.setId("requirement-history");
        history.addColumn(c -> WHEN.format(c.changedAt())).setHeader("When").setKey("when").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(RequirementChange::changedBy).setHeader("Who").setKey("who").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(c -> c.roleTitle() + " · " + topicTitles.getOrDefault(c.topic(), c.topic()))
                .setHeader("Requirement").setKey("requirement").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(c -> level(c.from()) + " → " + level(c.to()) + (c.reset() ? " (file value)" : ""))
                .setHeader("Change").setKey("change").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(RequirementChange::reason).setHeader("Reason").setKey("reason").setFlexGrow(1);
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setPageSize(20);
        history.setHeight("20rem");
        history.setEmptyStateText("No changes yet: every level comes from quizzes/roles.yaml.");
        history.setItems(q -> service.history("", "", q.getOffset(), q.getLimit()).stream(),
                q -> (int) service.countHistory("", ""));
        add(history);
        refresh();
    }

    private Component cell(TopicRequirements topic, RoleRequirement requirement, RoleSummary role) {
        var value = new Span(level(requirement.level()));
        value.addClassName("requirement-level");
        var cell = new Div(value);
        cell.addClassName("requirement-cell");
        var edit = new Button(VaadinIcon.EDIT.create(), e -> openEditor(topic.topic(), requirement, role));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        edit.setAriaLabel("Edit " + role.title() + " requirement in " + topicTitles.getOrDefault(topic.topic(), topic.topic()));
        edit.setId("edit-" + role.id() + "-" + topic.topic());
        cell.add(edit);
        if (requirement.changedInApp()) {
            var badge = new Span("changed · file " + level(requirement.fileLevel()));
            badge.getElement().getThemeList().add("badge contrast small");
            cell.add(badge);
        }
        return cell;
    }

    private void openEditor(String topic, RoleRequirement requirement, RoleSummary role) {
        String topicTitle = topicTitles.getOrDefault(topic, topic);
        var dialog = new Dialog();
        dialog.setHeaderTitle(role.title() + " · " + topicTitle);
        var facts = new Paragraph("In force: " + level(requirement.level()) + ". In quizzes/roles.yaml: "
                + level(requirement.fileLevel()) + ".");
        facts.addClassName("muted");
        var field = new NumberField("Required level");
        field.setId("requirement-level");
        field.setMin(RoleProfileService.MIN_LEVEL);
        field.setMax(RoleProfileService.MAX_LEVEL);
        field.setStep(0.05);
        field.setStepButtonsVisible(true);
        field.setValue(requirement.level());
        field.setHelperText("Between " + RoleProfileService.MIN_LEVEL + " and " + RoleProfileService.MAX_LEVEL
                + "; kept to two decimals.");
        field.setWidthFull();
        var reason = new TextArea("Reason");
        reason.setId("requirement-reason");
        reason.setMaxLength(RoleProfileService.REASON_MAX);
        reason.setHelperText("Why the level changes; shown in the history.");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        var message = new Paragraph();
        message.setId("requirement-error");
        message.addClassName("form-error");
        message.setVisible(false);
        dialog.add(facts, field, reason, message);

        var save = new Button("Save", e -> {
            message.setVisible(false);
            if (field.getValue() == null || field.isInvalid()) {
                show(message, "Enter a number between " + RoleProfileService.MIN_LEVEL + " and "
                        + RoleProfileService.MAX_LEVEL + ", for example 0.5.");
                return;
            }
            try {
                var changed = service.change(role.id(), topic, field.getValue(), reason.getValue());
                notifySuccess(role.title() + " now requires " + level(changed.level()) + " in " + topicTitle + ".");
                dialog.close();
                refresh();
            } catch (RoleProfileException ex) {
                show(message, ex.getMessage());
            }
        });
        save.setId("requirement-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reset = new Button("Reset to file value", e -> {
            message.setVisible(false);
            try {
                var changed = service.resetToFile(role.id(), topic, reason.getValue());
                notifySuccess(role.title() + " in " + topicTitle + " follows quizzes/roles.yaml again ("
                        + level(changed.level()) + ").");
                dialog.close();
                refresh();
            } catch (RoleProfileException ex) {
                show(message, ex.getMessage());
            }
        });
        reset.setId("requirement-reset");
        reset.setVisible(requirement.changedInApp());
        var cancel = new Button("Cancel", e -> dialog.close());
        dialog.getFooter().add(cancel, reset, save);
        dialog.open();
        field.focus();
    }

    private void refresh() {
        requirements.setItems(service.requirements());
        history.getDataProvider().refreshAll();
    }

    private static void show(Paragraph message, String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private static String level(@Nullable Double level) {
        return level == null ? "not required" : String.format(Locale.ROOT, "%.2f", level);
    }

    private static void notifySuccess(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
