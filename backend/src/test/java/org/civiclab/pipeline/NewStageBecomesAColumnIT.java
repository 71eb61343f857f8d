package org.civiclab.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipality adds a stage in the modeler: a copy of the model with one more task
 * carrying a new {@code stage} value, that allows experiments ({@code records}), is
 * deployed, and the board has a new column, ideas land in it and lab leads record
 * experiments there, with no code change.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "civiclab.demo.enabled=true" })
@DirtiesContext
class NewStageBecomesAColumnIT {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("civiclab.data-dir", () -> dataDir.resolve("new-stage").toString());
	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	RepositoryService repository;

	@Test
	void aTaskWithANewStageInTheModelIsANewColumnAndIdeasEnterIt() throws Exception {
		assertThat(columns()).doesNotContain("ethics-review");

		this.repository.createDeployment()
			.name("innovation pipeline with an ethics review")
			.addModelInstance("innovation-pipeline.bpmn", withEthicsReviewAfterThePlan())
			.deploy();

		assertThat(columns()).containsSubsequence("plan", "ethics-review", "shelf", "scaled");
		JsonNode column = board().path("columns")
			.findParents("stage")
			.stream()
			.filter((candidate) -> candidate.path("stage").asText().equals("ethics-review"))
			.findFirst()
			.orElseThrow();
		assertThat(column.path("label").asText()).isEqualTo("Ethics review");
		assertThat(column.path("end").asBoolean()).isFalse();

		JsonNode idea = send("anna", HttpMethod.POST, "/api/ideas",
				Map.of("title", "Ethics board for AI pilots", "problem", "AI pilots raise questions nobody owns",
						"proposal", "Review each AI pilot before it is tested", "entryRoute", "IDEA_DRIVEN", "themes",
						List.of("AI"), "publicIdea", true));
		long id = idea.path("id").asLong();
		send("anna", HttpMethod.POST, "/api/ideas/" + id + "/submit", Map.of("version", version(id)));
		send("lena", HttpMethod.POST, "/api/ideas/" + id + "/decisions",
				Map.of("gate", "SCREENING", "outcome", "GO", "rationale", "Worth testing", "scores",
						Map.of("strategicFit", 4, "citizenValue", 4, "feasibility", 4, "novelty", 4), "version",
						version(id)));
		send("lena", HttpMethod.POST, "/api/ideas/" + id + "/experiments",
				Map.of("title", "Pilot review", "hypothesis", "We believe reviews prevent harm", "test",
						"Review two pilots", "metric", "issues found", "criterion", "at least one issue found",
						"timeBoxDays", 30));
		send("lena", HttpMethod.POST, "/api/ideas/" + id + "/decisions",
				Map.of("gate", "PLAN", "outcome", "GO", "rationale", "Plan is sound", "timeBoxEndsAt",
						Instant.now().plus(30, ChronoUnit.DAYS).toString(), "version", version(id)));

		JsonNode read = send("lena", HttpMethod.GET, "/api/ideas/" + id, null);
		assertThat(read.path("stage").asText()).isEqualTo("ethics-review");
		JsonNode cards = send("lena", HttpMethod.GET,
				"/api/board/columns/ethics-review?q=" + read.path("reference").asText(), null);
		assertThat(cards.path("total").asLong()).isEqualTo(1);
		assertThat(cards.path("cards").get(0).path("id").asLong()).isEqualTo(id);

		assertThat(read.path("actions").findValuesAsText("type")).contains("ADD_EXPERIMENT", "RECORD_RESULT")
			.doesNotContain("ADD_IMPACT_TARGET");
		JsonNode recorded = send("lena", HttpMethod.POST, "/api/ideas/" + id + "/experiments",
				Map.of("title", "Review of the reading-aid pilot", "hypothesis", "We believe a review finds a risk",
						"test", "Review the pilot's data flows", "metric", "risks found", "criterion",
						"at least one risk found", "timeBoxDays", 14));
		assertThat(recorded.path("ideaId").asLong()).isEqualTo(id);
		assertThat(send("lena", HttpMethod.GET, "/api/ideas/" + id + "/experiments", null).findValuesAsText("title"))
			.contains("Pilot review", "Review of the reading-aid pilot");
		assertThat(send("lena", HttpMethod.GET, "/api/ideas/" + id + "/experiments", null)).hasSize(2);
	}

	/**
	 * The shipped model with a task "Review ethics" (stage ethics-review) after the plan.
	 */
	private BpmnModelInstance withEthicsReviewAfterThePlan() throws Exception {
		try (InputStream shipped = getClass().getResourceAsStream("/processes/innovation-pipeline.bpmn")) {
			BpmnModelInstance model = Bpmn.readModelFromStream(shipped);
			Process process = model.getModelElementById(PipelineProcess.KEY);
			SequenceFlow planApproved = model.getModelElementById("Flow_PlanApproved");
			FlowNode toTest = planApproved.getTarget();

			UserTask review = model.newInstance(UserTask.class);
			review.setId("UserTask_ReviewEthics");
			review.setName("Review ethics");
			review.setCamundaCandidateGroups("lab-lead");
			ExtensionElements extensions = model.newInstance(ExtensionElements.class);
			CamundaProperties properties = extensions.addExtensionElement(CamundaProperties.class);
			properties.addChildElement(property(model, "stage", "ethics-review"));
			properties.addChildElement(property(model, "stageLabel", "Ethics review"));
			properties.addChildElement(property(model, "records", "experiments"));
			review.setExtensionElements(extensions);
			process.addChildElement(review);

			SequenceFlow reviewed = model.newInstance(SequenceFlow.class);
			reviewed.setId("Flow_EthicsReviewed");
			process.addChildElement(reviewed);
			planApproved.setTarget(review);
			reviewed.setSource(review);
			reviewed.setTarget(toTest);
			Bpmn.validateModel(model);
			return model;
		}
	}

	private static CamundaProperty property(BpmnModelInstance model, String name, String value) {
		CamundaProperty property = model.newInstance(CamundaProperty.class);
		property.setCamundaName(name);
		property.setCamundaValue(value);
		return property;
	}

	private List<String> columns() {
		return board().path("columns").findValuesAsText("stage");
	}

	private JsonNode board() {
		return send("lena", HttpMethod.GET, "/api/board?size=1", null);
	}

	private long version(long id) {
		return send("anna", HttpMethod.GET, "/api/ideas/" + id, null).path("version").asLong();
	}

	private JsonNode send(String user, HttpMethod method, String path, Object body) {
		ResponseEntity<JsonNode> response = this.http.withBasicAuth(user, "demo")
			.exchange(path, method, new HttpEntity<>(body), JsonNode.class);
		assertThat(response.getStatusCode().is2xxSuccessful()).as("%s %s: %s", method, path, response.getBody())
			.isTrue();
		return response.getBody();
	}

}
