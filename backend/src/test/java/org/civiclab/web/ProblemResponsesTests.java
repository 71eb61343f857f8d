package org.civiclab.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which problems the API document lists for an operation, by the one rule. */
class ProblemResponsesTests {

	@Test
	void aChangeWithABodyToARecordCanBeRefusedInEveryWay() {
		Operation edit = signedIn().requestBody(new RequestBody().content(new Content()))
			.addParametersItem(new Parameter().in("path").name("id"));

		assertThat(ProblemResponses.statuses(HttpMethod.PUT, "/api/ideas/{id}", edit)).containsOnlyKeys("400", "401",
				"403", "404", "409", "413", "415");
	}

	@Test
	void aReadWithoutParametersIsRefusedOnlyToWhoMayNotCallIt() {
		assertThat(ProblemResponses.statuses(HttpMethod.GET, "/api/board", signedIn())).containsOnlyKeys("401", "403");
	}

	@Test
	void aPublicReadOfARecordIsNotFoundOrBadInputOnly() {
		Operation idea = new Operation().security(List.of())
			.addParametersItem(new Parameter().in("path").name("reference"));

		assertThat(ProblemResponses.statuses(HttpMethod.GET, "/api/open/ideas/{reference}", idea))
			.containsOnlyKeys("400", "404");
	}

	@Test
	void aReadNarrowedToARecordByItsIdMayNotFindIt() {
		Operation people = signedIn().addParametersItem(new Parameter().in("query").name("organisationId"));
		Operation board = signedIn().addParametersItem(new Parameter().in("query").name("theme"));

		assertThat(ProblemResponses.statuses(HttpMethod.GET, "/api/admin/people", people)).containsKey("404");
		assertThat(ProblemResponses.statuses(HttpMethod.GET, "/api/board", board)).doesNotContainKey("404");
	}

	@Test
	void signingInMayBeRefusedOrThrottled() {
		Operation signIn = new Operation().security(List.of()).requestBody(new RequestBody().content(new Content()));

		assertThat(ProblemResponses.statuses(HttpMethod.POST, "/api/session", signIn)).containsOnlyKeys("400", "401",
				"403", "413", "415", "429");
	}

	@Test
	void anOperationAnsweringInAnotherTypeThanJsonMayFindTheAcceptHeaderUnmet() {
		Operation csv = signedIn().responses(new ApiResponses().addApiResponse("200",
				new ApiResponse().content(new Content().addMediaType("text/csv", new MediaType()))));
		Operation json = signedIn().responses(new ApiResponses().addApiResponse("200",
				new ApiResponse().content(new Content().addMediaType("application/json", new MediaType()))));

		assertThat(ProblemResponses.statuses(HttpMethod.GET, "/api/open/ideas.csv", csv)).containsKey("406");
		assertThat(ProblemResponses.statuses(HttpMethod.GET, "/api/board", json)).doesNotContainKey("406");
	}

	@Test
	void anOperationThatOnlyRefusesListsNoSuccessAndEveryProblemAsAProblemDetail() {
		Operation change = signedIn().responses(new ApiResponses().addApiResponse("200", new ApiResponse())
			.addApiResponse("405", new ApiResponse().description("Always")));
		OpenAPI document = new OpenAPI()
			.paths(new Paths().addPathItem("/api/ideas/{ideaId}/decisions", new PathItem().put(change)));

		ProblemResponses.addTo(document);

		assertThat(change.getResponses()).containsOnlyKeys("401", "403", "405");
		assertThat(change.getResponses().values())
			.allSatisfy((response) -> assertThat(response.getContent()).containsOnlyKeys("application/problem+json"));
		assertThat(document.getComponents().getSchemas()).containsKeys("Problem", "FieldProblem");
	}

	private static Operation signedIn() {
		return new Operation().security(List.of(new SecurityRequirement().addList("basic")))
			.responses(new ApiResponses());
	}

}
