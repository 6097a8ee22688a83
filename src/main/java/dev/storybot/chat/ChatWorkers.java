package dev.storybot.chat;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One platform's bounded daemon thread pools, off the platform's event threads: answer workers (with a "busy"
 * callback once they and their queue are full), a vote worker, and a scheduler that refreshes typing indicators.
 */
public final class ChatWorkers implements AutoCloseable {

    /** Votes waiting to be stored; each takes milliseconds, so a full queue means the store is stuck. */
    public static final int VOTE_QUEUE_CAPACITY = 1_000;
    /** How long {@link #close()} waits for running and queued work. */
    public static final long SHUTDOWN_WAIT_MILLIS = 10_000;
    /** Idle workers end after this long, so a quiet bot holds no threads. */
    private static final long IDLE_THREAD_MILLIS = 60_000;

    private static final Logger LOG = LoggerFactory.getLogger(ChatWorkers.class);

    private final String platform;
    private final ThreadPoolExecutor answers;
    private final ThreadPoolExecutor votes;
    private final ScheduledExecutorService refreshes;

    /**
     * @param platform            names the threads, e.g. {@code "discord"}
     * @param answerThreads       questions answered at the same time
     * @param answerQueueCapacity questions waiting for a free worker before newcomers are told the bot is busy
     */
    public ChatWorkers(String platform, int answerThreads, int answerQueueCapacity) {
        this.platform = platform;
        answers = pool(answerThreads, answerQueueCapacity, "storybot-" + platform + "-answer-");
        votes = pool(1, VOTE_QUEUE_CAPACITY, "storybot-" + platform + "-vote-");
        refreshes = new ScheduledThreadPoolExecutor(1, daemon("storybot-" + platform + "-refresh-"));
    }

    /**
     * Runs {@code task} on an answer worker; runs {@code whenBusy} on the caller's thread if all are taken.
     *
     * @return false when the task was turned away
     */
    public boolean answer(Runnable task, Runnable whenBusy) {
        return submit(answers, task, whenBusy);
    }

    /** Runs {@code task} on the vote worker; runs {@code whenBusy} on the caller's thread if its queue is full. */
    public boolean vote(Runnable task, Runnable whenBusy) {
        return submit(votes, task, whenBusy);
    }

    /** Calls {@code refresh} every {@code periodMillis} until the returned handle is closed (e.g. "typing…"). */
    public Refresh keepRefreshing(Runnable refresh, long periodMillis) {
        ScheduledFuture<?> scheduled = refreshes.scheduleAtFixedRate(
                () -> {
                    try {
                        refresh.run();
                    } catch (RuntimeException e) {
                        LOG.debug("Refresh on {} failed", platform, e);
                    }
                },
                periodMillis,
                periodMillis,
                TimeUnit.MILLISECONDS);
        return () -> scheduled.cancel(false);
    }

    /** A running refresh; closing it stops it. */
    public interface Refresh extends AutoCloseable {
        @Override
        void close();
    }

    /** Lets running and queued work finish, waiting at most {@link #SHUTDOWN_WAIT_MILLIS} each, then stops. */
    @Override
    public void close() {
        for (ExecutorService pool : new ExecutorService[] {answers, votes, refreshes}) {
            pool.shutdown();
        }
        try {
            if (!answers.awaitTermination(SHUTDOWN_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                answers.shutdownNow();
            }
            votes.awaitTermination(SHUTDOWN_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            answers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        refreshes.shutdownNow();
    }

    private boolean submit(ExecutorService pool, Runnable task, Runnable whenBusy) {
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("A {} task failed", platform, e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("{} workers busy or stopped; turning a request away", platform);
            whenBusy.run();
            return false;
        }
    }

    private static ThreadPoolExecutor pool(int threads, int queueCapacity, String prefix) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                threads,
                threads,
                IDLE_THREAD_MILLIS,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity),
                daemon(prefix));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
