package org.civiclab.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response times of one kind of request, in milliseconds. */
final class Latencies {

	private final List<Double> millis = new ArrayList<>();

	/** Times one call. */
	void time(Runnable call) {
		long start = System.nanoTime();
		call.run();
		this.millis.add((System.nanoTime() - start) / 1e6);
	}

	void add(double millis) {
		this.millis.add(millis);
	}

	void addAll(Latencies other) {
		this.millis.addAll(other.millis);
	}

	int count() {
		return this.millis.size();
	}

	/** The nearest-rank percentile. */
	double percentile(double percent) {
		List<Double> sorted = new ArrayList<>(this.millis);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	double median() {
		return percentile(50);
	}

}
