package ma.mizan.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import ma.mizan.platform.control.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rejects bodies over the configured limit (mizan.body.max-bytes, default 1 MiB) with 413: at once when
 * Content-Length announces it, otherwise as soon as the stream passes the limit, so an oversized body is
 * never read into memory whole. Evidence uploads are files, not JSON, and are streamed to disk rather than
 * read into memory, so they have their own, larger limit (mizan.evidence.max-bytes, default 20 MiB), and
 * only they: every other operation keeps the small one.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    /** POST systems/{systemId}/obligations/{trackingId}/evidence (the links sub-resource is JSON and keeps the small limit). */
    static final Pattern EVIDENCE_UPLOAD = Pattern.compile("/?systems/[^/]+/obligations/[^/]+/evidence/?");

    @Inject
    @ConfigProperty(name = "mizan.body.max-bytes", defaultValue = "1048576")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "mizan.evidence.max-bytes", defaultValue = "20971520")
    long evidenceMaxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitFor(request.getMethod(), request.getUriInfo().getPath());
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
        }
    }

    long limitFor(String method, String path) {
        return "POST".equals(method) && EVIDENCE_UPLOAD.matcher(path).matches() ? evidenceMaxBytes : maxBytes;
    }

    private static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "payload-too-large", "Payload too large",
                "The body exceeds the limit of " + limit + " bytes.");
    }

    private final class Bounded extends FilterInputStream {
        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        private void add(long n) {
            if (n > 0) {
                count += n;
                if (count > limit) {
                    throw tooLarge(limit);
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            add(n);
            return n;
        }
    }
}
