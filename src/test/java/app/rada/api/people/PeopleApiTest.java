package app.rada.api.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.api.ApiScope;
import app.rada.api.ApiTest;
import app.rada.people.MembershipService;
import app.rada.people.OrganisationService;
import app.rada.people.PeopleFilter;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import java.util.ArrayList;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

class PeopleApiTest extends ApiTest {

    @Autowired
    MembershipService memberships;

    @Autowired
    OrganisationService organisations;

    @Test
    void an_admin_token_pages_through_people_with_the_lists_filters() {
        var client = api(token("admin@rada.demo", ApiScope.ADMIN));
        var ids = new HashSet<Long>();
        String cursor = null;
        int pages = 0;
        do {
            var answer = client.get("/api/v1/people?role=board_member&active=true&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            answer.json().get("items").forEach(p -> {
                assertThat(ids.add(p.get("id").asLong())).isTrue();
                assertThat(p.get("roles").toString()).contains("BOARD_MEMBER");
            });
            var next = answer.json().get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null && pages < 100);
        long boardMembers = SystemActor.callAs(user("admin@rada.demo"),
                () -> memberships.countPeople(new PeopleFilter(null, Role.BOARD_MEMBER, null, null, true)));
        assertThat(ids).hasSize((int) boardMembers);

        var ewa = client.get("/api/v1/people?q=ewa.lis").json().get("items");
        assertThat(ewa.size()).isEqualTo(1);
        assertThat(ewa.get(0).get("email").asString()).isEqualTo("ewa.lis@rada.demo");
        var byEmail = client.get("/api/v1/people?sort=-email&limit=3").json().get("items");
        var emails = new ArrayList<String>();
        byEmail.forEach(p -> emails.add(p.get("email").asString()));
        var expected = SystemActor.callAs(user("admin@rada.demo"), () -> memberships.findPeople(PeopleFilter.none(),
                0, 3, Sort.by(Sort.Order.desc("email")))).stream().map(p -> p.email()).toList();
        assertThat(emails).isEqualTo(expected);
        assertThat(client.get("/api/v1/people?sort=shoeSize").status()).isEqualTo(400);
        assertThat(client.get("/api/v1/people?role=king").status()).isEqualTo(400);
    }

    @Test
    void listing_people_is_refused_without_staff_and_without_admin() {
        assertThat(api(token("admin@rada.demo")).get("/api/v1/people").status()).isEqualTo(403);
        // the people list is the administrators' list: staff alone do not get it
        assertThat(api(token("admin@rada.demo", ApiScope.STAFF)).get("/api/v1/people").status()).isEqualTo(403);
    }

    @Test
    void a_staff_token_reads_a_person_and_a_plain_token_not_even_its_own_person() {
        var ewa = user("ewa.lis@rada.demo");
        var staff = api(token("admin@rada.demo", ApiScope.STAFF)).get("/api/v1/people/" + ewa.personId());
        assertThat(staff.status()).as(staff.body()).isEqualTo(200);
        assertThat(staff.json().get("name").asString()).isEqualTo("Ewa Lis");
        assertThat(staff.json().get("organisationName").asString()).isNotBlank();
        assertThat(staff.json().get("roles").toString()).contains("BOARD_MEMBER");

        var plain = api(token("admin@rada.demo"));
        assertThat(plain.get("/api/v1/people/" + ewa.personId()).status()).isEqualTo(403);
        assertThat(plain.get("/api/v1/people/" + user("admin@rada.demo").personId()).status()).isEqualTo(403);
    }

    @Test
    void a_staff_token_lists_organisations_and_a_plain_token_is_refused() {
        long total = SystemActor.callAs(user("admin@rada.demo"), () -> organisations.countOrganisations(null));
        var client = api(token("admin@rada.demo", ApiScope.STAFF));
        var names = new ArrayList<String>();
        String cursor = null;
        int pages = 0;
        do {
            var answer = client.get("/api/v1/organisations?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            answer.json().get("items").forEach(o -> names.add(o.get("name").asString()));
            var next = answer.json().get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null && pages < 100);
        assertThat(names).hasSize((int) total).contains("Hotel Pod Lipami");
        var hotel = client.get("/api/v1/organisations?q=lipami").json().get("items");
        assertThat(hotel.size()).isEqualTo(1);
        assertThat(hotel.get(0).get("members").asLong()).isPositive();
        assertThat(api(token("admin@rada.demo")).get("/api/v1/organisations").status()).isEqualTo(403);
    }
}
