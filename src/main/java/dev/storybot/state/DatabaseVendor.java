package dev.storybot.state;

import java.util.Locale;

/** The databases the bot keeps its state in, each with its own folder of migration scripts. */
public enum DatabaseVendor {
    /** The embedded file of a single process (the default). */
    SQLITE("jdbc:sqlite:"),
    /** A server that several replicas share. */
    POSTGRESQL("jdbc:postgresql:");

    private final String urlPrefix;

    DatabaseVendor(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    /** The vendor a JDBC URL names. */
    public static DatabaseVendor of(String jdbcUrl) {
        for (DatabaseVendor vendor : values()) {
            if (jdbcUrl != null && jdbcUrl.startsWith(vendor.urlPrefix)) {
                return vendor;
            }
        }
        throw new IllegalArgumentException(
                "not a PostgreSQL or SQLite JDBC URL (expected jdbc:postgresql://HOST:PORT/DB)");
    }

    /** The classpath folder of this vendor's migration scripts; every vendor's scripts share one version history. */
    public String migrationLocation() {
        return "classpath:db/migration/" + name().toLowerCase(Locale.ROOT);
    }
}
