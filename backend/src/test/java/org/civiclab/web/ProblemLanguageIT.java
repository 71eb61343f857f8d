package org.civiclab.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.civiclab.ApiClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application answers a refusal, a field at fault, a missing sign-in and the
 * screening rubric's reason in the language the request asks for
 * ({@code Accept-Language}, as the web app sends it), and in English when it asks for
 * none.
 */
class ProblemLanguageIT extends ApiClient.FullStack {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			none | Not allowed     | The portfolio dashboard is for executives and lab leads
			sv   | Inte tillåtet   | Portföljens översikt är för chefer och labbledare
			da   | Ikke tilladt    | Porteføljeoversigten er for chefer og labledere
			nl   | Niet toegestaan | Het portfoliodashboard is voor bestuurders en lableiders
			""")
	void theSameRefusalComesBackInTheLanguageAsked(String language, String title, String detail) throws Exception {
		JsonNode problem = send("anna", language, "GET", "/api/portfolio/dashboard", null, 403);

		assertThat(problem.path("title").asText()).isEqualTo(title);
		assertThat(problem.path("detail").asText()).isEqualTo(detail);
		assertThat(problem.path("code").asText()).isEqualTo("dashboard.forbidden");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			none  | size: must be less than or equal to 100
			sv-SE | size: måste vara mindre än eller lika med 100
			da    | size: skal være mindre end eller lig med 100
			nl-NL | size: moet kleiner dan of gelijk aan 100 zijn
			""")
	void aFieldAtFaultIsNamedInTheLanguageAsked(String language, String detail) throws Exception {
		JsonNode problem = send("lena", language, "GET", "/api/board?size=1000", null, 400);

		assertThat(problem.path("detail").asText()).isEqualTo(detail);
		assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("size");
		assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("field.max");
		assertThat(problem.path("errors").get(0).path("message").asText()).isEqualTo(detail.substring(6));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			none | Sign in to use CivicLab's API
			sv   | Logga in för att använda CivicLabs API
			nl   | Meld u aan om de API van CivicLab te gebruiken
			""")
	void theSecurityFiltersAnswerInTheLanguageAsked(String language, String detail) throws Exception {
		JsonNode problem = send(null, language, "GET", "/api/board", null, 401);

		assertThat(problem.path("detail").asText()).isEqualTo(detail);
		assertThat(problem.path("code").asText()).isEqualTo("session.sign-in-needed");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			none | Too weak a case to pursue
			sv   | För svagt fall för att driva vidare
			da   | For svag en sag til at gå videre med
			nl   | Te zwakke zaak om door te zetten
			""")
	void theRubricGivesItsReasonByCodeInTheLanguageAsked(String language, String reason) throws Exception {
		JsonNode recommendation = send("lena", language, "POST", "/api/rubric/recommendation",
				"{\"strategicFit\":2,\"citizenValue\":2,\"feasibility\":3,\"novelty\":2}", 200);

		assertThat(recommendation.path("outcome").asText()).isEqualTo("KILL");
		assertThat(recommendation.path("reasonCode").asText()).isEqualTo("too-weak");
		assertThat(recommendation.path("reason").asText()).isEqualTo(reason);
	}

	private JsonNode send(String username, String language, String method, String path, String body, int status)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", "application/json, application/problem+json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (username != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		if (language != null) {
			request.header("Accept-Language", language);
		}
		HttpResponse<String> answer = HTTP.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		return JSON.readTree(answer.body());
	}

}
