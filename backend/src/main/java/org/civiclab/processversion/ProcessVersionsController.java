package org.civiclab.processversion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.civiclab.people.AdminScope;
import org.civiclab.people.CurrentUsers;
import org.civiclab.pipeline.MigrationRefusedException;
import org.civiclab.pipeline.ModelRefusedException;
import org.civiclab.pipeline.ProcessVersion;
import org.civiclab.pipeline.ProcessVersions;
import org.civiclab.web.Problems;
import org.civiclab.web.Problems.FieldProblem;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.ErrorResponseException;

/**
 * The versions of the pipeline's model (docs/adr/0027). Any admin sees them; the model is
 * the installation's, so only a region's admin deploys a new version (a BPMN file from
 * the Modeler) or moves running ideas to the latest one. Everyone else is refused.
 */
@RestController
@RequestMapping("/api/admin/process-versions")
class ProcessVersionsController {

	/** The largest model accepted; the shipped one is about 50 kB. */
	static final long MAX_MODEL_BYTES = 1024 * 1024;

	private final ProcessVersions versions;

	private final CurrentUsers users;

	private final AdminScope scope;

	ProcessVersionsController(ProcessVersions versions, CurrentUsers users, AdminScope scope) {
		this.versions = versions;
		this.users = users;
		this.scope = scope;
	}

	/**
	 * List the model's versions. The deployed versions of the BPMN model, with how many
	 * ideas run on each.
	 */
	@GetMapping
	List<ProcessVersion> list() {
		this.scope.requireAdmin(this.users.current());
		return this.versions.list();
	}

	/**
	 * Deploy a new model version. A BPMN file from the Modeler becomes the latest version
	 * if it passes the checks; only a region's admin deploys one.
	 */
	@PostMapping
	// The handler takes any request (a refusal comes before the body is read); the
	// document says what to send.
	@Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
					schema = @Schema(implementation = ModelUpload.class))))
	@ResponseStatus(HttpStatus.CREATED)
	ProcessVersion deploy(@RequestPart(name = "file", required = false) MultipartFile file) {
		mayChangeTheModel();
		if (file == null || file.isEmpty()) {
			throw Problems.invalid("file", "process.file-needed");
		}
		if (file.getSize() > MAX_MODEL_BYTES) {
			throw Problems.invalid("file", "process.file-too-large", MAX_MODEL_BYTES / 1024);
		}
		try {
			return this.versions.deploy(file.getBytes());
		}
		catch (ModelRefusedException refused) {
			throw Problems.invalid(refused.problems()
				.stream()
				.map((problem) -> FieldProblem.of("file", "process.model-problem", problem))
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Move ideas to the latest model version. Every idea running on the version given
	 * moves to the latest one; refused (409) with the steps the new model lacks.
	 */
	@PostMapping("/migrations")
	Migrated migrate(@RequestBody MigrationRequest request) {
		mayChangeTheModel();
		if (request.fromVersion() == null) {
			throw Problems.invalid("fromVersion", "process.from-version-needed");
		}
		try {
			return new Migrated(request.fromVersion(), this.versions.migrate(request.fromVersion()));
		}
		catch (MigrationRefusedException refused) {
			if (refused.noSuchVersion()) {
				throw Problems.invalid("fromVersion", "process.not-migratable", refused.getMessage());
			}
			ErrorResponseException problem = Problems.conflict("process.not-moved", refused.getMessage());
			problem.getBody().setProperty("missingActivities", refused.missingActivities());
			throw problem;
		}
	}

	private void mayChangeTheModel() {
		this.scope.requireAdministersInstallation(this.users.current(), "process.region-admin-only");
	}

	/**
	 * @param file the model, a {@code .bpmn} file saved in the Modeler
	 */
	record ModelUpload(
			@Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED) String file) {
	}

	/**
	 * @param fromVersion the version whose running ideas move to the latest
	 */
	record MigrationRequest(Integer fromVersion) {
	}

	/**
	 * @param fromVersion the version they ran on
	 * @param ideas how many ideas were moved
	 */
	record Migrated(int fromVersion, long ideas) {
	}

}
