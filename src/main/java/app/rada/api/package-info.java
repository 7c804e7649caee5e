/**
 * The REST API other company systems call with tokens: the tokens themselves (created, scoped and revoked
 * by administrators), the security chain that turns a bearer token into its owner's principal narrowed by
 * the token's scopes, problem details, cursors, and the endpoints of each feature in a subpackage
 * ({@code app.rada.api.ideas}). Endpoints call the modules' public services, so every existing access rule
 * applies to API callers too. See docs/api.md.
 */
@ApplicationModule(displayName = "REST API")
@NullMarked
package app.rada.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
