package app.rada.shared;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether the portal runs the demo programme, in which language its content is written,
 * and the accounts a visitor may try. Off in production unless asked for.
 */
@ConfigurationProperties("rada.demo")
public record DemoSettings(boolean enabled, Language language, String password) {

    public static final String DOMAIN = "@rada.demo";

    /** The accounts the login page lists in demo mode, one per role. */
    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin" + DOMAIN, Role.ADMIN),
            new DemoAccount("staff" + DOMAIN, Role.STAFF),
            new DemoAccount("board" + DOMAIN, Role.BOARD_MEMBER),
            new DemoAccount("customer" + DOMAIN, Role.CUSTOMER));

    public DemoSettings {
        language = language == null ? Language.EN : language;
        password = password == null || password.isBlank() ? "demo" : password;
    }

    public record DemoAccount(String email, Role role) {
    }
}
