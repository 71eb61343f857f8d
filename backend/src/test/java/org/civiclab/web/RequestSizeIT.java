package org.civiclab.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.ProblemsSeen;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request body larger than the API takes (1 MB) is refused with 413 and a problem
 * detail, whether it says its length or comes in chunks, signed in or not; nothing of it
 * is stored. A body just under the limit is read and judged as usual.
 */
class RequestSizeIT extends ApiClient.FullStack {

	static final int MEGABYTE = 1024 * 1024;

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate database;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aBodyOverTheLimitIsRefusedWith413AndNothingIsStored() throws Exception {
		long ideas = ideas();
		byte[] large = idea(3 * MEGABYTE / 2);

		HttpResponse<String> withLength = post("/api/ideas", BodyPublishers.ofByteArray(large), true);
		HttpResponse<String> chunked = post("/api/ideas",
				BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)), true);
		HttpResponse<String> anonymous = post("/api/session", BodyPublishers.ofByteArray(large), false);

		for (HttpResponse<String> answer : new HttpResponse[] { withLength, chunked, anonymous }) {
			assertThat(answer.statusCode()).as("%s: %s", answer.request(), answer.body()).isEqualTo(413);
			assertThat(answer.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			JsonNode problem = JSON.readTree(answer.body());
			assertThat(problem.path("status").asInt()).isEqualTo(413);
			assertThat(problem.path("detail").asText()).contains("1 MB");
		}
		assertThat(ideas()).as("ideas stored").isEqualTo(ideas);
	}

	@Test
	void aBodyUnderTheLimitIsReadAndJudgedAsUsual() throws Exception {
		HttpResponse<String> answer = post("/api/ideas", BodyPublishers.ofByteArray(idea(MEGABYTE - 4096)), true);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(answer.body()).contains("problem");
	}

	/** An idea whose problem is this many bytes long (ASCII). */
	private static byte[] idea(int bytes) {
		return ApiClient.newIdea("A very long problem")
			.put("problem", "x".repeat(bytes))
			.toString()
			.getBytes(StandardCharsets.UTF_8);
	}

	private long ideas() {
		return this.database.queryForObject("select count(*) from idea", Long.class);
	}

	private HttpResponse<String> post(String path, BodyPublisher body, boolean signedIn) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.POST(body)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.header("Cookie", "XSRF-TOKEN=size")
			.header("X-XSRF-TOKEN", "size");
		if (signedIn) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("anna:" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return ProblemsSeen.answered(this.http.send(request.build(), BodyHandlers.ofString()));
	}

}
