package app.rada.shared.ui;

import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.UserPreferences;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The shell around every view of a logged-in user: a side navigation built from the
 * {@code @Menu} entries the user may open, and a header with the user menu.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient UserPreferences preferences;
    private final transient AuthenticationContext authentication;
    private final H1 viewTitle = new H1();
    private final SideNav nav = new SideNav();
    /**
     * The entries this user may open, read once for the layout's life: asking again costs an access check
     * per route on every navigation, and a user's roles do not change within one page.
     */
    private final List<MenuEntry> entries = MenuConfiguration.getMenuEntries();

    MainLayout(UserPreferences preferences, AuthenticationContext authentication, List<HeaderItem> headerItems) {
        this.preferences = preferences;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu-toggle"));
        viewTitle.addClassName("view-title");
        var spacer = new Div();
        spacer.addClassName("navbar-spacer");
        var navbar = new Header(toggle, viewTitle, spacer);
        navbar.addClassName("navbar");
        CurrentUser.get().ifPresent(user -> {
            headerItems.stream().sorted(Comparator.comparingInt(HeaderItem::order))
                    .flatMap(item -> item.create(user).stream())
                    .forEach(navbar::add);
            navbar.add(userMenu(user));
        });
        addToNavbar(true, navbar);

        var brand = new Div();
        brand.addClassName("drawer-brand");
        var mark = new Span("R");
        mark.addClassName("brand-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        brand.add(mark, new Span(getTranslation("app.name")));
        nav.setLabel(getTranslation("shell.navigation"));
        nav.setId("main-nav");
        buildNav();
        var footer = new Footer(new Span(getTranslation("app.tagline")));
        footer.addClassName("drawer-footer");
        addToDrawer(brand, new Scroller(nav), footer);
    }

    private void buildNav() {
        for (MenuEntry entry : entries) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
    }

    /** The translated titles of the navigation entries, in order. */
    List<String> navLabels() {
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private Component userMenu(RadaUser user) {
        var menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.TERTIARY);
        var avatar = new Avatar(user.name());
        avatar.getElement().setAttribute("aria-hidden", "true");
        var label = new Span(user.name());
        label.addClassName("user-name");
        var root = menu.addItem(new Div(avatar, label));
        root.setAriaLabel(getTranslation("shell.user-menu", user.name()));
        var sub = root.getSubMenu();

        sub.addItem(getTranslation("shell.profile"), e -> UI.getCurrent().navigate("me")).setId("menu-profile");

        var languages = sub.addItem(getTranslation("shell.language")).getSubMenu();
        for (var language : Language.values()) {
            MenuItem item = languages.addItem(language.nativeName(), e -> PreferenceChanges.changeLanguage(preferences, language));
            item.setCheckable(true);
            item.setChecked(language == user.language());
            item.setId("menu-language-" + language.code());
        }

        SubMenu appearance = sub.addItem(getTranslation("shell.appearance")).getSubMenu();
        for (var choice : Appearance.values()) {
            MenuItem item = appearance.addItem(getTranslation(choice.labelKey()), e -> PreferenceChanges.changeAppearance(preferences, choice));
            item.setCheckable(true);
            item.setChecked(choice == user.appearance());
            item.setId("menu-appearance-" + choice.name().toLowerCase(Locale.ROOT));
        }
        sub.addSeparator();
        sub.addItem(getTranslation("shell.logout"), e -> authentication.logout()).setId("menu-logout");
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var path = event.getLocation().getPath();
        var title = entries.stream()
                .filter(entry -> trim(entry.path()).equals(path))
                .map(entry -> getTranslation(entry.title()))
                .findFirst()
                .orElseGet(() -> getContent() instanceof HasDynamicTitle dynamic ? dynamic.getPageTitle() : "");
        viewTitle.setText(Objects.requireNonNullElse(title, ""));
    }

    private static String trim(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
