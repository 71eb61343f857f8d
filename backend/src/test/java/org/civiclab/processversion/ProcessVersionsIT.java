package org.civiclab.processversion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.civiclab.ApiClient;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.Stage;
import org.civiclab.people.Person;
import org.civiclab.people.PersonRepository;
import org.civiclab.people.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region's admin deploys a new version of the pipeline's model from a BPMN file: it is
 * checked first (nothing is deployed when it fails), new ideas run on it, running ideas
 * stay where they are until they are moved, and they are moved only where every activity
 * they stand on exists in the new version. Its own application and database: the versions
 * it deploys are no other test's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "civiclab.demo.enabled=true", "civiclab.password-hash-strength=4" })
@DirtiesContext
class ProcessVersionsIT {

	/** A region's admin made for this test only (the demo's admin is Norrvik's). */
	static final String REGION_ADMIN = "regina";

	static final String PATH = "/api/admin/process-versions";

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("civiclab.data-dir", () -> dataDir.resolve("process-versions").toString());
	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	PersonRepository people;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TransactionTemplate transactions;

	@LocalServerPort
	int port;

	@BeforeEach
	void aRegionsAdmin() {
		this.transactions.executeWithoutResult((status) -> {
			if (this.people.findByUsername(REGION_ADMIN).isEmpty()) {
				Person admin = this.people.findByUsername("admin").orElseThrow();
				this.people.save(new Person(REGION_ADMIN, this.passwords.encode(ApiClient.PASSWORD), "Regina Region",
						admin.getOrganisation(), "IT", Set.of(Role.REGION_ADMIN)));
			}
		});
	}

	@Test
	void anyAdminSeesTheVersionsAndOnlyAdminsDo() {
		JsonNode versions = as("admin").get(PATH).expect(200);

		assertThat(versions).isNotEmpty();
		assertThat(versions.get(0).path("latest").asBoolean()).isTrue();
		assertThat(versions.get(0).path("name").asText()).isEqualTo("Innovation pipeline");
		assertThat(versions.get(0).path("deployedAt").asText()).isNotBlank();
		assertThat(as("lena").get(PATH).status()).isEqualTo(403);
		assertThat(ApiClient.anonymous(this.port).get(PATH).status()).isEqualTo(401);
	}

	@Test
	void anOrganisationsAdminMayNotChangeTheInstallationsModel() {
		int before = versions();

		ResponseEntity<JsonNode> upload = upload("admin", renamed(shipped(), "Not theirs to deploy"));

		assertThat(upload.getStatusCode().value()).isEqualTo(403);
		assertThat(versions()).isEqualTo(before);
	}

	@Test
	void aModelWithoutHistoryTimeToLiveIsRefusedAndNothingIsDeployed() {
		int before = versions();
		String model = shipped().replace("camunda:historyTimeToLive=\"365\"", "");

		ResponseEntity<JsonNode> upload = upload(REGION_ADMIN, model);

		assertThat(upload.getStatusCode().value()).isEqualTo(400);
		assertThat(upload.getBody().path("errors").findValuesAsText("message"))
			.anySatisfy((message) -> assertThat(message).contains("historyTimeToLive"));
		assertThat(upload.getBody().path("errors").findValuesAsText("field")).containsOnly("file");
		assertThat(versions()).isEqualTo(before);
	}

	@Test
	void aModelWithAPlaceWhereAnIdeaStandsWithoutAStageIsRefused() {
		int before = versions();
		String model = shipped().replace("<camunda:property name=\"stage\" value=\"plan\" />", "")
			.replace("<camunda:property name=\"stage\" value=\"shelf\" />", "");

		ResponseEntity<JsonNode> upload = upload(REGION_ADMIN, model);

		assertThat(upload.getStatusCode().value()).isEqualTo(400);
		assertThat(upload.getBody().path("detail").asText()).contains("UserTask_ApprovePlan")
			.contains("TimerEvent_ShelvedFromScreening")
			.contains("TimerEvent_ShelvedFromTest")
			.doesNotContain("UserTask_ScreenIdea");
		assertThat(versions()).isEqualTo(before);
	}

	@Test
	void aFileThatIsNoModelIsRefused() {
		int before = versions();

		assertThat(upload(REGION_ADMIN, "not a model").getStatusCode().value()).isEqualTo(400);
		assertThat(upload(REGION_ADMIN, shipped().replace("id=\"innovation-pipeline\"", "id=\"another-process\""))
			.getStatusCode()
			.value()).isEqualTo(400);
		assertThat(versions()).isEqualTo(before);
	}

	@Test
	void newIdeasRunOnANewVersionAndRunningIdeasMoveOnlyWhenTheAdminMovesThem() {
		IdeaDriver norrvik = IdeaDriver.norrvik(this::as);
		long waiting = norrvik.idea("Waits on the old model").to(Stage.SCREENING).id();
		int old = modelVersion(waiting);

		ResponseEntity<JsonNode> upload = upload(REGION_ADMIN, renamed(shipped(), "Innovation pipeline 2027"));

		assertThat(upload.getStatusCode().value()).as("%s", upload.getBody()).isEqualTo(201);
		int deployed = upload.getBody().path("version").asInt();
		assertThat(deployed).isGreaterThan(old);
		assertThat(upload.getBody().path("latest").asBoolean()).isTrue();
		long fresh = norrvik.idea("Runs on the new model").to(Stage.SCREENING).id();
		assertThat(modelVersion(fresh)).isEqualTo(deployed);
		assertThat(modelVersion(waiting)).isEqualTo(old);
		JsonNode oldVersion = version(old);
		assertThat(oldVersion.path("runningIdeas").asLong()).isPositive();
		assertThat(oldVersion.path("migration").path("possible").asBoolean()).isTrue();
		assertThat(oldVersion.path("migration").path("toVersion").asInt()).isEqualTo(deployed);
		assertThat(version(deployed).path("name").asText()).isEqualTo("Innovation pipeline 2027");

		long running = oldVersion.path("runningIdeas").asLong();
		JsonNode moved = as(REGION_ADMIN).post(PATH + "/migrations", ApiClient.object().put("fromVersion", old))
			.expect(200);

		assertThat(moved.path("ideas").asLong()).isEqualTo(running);
		assertThat(version(old).path("runningIdeas").asLong()).isZero();
		assertThat(modelVersion(waiting)).isEqualTo(deployed);
		assertThat(as("lena").idea(waiting).path("stage").asText()).isEqualTo("screening");
		// The moved idea goes on from where it stood.
		as("lena").decide(waiting,
				ApiClient.decision("SCREENING", "GO", as("lena").idea(waiting).path("version").asLong())
					.set("scores", ApiClient.scores(4, 4, 4, 4)));
		assertThat(as("lena").idea(waiting).path("stage").asText()).isEqualTo("plan");
	}

	@Test
	void ideasAreNotMovedWhereTheNewVersionLacksTheActivityTheyStandOn() {
		long waiting = IdeaDriver.norrvik(this::as).idea("Waits for screening").to(Stage.SCREENING).id();
		int old = modelVersion(waiting);
		// A version where screening is another task: the waiting idea has nowhere to go.
		String model = renamed(shipped(), "Screening rebuilt").replace("UserTask_ScreenIdea", "UserTask_ScreenTheIdea");
		int deployed = upload(REGION_ADMIN, model).getBody().path("version").asInt();

		JsonNode oldVersion = version(old);
		assertThat(oldVersion.path("migration").path("possible").asBoolean()).isFalse();
		assertThat(oldVersion.path("migration").path("missingActivities").toString()).contains("UserTask_ScreenIdea");
		JsonNode refused = as(REGION_ADMIN).post(PATH + "/migrations", ApiClient.object().put("fromVersion", old))
			.problem(409);
		assertThat(refused.path("missingActivities").toString()).contains("UserTask_ScreenIdea");
		assertThat(modelVersion(waiting)).isEqualTo(old);
		assertThat(version(old).path("runningIdeas").asLong()).isEqualTo(oldVersion.path("runningIdeas").asLong());
		assertThat(deployed).isGreaterThan(old);
		assertThat(
				as(REGION_ADMIN).post(PATH + "/migrations", ApiClient.object().put("fromVersion", deployed)).status())
			.isEqualTo(400);
		// The shipped model again, for the other tests.
		assertThat(upload(REGION_ADMIN, shipped()).getStatusCode().value()).isEqualTo(201);
	}

	private ApiClient as(String username) {
		return ApiClient.as(username, this.port);
	}

	private int versions() {
		return as("admin").get(PATH).expect(200).size();
	}

	private JsonNode version(int version) {
		for (JsonNode each : as("admin").get(PATH).expect(200)) {
			if (each.path("version").asInt() == version) {
				return each;
			}
		}
		throw new AssertionError("No version " + version);
	}

	private int modelVersion(long ideaId) {
		return as("lena").get("/api/ideas/{id}/diagram", ideaId).expect(200).path("modelVersion").asInt();
	}

	private ResponseEntity<JsonNode> upload(String username, String model) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(model.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "innovation-pipeline.bpmn";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.http.withBasicAuth(username, ApiClient.PASSWORD)
			.postForEntity(PATH, new HttpEntity<>(form, headers), JsonNode.class);
	}

	static String shipped() {
		try (InputStream in = ProcessVersionsIT.class.getResourceAsStream("/processes/innovation-pipeline.bpmn")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	static String renamed(String model, String name) {
		return model.replace("name=\"Innovation pipeline\"", "name=\"" + name + "\"");
	}

}
