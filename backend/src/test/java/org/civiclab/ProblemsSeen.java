package org.civiclab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Every 4xx answer the full-stack tests met, through {@link ApiClient},
 * {@link LoopbackClient} or the JDK's HTTP client of the tests that send what those
 * cannot: the method, the path as sent and the status. {@code api.DocumentedProblemsIT}
 * checks, after the other tests, that the API document lists each status for its
 * operation (issue 20). The build runs the tests in two JVMs at once, so each JVM also
 * writes what it met to a file of its own in the folder named by the system property
 * {@code civiclab.problems-seen} ({@code target/problems-seen}, emptied before every
 * run); {@link #all()} reads them all.
 */
public final class ProblemsSeen {

	private static final Set<Problem> SEEN = ConcurrentHashMap.newKeySet();

	private static final Path FOLDER = folder();

	private ProblemsSeen() {
	}

	/** Notes an answer if it is a client error (4xx). */
	static void answered(String method, URI uri, int status) {
		if (status >= 400 && status < 500) {
			Problem problem = new Problem(method, uri.getRawPath(), status);
			if (SEEN.add(problem) && FOLDER != null) {
				write(problem);
			}
		}
	}

	/** Notes an answer of the JDK's HTTP client if it is a client error (4xx). */
	public static <T> HttpResponse<T> answered(HttpResponse<T> answer) {
		answered(answer.request().method(), answer.uri(), answer.statusCode());
		return answer;
	}

	/** What this JVM and the others of this run saw so far, in no particular order. */
	public static List<Problem> all() {
		Set<Problem> all = new HashSet<>(SEEN);
		if (FOLDER != null && Files.isDirectory(FOLDER)) {
			try (Stream<Path> files = Files.list(FOLDER)) {
				for (Path file : files.toList()) {
					Files.readAllLines(file).stream().map(Problem::parse).forEach(all::add);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return List.copyOf(all);
	}

	private static synchronized void write(Problem problem) {
		try {
			Files.createDirectories(FOLDER);
			Files.writeString(FOLDER.resolve("jvm-" + ProcessHandle.current().pid() + ".tsv"), problem.line(),
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path folder() {
		String folder = System.getProperty("civiclab.problems-seen");
		return (folder != null) ? Path.of(folder) : null;
	}

	/**
	 * One kind of problem a test provoked.
	 *
	 * @param method the HTTP method, e.g. {@code POST}
	 * @param path the path as sent, e.g. {@code /api/ideas/12/decisions}
	 * @param status the 4xx status
	 */
	public record Problem(String method, String path, int status) {

		// Tab-separated: a path as sent has no tab (it would be %09).
		String line() {
			return this.method + "\t" + this.status + "\t" + this.path + "\n";
		}

		static Problem parse(String line) {
			String[] fields = line.split("\t", 3);
			return new Problem(fields[0], fields[2], Integer.parseInt(fields[1]));
		}

	}

}
