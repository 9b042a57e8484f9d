package dev.dlready.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import dev.dlready.account.AccountLimits;
import dev.dlready.report.AccessEntry;
import dev.dlready.report.ReportException;
import dev.dlready.report.ShareService;
import dev.dlready.report.ShareSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The student decides who sees their readiness report: share it with a recruiter, an organisation or a link, revoke
 * any share at once, and see every time a recruiter opened it.
 */
@Route("sharing")
@PageTitle("Sharing")
@Menu(order = 9, icon = "vaadin:share", title = "Sharing")
@RolesAllowed("STUDENT")
public class SharingView extends Main {

    /** How long a share lasts; null means until revoked. */
    record Expiry(String label, @Nullable Duration duration) {}

    static final List<Expiry> EXPIRIES = List.of(
            new Expiry("Until I revoke it", null),
            new Expiry("7 days", Duration.ofDays(7)),
            new Expiry("30 days", Duration.ofDays(30)),
            new Expiry("90 days", Duration.ofDays(90)));

    static final List<Expiry> LINK_EXPIRIES = EXPIRIES.subList(1, EXPIRIES.size());

    private final ShareService sharing;
    private final Grid<ShareSummary> shares = new Grid<>();
    private final Grid<AccessEntry> log = new Grid<>();
    private final Div linkResult = new Div();

    public SharingView(ShareService sharing) {
        this.sharing = sharing;
        addClassNames("page", "sharing-page");
        add(new H2("Share your readiness report"));
        var intro = new Paragraph("Recruiters see nothing about you, not even that you exist, until you share your report "
                + "with them. They see the report built from your timed exams (practice is not counted), with the exams "
                + "behind it, how long they took and how often the exam page was hidden. You can revoke any share at once, "
                + "and every time a recruiter opens your report is listed below.");
        intro.addClassName("muted");
        var preview = new Anchor("sharing/preview", "See your report as recruiters see it");
        preview.setId("sharing-preview");
        add(intro, new Paragraph(preview));

        var options = new Div(recruiterOption(), organisationOption(), linkOption());
        options.addClassName("share-options");
        add(options);

        add(new H3("Your shares"));
        shares.setId("share-grid");
        shares.addComponentColumn(SharingView::sharedWith).setHeader("Shared with").setFlexGrow(3);
        shares.addColumn(s -> ReportParts.date(s.createdAt())).setHeader("Since").setAutoWidth(true).setFlexGrow(0);
        shares.addColumn(SharingView::ends).setHeader("Ends").setAutoWidth(true).setFlexGrow(0);
        shares.addComponentColumn(SharingView::statusBadge).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        shares.addColumn(s -> s.openedTimes() == 1 ? "1 time" : s.openedTimes() + " times").setHeader("Opened")
                .setAutoWidth(true).setFlexGrow(0);
        shares.addComponentColumn(this::revokeButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        shares.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        shares.setAllRowsVisible(true);
        shares.setEmptyStateText("You share your report with nobody.");
        add(shares);

        add(new H3("Who opened your report"));
        log.setId("access-log");
        log.addColumn(e -> ReportParts.DATE_TIME.format(e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        log.addComponentColumn(e -> twoLines(e.recruiterName() + (e.organisation() == null ? "" : ", " + e.organisation()),
                e.recruiterEmail())).setHeader("Recruiter").setFlexGrow(2);
        log.addColumn(e -> e.action().title()).setHeader("What").setFlexGrow(2);
        log.addColumn(e -> e.via().title()).setHeader("Through").setAutoWidth(true).setFlexGrow(0);
        log.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.setAllRowsVisible(true);
        log.setEmptyStateText("No recruiter has opened your report yet.");
        add(log);
        refresh();
    }

    private Component recruiterOption() {
        var email = new EmailField("Recruiter's email");
        email.setId("share-email");
        email.setMaxLength(AccountLimits.EMAIL_MAX);
        email.setWidthFull();
        var expiry = expirySelect("share-email-expiry", EXPIRIES);
        var share = new Button("Share", VaadinIcon.USER_CHECK.create(), e -> {
            try {
                var created = sharing.shareWithRecruiter(email.getValue(), expiry.getValue().duration());
                email.clear();
                email.setInvalid(false);
                success("Shared with " + created.sharedWith() + ".");
                refresh();
            } catch (ReportException ex) {
                email.setErrorMessage(ex.getMessage());
                email.setInvalid(true);
            }
        });
        share.setId("share-email-button");
        share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return option("With a recruiter", "The recruiter with this account email sees your report.", email, expiry, share);
    }

    private Component organisationOption() {
        var organisations = sharing.organisations();
        if (organisations.isEmpty()) {
            var none = new Paragraph("No recruiter belongs to an organisation yet.");
            none.addClassName("muted");
            return option("With an organisation", "Every recruiter of the organisation sees your report.", none);
        }
        var organisation = new Select<String>();
        organisation.setLabel("Organisation");
        organisation.setId("share-organisation");
        organisation.setItems(organisations);
        organisation.setValue(organisations.getFirst());
        organisation.setWidthFull();
        var expiry = expirySelect("share-organisation-expiry", EXPIRIES);
        var share = new Button("Share", VaadinIcon.BUILDING.create(), e -> {
            try {
                var created = sharing.shareWithOrganisation(organisation.getValue(), expiry.getValue().duration());
                success("Shared with " + created.sharedWith() + ".");
                refresh();
            } catch (ReportException ex) {
                error(ex.getMessage());
            }
        });
        share.setId("share-organisation-button");
        share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return option("With an organisation", "Every recruiter of the organisation sees your report, including ones who "
                + "join it later.", organisation, expiry, share);
    }

    private Component linkOption() {
        var expiry = expirySelect("share-link-expiry", LINK_EXPIRIES);
        expiry.setValue(LINK_EXPIRIES.get(1));
        var create = new Button("Create link", VaadinIcon.LINK.create(), e -> {
            var created = sharing.createLink(expiry.getValue().duration());
            var url = new TextField("Your link (shown once: copy it now)");
            url.setId("share-link-url");
            url.setReadOnly(true);
            url.setWidthFull();
            url.setValue(baseUrl() + created.path());
            linkResult.removeAll();
            linkResult.add(url);
            success("Link created. It works until " + ReportParts.date(created.share().expiresAt()) + ".");
            refresh();
        });
        create.setId("share-link-button");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        linkResult.setId("share-link-result");
        linkResult.setWidthFull();
        return option("With a link", "Recruiters signed in to DL Ready who open the link see your report until it "
                + "expires or you revoke it.", expiry, create, linkResult);
    }

    private static Component option(String title, String text, Component... fields) {
        var description = new Paragraph(text);
        description.addClassName("muted");
        var card = new Div(new H3(title), description);
        var row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.setWidthFull();
        for (Component field : fields) {
            row.add(field);
        }
        card.add(row);
        card.addClassName("share-option");
        return card;
    }

    private static Select<Expiry> expirySelect(String id, List<Expiry> choices) {
        var select = new Select<Expiry>();
        select.setLabel("Lasts");
        select.setId(id);
        select.setItems(choices);
        select.setItemLabelGenerator(Expiry::label);
        select.setValue(choices.getFirst());
        return select;
    }

    private Component revokeButton(ShareSummary share) {
        if (!share.active()) {
            return new Span();
        }
        var revoke = new Button("Revoke", e -> {
            try {
                sharing.revoke(share.id());
                success("Revoked: " + share.sharedWith() + " can no longer see your report.");
            } catch (ReportException ex) {
                error(ex.getMessage());
            }
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setAriaLabel("Revoke share with " + share.sharedWith());
        revoke.addClassName("revoke-share");
        return revoke;
    }

    private static Component sharedWith(ShareSummary share) {
        return twoLines(share.sharedWith(), "Who has access now: " + access(share));
    }

    private static String ends(ShareSummary share) {
        if (share.revokedAt() != null) {
            return "Revoked " + ReportParts.date(share.revokedAt());
        }
        return share.expiresAt() == null ? "When you revoke it" : ReportParts.date(share.expiresAt());
    }

    private static Component twoLines(String first, String second) {
        var top = new Span(first);
        var bottom = new Span(second);
        bottom.addClassName("muted");
        var cell = new Div(top, bottom);
        cell.addClassName("two-lines");
        return cell;
    }

    private static String access(ShareSummary share) {
        if (!share.active()) {
            return "Nobody";
        }
        if (share.whoHasAccess().isEmpty()) {
            return share.kind() == dev.dlready.report.ShareKind.LINK ? "Nobody has opened the link yet" : "Nobody";
        }
        return String.join(", ", share.whoHasAccess());
    }

    private static Span statusBadge(ShareSummary share) {
        var badge = new Span(share.status().title());
        badge.getElement().getThemeList().add(share.active() ? "badge success" : "badge contrast");
        return badge;
    }

    private void refresh() {
        shares.setItems(sharing.shares());
        log.setItems(sharing.accessLog(200));
    }

    private static String baseUrl() {
        return dev.dlready.base.ui.Links.baseUrl();
    }

    private static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void error(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
