package dev.storybot.settings;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
 * @param shards        which gateway shards this process runs
 */
public record DiscordSettings(
        String token, String guildId, URI apiUrl, URI gatewayUrl, String applicationId, DiscordShards shards) {

    /** Discord's REST API, version 10. */
    public static final URI DEFAULT_API_URL = URI.create("https://discord.com/api/v10/");
    /** Discord's gateway. */
    public static final URI DEFAULT_GATEWAY_URL = URI.create("wss://gateway.discord.gg/");

    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        Objects.requireNonNull(shards, "shards");
    }

    /** One process running every shard, with the total Discord recommends. */
    public DiscordSettings(String token, String guildId, URI apiUrl, URI gatewayUrl, String applicationId) {
        this(token, guildId, apiUrl, gatewayUrl, applicationId, DiscordShards.ALL);
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
            String decoded = new String(
                    Base64.getUrlDecoder()
                            .decode(token.substring(0, dot).replace('+', '-').replace('/', '_')),
                    StandardCharsets.UTF_8);
            return ValueParser.isSnowflake(decoded) ? Optional.of(decoded) : Optional.empty();
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
        return "DiscordSettings[token=" + mask(token) + ", guildId=" + guildId + ", apiUrl=" + apiUrl + ", gatewayUrl="
                + gatewayUrl + ", applicationId=" + applicationId + ", shards=" + shards + "]";
    }

    private static String mask(String token) {
        return token.isEmpty() ? "(empty)" : "****(" + token.length() + " chars)";
    }

    /** Rejects what people commonly paste instead of the bare token. */
    static void checkToken(String token) {
        if (token.regionMatches(true, 0, "Bot ", 0, 4)) {
            throw new IllegalArgumentException(
                    Variable.DISCORD_TOKEN + " must be the bot token alone, without the 'Bot ' prefix");
        }
        if (token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(Variable.DISCORD_TOKEN + " contains whitespace; paste the bot token"
                    + " exactly as the Developer Portal shows it");
        }
    }
}
