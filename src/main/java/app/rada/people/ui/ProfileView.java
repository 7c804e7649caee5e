package app.rada.people.ui;

import app.rada.people.ProfileService;
import app.rada.people.PersonProfile;
import app.rada.people.PrivacyService;
import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.PreferenceChanges;
import app.rada.shared.ui.ProfileSection;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The person's own page: who they are in the programme and the choices they can make.
 */
@Route("me")
@PermitAll
@Menu(order = 900, title = "nav.profile", icon = "vaadin:user")
class ProfileView extends Main implements HasDynamicTitle {

    ProfileView(ProfileService people, PrivacyService privacy, AuthenticationContext authentication,
                List<ProfileSection> sections, Validator validator) {
        addClassName("profile-view");
        var user = CurrentUser.require();
        PersonProfile profile = people.profile(user.personId());

        var about = new Section();
        about.addClassName("card");
        about.add(new H2(getTranslation("profile.about")));
        var facts = new DescriptionList();
        facts.setId("profile-facts");
        add(facts, "profile.name", profile.name());
        add(facts, "profile.email", profile.email());
        add(facts, "profile.roles", profile.roles().stream().sorted()
                .map(role -> getTranslation(role.labelKey())).collect(Collectors.joining(", ")));
        add(facts, "profile.organisation", profile.organisationName() == null
                ? getTranslation("profile.no-organisation") : profile.organisationName());
        if (profile.segmentName() != null && profile.voteWeight() != null) {
            add(facts, "profile.segment",
                    getTranslation("profile.segment.value", profile.segmentName(), profile.voteWeight()));
        }
        add(facts, "profile.member-since", Formats.date(profile.memberSince(), getLocale(), Formats.zone()));
        about.add(facts);

        var settings = new Section();
        settings.addClassName("card");
        settings.add(new H2(getTranslation("profile.settings")));

        var language = new Select<Language>();
        language.setId("profile-language");
        language.setLabel(getTranslation("shell.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(profile.language());
        language.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                PreferenceChanges.changeLanguage(people, e.getValue());
            }
        });

        var appearance = new Select<Appearance>();
        appearance.setId("profile-appearance");
        appearance.setLabel(getTranslation("shell.appearance"));
        appearance.setItems(Appearance.values());
        appearance.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        appearance.setValue(profile.appearance());
        appearance.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                PreferenceChanges.changeAppearance(people, e.getValue());
            }
        });
        settings.add(language, appearance);
        add(about, settings);
        sections.stream().sorted(Comparator.comparingInt(ProfileSection::order))
                .flatMap(section -> section.create(user).stream())
                .forEach(this::add);
        add(new PrivacySection(privacy, user, authentication, validator));
    }

    private void add(DescriptionList list, String termKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.profile");
    }
}
