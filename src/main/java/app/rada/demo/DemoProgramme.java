package app.rada.demo;

import app.rada.notifications.NotificationKind;
import app.rada.notifications.NotificationService;
import app.rada.people.InvitationRequest;
import app.rada.people.InvitationService;
import app.rada.people.MembershipChange;
import app.rada.people.LoginAccounts;
import app.rada.people.MembershipService;
import app.rada.people.OrganisationService;
import app.rada.shared.DemoSettings;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo programme on the first start of an empty database when demo mode is on.
 * Everything goes through the modules' services, with the same checks a person would meet.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "rada.demo.enabled", havingValue = "true")
class DemoProgramme implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProgramme.class);

    private final MembershipService people;
    private final OrganisationService organisationService;
    private final LoginAccounts accounts;
    private final InvitationService invitations;
    private final NotificationService notifications;
    private final DemoSettings settings;

    DemoProgramme(MembershipService people, OrganisationService organisationService, LoginAccounts accounts,
                  InvitationService invitations, NotificationService notifications, DemoSettings settings) {
        this.people = people;
        this.organisationService = organisationService;
        this.accounts = accounts;
        this.invitations = invitations;
        this.notifications = notifications;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (people.hasAnyone()) {
                log.info("Demo programme already present, nothing loaded");
                return;
            }
            load();
            log.info("Demo programme loaded ({})", settings.language().nativeName());
        });
    }

    private void load() {
        var text = DemoTexts.of(settings.language());
        var segments = new HashMap<String, Long>();
        segments.put("strategic", organisationService.createSegment("strategic", "Strategic", "Strategiczny",
                text.strategicDescription(), 3).getId());
        segments.put("growth", organisationService.createSegment("growth", "Growth", "Rozwojowy",
                text.growthDescription(), 2).getId());
        segments.put("standard", organisationService.createSegment("standard", "Standard", "Standardowy",
                text.standardDescription(), 1).getId());

        Map<String, Long> organisations = new HashMap<>();
        for (var org : DemoTexts.ORGANISATIONS) {
            organisations.put(org.key(), organisationService.createOrganisation(org.name(), segments.get(org.segment()),
                    text.organisationNote(org.key())).getId());
        }

        var language = settings.language();
        var password = settings.password();
        people.createPerson("admin" + DemoSettings.DOMAIN, "Alicja Nowak", EnumSet.of(Role.ADMIN), null,
                language, password);
        people.createPerson("staff" + DemoSettings.DOMAIN, "Tomasz Wiśniewski", EnumSet.of(Role.STAFF), null,
                language, password);
        people.createPerson("board" + DemoSettings.DOMAIN, "Katarzyna Zielińska", EnumSet.of(Role.BOARD_MEMBER),
                organisations.get("hotel"), language, password);
        people.createPerson("customer" + DemoSettings.DOMAIN, "Marek Kowalczyk", EnumSet.of(Role.CUSTOMER),
                organisations.get("bakery"), language, password);
        var boardMembers = new ArrayList<Long>();
        boardMembers.add(accounts.findLoginAccount("board" + DemoSettings.DOMAIN).orElseThrow().personId());
        for (var member : DemoTexts.MEMBERS) {
            Set<Role> roles = member.board() ? EnumSet.of(Role.BOARD_MEMBER) : EnumSet.of(Role.CUSTOMER);
            long id = people.createPerson(member.email(), member.name(), roles,
                    organisations.get(member.organisation()), member.polish() ? Language.PL : language, password);
            if (member.board()) {
                boardMembers.add(id);
            }
        }
        // the current board term runs for two years
        for (long id : boardMembers) {
            var details = people.details(id);
            people.changeMembership(id, new MembershipChange(details.roles(), details.organisationId(),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)));
        }

        invitations.invite(new InvitationRequest("Barbara Sikora", "barbara.sikora@example.com",
                organisations.get("bakery"), Role.CUSTOMER, Language.PL));
        invitations.invite(new InvitationRequest("Oliver Grant", "oliver.grant@example.com",
                organisations.get("hotel"), Role.BOARD_MEMBER, Language.EN));
        long withdrawn = invitations.invite(new InvitationRequest("Jan Wrona", "jan.wrona@example.com",
                organisations.get("cafe"), Role.CUSTOMER, Language.PL));
        invitations.revoke(withdrawn);

        for (var email : List.of("customer" + DemoSettings.DOMAIN, "board" + DemoSettings.DOMAIN)) {
            long id = accounts.findLoginAccount(email).orElseThrow().personId();
            notifications.notify(id, NotificationKind.ACCOUNT, "notifications.welcome", "notifications.welcome.body",
                    List.of(), null);
        }
    }
}
