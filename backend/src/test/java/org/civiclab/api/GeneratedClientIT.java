package org.civiclab.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.civiclab.generated.ApiClient;
import org.civiclab.generated.ApiException;
import org.civiclab.generated.api.CivicLabApi;
import org.civiclab.generated.model.AccessTokenRequest;
import org.civiclab.generated.model.DecisionRequest;
import org.civiclab.generated.model.GateDecision;
import org.civiclab.generated.model.IdeaRequest;
import org.civiclab.generated.model.IdeaView;
import org.civiclab.generated.model.Scores;
import org.civiclab.generated.model.VersionRequest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An integrator's script, written against the Java client that OpenAPI Generator makes
 * from the committed API document at build time (backend/pom.xml; issue 20): signed in
 * with personal access tokens, it takes an idea from submission through screening. No
 * request here is written by hand; the client only gets its address and, as the document
 * declares no security scheme yet, its {@code Authorization} header from an interceptor.
 */
class GeneratedClientIT extends org.civiclab.ApiClient.FullStack {

	@LocalServerPort
	int port;

	@Test
	void anIntrapreneursTokenSubmitsAnIdeaAndALabLeadsTokenScreensItIntoPlan() throws ApiException {
		CivicLabApi anna = withToken(tokenOf("anna", AccessTokenRequest.ScopeEnum.READ_WRITE));
		CivicLabApi lena = withToken(tokenOf("lena", AccessTokenRequest.ScopeEnum.READ_WRITE));

		IdeaView draft = anna.create(idea("School meals booked online"));
		IdeaView submitted = anna.submit(draft.getId(), new VersionRequest().version(draft.getVersion()));
		GateDecision go = lena.decide(submitted.getId(),
				new DecisionRequest().gate(DecisionRequest.GateEnum.SCREENING)
					.outcome(DecisionRequest.OutcomeEnum.GO)
					.rationale("Strong case for families, cheap to test in one district")
					.scores(new Scores().strategicFit(4).citizenValue(5).feasibility(4).novelty(3))
					.version(submitted.getVersion()));
		IdeaView screened = anna.read(draft.getId());

		assertThat(draft.getStage()).isEqualTo("draft");
		assertThat(submitted.getStage()).isEqualTo("screening");
		assertThat(List.<Object>of(go.getGate(), go.getOutcome(), go.getDecidedBy()))
			.containsExactly(GateDecision.GateEnum.SCREENING, GateDecision.OutcomeEnum.GO, "lena");
		assertThat(screened.getTitle()).isEqualTo("School meals booked online");
		assertThat(screened.getStage()).isEqualTo("plan");
	}

	@Test
	void aReadTokenIsRefusedASubmissionWithTheProblemItsClientReports() throws ApiException {
		CivicLabApi reader = withToken(tokenOf("anna", AccessTokenRequest.ScopeEnum.READ));

		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> reader.create(idea("Written with a read token")));

		assertThat(refused.getCode()).isEqualTo(403);
		assertThat(refused.getResponseHeaders().firstValue(HttpHeaders.CONTENT_TYPE))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(reader.me().getUsername()).isEqualTo("anna");
	}

	/** A personal access token its person makes, signed in with their password. */
	private String tokenOf(String username, AccessTokenRequest.ScopeEnum scope) throws ApiException {
		ApiClient signedIn = client();
		String credentials = HttpHeaders.encodeBasicAuth(username, org.civiclab.ApiClient.PASSWORD, null);
		signedIn.setRequestInterceptor((request) -> request.header(HttpHeaders.AUTHORIZATION, "Basic " + credentials));
		return new CivicLabApi(signedIn)
			.createAccessToken(new AccessTokenRequest().name("Generated client " + UUID.randomUUID())
				.scope(scope)
				.expiresOn(LocalDate.now(ZoneOffset.UTC).plusDays(1)))
			.getToken();
	}

	private CivicLabApi withToken(String token) {
		ApiClient client = client();
		client.setRequestInterceptor((request) -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
		return new CivicLabApi(client);
	}

	private ApiClient client() {
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://127.0.0.1:" + this.port);
		return client;
	}

	private static IdeaRequest idea(String title) {
		return new IdeaRequest().title(title)
			.problem("Families phone the school office to book meals, and wait for an answer.")
			.proposal("Let them book online in one district for eight weeks, then decide.")
			.beneficiaries("Families with children")
			.department("Education")
			.entryRoute(IdeaRequest.EntryRouteEnum.IDEA_DRIVEN)
			.estimatedCost(new BigDecimal("30000"))
			.publicIdea(true)
			.themes(List.of("e-services"));
	}

}
