package app.rada.support;

import org.springframework.test.context.TestPropertySource;

/**
 * The portal with two single sign-on providers configured by properties alone, and the password form turned off.
 * The providers' addresses are never called: these tests stop where the browser would leave for the provider.
 */
@TestPropertySource(properties = {
        "rada.login.password-form.enabled=false",
        "rada.sso.group-claim=groups",
        "rada.sso.group-roles.rada-staff=STAFF",
        "spring.security.oauth2.client.registration.company.client-id=rada",
        "spring.security.oauth2.client.registration.company.client-secret=not-a-real-secret",
        "spring.security.oauth2.client.registration.company.client-name=Company Keycloak",
        "spring.security.oauth2.client.registration.company.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.company.scope=openid,email,profile",
        "spring.security.oauth2.client.registration.company.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.company.authorization-uri=http://localhost:9/realms/company/auth",
        "spring.security.oauth2.client.provider.company.token-uri=http://localhost:9/realms/company/token",
        "spring.security.oauth2.client.provider.company.jwk-set-uri=http://localhost:9/realms/company/certs",
        "spring.security.oauth2.client.provider.company.user-info-uri=http://localhost:9/realms/company/userinfo",
        "spring.security.oauth2.client.provider.company.user-name-attribute=sub",
        "spring.security.oauth2.client.registration.partner.client-id=rada-partner",
        "spring.security.oauth2.client.registration.partner.client-secret=not-a-real-secret",
        "spring.security.oauth2.client.registration.partner.client-name=Partner Entra ID",
        "spring.security.oauth2.client.registration.partner.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.partner.scope=openid,email,profile",
        "spring.security.oauth2.client.registration.partner.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.partner.authorization-uri=http://localhost:9/partner/authorize",
        "spring.security.oauth2.client.provider.partner.token-uri=http://localhost:9/partner/token",
        "spring.security.oauth2.client.provider.partner.jwk-set-uri=http://localhost:9/partner/keys",
        "spring.security.oauth2.client.provider.partner.user-name-attribute=sub"})
public abstract class SsoKaribuTest extends KaribuTest {
}
