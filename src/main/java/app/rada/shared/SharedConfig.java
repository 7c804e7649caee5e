package app.rada.shared;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DemoSettings.class)
class SharedConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
