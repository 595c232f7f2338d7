package ma.mizan.identity.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import ma.mizan.identity.entity.CallerIdentity;
import ma.mizan.identity.entity.Role;
import ma.mizan.platform.control.ProblemException;

/**
 * The caller of the current request and what it may see. Another organization's record is answered
 * with 404, never with its data (contract Decision 12); an auditor sees the organizations assigned to
 * them, only inside the assignment's window.
 */
@RequestScoped
public class Caller {

    public static final String ATTRIBUTE = "ma.mizan.caller";
    public static final String REJECTED = "ma.mizan.rejected-credentials";

    @Inject
    HttpServletRequest request;

    @Inject
    Users users;

    private List<Long> audited;

    /** The request carried credentials that did not check out (an invalid token or key is never ignored). */
    public boolean rejectedCredentials() {
        return request.getAttribute(REJECTED) != null;
    }

    public Optional<CallerIdentity> identity() {
        return Optional.ofNullable((CallerIdentity) request.getAttribute(ATTRIBUTE));
    }

    public CallerIdentity require() {
        return identity().orElseThrow(() -> new ProblemException(401, "unauthenticated", "Unauthorized", "Log in first."));
    }

    public boolean is(Role... roles) {
        return identity().map(i -> List.of(roles).contains(i.role())).orElse(false);
    }

    /** null: every organization; otherwise the organizations whose records the caller may read. */
    public List<Long> readableOrganizations() {
        CallerIdentity c = require();
        return switch (c.role()) {
            case ADMIN, REGULATOR -> null;
            case AUDITOR -> {
                if (audited == null) {
                    audited = users.auditedOrganizations(c.userId());
                }
                yield audited;
            }
            case ORG_ADMIN, ORG_MEMBER -> List.of(c.organizationId());
        };
    }

    public boolean canRead(long organizationId) {
        List<Long> readable = readableOrganizations();
        return readable == null || readable.contains(organizationId);
    }

    /** Only the organization's own users (and its API keys) change its systems and filings. */
    public boolean canWrite(long organizationId) {
        CallerIdentity c = require();
        return c.role().belongsToAnOrganization() && c.organizationId() == organizationId;
    }

    /** Throws 404 ("does not exist") when the caller may not see the organization's record. */
    public void requireRead(long organizationId, String what) {
        if (!canRead(organizationId)) {
            throw ProblemException.notFound(what);
        }
    }

    /** 404 when the record is not visible at all, 403 when visible but not the caller's to change. */
    public void requireWrite(long organizationId, String what) {
        requireRead(organizationId, what);
        if (!canWrite(organizationId)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "Only the organization's own users may change " + what + ".");
        }
    }
}
