package org.civiclab.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import org.civiclab.CivicLabApplication;
import org.civiclab.idea.EntryRoute;
import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaRepository;
import org.civiclab.idea.IdeaRequest;
import org.civiclab.idea.IdeaService;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application keeps its data in files under {@code civiclab.data-dir}: stopped and
 * started again, it finds ideas, the engine's state and the demo where it left them.
 */
class EngineDataSurvivesRestartIT {

	@TempDir
	Path dataDir;

	@Test
	void deploysTheModelsFromProcessesAtStartUp() {
		try (ConfigurableApplicationContext app = start()) {
			RepositoryService repository = app.getBean(RepositoryService.class);

			ProcessDefinition pipeline = repository.createProcessDefinitionQuery()
				.processDefinitionKey(PipelineProcess.KEY)
				.singleResult();

			assertThat(pipeline.getResourceName()).endsWith("innovation-pipeline.bpmn");
			assertThat(pipeline.getHistoryTimeToLive()).isNotNull().isPositive();
			assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(PipelineProcess.RUBRIC).count())
				.isOne();
		}
	}

	@Test
	void findsASubmittedIdeaAndItsProcessAfterARestart() {
		long ideaId;
		long ideas;
		try (ConfigurableApplicationContext app = start()) {
			IdeaService service = app.getBean(IdeaService.class);
			CurrentUser anna = app.getBean(CurrentUsers.class).byUsername("anna");
			Idea draft = service.create(new IdeaRequest("Repair café in every library", "Broken things are thrown away",
					"A monthly repair café with volunteers", "Residents", "Culture and libraries",
					EntryRoute.IDEA_DRIVEN, List.of("climate"), null, true, null, List.of()), anna);
			ideaId = service.submit(draft.getId(), draft.getVersion(), anna).getId();
			ideas = app.getBean(IdeaRepository.class).count();
		}

		try (ConfigurableApplicationContext app = start()) {
			RuntimeService runtime = app.getBean(RuntimeService.class);
			TaskService tasks = app.getBean(TaskService.class);

			assertThat(app.getBean(IdeaRepository.class).findById(ideaId)).get()
				.extracting(Idea::getStage)
				.isEqualTo("screening");
			assertThat(app.getBean(IdeaRepository.class).count()).as("the demo is not created twice").isEqualTo(ideas);
			String processInstanceId = runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(Long.toString(ideaId))
				.singleResult()
				.getId();
			assertThat(
					tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getTaskDefinitionKey())
				.isEqualTo("UserTask_ScreenIdea");
			assertThat(app.getBean(RepositoryService.class).createDeploymentQuery().count())
				.as("unchanged models are not deployed again")
				.isEqualTo(1);
		}
	}

	@Test
	@DisabledIfSystemProperty(named = "civiclab.test.database", matches = "postgres",
			disabledReason = "on PostgreSQL the data lives in the database server")
	void keepsTheEmbeddedDatabaseInTheDataDir() {
		try (ConfigurableApplicationContext app = start()) {
			assertThat(app.getBean(IdeaRepository.class).count()).isPositive();
		}
		assertThat(this.dataDir.resolve("civiclab.mv.db")).isRegularFile();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(CivicLabApplication.class).run("--civiclab.data-dir=" + this.dataDir,
				"--server.port=0", "--server.address=127.0.0.1");
	}

}
