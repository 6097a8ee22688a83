package dev.storybot.discord;

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

/** The bounded daemon thread pools that answer and store votes off JDA's event thread, and refresh typing. */
final class DiscordWorkers implements AutoCloseable {

    /** Questions answered at the same time, unless configured otherwise. */
    static final int ANSWER_THREADS = 4;
    /** Questions waiting for a free worker before newcomers are told the bot is busy, unless configured otherwise. */
    static final int ANSWER_QUEUE_CAPACITY = 100;
    /** Votes waiting to be stored. */
    static final int VOTE_QUEUE_CAPACITY = 1_000;
    /** Discord shows "typing" for about 10 s; refresh it a little earlier while an answer is being written. */
    static final long TYPING_REFRESH_MILLIS = 8_000;
    /** How long {@link #close()} waits for running and queued work (the same as the Slack adapter). */
    static final long SHUTDOWN_WAIT_MILLIS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(DiscordWorkers.class);

    private final ThreadPoolExecutor answers;
    private final ThreadPoolExecutor votes = new ThreadPoolExecutor(1, 1,
        60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(VOTE_QUEUE_CAPACITY), daemon("storybot-discord-vote-"));
    private final ScheduledExecutorService typing = new ScheduledThreadPoolExecutor(1, daemon("storybot-discord-typing-"));

    DiscordWorkers() {
        this(ANSWER_THREADS, ANSWER_QUEUE_CAPACITY);
    }

    DiscordWorkers(int answerThreads, int answerQueueCapacity) {
        answers = new ThreadPoolExecutor(answerThreads, answerThreads, 60, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(answerQueueCapacity), daemon("storybot-discord-answer-"));
        answers.allowCoreThreadTimeOut(true);
        votes.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code task} on an answer worker; runs {@code whenBusy} on the caller's thread if all are taken. */
    void answer(Runnable task, Runnable whenBusy) {
        submit(answers, task, whenBusy);
    }

    /** Runs {@code task} on the vote worker; runs {@code whenBusy} on the caller's thread if its queue is full. */
    void vote(Runnable task, Runnable whenBusy) {
        submit(votes, task, whenBusy);
    }

    /** Calls {@code sendTyping} every {@link #TYPING_REFRESH_MILLIS} until the returned handle is closed. */
    Typing keepTyping(Runnable sendTyping) {
        ScheduledFuture<?> refresh = typing.scheduleAtFixedRate(() -> {
            try {
                sendTyping.run();
            } catch (RuntimeException e) {
                LOG.debug("Typing indicator not sent", e);
            }
        }, TYPING_REFRESH_MILLIS, TYPING_REFRESH_MILLIS, TimeUnit.MILLISECONDS);
        return () -> refresh.cancel(false);
    }

    /** A running typing indicator; closing it stops the refreshes. */
    interface Typing extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public void close() {
        for (ExecutorService pool : new ExecutorService[] {answers, votes, typing}) {
            pool.shutdown();
        }
        try {
            if (!answers.awaitTermination(SHUTDOWN_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                answers.shutdownNow();
            }
            votes.awaitTermination(SHUTDOWN_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        typing.shutdownNow();
    }

    private static void submit(ExecutorService pool, Runnable task, Runnable whenBusy) {
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("Discord task failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Discord workers busy or stopped; telling the user");
            whenBusy.run();
        }
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
