package ma.mizan.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import ma.mizan.identity.control.ApiKeys;
import ma.mizan.identity.control.Caller;
import ma.mizan.identity.control.Tokens;
import ma.mizan.identity.control.Users;
import ma.mizan.identity.entity.CallerIdentity;

/**
 * The application's one authentication mechanism: a bearer token issued by POST /api/v1/auth/login, or
 * an organization's API key in X-API-Key. A request without credentials goes on as anonymous (the
 * operation's {@link Access} rule decides); credentials that do not check out are marked, and the
 * request is refused with 401 whatever the operation.
 */
@ApplicationScoped
public class MizanAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    Tokens tokens;

    @Inject
    ApiKeys apiKeys;

    @Inject
    Users users;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        String apiKey = request.getHeader("X-API-Key");
        if (authorization == null && apiKey == null) {
            return context.doNothing();
        }
        Optional<CallerIdentity> identity = Optional.empty();
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            identity = tokens.verify(authorization.substring(7).strip())
                    .filter(i -> i.userId() != null && users.active(i.userId()));
        } else if (authorization == null) {
            identity = apiKeys.verify(apiKey.strip());
        }
        if (identity.isEmpty()) {
            request.setAttribute(Caller.REJECTED, Boolean.TRUE);
            return context.doNothing();
        }
        CallerIdentity who = identity.get();
        request.setAttribute(Caller.ATTRIBUTE, who);
        return context.notifyContainerAboutLogin(new CallerPrincipal(who.name()), Set.of(who.role().name()));
    }
}
