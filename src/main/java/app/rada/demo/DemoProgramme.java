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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
    private final DemoData data;
    private final Clock clock;

    DemoProgramme(MembershipService people, OrganisationService organisationService, LoginAccounts accounts,
                  InvitationService invitations, NotificationService notifications, DemoSettings settings,
                  DemoData data, Clock clock) {
        this.people = people;
        this.organisationService = organisationService;
        this.accounts = accounts;
        this.invitations = invitations;
        this.notifications = notifications;
        this.settings = settings;
        this.data = data;
        this.clock = clock;
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

    /** How many days before installation the programme began: the people and organisations date from then. */
    static final double STARTED_DAYS_AGO = 490;

    /**
     * The programme began some sixteen months before installation: organisations, people and the board's term
     * date from then, the invitations still waiting were sent a few days before installation.
     */
    private void load() {
        var timeline = new Timeline(Instant.now(clock));
        var started = timeline.daysAgo(STARTED_DAYS_AGO);
        Map<String, Long> organisations = new HashMap<>();
        Timeline.as(started, () -> organisations.putAll(people(started)));
        Timeline.as(timeline.daysAgo(3), () -> invitations(organisations));
    }

    /** Creates segments, organisations and people; returns the organisations' ids by key. */
    private Map<String, Long> people(Instant started) {
        var programme = data.people();
        var texts = data.peopleTexts();
        var segments = new HashMap<String, Long>();
        for (var segment : programme.segments()) {
            segments.put(segment.code(), organisationService.createSegment(segment.code(), segment.nameEn(),
                    segment.namePl(), texts.segments().get(segment.code()), segment.weight()));
        }

        Map<String, Long> organisations = new HashMap<>();
        for (var org : programme.organisations()) {
            organisations.put(org.key(), organisationService.createOrganisation(org.name(), segments.get(org.segment()),
                    texts.organisations().get(org.key())));
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
        for (var member : programme.members()) {
            Set<Role> roles = member.board() ? EnumSet.of(Role.BOARD_MEMBER) : EnumSet.of(Role.CUSTOMER);
            long id = people.createPerson(member.email(), member.name(), roles,
                    organisations.get(member.organisation()), member.polish() ? Language.PL : language, password);
            if (member.board()) {
                boardMembers.add(id);
            }
        }
        // the current board term began with the programme and runs for two years
        var termStart = LocalDate.ofInstant(started, ZoneOffset.UTC).withDayOfMonth(1);
        for (long id : boardMembers) {
            var details = people.details(id);
            people.changeMembership(id, new MembershipChange(details.roles(), details.organisationId(),
                    termStart, termStart.plusYears(2).minusDays(1)));
        }

        for (var email : List.of("customer" + DemoSettings.DOMAIN, "board" + DemoSettings.DOMAIN)) {
            long id = accounts.findLoginAccount(email).orElseThrow().personId();
            notifications.notify(id, NotificationKind.ACCOUNT, "notifications.welcome", "notifications.welcome.body",
                    List.of(), null);
        }
        return organisations;
    }

    private void invitations(Map<String, Long> organisations) {
        var programme = data.people();
        for (var invitation : programme.invitations()) {
            long id = invitations.invite(new InvitationRequest(invitation.name(), invitation.email(),
                    organisations.get(invitation.organisation()), invitation.role(), invitation.language()));
            if (invitation.withdrawn()) {
                invitations.revoke(id);
            }
        }
    }
}
