package dev.storybot.slack;

import dev.storybot.chat.RecentKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Slack's request signature ({@code v0=} HMAC-SHA256 of {@code v0:timestamp:body} with the signing secret) on
 * the raw body bytes, in constant time, and refuses timestamps too far from now in either direction as well as a
 * signature seen before (a replay). Thread-safe.
 */
final class SlackSignature {

    /** Header carrying the request's Unix time in seconds. */
    static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    /** Header carrying {@code v0=} and the hex HMAC. */
    static final String SIGNATURE_HEADER = "X-Slack-Signature";
    /** Slack's documented window: requests more than 5 minutes from now, past or future, are refused. */
    static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);
    /**
     * Signatures remembered to refuse replays. Only correctly signed requests are remembered, so outsiders cannot
     * fill this; it holds about an hour of 10 requests a second, more than the replay window needs.
     */
    static final int MAX_REMEMBERED_SIGNATURES = 50_000;

    private static final String VERSION = "v0";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int SIGNATURE_HEX_CHARS = 64;

    /** Why a request was refused, or that it was not. */
    enum Verdict {
        VALID,
        MISSING_HEADERS,
        TIMESTAMP_OUT_OF_WINDOW,
        BAD_SIGNATURE,
        REPLAYED
    }

    private final SecretKeySpec key;
    private final Clock clock;
    /**
     * A signature stays acceptable while its timestamp is within the tolerance of now, which spans twice the
     * tolerance for a timestamp set in the future; remembering each that long refuses every replay.
     */
    private final RecentKeys seen;

    SlackSignature(String signingSecret, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = clock;
        this.seen = RecentKeys.afterWrite(MAX_REMEMBERED_SIGNATURES, TIMESTAMP_TOLERANCE.multipliedBy(2), clock);
    }

    /** Checks one request; a {@link Verdict#VALID} signature is remembered, so the same request is refused again. */
    Verdict check(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null) {
            return Verdict.MISSING_HEADERS;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Verdict.MISSING_HEADERS;
        }
        long nowSeconds = clock.millis() / 1_000;
        if (Math.abs(nowSeconds - seconds) > TIMESTAMP_TOLERANCE.toSeconds()) {
            return Verdict.TIMESTAMP_OUT_OF_WINDOW;
        }
        String prefix = VERSION + "=";
        String hex = signature.strip();
        if (!hex.startsWith(prefix) || hex.length() != prefix.length() + SIGNATURE_HEX_CHARS) {
            return Verdict.BAD_SIGNATURE;
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(hex, prefix.length(), hex.length());
        } catch (IllegalArgumentException e) {
            return Verdict.BAD_SIGNATURE;
        }
        if (!MessageDigest.isEqual(claimed, expected(seconds, body))) {
            return Verdict.BAD_SIGNATURE;
        }
        return seen.add(HexFormat.of().formatHex(claimed)) ? Verdict.VALID : Verdict.REPLAYED;
    }

    private byte[] expected(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
