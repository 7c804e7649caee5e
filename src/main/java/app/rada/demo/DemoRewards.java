package app.rada.demo;

import app.rada.people.PeopleService;
import app.rada.rewards.CatalogueService;
import app.rada.rewards.ImageUpload;
import app.rada.rewards.RewardDraft;
import app.rada.rewards.RewardService;
import app.rada.shared.DemoSettings;
import app.rada.shared.Language;
import app.rada.shared.SeedingTime;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo programme's rewards, loaded last. Points from the demo's ideas, votes, comments, annotations and
 * ballot votes come from the rewards module's own listeners, as they would in use (badges follow with them);
 * on top of that staff award points by hand for things the rules do not count, an admin fills the catalogue
 * (both languages, with pictures), members redeem, and staff move the redemptions so that one of each state
 * is there: waiting, approved, handed over and rejected. Each happens on its day of the programme's history. One member stays off the leaderboard.
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "rada.demo.enabled", havingValue = "true")
class DemoRewards implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRewards.class);

    private final RewardService rewards;
    private final CatalogueService catalogue;
    private final PeopleService people;
    private final DemoSettings settings;
    private final DemoData data;
    private final Clock clock;

    /** How many days before installation the reward catalogue opened. */
    static final double CATALOGUE_DAYS_AGO = 420;

    DemoRewards(RewardService rewards, CatalogueService catalogue, PeopleService people, DemoSettings settings,
                DemoData data, Clock clock) {
        this.rewards = rewards;
        this.catalogue = catalogue;
        this.people = people;
        this.settings = settings;
        this.data = data;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (people.findLoginAccount("staff" + DemoSettings.DOMAIN).isEmpty() || catalogue.countAllItems() > 0) {
                return;
            }
            load();
            log.info("Demo rewards loaded");
        });
    }

    /** The catalogue and the awards as {@code rewards.yaml} lists them. */
    record Rewards(List<Reward> catalogue, List<Award> awards) {
    }

    /** A reward with its cost in points, how many there are, and the colour of its picture. */
    record Reward(String key, int cost, int stock, String colour) {
    }

    record Award(String member, int points, double daysAgo) {
    }

    /** The texts of one language: rewards and award reasons by key, and a rejection reason. */
    record Texts(Map<String, Named> catalogue, Map<String, String> awards, String rejection) {
    }

    record Named(String name, String description) {
    }

    void load() {
        var programme = data.read("rewards.yaml", Rewards.class);
        var english = data.inLanguage(Language.EN, "rewards.yaml", Texts.class);
        var polish = data.inLanguage(Language.PL, "rewards.yaml", Texts.class);
        var text = settings.language() == Language.PL ? polish : english;
        var admin = user("admin");
        var staff = user("staff");

        var timeline = new Timeline(Instant.now(clock));

        // the catalogue opened a few months into the programme
        var items = new HashMap<String, Long>();
        Timeline.as(timeline.daysAgo(CATALOGUE_DAYS_AGO), () -> {
            for (var reward : programme.catalogue()) {
                var en = english.catalogue().get(reward.key());
                var pl = polish.catalogue().get(reward.key());
                items.put(reward.key(), as(admin, () -> catalogue.create(new RewardDraft(en.name(), pl.name(),
                        en.description(), pl.description(), reward.cost(), reward.stock(), true),
                        picture(reward.key(), new Color(Integer.parseInt(reward.colour(), 16))))));
            }
        });
        long mug = items.get("mug");
        long coffee = items.get("coffee");
        long preview = items.get("app");

        var customer = user("customer");
        var ewa = user("ewa.lis");
        var piotr = user("piotr.mazur");
        var joanna = user("joanna.krawczyk");
        for (var award : programme.awards()) {
            long member = user(award.member()).personId();
            Timeline.as(timeline.daysAgo(award.daysAgo()), () -> as(staff, () -> rewards.award(member,
                    award.points(), text.awards().get(award.member()))));
        }

        // one redemption in each state, over the months: handed over, rejected, approved, and one waiting
        long handedOver = SeedingTime.at(timeline.daysAgo(200), () -> as(piotr, () -> catalogue.redeem(preview)));
        Timeline.as(timeline.daysAgo(199), () -> as(staff, () -> catalogue.approve(handedOver)));
        Timeline.as(timeline.daysAgo(195), () -> as(staff, () -> catalogue.fulfil(handedOver)));
        long approved = SeedingTime.at(timeline.daysAgo(120), () -> as(ewa, () -> catalogue.redeem(coffee)));
        Timeline.as(timeline.daysAgo(118), () -> as(staff, () -> catalogue.approve(approved)));
        long rejected = SeedingTime.at(timeline.daysAgo(60), () -> as(joanna, () -> catalogue.redeem(mug)));
        Timeline.as(timeline.daysAgo(58), () -> as(staff, () -> catalogue.reject(rejected, text.rejection())));
        Timeline.as(timeline.daysAgo(3), () -> as(customer, () -> catalogue.redeem(mug)));

        // someone who prefers to stay off the leaderboard
        as(user("adam.olszewski"), () -> rewards.showOnLeaderboard(false));
        log.debug("Demo catalogue ready; the tour ({}) is left for visitors to redeem", items.get("tour"));
    }

    /** A simple picture for a reward: a coloured card with a ring, drawn here so the demo needs no files. */
    static ImageUpload picture(String name, Color colour) {
        var image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(colour);
            g.fillRect(0, 0, 320, 200);
            g.setColor(new Color(255, 255, 255, 200));
            g.setStroke(new BasicStroke(10));
            g.drawOval(110, 50, 100, 100);
            g.fillOval(145, 85, 30, 30);
        } finally {
            g.dispose();
        }
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new ImageUpload(name + ".png", bytes.toByteArray());
    }

    private RadaUser user(String login) {
        return people.findLoginAccount(login + DemoSettings.DOMAIN).orElseThrow().asUser();
    }

    private static <T> T as(RadaUser user, Supplier<T> work) {
        return SystemActor.callAs(user, work);
    }

    private static void as(RadaUser user, Runnable work) {
        SystemActor.callAs(user, () -> {
            work.run();
            return null;
        });
    }
}
