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
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.time.LocalDate;
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

    DemoJourneys(JourneyService journeys, MapEditingService mapEditing, StageEditingService stageEditing,
                 TouchpointEditingService touchpointEditing, MapVersionService mapVersions,
                 AnnotationService annotations, PeopleService people, DemoData data) {
        this.journeys = journeys;
        this.mapEditing = mapEditing;
        this.stageEditing = stageEditing;
        this.touchpointEditing = touchpointEditing;
        this.mapVersions = mapVersions;
        this.annotations = annotations;
        this.people = people;
        this.data = data;
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
            for (var map : journeys.maps()) {
                count += load(map, journeys.snapshot(), members);
            }
            log.info("Demo journey maps loaded ({} annotations)", count);
        });
    }

    /** Draws, publishes and annotates one map; returns the number of annotations. */
    int load(Map map, String snapshot, List<RadaUser> members) {
        long mapId = mapEditing.create(new MapDraft(map.title(), map.description(), map.persona()));
        var random = new Random(map.seed());
        var touchpoints = new ArrayList<Long>();
        for (var phase : map.stages()) {
            long stage = stageEditing.addStage(mapId, new StageDraft(phase.name(), phase.goal()));
            for (var point : phase.touchpoints()) {
                touchpoints.add(touchpointEditing.addTouchpoint(stage, new TouchpointDraft(point.name(),
                        point.description(), point.channel(), point.front(), point.back())));
            }
        }
        mapEditing.publish(mapId);
        int count = 0;
        boolean turned = false;
        // first the annotations of the spring workshop, saved as version 1, then those gathered since
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                mapVersions.snapshot(mapId, snapshot);
            }
            int index = 0;
            for (var phase : map.stages()) {
                for (var point : phase.touchpoints()) {
                    long touchpoint = touchpoints.get(index++);
                    int first = (point.annotations() * 3 + 4) / 5;
                    int from = pass == 0 ? 0 : first;
                    int to = pass == 0 ? first : point.annotations();
                    for (int i = from; i < to; i++) {
                        turned = annotate(point, touchpoint, members, random, !turned) || turned;
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** Adds one annotation and some "me too"s; returns whether it was turned into an idea. */
    private boolean annotate(Point point, long touchpoint, List<RadaUser> members, Random random,
                             boolean mayTurnIntoIdea) {
        var note = point.notes().get(random.nextInt(point.notes().size()));
        var author = members.get(random.nextInt(members.size()));
        boolean negative = !note.emotion().positive();
        int intensity = negative ? 3 + random.nextInt(3) : 2 + random.nextInt(4);
        int importance = note.kind() == AnnotationKind.MOMENT_OF_TRUTH ? 5 : (negative ? 3 : 2) + random.nextInt(3);
        var happened = random.nextInt(3) == 0 ? LocalDate.of(2026, 1 + random.nextInt(10), 1 + random.nextInt(28)) : null;
        var draft = new AnnotationDraft(note.kind(), note.emotion(), intensity, importance, note.text(),
                happened, random.nextInt(10) < 7);
        long annotation = SystemActor.callAs(author, () -> annotations.add(touchpoint, draft));
        // some others recognise themselves in it
        int reactions = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
        var others = new LinkedHashSet<RadaUser>();
        for (int r = 0; r < reactions; r++) {
            var other = members.get(random.nextInt(members.size()));
            if (other.personId() != author.personId()) {
                others.add(other);
            }
        }
        others.forEach(other -> SystemActor.callAs(other, () -> annotations.toggleMeToo(annotation)));
        if (mayTurnIntoIdea && note.kind() == AnnotationKind.IDEA) {
            // one suggestion per map became an idea on the board, linked to its touchpoint
            SystemActor.callAs(author, () -> annotations.turnIntoIdea(annotation,
                    note.text().replaceAll("\\.$", ""), note.text()));
            return true;
        }
        return false;
    }

    private RadaUser user(String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }
}
