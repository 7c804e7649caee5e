package app.rada.shared;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;

@Configuration
@EnableConfigurationProperties(DemoSettings.class)
class SharedConfig {

    /** Every service takes the time from here (see {@link SeedingTime} for the demo's history). */
    @Bean
    Clock clock() {
        return PortalClock.utc();
    }

    /** Listeners that run on other threads see the moment the work that set them off ran at. */
    @Bean
    TaskDecorator seedingTimeCarrier() {
        return SeedingTime::carried;
    }

    /** {@code @Future} and {@code @Past} on drafts compare with the portal's clock, not the system's. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
