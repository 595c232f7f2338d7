package ma.mizan.platform.boundary;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.mizan.platform.control.ProblemException;

/**
 * The one family of exception mappers: every failure leaves the API as application/problem+json.
 * Client errors say what is wrong; server errors say only that something failed, with an incident ID
 * that is logged with the stack trace, which never reaches the client.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath();
    }

    /** Unwraps container wrappers (EJB, CDI transactions) down to a problem the code raised on purpose. */
    static Response translate(Throwable t, UriInfo uri) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ProblemException p) {
                return ProblemResponses.of(p, path(uri));
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OptimisticLockException) {
                return ProblemResponses.of(409, "concurrent-modification", "Concurrent modification",
                        "The record was changed by someone else while this request ran. Read it again (new ETag) and retry.", path(uri), null);
            }
            if (c instanceof WebApplicationException w && w.getResponse() != null && w.getResponse().getStatus() < 500) {
                return web(w, uri);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident + " on " + path(uri), t);
        return ProblemResponses.of(500, "internal-error", "Internal error",
                "The request could not be completed. Incident " + incident + " was logged.", path(uri), null);
    }

    static Response web(WebApplicationException w, UriInfo uri) {
        int status = w.getResponse().getStatus();
        String type = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            case 413 -> "payload-too-large";
            default -> "http-" + status;
        };
        String detail = switch (status) {
            case 404 -> "No resource at this address.";
            case 405 -> "This method is not allowed here" + (w instanceof NotAllowedException n && n.getResponse().getAllowedMethods() != null
                    ? "; allowed: " + n.getResponse().getAllowedMethods() : "") + ".";
            case 415 -> "The body must be application/json.";
            case 406 -> "This resource answers application/json only.";
            default -> w.getMessage();
        };
        Response r = ProblemResponses.of(status, type, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), detail, path(uri), null);
        if (status == 405 && w.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(r).header("Allow", w.getResponse().getHeaderString("Allow")).build();
        }
        return r;
    }

    @Provider
    public static class ForProblems implements ExceptionMapper<ProblemException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProblemException e) {
            return ProblemResponses.of(e, path(uri));
        }
    }

    @Provider
    public static class ForWebApplicationExceptions implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            return translate(e, uri);
        }
    }

    @Provider
    public static class ForEjbExceptions implements ExceptionMapper<EJBException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(EJBException e) {
            return translate(e, uri);
        }
    }

    @Provider
    public static class ForTransactionalExceptions implements ExceptionMapper<TransactionalException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(TransactionalException e) {
            return translate(e, uri);
        }
    }

    @Provider
    public static class ForEverythingElse implements ExceptionMapper<Throwable> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable e) {
            return translate(e, uri);
        }
    }
}
