package dev.storybot.discord;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Discord: the bot token, the optional guild for instant command registration and the endpoints.
 *
 * @param token         the bot token from the Developer Portal (never printed: {@link #toString()} masks it)
 * @param guildId       the server to register slash commands in (instant), or null to register them globally
 * @param apiUrl        REST base URL, ending in a slash
 * @param gatewayUrl    gateway WebSocket URL
 * @param applicationId the application id from {@code DISCORD_APPLICATION_ID} or decoded from the token, or null
 */
public record DiscordConfig(String token, String guildId, URI apiUrl, URI gatewayUrl, String applicationId) {

    /** The bot token; without it the Discord adapter stays off. */
    public static final String TOKEN_ENV = "DISCORD_TOKEN";
    /** Optional server id: register slash commands there (instant) instead of globally (can take up to an hour). */
    public static final String GUILD_ID_ENV = "DISCORD_GUILD_ID";
    /** Optional application id for the invite URL; by default it is decoded from the token. */
    public static final String APPLICATION_ID_ENV = "DISCORD_APPLICATION_ID";
    /** Optional REST endpoint override. */
    public static final String API_URL_ENV = "STORYBOT_DISCORD_API_URL";
    /** Optional gateway endpoint override. */
    public static final String GATEWAY_URL_ENV = "STORYBOT_DISCORD_GATEWAY_URL";

    /** Discord's REST API, version 10. */
    public static final URI DEFAULT_API_URL = URI.create("https://discord.com/api/v10/");
    /** Discord's gateway. */
    public static final URI DEFAULT_GATEWAY_URL = URI.create("wss://gateway.discord.gg/");

    /** Longest a Discord id (a 64-bit snowflake) can be, in decimal digits. */
    private static final int MAX_SNOWFLAKE_DIGITS = 20;

    public DiscordConfig {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    }

    /**
     * Reads the configuration from environment variables.
     *
     * @return empty when {@value #TOKEN_ENV} is unset or blank (Discord is simply not enabled)
     * @throws IllegalArgumentException with a one-line message naming the variable when a value is malformed
     */
    public static Optional<DiscordConfig> fromEnv(Map<String, String> env) {
        String token = trimmed(env.get(TOKEN_ENV));
        if (token == null) {
            return Optional.empty();
        }
        checkToken(token);
        String guildId = snowflake(env, GUILD_ID_ENV);
        URI apiUrl = url(env, API_URL_ENV, DEFAULT_API_URL, "http", "https");
        if (!apiUrl.getPath().endsWith("/")) {
            apiUrl = URI.create(apiUrl + "/");
        }
        URI gatewayUrl = url(env, GATEWAY_URL_ENV, DEFAULT_GATEWAY_URL, "ws", "wss");
        String applicationId = snowflake(env, APPLICATION_ID_ENV);
        if (applicationId == null) {
            applicationId = applicationIdFromToken(token).orElse(null);
        }
        return Optional.of(new DiscordConfig(token, guildId, apiUrl, gatewayUrl, applicationId));
    }

    /**
     * The bot's user id, which is its application id for every application created since 2019, decoded from the
     * token's first segment (the base64 of that id).
     */
    public static Optional<String> applicationIdFromToken(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(
                token.substring(0, dot).replace('+', '-').replace('/', '_')), StandardCharsets.UTF_8);
            return isSnowflake(decoded) ? Optional.of(decoded) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The guild to register commands in, if any. */
    public Optional<String> optionalGuildId() {
        return Optional.ofNullable(guildId);
    }

    /** The application id, if known. */
    public Optional<String> optionalApplicationId() {
        return Optional.ofNullable(applicationId);
    }

    @Override
    public String toString() {
        return "DiscordConfig[token=" + mask(token) + ", guildId=" + guildId + ", apiUrl=" + apiUrl
            + ", gatewayUrl=" + gatewayUrl + ", applicationId=" + applicationId + "]";
    }

    private static String mask(String token) {
        return token.isEmpty() ? "(empty)" : "****(" + token.length() + " chars)";
    }

    private static void checkToken(String token) {
        if (token.regionMatches(true, 0, "Bot ", 0, 4)) {
            throw new IllegalArgumentException(TOKEN_ENV + " must be the bot token alone, without the 'Bot ' prefix");
        }
        if (token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(TOKEN_ENV + " contains whitespace; paste the bot token exactly as the "
                + "Developer Portal shows it");
        }
    }

    private static String snowflake(Map<String, String> env, String name) {
        String value = trimmed(env.get(name));
        if (value == null) {
            return null;
        }
        if (!isSnowflake(value)) {
            throw new IllegalArgumentException(name + " must be a numeric Discord id (right-click > Copy ID), got '"
                + value + "'");
        }
        return value;
    }

    private static boolean isSnowflake(String value) {
        return !value.isEmpty() && value.length() <= MAX_SNOWFLAKE_DIGITS
            && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static URI url(Map<String, String> env, String name, URI fallback, String... schemes) {
        String value = trimmed(env.get(name));
        if (value == null) {
            return fallback;
        }
        String expected = String.join(" or ", schemes);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !List.of(schemes).contains(scheme)) {
                throw new IllegalArgumentException(name + " must be an absolute " + expected + " URL, got '" + value
                    + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a valid URL: '" + value + "'", e);
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
