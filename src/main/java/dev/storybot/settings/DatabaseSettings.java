package dev.storybot.settings;

import java.util.Objects;

/**
 * The PostgreSQL database that several replicas share; without it each process keeps its state in memory and in the
 * SQLite file of {@link DataSettings#directory()}.
 *
 * @param url      the JDBC URL, e.g. {@code jdbc:postgresql://db:5432/storybot}
 * @param user     the database user, or null to take it from the URL
 * @param password the password, or null; never printed
 */
public record DatabaseSettings(String url, String user, String password) {

    /** What every database URL starts with. */
    public static final String URL_PREFIX = "jdbc:postgresql://";

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
    }

    /** The URL without its query string, where the driver also accepts a password: fit for output. */
    public String safeUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + safeUrl() + ", user=" + user + ", password="
                + (password == null ? null : Redactor.MASK) + "]";
    }
}
