package org.civiclab.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What the clients sent and what came back, by kind. */
final class SoakTally {

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	private final List<String> samples = Collections.synchronizedList(new ArrayList<>());

	void count(String client, String request, int status, boolean anonymous) {
		add("requests");
		if (status / 100 == 2) {
			add("2xx");
		}
		else if (status == 409) {
			add("409");
		}
		else if (status / 100 == 5) {
			add("5xx");
			sample(client + " " + request + " → " + status);
		}
		else if (anonymous && status == 401) {
			add("401 anonymous");
		}
		else {
			add("other");
			sample(client + " " + request + " → " + status);
		}
	}

	private void sample(String what) {
		if (this.samples.size() < 20) {
			this.samples.add(what);
		}
	}

	private void add(String kind) {
		this.counts.computeIfAbsent(kind, (key) -> new LongAdder()).increment();
	}

	long get(String kind) {
		LongAdder count = this.counts.get(kind);
		return (count != null) ? count.sum() : 0;
	}

	long serverErrors() {
		return get("5xx");
	}

	long conflicts() {
		return get("409");
	}

	long unexpected() {
		return get("other");
	}

	/** The other answers by status, e.g. {403=2}. */
	Map<Integer, Long> others() {
		Map<Integer, Long> others = new java.util.TreeMap<>();
		this.counts.forEach((kind, count) -> {
			if (kind.startsWith("other ")) {
				others.put(Integer.valueOf(kind.substring(6)), count.sum());
			}
		});
		return others;
	}

	List<String> samples() {
		return List.copyOf(this.samples);
	}

}
