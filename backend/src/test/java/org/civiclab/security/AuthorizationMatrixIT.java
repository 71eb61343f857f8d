package org.civiclab.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint the application maps × every role × own and other idea × own and other
 * organisation, and anonymous: each cell answers the status of its rule in
 * {@link Endpoints}, and each refused write leaves the data as it was. The endpoints come
 * from the application's own handler mappings: one without a rule fails this test.
 */
class AuthorizationMatrixIT extends ApiClient.FullStack {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate jdbc;

	/** "GET /api/board" for every method and pattern the application maps. */
	static Set<String> endpoints(RequestMappingHandlerMapping mappings) {
		Set<String> keys = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("ANY")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
			for (String pattern : info.getPatternValues()) {
				methods.forEach((method) -> keys.add(method + " " + pattern));
			}
		}
		return keys;
	}

	@Test
	void everyEndpointHasARuleAndEveryRuleAnEndpoint() {
		Set<String> mapped = endpoints(this.mappings);

		List<String> missing = mapped.stream().filter((key) -> !Endpoints.ALL.containsKey(key)).toList();
		List<String> stale = Endpoints.ALL.keySet().stream().filter((key) -> !mapped.contains(key)).toList();
		assertThat(missing).as("endpoints the application maps that have no rule in Endpoints.ALL").isEmpty();
		assertThat(stale).as("rules in Endpoints.ALL for endpoints the application does not map").isEmpty();
	}

	@Test
	void everyCellAnswersAsItsRuleSays() {
		Fixtures fixtures = new Fixtures(this::as);
		List<String> wrong = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		int refusedWrites = 0;
		for (String key : endpoints(this.mappings)) {
			Endpoint endpoint = Endpoints.ALL.get(key);
			if (endpoint == null) {
				continue; // reported by the test above
			}
			String method = key.substring(0, key.indexOf(' '));
			String path = key.substring(key.indexOf(' ') + 1);
			for (Target target : Fixtures.targetsOf(path)) {
				for (Caller caller : Caller.ALL) {
					int expected = endpoint.rule().expect(caller, target, endpoint.stage());
					if (expected == Access.NOT_CALLED) {
						continue;
					}
					boolean changes = endpoint.isWrite(key) && expected / 100 == 2;
					Fixture fixture = changes ? fixtures.fresh(target, endpoint.stage())
							: fixtures.shared(target, endpoint.stage());
					String uri = fixture.uri(path, Map.of());
					if (uri == null) {
						continue; // e.g. a draft has no experiments
					}
					DataSnapshot before = DataSnapshot.settled(this.jdbc);
					Response answer = client(caller).exchange(HttpMethod.valueOf(method), uri,
							Endpoints.body(endpoint, fixture));
					statuses.merge(answer.status(), 1, Integer::sum);
					if (answer.status() != expected) {
						wrong.add(caller + " on " + target + ": " + key + " answered " + answer.status() + ", expected "
								+ expected + " " + answer.body());
					}
					else if (endpoint.isWrite(key) && !changes) {
						refusedWrites++;
						DataSnapshot after = DataSnapshot.of(this.jdbc);
						if (!after.equals(before)) {
							wrong.add(caller + " on " + target + ": " + key + " was refused with " + expected
									+ " but changed " + before + " into " + after);
						}
					}
				}
			}
		}
		System.out.printf(
				"Authorization matrix: %d requests, statuses %s, %d refused writes changed nothing, %d" + " fixtures%n",
				statuses.values().stream().mapToInt(Integer::intValue).sum(), statuses, refusedWrites, fixtures.made());
		assertThat(wrong).as("cells that answered otherwise than their rule").isEmpty();
	}

	private ApiClient client(Caller caller) {
		return caller.anonymous() ? anonymous() : as(caller.username());
	}

}
