package dev.dlready.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dlready.account.AccountException;
import dev.dlready.account.AccountLimits;
import dev.dlready.account.RegistrationCommand;
import dev.dlready.account.Role;
import dev.dlready.account.UserAdminService;
import dev.dlready.account.UserSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Administrators list, search and page accounts, create staff accounts, change roles and disable accounts. */
@Route("admin/users")
@PageTitle("Users")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed("ADMIN")
public class UsersView extends Main {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final UserAdminService users;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Span total = new Span();

    public UsersView(UserAdminService users) {
        this.users = users;
        addClassName("page");

        search.setId("user-search");
        search.setPlaceholder("Search by name or email");
        search.setAriaLabel("Search users");
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setMaxLength(AccountLimits.EMAIL_MAX);

        var create = new Button("New account", new Icon(VaadinIcon.PLUS), e -> openCreateDialog());
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        total.addClassName("muted");
        var toolbar = new HorizontalLayout(search, total, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        toolbar.setWidthFull();
        toolbar.setWrap(true);

        grid.setId("users-grid");
        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(UserSummary::email).setHeader("Email").setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::organisationField).setHeader("Organisation").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> DATE.format(u.createdAt())).setHeader("Joined").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::enableButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(25);
        grid.setItems(query -> users.find(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) users.count(search.getValue()));
        grid.setEmptyStateText("No account matches this search.");
        grid.setSizeFull();

        var layout = new com.vaadin.flow.component.orderedlayout.VerticalLayout(toolbar, grid);
        layout.setSizeFull();
        layout.setPadding(false);
        add(layout);
        setSizeFull();
        updateTotal();
    }

    private Select<Role> roleSelect(UserSummary user) {
        var select = new Select<Role>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(Role::title);
        select.setValue(user.role());
        select.setAriaLabel("Role of " + user.displayName());
        select.addThemeName("small");
        select.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                users.changeRole(user.id(), e.getValue());
                notifySuccess(user.displayName() + " is now " + article(e.getValue()) + " " + e.getValue().title().toLowerCase() + ".");
            } catch (AccountException ex) {
                notifyError(ex.getMessage());
            }
            refresh();
        });
        return select;
    }

    /** Recruiters' organisation, saved when the field loses focus or Enter is pressed; other roles have none. */
    private com.vaadin.flow.component.Component organisationField(UserSummary user) {
        if (user.role() != Role.RECRUITER) {
            return new Span();
        }
        var field = new TextField();
        field.setValue(user.organisation() == null ? "" : user.organisation());
        field.setPlaceholder("None");
        field.setMaxLength(AccountLimits.ORGANISATION_MAX);
        field.setAriaLabel("Organisation of " + user.displayName());
        field.addThemeName("small");
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                var saved = users.setOrganisation(user.id(), e.getValue());
                notifySuccess(saved.organisation() == null
                        ? user.displayName() + " belongs to no organisation."
                        : user.displayName() + " now belongs to " + saved.organisation() + ".");
            } catch (AccountException ex) {
                notifyError(ex.getMessage());
            }
        });
        return field;
    }

    private Span statusBadge(UserSummary user) {
        var badge = new Span(user.enabled() ? "Active" : "Disabled");
        badge.getElement().getThemeList().add(user.enabled() ? "badge success" : "badge error");
        return badge;
    }

    private Button enableButton(UserSummary user) {
        var button = new Button(user.enabled() ? "Disable" : "Enable", e -> {
            try {
                users.setEnabled(user.id(), !user.enabled());
                notifySuccess(user.displayName() + (user.enabled() ? " can no longer sign in." : " can sign in again."));
            } catch (AccountException ex) {
                notifyError(ex.getMessage());
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (user.enabled()) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.setAriaLabel((user.enabled() ? "Disable " : "Enable ") + user.displayName());
        return button;
    }

    private void openCreateDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("New account");
        var name = new TextField("Name");
        name.setMaxLength(AccountLimits.DISPLAY_NAME_MAX);
        var email = new EmailField("Email");
        email.setMaxLength(AccountLimits.EMAIL_MAX);
        var password = new PasswordField("Initial password");
        password.setHelperText("Share it with the person securely; at least " + AccountLimits.PASSWORD_MIN + " characters.");
        var role = new Select<Role>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::title);
        role.setValue(Role.INSTRUCTOR);
        var form = new FormLayout(name, email, password, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var message = new Paragraph();
        message.addClassName("form-error");
        message.setVisible(false);
        dialog.add(message, form);
        var save = new Button("Create", e -> {
            name.setInvalid(false);
            email.setInvalid(false);
            password.setInvalid(false);
            message.setVisible(false);
            try {
                var created = users.create(
                        new RegistrationCommand(name.getValue(), email.getValue(), password.getValue()),
                        role.getValue());
                notifySuccess("Created " + created.displayName() + " (" + created.role().title() + ").");
                dialog.close();
                refresh();
            } catch (AccountException ex) {
                ex.fieldMessages().forEach((field, text) -> {
                    switch (field) {
                        case "displayName" -> { name.setErrorMessage(text); name.setInvalid(true); }
                        case "email" -> { email.setErrorMessage(text); email.setInvalid(true); }
                        case "password" -> { password.setErrorMessage(text); password.setInvalid(true); }
                        default -> { message.setText(text); message.setVisible(true); }
                    }
                });
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        long count = users.count(search.getValue());
        total.setText(count == 1 ? "1 account" : count + " accounts");
    }

    private static String article(Role role) {
        return role == Role.INSTRUCTOR || role == Role.ADMIN ? "an" : "a";
    }

    private static void notifySuccess(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void notifyError(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
