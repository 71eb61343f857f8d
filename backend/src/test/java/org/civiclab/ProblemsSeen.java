package org.civiclab;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every 4xx answer the full-stack tests met in this JVM, through {@link ApiClient},
 * {@link LoopbackClient} or the JDK's HTTP client of the tests that send what those
 * cannot: the method, the path as sent and the status. {@code api.DocumentedProblemsIT}
 * checks, after the other tests, that the API document lists each status for its
 * operation (issue 20).
 */
public final class ProblemsSeen {

	private static final Set<Problem> SEEN = ConcurrentHashMap.newKeySet();

	private ProblemsSeen() {
	}

	/** Notes an answer if it is a client error (4xx). */
	static void answered(String method, URI uri, int status) {
		if (status >= 400 && status < 500) {
			SEEN.add(new Problem(method, uri.getRawPath(), status));
		}
	}

	/** Notes an answer of the JDK's HTTP client if it is a client error (4xx). */
	public static <T> HttpResponse<T> answered(HttpResponse<T> answer) {
		answered(answer.request().method(), answer.uri(), answer.statusCode());
		return answer;
	}

	/** What was seen so far, in no particular order. */
	public static List<Problem> all() {
		return List.copyOf(SEEN);
	}

	/**
	 * One kind of problem a test provoked.
	 *
	 * @param method the HTTP method, e.g. {@code POST}
	 * @param path the path as sent, e.g. {@code /api/ideas/12/decisions}
	 * @param status the 4xx status
	 */
	public record Problem(String method, String path, int status) {
	}

}
