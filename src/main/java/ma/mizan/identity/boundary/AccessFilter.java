package ma.mizan.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.entity.CallerIdentity;
import ma.mizan.platform.control.ProblemException;

/**
 * Deny by default: an operation is callable only as its {@link Access} says; one without {@link Access}
 * is refused to everyone. 401 when a login is needed (or the credentials sent are not valid), 403 when
 * the caller's role is not allowed.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        Access access = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Access.class);
        if (access == null && resource.getResourceClass() != null) {
            access = resource.getResourceClass().getAnnotation(Access.class);
        }
        if (access == null) {
            throw new ProblemException(403, "forbidden", "Forbidden", "This operation has no access rule, so it is refused to everyone.");
        }
        if (caller.rejectedCredentials()) {
            throw unauthorized("The credentials sent are not valid (wrong, expired or revoked).");
        }
        if (access.anonymous()) {
            return;
        }
        CallerIdentity who = caller.identity().orElseThrow(() -> unauthorized("Log in (POST /api/v1/auth/login) and send the token as "
                + "'Authorization: Bearer <token>', or send an organization's API key as 'X-API-Key'."));
        if (!List.of(access.value()).contains(who.role())) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Your role (" + who.role() + ") may not do this.");
        }
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthenticated", "Unauthorized", detail, List.of(),
                Map.of("WWW-Authenticate", "Bearer realm=\"mizan\""));
    }
}
