package dev.storybot.slack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.storybot.core.RateLimiter;
import dev.storybot.http.BoundedBody;
import dev.storybot.http.HardenedJetty;
import dev.storybot.settings.SlackSettings;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode endpoint: reads at most {@link #MAX_BODY_BYTES} of a POST to {@link SlackSettings#EVENTS_PATH}
 * within {@link #BODY_DEADLINE_MILLIS}, checks the signature on the raw bytes ({@link SlackSignature}) and only then
 * parses the payload, within {@link #MAX_JSON_NESTING_DEPTH} and {@link #MAX_JSON_STRING_CHARS}, and hands it to
 * Bolt through its framework-neutral {@link App#run}. Nothing from the request is logged but the reason it was refused.
 */
final class SlackHttpEndpoint extends Handler.Abstract {

    /** Slack's payloads are a few KB (a message is at most 40,000 characters); anything larger gets 413 unread. */
    static final int MAX_BODY_BYTES = 1 << 20;
    /** The whole body must arrive within this; Slack sends it at once and gives up on us after 3 s anyway. */
    static final long BODY_DEADLINE_MILLIS = 5_000;
    /** Threads handling requests; bodies are read without holding one, and Bolt only acks and queues the work. */
    static final int MAX_THREADS = 32;
    /** Slack's Block Kit payloads nest about a dozen levels deep; deeper input is refused before Bolt parses it. */
    static final int MAX_JSON_NESTING_DEPTH = 64;
    /** Longest JSON string accepted; a message's text is at most 40,000 characters, plus room for escapes. */
    static final int MAX_JSON_STRING_CHARS = 256_000;

    /**
     * Installs started per minute and process: each start stores a state row for 10 minutes, and anyone can open the
     * install link, so this keeps a flood from filling the database while leaving room for a busy launch day.
     */
    static final int MAX_INSTALL_STARTS_PER_MINUTE = 60;

    static final String TOO_MANY_INSTALLS_TEXT = "Too many installs are starting right now; try again in a minute.\n";
    static final String BAD_REQUEST_TEXT = "Bad request: the Slack payload could not be read.\n";
    static final String UNAUTHORIZED_TEXT = "Unauthorized: the request is not correctly signed by Slack.\n";
    static final String TOO_LARGE_TEXT = "Payload too large.\n";
    static final String TIMEOUT_TEXT = "Request timeout.\n";

    private static final Logger LOG = LoggerFactory.getLogger(SlackHttpEndpoint.class);
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_JSON_NESTING_DEPTH)
                    .maxStringLength(MAX_JSON_STRING_CHARS)
                    .build())
            .build();
    private static final String FORM_PAYLOAD_FIELD = "payload";

    private final App app;
    private final SlackRequestParser parser;
    private final SlackSignature signatures;
    private final RateLimiter installStarts = RateLimiter.perMinute(MAX_INSTALL_STARTS_PER_MINUTE);

    private SlackHttpEndpoint(App app, SlackSignature signatures) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signatures = signatures;
    }

    /**
     * Starts Bolt and the endpoint on the settings' host and port.
     *
     * @throws Exception when the address cannot be bound; nothing is left running then
     */
    static HardenedJetty start(App app, SlackSettings settings, Clock clock) throws Exception {
        app.start();
        SlackHttpEndpoint endpoint = new SlackHttpEndpoint(app, new SlackSignature(settings.signingSecret(), clock));
        return HardenedJetty.start(
                "storybot-slack-http", settings.httpHost(), settings.httpPort(), MAX_THREADS, endpoint);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (isOAuthPath(path)) {
            if (!"GET".equals(request.getMethod())) {
                response.getHeaders().put(HttpHeader.ALLOW, "GET");
                HardenedJetty.sendText(
                        response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "Only GET is allowed here.\n", true);
            } else if (SlackSettings.OAUTH_INSTALL_PATH.equals(path) && !installStarts.tryAcquire(path)) {
                HardenedJetty.sendText(
                        response, callback, HttpStatus.TOO_MANY_REQUESTS_429, TOO_MANY_INSTALLS_TEXT, true);
            } else {
                runOAuth(path, request, response, callback);
            }
        } else if (!SlackSettings.EVENTS_PATH.equals(path)) {
            HardenedJetty.sendText(response, callback, HttpStatus.NOT_FOUND_404, "Not found.\n", true);
        } else if (!"POST".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            HardenedJetty.sendText(
                    response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "Only POST is allowed here.\n", true);
        } else {
            BoundedBody.read(request, MAX_BODY_BYTES, BODY_DEADLINE_MILLIS, new Exchange(request, response, callback));
        }
        return true;
    }

    /** The install and redirect paths, served when the app installs into workspaces through OAuth. */
    private boolean isOAuthPath(String path) {
        return app.config().isOAuthInstallPathEnabled()
                && (SlackSettings.OAUTH_INSTALL_PATH.equals(path) || SlackSettings.OAUTH_REDIRECT_PATH.equals(path));
    }

    /**
     * A browser starting an install or coming back from Slack's consent page: not signed by Slack (Bolt checks the
     * OAuth state instead), no body, everything in the query string.
     */
    private void runOAuth(String path, Request request, Response response, Callback callback) {
        com.slack.api.bolt.response.Response answer;
        try {
            Map<String, List<String>> query = new LinkedHashMap<>();
            Request.extractQueryParameters(request)
                    .forEach(field -> query.put(field.getName(), List.copyOf(field.getValues())));
            answer = app.run(parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(path)
                    .queryString(query)
                    .headers(new RequestHeaders(headers(request)))
                    .requestBody("")
                    .remoteAddress(Request.getRemoteAddr(request))
                    .build()));
        } catch (Exception e) {
            LOG.warn(
                    "Refused a Slack install request that could not be handled ({})",
                    e.getClass().getSimpleName());
            HardenedJetty.sendText(response, callback, HttpStatus.BAD_REQUEST_400, BAD_REQUEST_TEXT, false);
            return;
        }
        send(answer, response, callback);
    }

    /** One request whose body is being read. */
    private final class Exchange implements BoundedBody.Receiver {

        private final Request request;
        private final Response response;
        private final Callback callback;

        Exchange(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        @Override
        public void complete(byte[] body) {
            SlackSignature.Verdict verdict = signatures.check(
                    request.getHeaders().get(SlackSignature.TIMESTAMP_HEADER),
                    request.getHeaders().get(SlackSignature.SIGNATURE_HEADER),
                    body);
            if (verdict != SlackSignature.Verdict.VALID) {
                LOG.warn("Refused a Slack HTTP request: {}", verdict);
                HardenedJetty.sendText(response, callback, HttpStatus.UNAUTHORIZED_401, UNAUTHORIZED_TEXT, false);
                return;
            }
            dispatch(new String(body, StandardCharsets.UTF_8));
        }

        @Override
        public void tooLarge() {
            LOG.warn("Refused a Slack HTTP request: body over {} bytes", MAX_BODY_BYTES);
            HardenedJetty.sendText(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, TOO_LARGE_TEXT, true);
        }

        @Override
        public void timedOut() {
            LOG.warn("Refused a Slack HTTP request: body not received within {} ms", BODY_DEADLINE_MILLIS);
            HardenedJetty.sendText(response, callback, HttpStatus.REQUEST_TIMEOUT_408, TIMEOUT_TEXT, true);
        }

        @Override
        public void failed(Throwable cause) {
            // usually the client went away or sent too slowly: routine, and logging each would let anyone flood the log
            LOG.debug(
                    "Refused a Slack HTTP request: reading the body failed ({})",
                    cause.getClass().getSimpleName());
            HardenedJetty.sendText(response, callback, HttpStatus.REQUEST_TIMEOUT_408, TIMEOUT_TEXT, true);
        }

        private void dispatch(String body) {
            com.slack.api.bolt.response.Response answer;
            try {
                checkJsonLimits(body);
                com.slack.api.bolt.request.Request<?> slackRequest =
                        parser.parse(SlackRequestParser.HttpRequest.builder()
                                .requestUri(SlackSettings.EVENTS_PATH)
                                .queryString(Map.of())
                                .headers(new RequestHeaders(headers(request)))
                                .requestBody(body)
                                .remoteAddress(Request.getRemoteAddr(request))
                                .build());
                if (slackRequest == null) {
                    LOG.warn("Refused a signed Slack request of no known kind");
                    HardenedJetty.sendText(response, callback, HttpStatus.BAD_REQUEST_400, BAD_REQUEST_TEXT, false);
                    return;
                }
                answer = app.run(slackRequest);
            } catch (Exception e) {
                LOG.warn(
                        "Refused a signed Slack request that could not be read ({})",
                        e.getClass().getSimpleName());
                HardenedJetty.sendText(response, callback, HttpStatus.BAD_REQUEST_400, BAD_REQUEST_TEXT, false);
                return;
            }
            send(answer, response, callback);
        }
    }

    /** Bolt's response, as Jetty's. */
    private static void send(com.slack.api.bolt.response.Response answer, Response response, Callback callback) {
        response.setStatus(answer.getStatusCode() == null ? HttpStatus.OK_200 : answer.getStatusCode());
        if (answer.getHeaders() != null) {
            answer.getHeaders().forEach((name, values) -> {
                if (!HttpHeader.CONTENT_LENGTH.is(name) && !HttpHeader.TRANSFER_ENCODING.is(name)) {
                    values.forEach(value -> response.getHeaders().add(name, value));
                }
            });
        }
        if (answer.getContentType() != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.getContentType());
        }
        String text = answer.getBody() == null ? "" : answer.getBody();
        response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** Every JSON document in the body (a JSON body, or a form's {@code payload} field) parsed within the limits. */
    static void checkJsonLimits(String body) throws IOException {
        String trimmed = body.trim(); // as Bolt's payload extractor does, so every JSON it would parse is checked
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            walk(trimmed);
            return;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0
                    && FORM_PAYLOAD_FIELD.equals(pair.substring(0, equals).trim())) {
                walk(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
    }

    private static void walk(String json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    parser.getText(); // string length is only checked once the string is decoded
                }
            }
        }
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(field.getValue());
        }
        return headers;
    }
}
