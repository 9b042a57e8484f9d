package dev.dlready.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.dlready.account.AccountService;
import dev.dlready.account.ColorSchemePreference;
import dev.dlready.account.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** The shell around every signed-in page: product name, role-filtered menu, the user, theme switch and sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final Button themeToggle = new Button();
    private final AccountService accountService;
    private ColorSchemePreference scheme;

    public MainLayout(CurrentUser currentUser, AccountService accountService, AuthenticationContext authentication) {
        this.accountService = accountService;
        this.scheme = accountService.colorScheme();
        setPrimarySection(Section.DRAWER);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        viewTitle.addClassName("view-title");
        themeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        themeToggle.setId("theme-toggle");
        themeToggle.addClickListener(e -> switchScheme());
        var navbar = new HorizontalLayout(toggle, viewTitle, themeToggle);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(viewTitle);
        navbar.addClassName("navbar");
        addToNavbar(navbar);

        var user = currentUser.require();
        var avatar = new Avatar(user.displayName());
        avatar.setThemeName("small");
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var role = new Span(user.role().title());
        role.addClassName("user-role");
        var who = new Div(name, role);
        who.addClassName("user-who");
        var signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var userCard = new HorizontalLayout(avatar, who);
        userCard.setAlignItems(FlexComponent.Alignment.CENTER);
        var footer = new Div(userCard, signOut);
        footer.addClassName("drawer-footer");

        addToDrawer(brand(), new Scroller(navigation()), footer);
        applyScheme();
    }

    private static Component brand() {
        var logo = new Image("icons/favicon.svg", "");
        logo.addClassName("brand-logo");
        var name = new Span("DL Ready");
        name.addClassName("brand-name");
        var header = new Header(logo, name);
        header.addClassName("brand");
        return header;
    }

    private static SideNav navigation() {
        var nav = new SideNav();
        nav.setId("main-menu");
        nav.setLabel("Main menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(entry.title(), entry.path());
            item.setMatchNested(!entry.path().isEmpty());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private void switchScheme() {
        scheme = scheme == ColorSchemePreference.DARK ? ColorSchemePreference.LIGHT : ColorSchemePreference.DARK;
        accountService.chooseColorScheme(scheme);
        applyScheme();
    }

    private void applyScheme() {
        getUI().ifPresent(ui -> ui.getPage().setColorScheme(toValue(scheme)));
        boolean dark = scheme == ColorSchemePreference.DARK;
        themeToggle.setIcon(new Icon(dark ? VaadinIcon.SUN_O : VaadinIcon.MOON_O));
        String label = dark ? "Switch to light theme" : "Switch to dark theme";
        themeToggle.setAriaLabel(label);
        themeToggle.setTooltipText(label);
    }

    private static ColorScheme.Value toValue(ColorSchemePreference preference) {
        return switch (preference) {
            case LIGHT -> ColorScheme.Value.LIGHT;
            case DARK -> ColorScheme.Value.DARK;
            case SYSTEM -> ColorScheme.Value.LIGHT_DARK;
        };
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().setColorScheme(toValue(scheme));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse("DL Ready"));
    }
}
