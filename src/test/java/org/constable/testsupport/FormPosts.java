package org.constable.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Posts to pages as a browser's form would: URL-encoded fields, or multipart with files. Signed in
 * by bearer token, as the API tests are (a bearer token needs no CSRF token).
 */
public final class FormPosts {

    /** A file part: the name the browser sends and its bytes. */
    public record FilePart(String field, String fileName, byte[] content) {}

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String base;

    public FormPosts(int port) {
        this.base = "http://localhost:" + port;
    }

    public Api.Response form(String path, String token, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(path, token, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Fields as name, value, name, value...: a name may repeat, as a form's checkboxes do. */
    public Api.Response form(String path, String token, String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return send(
                path,
                token,
                "application/x-www-form-urlencoded",
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    public Api.Response multipart(String path, String token, List<FilePart> files) {
        String boundary = "----constable" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (FilePart f : files) {
                out.write(
                        ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field() + "\"; filename=\""
                                        + f.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                                .getBytes(StandardCharsets.UTF_8));
                out.write(f.content());
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(path, token, "multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    private Api.Response send(String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
