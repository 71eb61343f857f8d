package org.civiclab.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The figures of one run, as they are written to target/soak-last-run.txt. */
final class SoakReport {

	private final String database;

	private final Duration duration;

	private final String jvmSettings;

	private final Instant began = Instant.now();

	private double rssStart;

	private double rssMax;

	private double rssEnd;

	private long dbStart;

	private long dbEnd;

	private long dbPeak;

	private final StringBuilder dbTimeline = new StringBuilder();

	private long dbTimelineLast = -1;

	private Load.Result load;

	private SoakTally tally;

	private int writes;

	private List<String> missing = List.of();

	private List<String> errorLines = List.of();

	private long h2AfterShutdown = -1;

	private long h2Compacted = -1;

	SoakReport(String database, Duration duration, String jvmSettings) {
		this.database = database;
		this.duration = duration;
		this.jvmSettings = jvmSettings;
	}

	void started(double rss, long db) {
		this.rssStart = rss;
		this.rssMax = rss;
		this.dbStart = db;
		this.dbPeak = db;
	}

	/** The database's size while the clients work, sampled every second. */
	synchronized void databaseSize(long db, long secondsIntoLoad) {
		this.dbPeak = Math.max(this.dbPeak, db);
		if (secondsIntoLoad % 15 == 0 && secondsIntoLoad != this.dbTimelineLast) {
			this.dbTimelineLast = secondsIntoLoad;
			this.dbTimeline.append(" %ds %.1f".formatted(secondsIntoLoad, mb(db)));
		}
	}

	synchronized long dbPeak() {
		return this.dbPeak;
	}

	synchronized void resident(double rss) {
		this.rssMax = Math.max(this.rssMax, rss);
	}

	synchronized double residentMax() {
		return this.rssMax;
	}

	void loaded(Load.Result load, SoakTally tally) {
		this.load = load;
		this.tally = tally;
	}

	void finished(double rss, long db) {
		resident(rss);
		this.rssEnd = rss;
		this.dbEnd = db;
		this.dbPeak = Math.max(this.dbPeak, db);
	}

	void verified(int writes, List<String> missing) {
		this.writes = writes;
		this.missing = missing;
	}

	void errorLines(List<String> lines) {
		this.errorLines = lines;
	}

	List<String> errorLines() {
		return this.errorLines;
	}

	void afterShutdown(long bytes, long compacted) {
		this.h2AfterShutdown = bytes;
		this.h2Compacted = compacted;
	}

	long h2AfterShutdown() {
		return this.h2AfterShutdown;
	}

	long dbStart() {
		return this.dbStart;
	}

	long h2Compacted() {
		return this.h2Compacted;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		text.append("Soak on %s, %s, %d clients, %d s of load (%d actions), whole test %d s%n".formatted(this.database,
				Instant.now(), Soak.CLIENTS, this.load.elapsed().toSeconds(), this.load.attempted(),
				Duration.between(this.began, Instant.now()).toSeconds()));
		text.append("requests %d: 2xx %d, 409 %d, 5xx %d, 401 to anonymous readers %d, other %s %s%n".formatted(
				this.tally.get("requests"), this.tally.get("2xx"), this.tally.get("409"), this.tally.get("5xx"),
				this.tally.get("401 anonymous"), this.tally.others(), this.tally.samples()));
		text.append("ERROR lines in the log: %d%n".formatted(this.errorLines.size()));
		text.append("acknowledged writes checked: %d, missing: %d%n".formatted(this.writes, this.missing.size()));
		text.append("resident memory: %.0f MiB after start, %.0f MiB at most, %.0f MiB at the end (JVM: %s)%n"
			.formatted(this.rssStart, this.rssMax, this.rssEnd, this.jvmSettings));
		text.append("database: %.1f MB after start, %.1f MB at the end (+%.1f MB)%n".formatted(mb(this.dbStart),
				mb(this.dbEnd), mb(this.dbEnd - this.dbStart)));
		text.append("database during the load: %.1f MB at most; MB by seconds into the load:%s%n"
			.formatted(mb(this.dbPeak), this.dbTimeline));
		if (this.h2AfterShutdown >= 0) {
			text.append("H2 file after a clean shutdown: %.1f MB; the same data compacted: %.1f MB%n"
				.formatted(mb(this.h2AfterShutdown), mb(this.h2Compacted)));
		}
		return text.toString();
	}

	private static double mb(long bytes) {
		return bytes / 1_000_000.0;
	}

}
