package org.civiclab.security;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.ApiClient.Response;
import org.civiclab.Municipalities;
import org.civiclab.security.Access.Caller;
import org.civiclab.security.Access.Target;
import org.civiclab.security.Endpoints.Endpoint;
import org.civiclab.security.Fixtures.Fixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text limits of docs/adr/0014 hold end to end: every text field of every request
 * body, at its {@code @Size} limit in characters outside ASCII (half of them outside the
 * Basic Multilingual Plane, two UTF-16 units each), is stored (so the column is as wide
 * as the validation says), and one character more is a 400 naming the field.
 */
class TextLimitsIT extends ApiClient.FullStack {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyTextFieldIsStoredAtItsLimitAndRefusedBeyondIt() {
		Fixtures fixtures = new Fixtures(this::as);
		List<String> wrong = new ArrayList<>();
		int fields = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			Class<?> request = requestBody(mapping.getValue());
			if (request == null || !request.isRecord()) {
				continue;
			}
			for (String key : keys(mapping.getKey())) {
				Endpoint endpoint = Endpoints.ALL.get(key);
				if (endpoint == null || endpoint.body() == null) {
					continue;
				}
				HttpMethod method = HttpMethod.valueOf(key.substring(0, key.indexOf(' ')));
				String path = key.substring(key.indexOf(' ') + 1);
				Target target = Fixtures.targetsOf(path).contains(Target.OWN_ORGANISATION) ? Target.OWN_ORGANISATION
						: Target.NONE;
				Caller caller = Caller.ALL.stream()
					.filter((candidate) -> endpoint.rule().expect(candidate, target, endpoint.stage()) / 100 == 2)
					.findFirst()
					.orElse(Caller.ALL.get(1));
				int allowed = endpoint.rule().expect(caller, target, endpoint.stage());
				Map<String, Integer> limits = limits(request, "");
				for (Map.Entry<String, Integer> limit : limits.entrySet()) {
					fields++;
					// A decision or a result is taken once: each gets an idea of its own.
					Fixture fixture = fixtures.fresh(target, endpoint.stage());
					if ("department".equals(limit.getKey())) {
						// An idea's department is one of its organisation's list: this
						// one.
						Municipalities.addToLists(this.jdbc, "DEPARTMENTS", characters(limit.getValue()));
					}
					ApiClient client = as(caller.username());
					String uri = fixture.uri(path, Map.of());
					Response atLimit = client.exchange(method, uri, with(Endpoints.body(endpoint, fixture), limits,
							limit.getKey(), characters(limit.getValue())));
					if ("department".equals(limit.getKey())) {
						// Off the list again: the admin's own list endpoints add a name
						// of this length.
						Municipalities.removeFromLists(this.jdbc, "DEPARTMENTS", characters(limit.getValue()));
					}
					if (atLimit.status() != allowed) {
						wrong.add(key + " " + limit.getKey() + " at its limit of " + limit.getValue() + " answered "
								+ atLimit.status() + " " + atLimit.body());
					}
					// Refused, so it changes nothing: a shared idea will do.
					fixture = fixtures.shared(target, endpoint.stage());
					Response over = client.exchange(method, fixture.uri(path, Map.of()),
							with(Endpoints.body(endpoint, fixture), limits, limit.getKey(),
									characters(limit.getValue() + 1)));
					if (over.status() != 400 || !over.body().contains(limit.getKey())) {
						wrong.add(key + " " + limit.getKey() + " one over its limit answered " + over.status() + " "
								+ over.body());
					}
				}
			}
		}
		System.out.printf("Text limits: %d text fields checked at and over their limits%n", fields);
		assertThat(fields).isGreaterThan(20);
		assertThat(wrong).isEmpty();
	}

	/** This many characters: "ä" and a tree emoji by turns. */
	static String characters(int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append((i % 2 == 0) ? "ä" : "\uD83C\uDF33");
		}
		return text.toString();
	}

	private static Class<?> requestBody(HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				return parameter.getParameterType();
			}
		}
		return null;
	}

	private static List<String> keys(RequestMappingInfo info) {
		List<String> keys = new ArrayList<>();
		info.getMethodsCondition()
			.getMethods()
			.forEach((method) -> info.getPatternValues().forEach((pattern) -> keys.add(method.name() + " " + pattern)));
		return keys;
	}

	/** "title" → 200, "learningCard.learned" → 2000: the text fields and their limits. */
	private static Map<String, Integer> limits(Class<?> record, String prefix) {
		Map<String, Integer> limits = new LinkedHashMap<>();
		for (RecordComponent component : record.getRecordComponents()) {
			Field field;
			try {
				field = record.getDeclaredField(component.getName());
			}
			catch (NoSuchFieldException ex) {
				throw new IllegalStateException(ex);
			}
			Size size = field.getAnnotation(Size.class);
			if (component.getType() == String.class && size != null) {
				limits.put(prefix + component.getName(), size.max());
			}
			else if (component.getType().isRecord()
					&& component.getType().getPackageName().startsWith("org.civiclab")) {
				limits.putAll(limits(component.getType(), prefix + component.getName() + "."));
			}
		}
		return limits;
	}

	/**
	 * The body with the field set to the value; a nested object the body lacks (a
	 * learning card on a screening decision) is added with its other text fields filled.
	 */
	private static ObjectNode with(Object body, Map<String, Integer> limits, String field, String value) {
		ObjectNode copy = JSON.valueToTree(body);
		int dot = field.indexOf('.');
		if (dot < 0) {
			return copy.put(field, value);
		}
		String nested = field.substring(0, dot);
		if (!copy.has(nested)) {
			ObjectNode filled = copy.putObject(nested);
			limits.keySet()
				.stream()
				.filter((name) -> name.startsWith(nested + "."))
				.forEach((name) -> filled.put(name.substring(dot + 1), "filled in"));
		}
		((ObjectNode) copy.get(nested)).put(field.substring(dot + 1), value);
		return copy;
	}

}
