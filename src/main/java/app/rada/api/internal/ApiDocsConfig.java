package app.rada.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document says about the API as a whole: its name and that every call needs a bearer token. */
@Configuration
class ApiDocsConfig {

    @Bean
    OpenAPI radaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Rada REST API").version("v1")
                        .description("Ideas, votes and comments of the Rada portal for the company's own systems. "
                                + "Every call needs an API token (Authorization: Bearer rada_...), which an "
                                + "administrator creates at /admin/api-tokens. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
