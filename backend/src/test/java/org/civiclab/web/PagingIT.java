package org.civiclab.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.ProblemsSeen;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every paged endpoint of the API, found in the application's own handler mappings, keeps
 * its page numbers and sizes within one rule: a page far beyond any data, or one whose
 * first row would not fit a number, is a 400 naming the parameter, never a 500.
 */
class PagingIT extends ApiClient.FullStack {

	/** Values for the path variables of paged endpoints. */
	static final Map<String, String> PATH_VALUES = Map.of("{stage}", "screening");

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void pagesAndSizesOutOfBoundsAreRefusedNamingTheParameter() {
		List<String> paged = pagedEndpoints();
		List<String> wrong = new ArrayList<>();
		for (String path : paged) {
			check(wrong, path + "?page=21474837&size=100", "page");
			check(wrong, path + "?page=2147483647&size=1", "page");
			check(wrong, path + "?page=99999999999", "page");
			check(wrong, path + "?page=-1", "page");
			check(wrong, path + "?page=1&size=2147483647", "size");
			check(wrong, path + "?page=1&size=0", "size");
		}

		assertThat(paged).as("paged endpoints").hasSizeGreaterThanOrEqualTo(4);
		assertThat(wrong).isEmpty();
	}

	@Test
	void theLastPageTheRuleAllowsIsAnsweredAsUsual() throws Exception {
		for (String path : pagedEndpoints()) {
			assertThat(get(path + "?page=" + 10_000 + "&size=20").statusCode()).as(path).isEqualTo(200);
		}
	}

	private void check(List<String> wrong, String uri, String parameter) {
		try {
			HttpResponse<String> answer = get(uri);
			if (answer.statusCode() != 400
					|| !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
				wrong.add(uri + " answered " + answer.statusCode() + " " + answer.body());
				return;
			}
			JsonNode problem = JSON.readTree(answer.body());
			if (!problem.path("errors").findValuesAsText("field").contains(parameter)) {
				wrong.add(uri + " did not name " + parameter + ": " + answer.body());
			}
		}
		catch (Exception ex) {
			wrong.add(uri + " failed: " + ex);
		}
	}

	/** A GET by a lab lead, accepting whatever the endpoint writes (JSON or CSV). */
	private HttpResponse<String> get(String uri) throws Exception {
		return ProblemsSeen
			.answered(this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + uri))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString(("lena:" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.build(), BodyHandlers.ofString()));
	}

	/** The GET endpoints with a page parameter, with their path variables filled in. */
	private List<String> pagedEndpoints() {
		List<String> paths = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			if (!mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)
					|| !hasPageParameter(mapping.getValue())) {
				continue;
			}
			for (String pattern : mapping.getKey().getPatternValues()) {
				String path = pattern;
				for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
					path = path.replace(value.getKey(), value.getValue());
				}
				assertThat(path).as("a value for each path variable of %s", pattern).doesNotContain("{");
				paths.add(path);
			}
		}
		return paths;
	}

	private static boolean hasPageParameter(HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			String name = (param != null && !param.name().isEmpty()) ? param.name() : parameter.getParameterName();
			if (param != null && "page".equals(name)) {
				return true;
			}
		}
		return false;
	}

}
