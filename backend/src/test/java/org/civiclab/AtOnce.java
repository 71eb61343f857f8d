package org.civiclab;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Several clients acting at the same moment: each task on a thread of its own, all
 * released together, none waiting for another's answer.
 */
public final class AtOnce {

	private AtOnce() {
	}

	/** Runs the tasks {@code 0..count-1} at once; answers their results in that order. */
	public static <T> List<T> run(int count, IntFunction<Callable<T>> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<T>> sent = new ArrayList<>();
			for (int n = 0; n < count; n++) {
				Callable<T> each = task.apply(n);
				sent.add(pool.submit(() -> {
					go.await();
					return each.call();
				}));
			}
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> result : sent) {
				results.add(result.get(2, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
