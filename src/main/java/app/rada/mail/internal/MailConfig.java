package app.rada.mail.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

@Configuration
@EnableConfigurationProperties(MailSettings.class)
class MailConfig {

    private static final Logger log = LoggerFactory.getLogger(MailConfig.class);

    private final ObjectProvider<MailDelivery> delivery;

    MailConfig(ObjectProvider<MailDelivery> delivery) {
        this.delivery = delivery;
    }

    @EventListener(ApplicationReadyEvent.class)
    void tellHowMailLeaves() {
        if (delivery.getIfAvailable() == null) {
            log.info("No mail server is configured (spring.mail.host): mail stays in the outbox, where staff read it");
        } else {
            log.info("Mail is delivered over SMTP from the outbox");
        }
    }
}
