package app.rada.demo;

import app.rada.journeys.AnnotationDraft;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.AnnotationService;
import app.rada.journeys.Emotion;
import app.rada.journeys.JourneyService;
import app.rada.journeys.MapDraft;
import app.rada.journeys.MapEditingService;
import app.rada.journeys.MapVersionService;
import app.rada.journeys.StageDraft;
import app.rada.journeys.StageEditingService;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import app.rada.journeys.TouchpointEditingService;
import app.rada.people.PeopleService;
import app.rada.shared.DemoSettings;
import app.rada.shared.SeedingTime;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo programme's journey maps: the home-appliance retailer's online purchase and the B2B
 * service company's contract, service and repair. Members of every segment annotate them as
 * themselves (about a hundred annotations per map, the same on every start) and say "me too".
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "rada.demo.enabled", havingValue = "true")
class DemoJourneys implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoJourneys.class);
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    /** The maps as {@code journeys.yaml} in the programme's language describes them. */
    record Journeys(String snapshot, List<Map> maps) {
    }

    /** A map drawn with its own seed, so the annotations are the same on every start. */
    record Map(long seed, String title, String description, String persona, List<Stage> stages) {
    }

    record Stage(String name, String goal, List<Point> touchpoints) {
    }

    /** A touchpoint with how many annotations it gathers and what members say there. */
    record Point(String name, String description, TouchpointChannel channel, String front, String back,
                 int annotations, List<Note> notes) {
    }

    /** Something a member might say about a touchpoint. */
    record Note(AnnotationKind kind, Emotion emotion, String text) {
    }

    private final JourneyService journeys;
    private final MapEditingService mapEditing;
    private final StageEditingService stageEditing;
    private final TouchpointEditingService touchpointEditing;
    private final MapVersionService mapVersions;
    private final AnnotationService annotations;
    private final PeopleService people;
    private final DemoData data;
    private final Clock clock;

    /** Days before installation the maps were drawn, the workshop annotated them, and version 1 was saved. */
    static final double DRAWN_DAYS_AGO = 470;
    static final double WORKSHOP_DAYS_AGO = 400;
    static final double SNAPSHOT_DAYS_AGO = 390;

    DemoJourneys(JourneyService journeys, MapEditingService mapEditing, StageEditingService stageEditing,
                 TouchpointEditingService touchpointEditing, MapVersionService mapVersions,
                 AnnotationService annotations, PeopleService people, DemoData data, Clock clock) {
        this.journeys = journeys;
        this.mapEditing = mapEditing;
        this.stageEditing = stageEditing;
        this.touchpointEditing = touchpointEditing;
        this.mapVersions = mapVersions;
        this.annotations = annotations;
        this.people = people;
        this.data = data;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (journeys.countMaps() > 0) {
                return;
            }
            var journeys = data.translated("journeys.yaml", Journeys.class);
            var members = new ArrayList<RadaUser>();
            for (var email : data.people().memberEmails()) {
                members.add(user(email));
            }
            members.add(user("board" + DemoSettings.DOMAIN));
            members.add(user("customer" + DemoSettings.DOMAIN));
            int count = 0;
            var timeline = new Timeline(Instant.now(clock));
            for (var map : journeys.maps()) {
                count += load(timeline, map, journeys.snapshot(), members);
            }
            log.info("Demo journey maps loaded ({} annotations)", count);
        });
    }

    /**
     * Draws and publishes one map some fifteen months before installation, lets the spring workshop annotate it
     * over a few days, saves that as version 1, and spreads the annotations gathered since over the months up to
     * installation. Returns the number of annotations.
     */
    int load(Timeline timeline, Map map, String snapshot, List<RadaUser> members) {
        var random = new Random(map.seed());
        var timing = new Random(map.seed() + 1);
        var touchpoints = new ArrayList<Long>();
        long mapId = SeedingTime.at(timeline.daysAgo(DRAWN_DAYS_AGO), () -> {
            long id = mapEditing.create(new MapDraft(map.title(), map.description(), map.persona()));
            for (var phase : map.stages()) {
                long stage = stageEditing.addStage(id, new StageDraft(phase.name(), phase.goal()));
                for (var point : phase.touchpoints()) {
                    touchpoints.add(touchpointEditing.addTouchpoint(stage, new TouchpointDraft(point.name(),
                            point.description(), point.channel(), point.front(), point.back())));
                }
            }
            return id;
        });
        Timeline.as(timeline.daysAgo(DRAWN_DAYS_AGO - 5), () -> mapEditing.publish(mapId));
        int[] total = new int[2];
        for (var phase : map.stages()) {
            for (var point : phase.touchpoints()) {
                int first = (point.annotations() * 3 + 4) / 5;
                total[0] += first;
                total[1] += point.annotations() - first;
            }
        }
        int count = 0;
        boolean turned = false;
        // first the annotations of the spring workshop, saved as version 1, then those gathered since
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                Timeline.as(timeline.daysAgo(SNAPSHOT_DAYS_AGO), () -> mapVersions.snapshot(mapId, snapshot));
            }
            int index = 0;
            int made = 0;
            for (var phase : map.stages()) {
                for (var point : phase.touchpoints()) {
                    long touchpoint = touchpoints.get(index++);
                    int first = (point.annotations() * 3 + 4) / 5;
                    int from = pass == 0 ? 0 : first;
                    int to = pass == 0 ? first : point.annotations();
                    for (int i = from; i < to; i++) {
                        // the workshop's notes over its three days; the later ones evenly up to installation
                        double share = (made++ + timing.nextDouble()) / Math.max(1, total[pass]);
                        double day = pass == 0 ? WORKSHOP_DAYS_AGO - 3 * share
                                : (SNAPSHOT_DAYS_AGO - 2) * (1 - share) + 0.05;
                        turned = annotate(timeline, day, timing, point, touchpoint, members, random, !turned)
                                || turned;
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** Adds one annotation and some "me too"s that day or later; returns whether it was turned into an idea. */
    private boolean annotate(Timeline timeline, double day, Random timing, Point point, long touchpoint,
                             List<RadaUser> members, Random random, boolean mayTurnIntoIdea) {
        var moment = timeline.daysAgo(day);
        var note = point.notes().get(random.nextInt(point.notes().size()));
        var author = members.get(random.nextInt(members.size()));
        boolean negative = !note.emotion().positive();
        int intensity = negative ? 3 + random.nextInt(3) : 2 + random.nextInt(4);
        int importance = note.kind() == AnnotationKind.MOMENT_OF_TRUTH ? 5 : (negative ? 3 : 2) + random.nextInt(3);
        // a third of the notes say when it happened: some days or weeks before they were written
        var happened = random.nextInt(3) == 0 ? LocalDate.ofInstant(moment, WARSAW)
                .minusDays(1 + random.nextInt(10) * 3L + random.nextInt(28) / 7) : null;
        var draft = new AnnotationDraft(note.kind(), note.emotion(), intensity, importance, note.text(),
                happened, random.nextInt(10) < 7);
        long annotation = SeedingTime.at(moment, () -> SystemActor.callAs(author, () -> annotations.add(touchpoint,
                draft)));
        // some others recognise themselves in it
        int reactions = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
        var others = new LinkedHashSet<RadaUser>();
        for (int r = 0; r < reactions; r++) {
            var other = members.get(random.nextInt(members.size()));
            if (other.personId() != author.personId()) {
                others.add(other);
            }
        }
        for (var other : others) {
            var later = timeline.daysAgo(Math.max(0.01, day - timing.nextDouble() * 10));
            Timeline.as(later, () -> SystemActor.callAs(other, () -> annotations.toggleMeToo(annotation)));
        }
        if (mayTurnIntoIdea && note.kind() == AnnotationKind.IDEA) {
            // one suggestion per map became an idea on the board, linked to its touchpoint, a few days before
            // installation: it still waits for its first answer
            Timeline.as(timeline.daysAgo(Math.min(day - 0.01, 5)), () -> SystemActor.callAs(author, () -> annotations.turnIntoIdea(
                    annotation, note.text().replaceAll("\\.$", ""), note.text())));
            return true;
        }
        return false;
    }

    private RadaUser user(String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }
}
