package org.civiclab.pipeline;

import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.civiclab.CivicLabApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application keeps its data in files under {@code civiclab.data-dir}: stopped and
 * started again, it finds the engine's state where it left it.
 */
class EngineDataSurvivesRestartIT {

	@TempDir
	Path dataDir;

	@Test
	void deploysTheModelFromProcessesAtStartUp() {
		try (ConfigurableApplicationContext app = start()) {
			RepositoryService repository = app.getBean(RepositoryService.class);

			ProcessDefinition pipeline = repository.createProcessDefinitionQuery()
				.processDefinitionKey(PipelineProcess.KEY)
				.singleResult();

			assertThat(pipeline.getResourceName()).endsWith("innovation-pipeline.bpmn");
			assertThat(pipeline.getHistoryTimeToLive()).isNotNull().isPositive();
		}
	}

	@Test
	void findsAnIdeasProcessAfterARestart() {
		String processInstanceId;
		try (ConfigurableApplicationContext app = start()) {
			processInstanceId = app.getBean(RuntimeService.class)
				.startProcessInstanceByKey(PipelineProcess.KEY, "idea-42")
				.getId();
		}

		try (ConfigurableApplicationContext app = start()) {
			RuntimeService runtime = app.getBean(RuntimeService.class);
			TaskService tasks = app.getBean(TaskService.class);

			assertThat(
					runtime.createProcessInstanceQuery().processInstanceBusinessKey("idea-42").singleResult().getId())
				.isEqualTo(processInstanceId);
			assertThat(
					tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getTaskDefinitionKey())
				.isEqualTo("UserTask_ScreenIdea");
			assertThat(app.getBean(RepositoryService.class).createDeploymentQuery().count())
				.as("an unchanged model is not deployed again")
				.isEqualTo(1);
		}
		assertThat(this.dataDir.resolve("civiclab.mv.db")).isRegularFile();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(CivicLabApplication.class).run("--civiclab.data-dir=" + this.dataDir,
				"--server.port=0", "--server.address=127.0.0.1");
	}

}
