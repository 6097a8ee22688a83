package dev.storybot.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storybot.settings.DiscordSettings;
import dev.storybot.settings.LlmSettings;
import dev.storybot.settings.OpsSettings;
import dev.storybot.settings.Redactor;
import dev.storybot.settings.Settings;
import dev.storybot.settings.SettingsReader;
import dev.storybot.settings.SlackSettings;
import dev.storybot.settings.Variable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code storybot check}: validates the configuration and tries each configured credential against its service
 * (Discord {@code users/@me}, Slack {@code auth.test} and {@code apps.connections.open}, the model's {@code /models}
 * or a one-token completion). Secrets never appear in what it reports: every detail is redacted before it is kept.
 */
public final class ConfigCheck {

    /** How long one credential check may take. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** How long connecting may take. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** The outcome of one line of the report. */
    public enum Status {
        /** Valid, and the service accepted the credentials. */
        OK,
        /** Invalid, rejected or unreachable: {@code serve} would fail or degrade. */
        FAILED,
        /** Not configured, which is fine (e.g. no model: retrieval answers). */
        SKIPPED
    }

    /**
     * One line of the report.
     *
     * @param what   the thing checked, e.g. "discord"
     * @param status the outcome
     * @param detail one line saying what was found or what to fix
     */
    public record Row(String what, Status status, String detail) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SettingsReader settings;
    private final Redactor redactor;
    private final HttpClient http;
    private final List<Row> rows = new ArrayList<>();

    private ConfigCheck(SettingsReader settings, HttpClient http) {
        this.settings = settings;
        this.redactor = Redactor.of(settings.secrets());
        this.http = http;
    }

    /**
     * Checks everything and returns the report's rows, in order: {@code extraRows} (checks the caller made, e.g. of
     * the knowledge files), the service settings, Discord, Slack, the model, and whether anything can be served.
     */
    public static List<Row> run(SettingsReader settings, List<Row> extraRows) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        ConfigCheck check = new ConfigCheck(settings, http);
        extraRows.forEach(row -> check.add(row.what(), row.status(), row.detail()));
        check.checkServiceSettings();
        boolean discord = check.checkDiscord();
        boolean slack = check.checkSlack();
        check.checkLlm();
        if (!discord && !slack) {
            check.add("platforms", Status.FAILED, Settings.NOTHING_TO_SERVE);
        }
        return List.copyOf(check.rows);
    }

    /** True when no row failed. */
    public static boolean allOk(List<Row> rows) {
        return rows.stream().noneMatch(row -> row.status() == Status.FAILED);
    }

    /** The rows as an aligned text table with the columns what | status | detail. */
    public static String table(List<Row> rows) {
        int whatWidth = Math.max(
                "WHAT".length(),
                rows.stream().mapToInt(r -> r.what().length()).max().orElse(0));
        int statusWidth = "SKIPPED".length();
        StringBuilder out = new StringBuilder();
        String format = "%-" + whatWidth + "s | %-" + statusWidth + "s | %s%n";
        out.append(String.format(format, "WHAT", "STATUS", "DETAIL"));
        out.append("-".repeat(whatWidth))
                .append("-+-")
                .append("-".repeat(statusWidth))
                .append("-+-")
                .append("-".repeat(6))
                .append(System.lineSeparator());
        for (Row row : rows) {
            out.append(String.format(format, row.what(), row.status().name().toLowerCase(Locale.ROOT), row.detail()));
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- checks

    private void checkServiceSettings() {
        try {
            OpsSettings ops = settings.ops();
            add(
                    "service",
                    Status.OK,
                    "health and metrics on " + ops.httpHost() + ":" + ops.httpPort() + ", "
                            + ops.workerThreads() + " answers at once per platform, stop waits up to "
                            + ops.shutdownTimeout().toSeconds() + " s");
        } catch (IllegalArgumentException e) {
            add("service", Status.FAILED, e.getMessage());
        }
    }

    /** True when Discord is configured (valid or not). */
    private boolean checkDiscord() {
        Optional<DiscordSettings> config;
        try {
            config = settings.discord();
        } catch (IllegalArgumentException e) {
            add("discord", Status.FAILED, e.getMessage());
            return true;
        }
        if (config.isEmpty()) {
            add("discord", Status.SKIPPED, "not configured (set " + Variable.DISCORD_TOKEN + " to enable)");
            return false;
        }
        URI uri = config.get().apiUrl().resolve("users/@me");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bot " + config.get().token())
                .GET()
                .build();
        call("discord", request, response -> {
            if (response.statusCode() == 200) {
                JsonNode user = json(response.body());
                add(
                        "discord",
                        Status.OK,
                        "logged in as " + user.path("username").asText("?") + " ("
                                + user.path("id").asText("?") + ") at "
                                + config.get().apiUrl() + "; "
                                + config.get().shards().describe());
            } else if (response.statusCode() == 401) {
                add(
                        "discord",
                        Status.FAILED,
                        "Discord rejected " + Variable.DISCORD_TOKEN + " (401 Unauthorized):"
                                + " copy the bot token again from the Developer Portal (Bot > Reset Token)");
            } else {
                add(
                        "discord",
                        Status.FAILED,
                        "users/@me answered HTTP " + response.statusCode() + " at "
                                + config.get().apiUrl());
            }
        });
        return true;
    }

    /** True when Slack is configured (valid or not). */
    private boolean checkSlack() {
        Optional<SlackSettings> config;
        try {
            config = settings.slack();
        } catch (IllegalArgumentException e) {
            add("slack", Status.FAILED, e.getMessage());
            return true;
        }
        if (config.isEmpty()) {
            add(
                    "slack",
                    Status.SKIPPED,
                    "not configured (set " + Variable.SLACK_BOT_TOKEN + ", or " + Variable.SLACK_CLIENT_ID
                            + " for installs into many workspaces, to enable)");
            return false;
        }
        SlackSettings slack = config.get();
        if (slack.installsThroughOAuth()) {
            add(
                    "slack oauth",
                    Status.OK,
                    "installs into any workspace: install at " + slack.oauth().installUrl() + "; redirect URL "
                            + slack.oauth().redirectUrl() + " (list it in the app's OAuth settings); HTTP mode on "
                            + slack.httpHost() + ":" + slack.httpPort() + SlackSettings.EVENTS_PATH);
            return true;
        }
        slackMethod(
                "slack bot token",
                slack,
                "auth.test",
                slack.botToken(),
                Variable.SLACK_BOT_TOKEN,
                body -> "accepted: bot " + body.path("user").asText("?") + " ("
                        + body.path("user_id").asText("?") + ") in team "
                        + body.path("team").asText("?"));
        if (slack.transport() == SlackSettings.Transport.SOCKET_MODE) {
            slackMethod(
                    "slack app token",
                    slack,
                    "apps.connections.open",
                    slack.appToken(),
                    Variable.SLACK_APP_TOKEN,
                    body -> "accepted: Socket Mode can connect");
        } else {
            add(
                    "slack signing secret",
                    Status.OK,
                    "set; HTTP mode on " + slack.httpHost() + ":" + slack.httpPort() + SlackSettings.EVENTS_PATH
                            + " (Slack's requests are verified with it as they arrive)");
        }
        return true;
    }

    private void slackMethod(
            String what,
            SlackSettings slack,
            String method,
            String token,
            Variable variable,
            Function<JsonNode, String> okDetail) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(slack.apiUrl() + method))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        call(what, request, response -> {
            if (response.statusCode() != 200) {
                add(what, Status.FAILED, method + " answered HTTP " + response.statusCode() + " at " + slack.apiUrl());
                return;
            }
            JsonNode body = json(response.body());
            if (body.path("ok").asBoolean(false)) {
                add(what, Status.OK, okDetail.apply(body));
            } else {
                add(
                        what,
                        Status.FAILED,
                        "Slack rejected " + variable + " (" + method + ": "
                                + body.path("error").asText("no error given") + ")");
            }
        });
    }

    private void checkLlm() {
        Optional<LlmSettings> config;
        try {
            config = settings.llm();
        } catch (IllegalArgumentException e) {
            add("llm", Status.FAILED, e.getMessage());
            return;
        }
        if (config.isEmpty()) {
            add(
                    "llm",
                    Status.SKIPPED,
                    "not configured: answers come from retrieval (set "
                            + Variable.STORYBOT_LLM_BASE_URL
                            + " and " + Variable.STORYBOT_LLM_MODEL + " to use a model)");
            return;
        }
        LlmSettings llm = config.get();
        HttpRequest models = withKey(HttpRequest.newBuilder(URI.create(llm.baseUrl() + "/models")), llm)
                .timeout(REQUEST_TIMEOUT)
                .GET()
                .build();
        call("llm", models, response -> {
            int status = response.statusCode();
            if (status == 401 || status == 403) {
                add(
                        "llm",
                        Status.FAILED,
                        "the endpoint rejected " + Variable.STORYBOT_LLM_API_KEY + " (HTTP " + status + ") at "
                                + llm.baseUrl());
            } else if (status == 200 && listsModel(response.body(), llm.model())) {
                add("llm", Status.OK, "model " + llm.model() + " is served at " + llm.baseUrl());
            } else {
                // no model list here, or the name is an alias: a one-token completion decides
                completeOneToken(llm);
            }
        });
    }

    private void completeOneToken(LlmSettings llm) {
        String body = "{\"model\":" + quote(llm.model())
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"Reply with OK.\"}],\"max_tokens\":1}";
        HttpRequest request = withKey(HttpRequest.newBuilder(URI.create(llm.baseUrl() + "/chat/completions")), llm)
                .timeout(llm.timeout().compareTo(REQUEST_TIMEOUT) > 0 ? llm.timeout() : REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        call("llm", request, response -> {
            int status = response.statusCode();
            if (status == 200 && json(response.body()).has("choices")) {
                add("llm", Status.OK, "model " + llm.model() + " answered a one-token completion at " + llm.baseUrl());
            } else if (status == 401 || status == 403) {
                add(
                        "llm",
                        Status.FAILED,
                        "the endpoint rejected " + Variable.STORYBOT_LLM_API_KEY + " (HTTP " + status + ") at "
                                + llm.baseUrl());
            } else if (status == 404) {
                add(
                        "llm",
                        Status.FAILED,
                        "model " + llm.model() + " or the chat-completions route is unknown at "
                                + llm.baseUrl() + " (HTTP 404): check " + Variable.STORYBOT_LLM_MODEL + " and that "
                                + Variable.STORYBOT_LLM_BASE_URL + " ends in the API version, e.g. /v1");
            } else {
                add("llm", Status.FAILED, "chat/completions answered HTTP " + status + " at " + llm.baseUrl());
            }
        });
    }

    private static HttpRequest.Builder withKey(HttpRequest.Builder builder, LlmSettings llm) {
        return llm.hasApiKey() ? builder.header("Authorization", "Bearer " + llm.apiKey()) : builder;
    }

    private static boolean listsModel(String body, String model) {
        JsonNode data = json(body).path("data");
        for (JsonNode entry : data) {
            if (model.equals(entry.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- plumbing

    /** Sends {@code request} and hands the response on; unreachable endpoints become one FAILED row. */
    private void call(String what, HttpRequest request, ResponseHandler handler) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            add(what, Status.FAILED, "interrupted");
            return;
        } catch (IOException | RuntimeException e) {
            add(what, Status.FAILED, unreachable(request.uri(), e));
            return;
        }
        handler.handle(response);
    }

    @FunctionalInterface
    private interface ResponseHandler {
        void handle(HttpResponse<String> response);
    }

    private static String unreachable(URI uri, Exception e) {
        String where = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        if (e instanceof HttpConnectTimeoutException) {
            return "cannot connect to " + where + " within " + CONNECT_TIMEOUT.toSeconds() + " s";
        }
        if (e instanceof HttpTimeoutException) {
            return where + " did not answer within " + REQUEST_TIMEOUT.toSeconds() + " s";
        }
        if (e instanceof ConnectException) {
            return "cannot connect to " + where + " (connection refused)";
        }
        String message = e.getMessage() == null
                ? ""
                : ": " + e.getMessage().lines().findFirst().orElse("");
        return "cannot reach " + where + " (" + e.getClass().getSimpleName() + message + ")";
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void add(String what, Status status, String detail) {
        rows.add(new Row(what, status, redact(Objects.toString(detail, ""))));
    }

    /** Replaces every configured secret in {@code text} with a mask. */
    private String redact(String text) {
        return redactor.redact(text).replace('\n', ' ').replace('\r', ' ');
    }

    /** For tests: a check of {@code settings} only, without extra rows. */
    static List<Row> run(SettingsReader settings) {
        return run(settings, List.of());
    }
}
