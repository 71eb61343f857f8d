package org.civiclab.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a benchmark's results into its own section of {@code docs/benchmarks.md}
 * (between {@code <!-- begin:id -->} and {@code <!-- end:id -->}), headed by when it ran,
 * the command, the machine and how busy the machine was.
 */
final class BenchmarkReport {

	/**
	 * CI's small form of every benchmark ({@code -Dciviclab.bench.small=true}): the same
	 * code with tiny numbers, seconds instead of minutes, so that a change that breaks a
	 * benchmark is caught; its figures mean nothing and go to
	 * {@code target/benchmarks-small.md}, not to the docs (issue 21).
	 */
	static final boolean SMALL = Boolean.getBoolean("civiclab.bench.small");

	private final String id;

	private final String title;

	private final String loadAtStart = loadAverage();

	private final Instant started = Instant.now();

	private final StringBuilder body = new StringBuilder();

	BenchmarkReport(String id, String title) {
		this.id = id;
		this.title = title;
	}

	/** The number of the full run, or of the small form ({@link #SMALL}). */
	static int size(int full, int small) {
		return SMALL ? small : full;
	}

	BenchmarkReport line(String format, Object... arguments) {
		String line = String.format(Locale.ROOT, format, arguments);
		System.out.println(line);
		this.body.append(line).append('\n');
		return this;
	}

	/** Writes the section, replacing the one of the previous run. */
	void write() {
		String command = "mvn verify -Pbenchmarks -Dit.test=" + this.id + (SMALL ? " -Dciviclab.bench.small=true" : "");
		String section = """
				<!-- begin:%1$s -->
				### %2$s

				Run %3$s with `%4$s` on %5$s. Load average (1, 5, 15 min) at start %6$s, at end %7$s.

				%8$s<!-- end:%1$s -->""".formatted(this.id, this.title, this.started.truncatedTo(ChronoUnit.SECONDS),
				command, machine(), this.loadAtStart, loadAverage(), this.body);
		Path file = SMALL ? Path.of("target", "benchmarks-small.md")
				: Path.of(System.getProperty("civiclab.bench.results", "../docs/benchmarks.md"));
		try {
			String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
			Matcher old = Pattern
				.compile("<!-- begin:" + Pattern.quote(this.id) + " -->.*?<!-- end:" + Pattern.quote(this.id) + " -->",
						Pattern.DOTALL)
				.matcher(text);
			text = old.find() ? old.replaceFirst(Matcher.quoteReplacement(section))
					: text.stripTrailing() + "\n\n" + section + "\n";
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.println(section);
	}

	/** Cores, memory, CPU and Java, as this JVM sees them. */
	static String machine() {
		return "%d cores (%s), %s memory, Java %s".formatted(Runtime.getRuntime().availableProcessors(),
				procLine("/proc/cpuinfo", "model name"), procLine("/proc/meminfo", "MemTotal"),
				System.getProperty("java.version"));
	}

	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + ", " + fields[1] + ", " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String procLine(String file, String key) {
		try {
			return Files.readAllLines(Path.of(file))
				.stream()
				.filter((line) -> line.startsWith(key))
				.map((line) -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
