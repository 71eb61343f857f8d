package org.civiclab.security;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.ApiClient.Response;
import org.civiclab.security.Access.Caller;
import org.civiclab.security.Access.Target;
import org.civiclab.security.Endpoints.Endpoint;
import org.civiclab.security.Fixtures.Fixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated bad requests to every write endpoint the application maps, sent by someone
 * who may call it: malformed JSON, bodies that are no object, every field missing, of the
 * wrong type, oversized, an unknown enum value, a script or HTML payload, ids that do not
 * exist or are no number. Every answer is a ProblemDetail with a 4xx status, never a 5xx,
 * and a 4xx leaves the data as it was. (A payload that is valid text, like a script in a
 * title, may be stored: it is text, and the web app shows it as text.)
 */
class BadInputIT extends ApiClient.FullStack {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	static final String SCRIPT = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=1\">";

	/** Longer than any text field may be (docs/adr/0015: 4000 at most). */
	private static final String OVERSIZED = "x".repeat(100_000);

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate jdbc;

	private final List<String> wrong = new ArrayList<>();

	private final Map<Integer, Integer> statuses = new TreeMap<>();

	@Test
	void everyWriteEndpointRefusesBadInputWithAProblemDetailAndWritesNothing() {
		Fixtures fixtures = new Fixtures(this::as);
		int endpoints = 0;
		for (String key : AuthorizationMatrixIT.endpoints(this.mappings)) {
			Endpoint endpoint = Endpoints.ALL.get(key);
			if (endpoint == null || !endpoint.isWrite(key) || key.startsWith("ANY ")) {
				continue;
			}
			endpoints++;
			HttpMethod method = HttpMethod.valueOf(key.substring(0, key.indexOf(' ')));
			String path = key.substring(key.indexOf(' ') + 1);
			Cell cell = allowedCell(endpoint, path);
			Fixture fixture = fixtures.shared(cell.target(), endpoint.stage());
			ApiClient client = cell.caller().anonymous() ? anonymous() : as(cell.caller().username());
			String uri = fixture.uri(path, Map.of());
			if (uri == null) {
				continue;
			}
			Object valid = Endpoints.body(endpoint, fixture);
			// Ids that do not exist, and ids that are no number
			Matcher variables = VARIABLE.matcher(path);
			while (variables.find()) {
				String variable = variables.group(1);
				if (!"stage".equals(variable)) {
					send(client, method, fixture.uri(path, Map.of(variable, "987654321")), valid, key);
					send(client, method, fixture.uri(path, Map.of(variable, "not-a-number")), valid, key);
				}
			}
			if (valid == null) {
				continue;
			}
			sendRaw(client, method, uri, "{\"title\": ", MediaType.APPLICATION_JSON, key);
			sendRaw(client, method, uri, "title=A", MediaType.TEXT_PLAIN, key);
			for (String notAnObject : List.of("[]", "\"text\"", "42", "null")) {
				sendRaw(client, method, uri, notAnObject, MediaType.APPLICATION_JSON, key);
			}
			send(client, method, uri, JSON.createObjectNode(), key);
			ObjectNode body = JSON.valueToTree(valid);
			for (String field : fields(body, "")) {
				send(client, method, uri, with(body, field, null), key);
				send(client, method, uri, with(body, field, (parent, name) -> parent.putObject(name).put("a", 1)), key);
				send(client, method, uri, with(body, field, (parent, name) -> parent.putArray(name).add(1)), key);
				send(client, method, uri, with(body, field, (parent, name) -> parent.put(name, OVERSIZED)), key);
				send(client, method, uri, with(body, field, (parent, name) -> parent.put(name, "NOT_A_VALUE")), key);
				send(client, method, uri, with(body, field, (parent, name) -> parent.put(name, SCRIPT)), key);
				send(client, method, uri, with(body, field, (parent, name) -> parent.put(name, "nul \u0000 inside")),
						key);
				send(client, method, uri, with(body, field, (parent, name) -> parent.put(name, -1)), key);
				send(client, method, uri, with(body, field, (parent, name) -> parent.put(name, new BigDecimal("1e40"))),
						key);
			}
		}
		System.out.printf("Bad input: %d write endpoints, %d requests, statuses %s%n", endpoints,
				this.statuses.values().stream().mapToInt(Integer::intValue).sum(), this.statuses);
		assertThat(this.wrong).as("answers to bad input that were no 4xx ProblemDetail, or wrote").isEmpty();
	}

	/**
	 * A caller and target for which the endpoint succeeds, so that only the input is
	 * wrong: a submitted idea if one will do, else a draft, else anyone signed in.
	 */
	private static Cell allowedCell(Endpoint endpoint, String path) {
		List<Cell> cells = new ArrayList<>();
		for (Target target : Fixtures.targetsOf(path)) {
			for (Caller caller : Caller.ALL) {
				cells.add(new Cell(caller, target, endpoint.rule().expect(caller, target, endpoint.stage())));
			}
		}
		return cells.stream()
			.filter((cell) -> cell.expected() != Access.NOT_CALLED && !cell.caller().anonymous())
			.min(Comparator.comparingInt(Cell::preference))
			.orElseThrow();
	}

	private record Cell(Caller caller, Target target, int expected) {

		int preference() {
			boolean succeeds = this.expected / 100 == 2;
			return (succeeds ? 0 : 2) + ((this.target == Target.OWN_DRAFT) ? 1 : 0);
		}

	}

	private void send(ApiClient client, HttpMethod method, String uri, Object body, String key) {
		check(key, () -> client.exchange(method, uri, body));
	}

	private void sendRaw(ApiClient client, HttpMethod method, String uri, String body, MediaType type, String key) {
		check(key, () -> client.exchangeRaw(method, uri, body, type));
	}

	private void check(String key, Supplier<Response> request) {
		DataSnapshot before = DataSnapshot.settled(this.jdbc);
		Response answer = request.get();
		this.statuses.merge(answer.status(), 1, Integer::sum);
		if (answer.status() >= 500) {
			this.wrong.add(answer.request() + " (" + key + ") answered " + answer.status() + " " + answer.body());
		}
		else if (answer.status() >= 400) {
			if (answer.contentType() == null
					|| !answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
					|| answer.json().path("status").asInt() != answer.status()
					|| answer.json().path("detail").asText().isBlank()) {
				this.wrong.add(answer.request() + " (" + key + ") answered no ProblemDetail: " + answer.status() + " "
						+ answer.contentType() + " " + answer.body());
			}
			DataSnapshot after = DataSnapshot.of(this.jdbc);
			if (!after.equals(before)) {
				this.wrong.add(answer.request() + " (" + key + ") answered " + answer.status() + " but changed "
						+ before + " into " + after);
			}
		}
		else if (answer.contentType() != null && !answer.contentType().isCompatibleWith(MediaType.APPLICATION_JSON)) {
			this.wrong.add(answer.request() + " (" + key + ") answered " + answer.contentType() + ", not JSON");
		}
	}

	/** The paths of every field, nested ones as "scores.novelty"; list items not. */
	private static List<String> fields(JsonNode node, String prefix) {
		List<String> found = new ArrayList<>();
		Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
		while (entries.hasNext()) {
			Map.Entry<String, JsonNode> entry = entries.next();
			found.add(prefix + entry.getKey());
			if (entry.getValue().isObject()) {
				found.addAll(fields(entry.getValue(), prefix + entry.getKey() + "."));
			}
		}
		return found;
	}

	/** A copy of the body with one field changed ({@code null}: removed). */
	private static ObjectNode with(ObjectNode body, String field, Change change) {
		ObjectNode copy = body.deepCopy();
		String[] path = field.split("\\.");
		ObjectNode parent = copy;
		for (int i = 0; i < path.length - 1; i++) {
			parent = (ObjectNode) parent.get(path[i]);
		}
		String name = path[path.length - 1];
		if (change == null) {
			parent.remove(name);
		}
		else {
			parent.remove(name);
			change.apply(parent, name);
		}
		return copy;
	}

	@FunctionalInterface
	private interface Change {

		void apply(ObjectNode parent, String name);

	}

}
