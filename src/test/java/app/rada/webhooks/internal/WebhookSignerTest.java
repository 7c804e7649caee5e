package app.rada.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    @Test
    void a_signature_is_v1_and_base64_of_hmac_sha256_over_id_timestamp_and_body_with_the_decoded_key() throws Exception {
        // an example secret, id and time written out by hand
        var secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        var body = "{\"type\":\"idea.submitted\",\"data\":{\"title\":\"Zażółć gęślą jaźń\"}}";
        var signature = WebhookSigner.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body);

        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), "HmacSHA256"));
        var expected = Base64.getEncoder().encodeToString(mac.doFinal(
                ("msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330." + body).getBytes(StandardCharsets.UTF_8)));
        assertThat(signature).isEqualTo("v1," + expected);
        assertThat(WebhookSigner.sign(secret, "msg_other", 1614265330L, body)).isNotEqualTo(signature);
    }

    @Test
    void the_example_in_the_documentation_verifies() {
        // the signature in docs/webhooks.md was computed with Python's hmac module, apart from this code
        var body = "{\"type\":\"idea.submitted\",\"timestamp\":\"2026-12-03T16:00:00Z\",\"data\":{\"ideaId\":812,"
                + "\"awaitingApproval\":false,\"title\":\"Show the delivery window in the app\",\"status\":\"new\","
                + "\"visibility\":\"members\",\"voteCount\":0,\"weightedVotes\":0,\"commentCount\":0,"
                + "\"url\":\"https://rada.example.com/ideas/812\"}}";
        assertThat(WebhookSigner.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_5d0c9a6e0e2a4f6bb1f4f0f1f3a8f7c2",
                1796313600L, body)).isEqualTo("v1,9qQ4S53JTHjrmlCOqB3b3IGqEsnzT8RaUUR7y2uqZSM=");
    }

    @Test
    void new_secrets_are_whsec_and_24_random_bytes() {
        var one = WebhookSigner.newSecret();
        var two = WebhookSigner.newSecret();
        assertThat(one).startsWith("whsec_").isNotEqualTo(two);
        assertThat(Base64.getDecoder().decode(one.substring("whsec_".length()))).hasSize(24);
    }

    @Test
    void only_http_addresses_on_the_internet_are_taken_unless_private_ones_are_allowed() throws Exception {
        var guard = new AddressGuard(false);
        assertThat(guard.problem("ftp://example.com/x", false)).contains("webhooks.problem.url");
        assertThat(guard.problem("file:///etc/passwd", false)).contains("webhooks.problem.url");
        assertThat(guard.problem("http://user:pw@93.184.215.14/", false)).contains("webhooks.problem.url");
        for (var address : new String[] {"http://127.0.0.1:8080/x", "http://localhost/x", "http://10.1.2.3/",
                "http://192.168.0.10/", "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/", "http://0.0.0.0/", "http://100.64.1.1/", "http://[fd00::1]/"}) {
            assertThat(guard.problem(address, false)).as(address).contains("webhooks.problem.private-address");
        }
        assertThat(guard.problem("https://93.184.215.14/hook", false)).isEmpty();
        assertThat(guard.problem("https://hooks.example.invalid/x", false)).isEmpty();
        assertThat(guard.problem("https://hooks.example.invalid/x", true)).contains("webhooks.problem.unknown-host");
        assertThat(AddressGuard.internal(InetAddress.getByName("8.8.8.8"))).isFalse();

        var open = new AddressGuard(true);
        assertThat(open.problem("http://127.0.0.1:8080/x", true)).isEmpty();
        assertThat(open.problem("gopher://127.0.0.1/", true)).contains("webhooks.problem.url");
    }
}
