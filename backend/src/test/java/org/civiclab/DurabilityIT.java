package org.civiclab;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application is killed with {@code kill -9} in the middle of a stream of writes and
 * started again on the same data directory: every write that was acknowledged with a 2xx
 * is there, and every submitted idea the tables know is waiting in the engine.
 */
class DurabilityIT {

	static final int MAX_WRITES = 400;

	static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path dataDir;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void everyAcknowledgedWriteSurvivesAKill() throws Exception {
		AppNode app = AppNode.start("durability", this.dataDir, this.dataDir, List.of());
		int port = app.port();
		List<Long> created = new ArrayList<>();
		Set<Long> submitted = new HashSet<>();
		try {
			app.awaitReady();
			for (int write = 0; write < MAX_WRITES; write++) {
				if (write == MAX_WRITES / 4) {
					// Kill while requests are in flight: the next one races the kill.
					new Thread(app::killNow).start();
				}
				HttpResponse<String> draft = send(port, "POST", "/api/ideas",
						ApiClient.newIdea("Durable idea " + write).toString());
				if (draft.statusCode() != 201) {
					break;
				}
				JsonNode idea = JSON.readTree(draft.body());
				created.add(idea.path("id").asLong());
				HttpResponse<String> submit = send(port, "POST", "/api/ideas/" + idea.path("id").asLong() + "/submit",
						"{\"version\":" + idea.path("version").asLong() + "}");
				if (submit.statusCode() != 200) {
					break;
				}
				submitted.add(idea.path("id").asLong());
			}
		}
		catch (IOException ex) {
			// The connection died with the application: that is the point.
		}
		finally {
			app.kill();
		}
		assertThat(created).as("writes acknowledged before the kill").isNotEmpty();

		try (AppNode again = AppNode.start("durability-again", this.dataDir, this.dataDir, List.of())) {
			again.awaitReady();
			port = again.port();
			for (long id : created) {
				HttpResponse<String> read = send(port, "GET", "/api/ideas/" + id, null);
				assertThat(read.statusCode()).as("idea %d was acknowledged", id).isEqualTo(200);
				String stage = JSON.readTree(read.body()).path("stage").asText();
				assertThat(stage).isIn("draft", "screening");
				if (submitted.contains(id)) {
					assertThat(stage).as("idea %d's submission was acknowledged", id).isEqualTo("screening");
				}
			}
			Set<Long> waiting = new HashSet<>();
			JSON.readTree(send(port, "GET", "/api/tasks/mine", null, "lena").body())
				.forEach((task) -> waiting.add(task.path("ideaId").asLong()));
			for (long id : created) {
				String stage = JSON.readTree(send(port, "GET", "/api/ideas/" + id, null).body()).path("stage").asText();
				assertThat(waiting.contains(id)).as("idea %d in %s: engine and tables agree", id, stage)
					.isEqualTo(stage.equals("screening"));
			}
			Files.writeString(
					Path.of("target/durability-last-run.txt"), "writes acknowledged before the kill: " + created.size()
							+ " ideas created, " + submitted.size() + " submitted; all found after the restart\n",
					StandardCharsets.UTF_8);
		}
	}

	private HttpResponse<String> send(int port, String method, String path, String body) throws Exception {
		return send(port, method, path, body, "anna");
	}

	private HttpResponse<String> send(int port, String method, String path, String body, String user) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody())
			.build();
		return this.http.send(request, BodyHandlers.ofString());
	}

}
