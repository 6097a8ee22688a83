package dev.storybot.ops;

import dev.storybot.core.Answerer;
import dev.storybot.core.StoryBrief;
import dev.storybot.knowledge.KnowledgeBase;
import dev.storybot.knowledge.KnowledgeException;
import dev.storybot.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads a knowledge directory while {@code serve} runs: every {@link #POLL_INTERVAL} it compares the files' contents
 * with the last seen, and on a change loads and validates them, builds a new answerer and swaps it in. An invalid
 * edit keeps the last good knowledge, logs one line and shows in {@code /healthz}; the bundled knowledge never changes.
 */
public final class KnowledgeReloader implements AutoCloseable {

    /** How often the files are compared: an edit is served within a few seconds, for reading two small files. */
    public static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
    /** Hex digits of the content hash shown as the knowledge version: enough to tell edits apart at a glance. */
    static final int VERSION_HEX_DIGITS = 12;

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeReloader.class);
    private static final List<String> FILES = List.of(KnowledgeLoader.ARTICLE_FILE, KnowledgeLoader.FACTS_FILE);
    private static final String BUNDLED_DIR = "knowledge/";

    private final Optional<Path> directory;
    private final Function<KnowledgeBase, Answerer> build;
    private final SwappableAnswerer target;
    private final Consumer<Answerer> retired;
    private final Duration retireDelay;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private volatile KnowledgeBase knowledge;
    private volatile Health.Knowledge status;
    private String lastSeen;

    /**
     * @param directory   the configured knowledge directory, or empty for the bundled knowledge (never reloaded)
     * @param initial     the knowledge {@code target} answers from now
     * @param build       makes the answerer for newly loaded knowledge; may throw
     * @param target      the answerer to swap
     * @param retired     told of each replaced answerer, {@code retireDelay} after the swap (to close it)
     * @param retireDelay how long answers in flight on a replaced answerer may still take
     * @param clock       the time of loads and errors
     */
    public KnowledgeReloader(
            Optional<Path> directory,
            KnowledgeBase initial,
            Function<KnowledgeBase, Answerer> build,
            SwappableAnswerer target,
            Consumer<Answerer> retired,
            Duration retireDelay,
            Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.knowledge = Objects.requireNonNull(initial, "initial");
        this.build = Objects.requireNonNull(build, "build");
        this.target = Objects.requireNonNull(target, "target");
        this.retired = Objects.requireNonNull(retired, "retired");
        this.retireDelay = Objects.requireNonNull(retireDelay, "retireDelay");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lastSeen = directory.map(KnowledgeReloader::contentHash).orElseGet(KnowledgeReloader::bundledHash);
        this.status = new Health.Knowledge(
                directory.isPresent() ? Health.Knowledge.DIRECTORY : Health.Knowledge.BUNDLED,
                lastSeen.substring(0, VERSION_HEX_DIGITS),
                clock.instant(),
                null,
                null);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "storybot-knowledge-reload");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts watching the directory; does nothing for the bundled knowledge. Returns this. */
    public KnowledgeReloader start() {
        if (directory.isPresent()) {
            long millis = POLL_INTERVAL.toMillis();
            scheduler.scheduleWithFixedDelay(this::checkSafely, millis, millis, TimeUnit.MILLISECONDS);
            LOG.info("watching {} for knowledge edits", directory.get());
        }
        return this;
    }

    /** The knowledge answers come from now. */
    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /** The story brief of the current knowledge. */
    public StoryBrief brief() {
        return knowledge.brief();
    }

    /** The version in use and the last reload error, for {@code /healthz}. */
    public Health.Knowledge status() {
        return status;
    }

    /** Compares the files with the last seen contents and reloads on a change; the scheduler calls it. */
    void check() {
        Path dir = directory.orElseThrow();
        String hash = contentHash(dir);
        if (hash.equals(lastSeen)) {
            return;
        }
        lastSeen = hash; // an invalid edit is reported once, not on every poll
        String version = hash.substring(0, VERSION_HEX_DIGITS);
        KnowledgeBase loaded;
        Answerer next;
        try {
            loaded = KnowledgeLoader.load(dir);
            next = build.apply(loaded);
        } catch (KnowledgeException e) {
            fail(e.getMessage());
            LOG.warn("knowledge not reloaded, still answering from version {}: {}", status.version(), e.getMessage());
            return;
        } catch (RuntimeException e) {
            fail("cannot build the answerer for the edited knowledge ("
                    + e.getClass().getSimpleName() + ")");
            LOG.error("knowledge not reloaded, still answering from version {}", status.version(), e);
            return;
        }
        Answerer previous = target.swap(next);
        knowledge = loaded;
        status = new Health.Knowledge(status.source(), version, clock.instant(), null, null);
        LOG.info(
                "knowledge reloaded from {}: version {}, {} paragraphs, {} facts",
                dir,
                version,
                loaded.paragraphs().size(),
                loaded.facts().size());
        scheduler.schedule(() -> retired.accept(previous), retireDelay.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.error("checking {} for knowledge edits failed", directory.orElseThrow(), e);
        }
    }

    private void fail(String message) {
        status = new Health.Knowledge(status.source(), status.version(), status.loadedAt(), message, clock.instant());
    }

    /** A hash of the directory's knowledge files; a missing or unreadable file hashes as such. */
    static String contentHash(Path directory) {
        MessageDigest digest = sha256();
        for (String file : FILES) {
            try {
                digest.update(Files.readAllBytes(directory.resolve(file)));
            } catch (NoSuchFileException e) {
                digest.update(("missing " + file).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                digest.update(("unreadable " + file + " " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String bundledHash() {
        MessageDigest digest = sha256();
        for (String file : FILES) {
            try (InputStream in = KnowledgeReloader.class.getClassLoader().getResourceAsStream(BUNDLED_DIR + file)) {
                if (in != null) {
                    digest.update(in.readAllBytes());
                }
            } catch (IOException e) {
                // the bundled files were read moments ago; the version is informational only
            }
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
