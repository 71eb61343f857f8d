package org.civiclab.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rubric's recommendation through {@link Pipeline}: each answer is evaluated once per
 * deployed version of the table, and a new version is asked afresh.
 */
@Deployment(resources = "processes/screening-rubric.dmn")
class PipelineRubricTests {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder()
		.configurationResource("process-tests.camunda.cfg.xml")
		.build();

	private final Pipeline pipeline = pipeline(engine.getProcessEngine());

	@Test
	void theSameScoresGetTheSameAnswerEveryTime() {
		RubricScores scores = new RubricScores(5, 4, 3, 3);

		Recommendation first = this.pipeline.recommend(scores);
		Recommendation second = this.pipeline.recommend(scores);

		assertThat(first)
			.isEqualTo(new Recommendation("GO", "strong-and-feasible", "Strong case that can be tested now"))
			.isEqualTo(second);
		assertThat(this.pipeline.recommend(new RubricScores(1, 5, 5, 5)).outcome()).isEqualTo("KILL");
	}

	@Test
	void aNewVersionOfTheRubricIsAskedAfresh() throws IOException {
		RubricScores scores = new RubricScores(5, 4, 3, 3);
		assertThat(this.pipeline.recommend(scores).reason()).isEqualTo("Strong case that can be tested now");
		String changed;
		try (InputStream rubric = getClass().getClassLoader().getResourceAsStream("processes/screening-rubric.dmn")) {
			changed = new String(rubric.readAllBytes(), StandardCharsets.UTF_8)
				.replace("Strong case that can be tested now", "A changed reason");
		}
		String deployment = engine.getRepositoryService()
			.createDeployment()
			.addString("screening-rubric.dmn", changed)
			.deploy()
			.getId();
		try {
			assertThat(this.pipeline.recommend(scores).reason()).isEqualTo("A changed reason");
		}
		finally {
			engine.getRepositoryService().deleteDeployment(deployment, true);
		}
		assertThat(this.pipeline.recommend(scores).reason()).isEqualTo("Strong case that can be tested now");
	}

	private static Pipeline pipeline(ProcessEngine processEngine) {
		return new Pipeline(processEngine.getRuntimeService(), processEngine.getTaskService(),
				processEngine.getDecisionService(), new PipelineModel(processEngine.getRepositoryService()),
				new PipelineProperties(null, null, 0, null),
				new EngineCommands((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()),
				processEngine.getRepositoryService());
	}

}
