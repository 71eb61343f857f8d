package org.civiclab.benchmark;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.civiclab.ApiClient;

/**
 * The soak's twelve clients, each a person in a browser (or an anonymous reader) doing
 * what their role does, one action at a time: intrapreneurs write and submit ideas,
 * comment and support; lab leads take the gates waiting for them, three of them on the
 * same organisation's ideas so that they meet; an executive takes scale decisions;
 * readers read the board, ideas, their diagrams, lessons and the dashboard; anonymous
 * readers read the open data (and meet a 401 on the board). Every write acknowledged with
 * a 2xx is remembered, to be looked for afterwards.
 */
final class Soak {

	enum Role {

		WRITER, LAB_LEAD, EXECUTIVE, READER, ANONYMOUS

	}

	record Client(String username, String organisation, Role role) {
	}

	static final List<Client> PEOPLE = List.of(new Client("anna", "norrvik", Role.WRITER),
			new Client("omar", "norrvik", Role.WRITER), new Client("sara", "sjostad", Role.WRITER),
			new Client("lena", "norrvik", Role.LAB_LEAD), new Client("karin", "norrvik", Role.LAB_LEAD),
			new Client("lena", "norrvik", Role.LAB_LEAD), new Client("jonas", "sjostad", Role.LAB_LEAD),
			new Client("maria", "norrvik", Role.EXECUTIVE), new Client("erik", "norrvik", Role.READER),
			new Client("sofia", "sjostad", Role.READER), new Client(null, null, Role.ANONYMOUS),
			new Client(null, null, Role.ANONYMOUS));

	static final int CLIENTS = PEOPLE.size();

	/** A write the server acknowledged, and whose session may read it back. */
	record Write(String kind, String reader, long ideaId, long id) {
	}

	private final SessionClient[] sessions = new SessionClient[CLIENTS];

	private final Map<String, SessionClient> verifiers = new ConcurrentHashMap<>();

	private final SoakTally tally = new SoakTally();

	/** The submitted ideas of each organisation, with their authors. */
	private final Map<String, List<long[]>> ideas = new ConcurrentHashMap<>();

	private final List<Write> writes = new CopyOnWriteArrayList<>();

	private final int port;

	Soak(int port) {
		this.port = port;
		for (int n = 0; n < CLIENTS; n++) {
			Client client = PEOPLE.get(n);
			this.sessions[n] = (client.username() != null) ? SessionClient.signIn(port, client.username())
					: SessionClient.anonymous(port);
		}
	}

	SoakTally tally() {
		return this.tally;
	}

	int writes() {
		return this.writes.size();
	}

	/** One action of this client. */
	Load.Outcome act(int n) {
		Client client = PEOPLE.get(n);
		int conflicts = (int) this.tally.conflicts();
		switch (client.role()) {
			case WRITER -> write(n, client);
			case LAB_LEAD, EXECUTIVE -> decide(n, client);
			case READER -> read(n, client);
			case ANONYMOUS -> readOpenData(n);
		}
		return (this.tally.conflicts() > conflicts) ? Load.Outcome.CONFLICT : Load.Outcome.DONE;
	}

	private void write(int n, Client client) {
		List<long[]> mine = this.ideas.computeIfAbsent(client.organisation(), (key) -> new CopyOnWriteArrayList<>());
		double dice = ThreadLocalRandom.current().nextDouble();
		long[] other = pick(mine.stream().filter((idea) -> idea[1] != n).toList());
		if (dice < 0.35 || other == null) {
			HttpResponse<String> draft = post(n, "/api/ideas",
					ApiClient.newIdea("Soak idea by " + client.username() + " " + System.nanoTime()));
			if (draft.statusCode() == 201) {
				JsonNode idea = SoakIT.json(draft);
				long id = idea.path("id").asLong();
				this.writes.add(new Write("idea", client.username(), id, id));
				if (post(n, "/api/ideas/" + id + "/submit", ApiClient.version(idea.path("version").asLong()))
					.statusCode() == 200) {
					this.writes.add(new Write("submitted", client.username(), id, id));
					mine.add(new long[] { id, n });
				}
			}
		}
		else if (dice < 0.7) {
			HttpResponse<String> comment = post(n, "/api/ideas/" + other[0] + "/comments",
					ApiClient.object().put("body", "A comment from " + client.username() + " " + System.nanoTime()));
			if (comment.statusCode() == 201) {
				this.writes
					.add(new Write("comment", verifier(client), other[0], SoakIT.json(comment).path("id").asLong()));
			}
		}
		else if (dice < 0.85) {
			if (send(n, "PUT", "/api/ideas/" + other[0] + "/support", null).statusCode() == 200) {
				this.writes.add(new Write("support", client.username(), other[0], other[0]));
			}
		}
		else {
			get(n, "/api/board");
		}
	}

	/**
	 * Takes a gate waiting for this lab lead or executive: the oldest one half of the
	 * time.
	 */
	private void decide(int n, Client client) {
		HttpResponse<String> found = get(n, "/api/tasks/mine");
		List<JsonNode> tasks = new ArrayList<>();
		SoakIT.json(found).forEach(tasks::add);
		tasks.removeIf((task) -> !task.path("mayAct").asBoolean()
				|| !List.of("SCREENING", "PLAN", "TEST", "SCALE").contains(task.path("gate").asText()));
		if (tasks.isEmpty()) {
			get(n, "/api/board");
			return;
		}
		JsonNode task = ThreadLocalRandom.current().nextBoolean() ? tasks.get(0) : pick(tasks);
		long id = task.path("ideaId").asLong();
		switch (task.path("gate").asText()) {
			case "SCREENING" -> decide(n, client, id, ApiClient.decision("SCREENING", chance(0.8) ? "GO" : "KILL", 0)
				.set("scores", ApiClient.scores(4, 3, 4, 3)));
			case "PLAN" -> plan(n, client, id);
			case "TEST" -> test(n, client, id);
			default -> decide(n, client, id, ApiClient.decision("SCALE", "KILL", 0)
				.set("learningCard", ApiClient.learningCard("We learned that it would not scale.")));
		}
	}

	private void plan(int n, Client client, long id) {
		if (SoakIT.json(get(n, "/api/ideas/" + id + "/experiments")).isEmpty()) {
			HttpResponse<String> card = post(n, "/api/ideas/" + id + "/experiments", ApiClient.testCard("Soak test"));
			if (card.statusCode() != 201) {
				return;
			}
			this.writes.add(new Write("experiment", verifier(client), id, SoakIT.json(card).path("id").asLong()));
		}
		decide(n, client, id, ApiClient.decision("PLAN", "GO", 0)
			.put("timeBoxEndsAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()));
	}

	private void test(int n, Client client, long id) {
		List<Long> experiments = new ArrayList<>();
		for (JsonNode experiment : SoakIT.json(get(n, "/api/ideas/" + id + "/experiments"))) {
			experiments.add(experiment.path("id").asLong());
			if (experiment.path("result").isNull() || experiment.path("result").isMissingNode()) {
				HttpResponse<String> result = post(n, "/api/experiments/" + experiment.path("id").asLong() + "/result",
						ApiClient.object()
							.put("result", "Few used it")
							.put("outcome", "INVALIDATED")
							.put("version", experiment.path("version").asLong())
							.set("learningCard", ApiClient.learningCard("We learned what the soak taught.")));
				if (result.statusCode() == 200) {
					this.writes.add(new Write("result", verifier(client), id, experiment.path("id").asLong()));
				}
			}
		}
		ObjectNode decision = chance(0.5) ? ApiClient.decision("TEST", "GO", 0) : ApiClient.decision("TEST", "KILL", 0)
			.set("learningCard", ApiClient.learningCard("We learned that it did not work."));
		decision.putArray("experimentIds").addAll(experiments.stream().map(ApiClient.object()::numberNode).toList());
		decide(n, client, id, decision);
	}

	/** Sends the decision with the version of the idea read just before. */
	private void decide(int n, Client client, long id, ObjectNode decision) {
		HttpResponse<String> idea = get(n, "/api/ideas/" + id);
		if (idea.statusCode() != 200) {
			return;
		}
		decision.put("version", SoakIT.json(idea).path("version").asLong());
		HttpResponse<String> decided = post(n, "/api/ideas/" + id + "/decisions", decision);
		if (decided.statusCode() == 201) {
			this.writes.add(new Write("decision", verifier(client), id, SoakIT.json(decided).path("id").asLong()));
		}
	}

	private void read(int n, Client client) {
		List<long[]> known = this.ideas.getOrDefault(client.organisation(), List.of());
		long[] idea = pick(known);
		switch (ThreadLocalRandom.current().nextInt(6)) {
			case 0 -> get(n, "/api/board/columns/screening?page=1&size=10");
			case 1 -> get(n, (idea != null) ? "/api/ideas/" + idea[0] : "/api/ideas/mine");
			case 2 -> get(n, (idea != null) ? "/api/ideas/" + idea[0] + "/diagram" : "/api/tasks/mine");
			case 3 -> get(n, "/api/lessons?q=soak");
			default -> get(n, "/api/board");
		}
	}

	private void readOpenData(int n) {
		switch (ThreadLocalRandom.current().nextInt(4)) {
			case 0 -> get(n, "/api/open/ideas?page=" + ThreadLocalRandom.current().nextInt(3) + "&size=20");
			case 1 -> send(n, "GET", "/api/open/ideas.csv?size=50", null, "text/csv, application/problem+json");
			case 2 -> get(n, "/api/board");
			default -> send(n, "GET", "/api/open/schema/ideas.json", null, "application/schema+json");
		}
	}

	/** Who reads a write back afterwards: a lab lead of the writer's organisation. */
	private static String verifier(Client client) {
		return "sjostad".equals(client.organisation()) ? "jonas" : "lena";
	}

	/** The acknowledged writes that cannot be found now, each said in words. */
	List<String> missingWrites() {
		List<String> missing = new ArrayList<>();
		Map<String, JsonNode> read = new ConcurrentHashMap<>();
		for (Write write : this.writes) {
			SessionClient reader = this.verifiers.computeIfAbsent(write.reader(),
					(username) -> SessionClient.signIn(this.port, username));
			String path = switch (write.kind()) {
				case "idea", "submitted", "support" -> "/api/ideas/" + write.ideaId();
				case "comment" -> "/api/ideas/" + write.ideaId() + "/comments";
				case "decision" -> "/api/ideas/" + write.ideaId() + "/decisions";
				default -> "/api/ideas/" + write.ideaId() + "/experiments";
			};
			JsonNode found = read.computeIfAbsent(write.reader() + " " + path, (key) -> SoakIT.json(reader.get(path)));
			boolean present = switch (write.kind()) {
				case "idea" -> found.path("id").asLong() == write.id();
				case "submitted" -> !found.path("stage").asText("draft").equals("draft");
				case "support" -> found.path("supportedByMe").asBoolean();
				case "result" -> found.findParents("id")
					.stream()
					.anyMatch((e) -> e.path("id").asLong() == write.id() && e.hasNonNull("result"));
				default -> found.findValues("id").stream().anyMatch((id) -> id.asLong() == write.id());
			};
			if (!present) {
				missing.add(write + " not in " + path + ": " + found);
			}
		}
		return missing;
	}

	private HttpResponse<String> get(int n, String path) {
		return send(n, "GET", path, null);
	}

	private HttpResponse<String> post(int n, String path, JsonNode body) {
		return send(n, "POST", path, body.toString());
	}

	private HttpResponse<String> send(int n, String method, String path, String json) {
		return send(n, method, path, json, "application/json, application/problem+json");
	}

	private HttpResponse<String> send(int n, String method, String path, String json, String accept) {
		HttpResponse<String> answer = this.sessions[n].send(method, path, json, accept);
		this.tally.count(PEOPLE.get(n).username(), method + " " + path, answer.statusCode(),
				PEOPLE.get(n).role() == Role.ANONYMOUS);
		return answer;
	}

	private static boolean chance(double p) {
		return ThreadLocalRandom.current().nextDouble() < p;
	}

	private static <T> T pick(List<T> list) {
		return list.isEmpty() ? null : list.get(ThreadLocalRandom.current().nextInt(list.size()));
	}

}
