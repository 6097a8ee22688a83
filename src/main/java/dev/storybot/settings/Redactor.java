package dev.storybot.settings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks secrets in text bound for output or logs: each configured secret as written and URL-encoded, and any bearer
 * credential whatever its value. Redact before cutting text short, so that no part of a secret survives the cut.
 */
public final class Redactor {

    /** What a secret is replaced with. */
    public static final String MASK = "****";
    /** Shorter values are not masked: replacing them would garble text and hides nothing worth hiding. */
    static final int MIN_SECRET_CHARS = 4;

    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[^\\s\"',;]+");

    private final List<String> secrets;

    private Redactor(List<String> secrets) {
        this.secrets = secrets;
    }

    /** A redactor for these secrets (nulls and short values are skipped). */
    public static Redactor of(Collection<String> secrets) {
        List<String> forms = new ArrayList<>();
        for (String secret : secrets) {
            if (secret == null || secret.strip().length() < MIN_SECRET_CHARS) {
                continue;
            }
            forms.add(secret);
            String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
            if (!encoded.equals(secret)) {
                forms.add(encoded);
            }
        }
        // longest first, so that a secret containing another is masked whole
        forms.sort(Comparator.comparingInt(String::length).reversed());
        return new Redactor(List.copyOf(forms));
    }

    /** {@code text} with every secret masked; null stays null. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String safe = text;
        for (String secret : secrets) {
            safe = safe.replace(secret, MASK);
        }
        return BEARER.matcher(safe).replaceAll("$1" + MASK);
    }
}
