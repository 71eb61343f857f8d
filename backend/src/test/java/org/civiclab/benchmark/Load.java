package org.civiclab.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Concurrent clients working through a list of items, each item once, until the list is
 * done or the time limit is reached: bounded in requests and in time.
 */
final class Load {

	/** What became of one item. */
	enum Outcome {

		/** Done at the first try. */
		DONE,
		/** Done after a 409 and a fresh read. */
		DONE_AFTER_RETRY,
		/** Refused as a concurrent change, even after the retry. */
		CONFLICT,
		/** Anything else: the benchmark fails on it. */
		FAILED

	}

	record Result(int done, int retried, int conflicts, int failed, Duration elapsed) {

		double perSecond() {
			return this.done / (this.elapsed.toNanos() / 1e9);
		}

		int attempted() {
			return this.done + this.conflicts + this.failed;
		}

	}

	private Load() {
	}

	/**
	 * Runs {@code clients} threads; client {@code n} handles items with
	 * {@code work.apply(n, item)}.
	 */
	static <T> Result run(List<T> items, int clients, Duration limit, BiFunction<Integer, T, Outcome> work) {
		Queue<T> queue = new ConcurrentLinkedQueue<>(items);
		AtomicInteger[] counts = { new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger() };
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		long deadline = start + limit.toNanos();
		List<Future<?>> running = new ArrayList<>();
		for (int client = 0; client < clients; client++) {
			int number = client;
			running.add(pool.submit(() -> {
				T item;
				while (System.nanoTime() < deadline && (item = queue.poll()) != null) {
					Outcome outcome;
					try {
						outcome = work.apply(number, item);
					}
					catch (RuntimeException ex) {
						outcome = Outcome.FAILED;
					}
					counts[outcome.ordinal()].incrementAndGet();
				}
			}));
		}
		try {
			for (Future<?> client : running) {
				client.get(limit.toSeconds() + 120, TimeUnit.SECONDS);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("A client did not finish", ex);
		}
		finally {
			pool.shutdownNow();
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		int retried = counts[Outcome.DONE_AFTER_RETRY.ordinal()].get();
		return new Result(counts[Outcome.DONE.ordinal()].get() + retried, retried,
				counts[Outcome.CONFLICT.ordinal()].get(), counts[Outcome.FAILED.ordinal()].get(), elapsed);
	}

}
