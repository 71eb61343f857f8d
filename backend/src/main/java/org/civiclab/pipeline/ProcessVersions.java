package org.civiclab.pipeline;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import org.springframework.stereotype.Service;

/**
 * The deployed versions of the pipeline's model (docs/adr/0027): which there are and how
 * many ideas run on each, a new version deployed after {@link ModelCheck}, and a
 * version's running ideas moved to the latest with the engine's migration. Ideas stay on
 * the version they started on until they are moved. Callers check who may do this.
 */
@Service
public class ProcessVersions {

	/** The deployment name of an uploaded version (the built-in model's is another). */
	static final String UPLOADED = "innovation-pipeline, uploaded by an admin";

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final ManagementService management;

	ProcessVersions(RepositoryService repository, RuntimeService runtime, ManagementService management) {
		this.repository = repository;
		this.runtime = runtime;
		this.management = management;
	}

	/** Every version, the latest first. */
	public List<ProcessVersion> list() {
		List<ProcessDefinition> definitions = definitions();
		ProcessDefinition latest = definitions.get(0);
		return definitions.stream().map((definition) -> describe(definition, latest)).toList();
	}

	/**
	 * Deploys a new version, the latest from now on.
	 * @throws ModelRefusedException if it fails a check or the engine refuses it; then
	 * nothing is deployed
	 */
	public ProcessVersion deploy(byte[] bpmn) {
		List<String> problems = ModelCheck.problems(bpmn);
		if (!problems.isEmpty()) {
			throw new ModelRefusedException(problems);
		}
		ProcessDefinition deployed;
		try {
			deployed = this.repository.createDeployment()
				.name(UPLOADED)
				.addInputStream(PipelineProcess.KEY + ".bpmn", new ByteArrayInputStream(bpmn))
				.deployWithResult()
				.getDeployedProcessDefinitions()
				.stream()
				.filter((definition) -> PipelineProcess.KEY.equals(definition.getKey()))
				.findFirst()
				.orElseThrow();
		}
		catch (ParseException ex) {
			// getResorceReports: sic, the engine spells it so.
			throw new ModelRefusedException(ex.getResorceReports()
				.stream()
				.flatMap((report) -> report.getErrors().stream())
				.map((error) -> ((error.getMainElementId() != null) ? error.getMainElementId() + ": " : "")
						+ error.getMessage())
				.toList());
		}
		catch (ProcessEngineException ex) {
			throw new ModelRefusedException(List.of("the engine refused it: " + ex.getMessage()));
		}
		return describe(deployed, deployed);
	}

	/**
	 * Moves every idea running on this version to the latest version.
	 * @return how many ideas were moved
	 * @throws MigrationRefusedException if there is no such version, it is the latest, or
	 * its ideas stand where the latest version has no activity; then none is moved
	 */
	public long migrate(int fromVersion) {
		List<ProcessDefinition> definitions = definitions();
		ProcessDefinition latest = definitions.get(0);
		ProcessDefinition source = definitions.stream()
			.filter((definition) -> definition.getVersion() == fromVersion && definition != latest)
			.findFirst()
			.orElseThrow(() -> new MigrationRefusedException(
					"there is no version " + fromVersion + " other than the latest (" + latest.getVersion() + ")", true,
					List.of()));
		MigrationPlan plan = plan(source, latest);
		List<String> missing = missing(source, plan);
		if (plan == null || !missing.isEmpty()) {
			throw new MigrationRefusedException("the ideas on version " + fromVersion + " stand on activities version "
					+ latest.getVersion() + " does not have: " + missing, false, missing);
		}
		long ideas = this.runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
		try {
			this.runtime.newMigration(plan)
				.processInstanceQuery(this.runtime.createProcessInstanceQuery().processDefinitionId(source.getId()))
				.execute();
		}
		catch (ProcessEngineException ex) {
			throw new MigrationRefusedException("the engine could not move them: " + ex.getMessage(), false, List.of());
		}
		return ideas;
	}

	private List<ProcessDefinition> definitions() {
		List<ProcessDefinition> definitions = new ArrayList<>(
				this.repository.createProcessDefinitionQuery().processDefinitionKey(PipelineProcess.KEY).list());
		definitions.sort(Comparator.comparingInt(ProcessDefinition::getVersion).reversed());
		return definitions;
	}

	private ProcessVersion describe(ProcessDefinition definition, ProcessDefinition latest) {
		boolean isLatest = definition.getId().equals(latest.getId());
		long running = this.runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
		ProcessVersion.Migration migration = null;
		if (!isLatest && running > 0) {
			List<String> missing = missing(definition, plan(definition, latest));
			migration = new ProcessVersion.Migration(latest.getVersion(), missing.isEmpty(), missing);
		}
		return new ProcessVersion(definition.getVersion(), definition.getName(),
				this.repository.createDeploymentQuery()
					.deploymentId(definition.getDeploymentId())
					.singleResult()
					.getDeploymentTime()
					.toInstant(),
				running, isLatest, migration);
	}

	/**
	 * The engine's plan mapping activities of equal id, or {@code null} if it has none.
	 */
	private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
		try {
			return this.runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
		}
		catch (ProcessEngineException ex) {
			return null;
		}
	}

	/** The activities ideas on the source stand on that the plan does not map. */
	private List<String> missing(ProcessDefinition source, MigrationPlan plan) {
		Set<String> mapped = (plan == null) ? Set.of()
				: plan.getInstructions()
					.stream()
					.map(MigrationInstruction::getSourceActivityId)
					.collect(Collectors.toSet());
		return this.management.createActivityStatisticsQuery(source.getId())
			.list()
			.stream()
			.map(ActivityStatistics::getId)
			.filter((activity) -> !mapped.contains(activity))
			.sorted()
			.toList();
	}

}
