package ma.mizan.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the integration tests: raw bodies in, status + headers + parsed JSON out. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String[] credentials;

    /** {@code base} is the application root, e.g. http://localhost:8080/mizan/ */
    public Api(String base) {
        this(base, new String[0]);
    }

    private Api(String base, String[] credentials) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.credentials = credentials;
    }

    /** The same client, sending {@code Authorization: Bearer <token>}. */
    public Api withToken(String token) {
        return new Api(base, new String[] {"Authorization", "Bearer " + token});
    }

    /** The same client, sending an organization's API key. */
    public Api withApiKey(String key) {
        return new Api(base, new String[] {"X-API-Key", key});
    }

    /** The same client, anonymous. */
    public Api anonymous() {
        return new Api(base);
    }

    /** Logs in and returns a client that sends the token. */
    public Api login(String username, String password) {
        Reply r = anonymous().post("api/v1/auth/login", "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
        if (r.status() != 200) {
            throw new AssertionError("login of " + username + ": " + r);
        }
        return withToken(r.json().get("token").asText());
    }

    public record Reply(int status, String contentType, Map<String, java.util.List<String>> headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /** Adds this client's credentials to a request built elsewhere (e.g. a download straight to a file). */
    public void credentialsInto(HttpRequest.Builder b) {
        if (credentials.length == 2) {
            b.header(credentials[0], credentials[1]);
        }
    }

    public URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + (path.startsWith("/") ? path.substring(1) : path));
    }

    public Reply send(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        boolean typed = false;
        boolean authorized = false;
        for (int i = 0; i < headers.length; i += 2) {
            authorized |= headers[i].equalsIgnoreCase("Authorization") || headers[i].equalsIgnoreCase("X-API-Key");
        }
        if (!authorized && credentials.length == 2) {
            b.header(credentials[0], credentials[1]);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !typed) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends the body without a length (chunked transfer encoding), as a streaming client would. */
    public Reply postChunked(String path, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json");
        if (credentials.length == 2) {
            builder.header(credentials[0], credentials[1]);
        }
        HttpRequest request = builder.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build();
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A reply whose body is kept as bytes (files: evidence, exports). */
    public record Bytes(int status, String contentType, Map<String, java.util.List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body.length + " bytes" + (status >= 400 ? ": " + text() : "");
        }
    }

    /** Sends raw bytes (or none) and keeps the answer as bytes. {@code headers} are name, value pairs. */
    public Bytes exchange(String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(300));
        boolean authorized = false;
        for (int i = 0; i < headers.length; i += 2) {
            authorized |= headers[i].equalsIgnoreCase("Authorization") || headers[i].equalsIgnoreCase("X-API-Key");
        }
        if (!authorized && credentials.length == 2) {
            b.header(credentials[0], credentials[1]);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public Reply post(String path, String body, String... headers) {
        return send("POST", path, body, headers);
    }

    public Reply put(String path, String body, String... headers) {
        return send("PUT", path, body, headers);
    }

    public Reply delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }
}
