package app.rada.api.internal;

import app.rada.api.ApiError;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers addresses under {@code /api/v1/} that no endpoint serves with a 404 problem, instead of letting
 * them fall through to the portal's pages.
 */
@Hidden
@RestController
class UnknownApiPaths {

    @RequestMapping("/api/v1/**")
    void unknown() {
        throw new ApiError(404, "api.error.not-found");
    }
}
