package app.rada.demo;

import app.rada.people.PeopleService;
import app.rada.rewards.CatalogueService;
import app.rada.rewards.ImageUpload;
import app.rada.rewards.RewardDraft;
import app.rada.rewards.RewardService;
import app.rada.shared.DemoSettings;
import app.rada.shared.Language;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * is there: waiting, approved, handed over and rejected. One member stays off the leaderboard.
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

    DemoRewards(RewardService rewards, CatalogueService catalogue, PeopleService people, DemoSettings settings) {
        this.rewards = rewards;
        this.catalogue = catalogue;
        this.people = people;
        this.settings = settings;
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

    void load() {
        boolean pl = settings.language() == Language.PL;
        var admin = user("admin");
        var staff = user("staff");

        long mug = as(admin, () -> catalogue.create(new RewardDraft("Rada mug", "Kubek Rady",
                "A stoneware mug with the advisory board's mark, for the coffee you drink while writing your next idea.",
                "Kamionkowy kubek ze znakiem Rady klientów – do kawy przy pisaniu kolejnego pomysłu.", 60, 20, true),
                picture("mug", new Color(0x0f5c55))));
        long coffee = as(admin, () -> catalogue.create(new RewardDraft("Coffee for your team", "Kawa dla zespołu",
                "A box of freshly roasted coffee delivered to your office, enough for a team of ten for a week.",
                "Paczka świeżo palonej kawy dostarczona do biura – tygodniowy zapas dla dziesięciu osób.", 120, 10,
                true), picture("coffee", new Color(0x8a5a2b))));
        long tour = as(admin, () -> catalogue.create(new RewardDraft("Tour of our service centre",
                "Wizyta w centrum serwisowym",
                "Spend a morning with our repair technicians and the hotline team, and see how a request travels.",
                "Poranek z naszymi serwisantami i zespołem infolinii: zobacz, jak wędruje zgłoszenie.", 300, 4, true),
                picture("tour", new Color(0x2f6fa3))));
        as(admin, () -> catalogue.create(new RewardDraft("One more year of warranty", "Dodatkowy rok gwarancji",
                "Extends the warranty of one appliance bought from us by twelve months.",
                "Przedłuża o dwanaście miesięcy gwarancję na jedno urządzenie kupione u nas.", 500, 3, true),
                picture("warranty", new Color(0x6b5ca5))));
        long preview = as(admin, () -> catalogue.create(new RewardDraft("Early access to the new app",
                "Wcześniejszy dostęp do nowej aplikacji",
                "Try the new ordering app a month before everyone else and tell us what to change.",
                "Wypróbuj nową aplikację do zamówień miesiąc przed innymi i powiedz nam, co zmienić.", 40, 50, true),
                picture("app", new Color(0xb4451f))));

        var customer = user("customer");
        var ewa = user("ewa.lis");
        var piotr = user("piotr.mazur");
        var joanna = user("joanna.krawczyk");
        var natalia = user("natalia.jablonska");
        as(staff, () -> rewards.award(ewa.personId(), 150, pl ? "Wystąpienie na dniu klienta w Poznaniu"
                : "Spoke at our customer day in Poznań"));
        as(staff, () -> rewards.award(customer.personId(), 100, pl ? "Testy nowego formularza zwrotów z naszym zespołem"
                : "Tested the new returns form with our team"));
        as(staff, () -> rewards.award(piotr.personId(), 80, pl ? "Gościł nasz zespół serwisowy w klinice"
                : "Hosted our service team at the clinic"));
        as(staff, () -> rewards.award(joanna.personId(), 60, pl ? "Pomoc przy opisie ścieżki zakupów B2B"
                : "Helped us describe the business purchase journey"));
        as(staff, () -> rewards.award(natalia.personId(), 40, pl ? "Nagranie opinii wideo o infolinii"
                : "Recorded a video review of the hotline"));

        // one redemption in each state
        as(customer, () -> catalogue.redeem(mug));
        long approved = as(ewa, () -> catalogue.redeem(coffee));
        as(staff, () -> catalogue.approve(approved));
        long handedOver = as(piotr, () -> catalogue.redeem(preview));
        as(staff, () -> catalogue.approve(handedOver));
        as(staff, () -> catalogue.fulfil(handedOver));
        long rejected = as(joanna, () -> catalogue.redeem(mug));
        as(staff, () -> catalogue.reject(rejected, pl
                ? "Kubki z tej serii trafiają tylko do uczestników z Polski; punkty wróciły – wybierz inną nagrodę."
                : "This batch of mugs is for members in Poland only; your points are back, please choose another reward."));

        // someone who prefers to stay off the leaderboard
        as(user("adam.olszewski"), () -> rewards.showOnLeaderboard(false));
        log.debug("Demo catalogue ready; the tour ({}) is left for visitors to redeem", tour);
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
