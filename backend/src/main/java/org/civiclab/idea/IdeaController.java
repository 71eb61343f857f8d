package org.civiclab.idea;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civiclab.lists.CustomFields;
import org.civiclab.lists.CustomFields.StoredValue;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;
import org.civiclab.pipeline.ProcessDiagrams;
import org.civiclab.pipeline.ProcessDiagrams.ProcessDiagram;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ideas: write a draft, name its co-authors, edit it, submit it, resubmit it after
 * revision, withdraw it, read it with its timeline and the actions the reader may take,
 * and its BPMN diagram with its current position.
 */
@RestController
@RequestMapping("/api/ideas")
class IdeaController {

	private final IdeaService ideas;

	private final IdeaViews views;

	private final ProcessDiagrams diagrams;

	private final CurrentUsers currentUsers;

	private final CustomFields fields;

	IdeaController(IdeaService ideas, IdeaViews views, ProcessDiagrams diagrams, CurrentUsers currentUsers,
			CustomFields fields) {
		this.ideas = ideas;
		this.fields = fields;
		this.views = views;
		this.diagrams = diagrams;
		this.currentUsers = currentUsers;
	}

	/** The version of the idea the client read, for the actions that change it. */
	record VersionRequest(@NotNull Long version) {
	}

	/** The colleagues who wrote the idea with its submitter, by username. */
	record CoAuthorsRequest(@NotNull List<@NotBlank @Size(max = 100) String> coAuthors, @NotNull Long version) {
	}

	/**
	 * Write a new idea as a draft. The signed-in person becomes its submitter; the draft
	 * is theirs and their co-authors' alone until it is submitted. Answers the idea as
	 * its reader sees it, with the actions they may take.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	IdeaView create(@Valid @RequestBody IdeaRequest request) {
		return view(this.ideas.create(request, this.currentUsers.current()));
	}

	/**
	 * List my ideas. The ideas the signed-in person submitted or co-authors, drafts
	 * included, each with where it is and when it last changed, the one changed last
	 * first.
	 */
	@GetMapping("/mine")
	List<IdeaViews.IdeaSummary> mine() {
		return this.views.mine(this.currentUsers.current());
	}

	/**
	 * Read an idea. Its summary, timeline, the actions the reader may take and its stage.
	 * Outside its organisation a reader sees the shared or public view only; an idea the
	 * reader may not see answers 404, exactly as one that does not exist.
	 */
	@GetMapping("/{id}")
	IdeaView read(@PathVariable Long id) {
		return this.views.view(id, this.currentUsers.current());
	}

	/**
	 * Read an idea's BPMN diagram. The model the idea runs on, with its current position,
	 * for the idea's page.
	 */
	@GetMapping("/{id}/diagram")
	ProcessDiagram diagram(@PathVariable Long id) {
		this.views.readable(id, this.currentUsers.current());
		return this.diagrams.of(id);
	}

	/**
	 * Read an idea's custom fields. The idea's values of its organisation's custom
	 * fields: for readers of the full view only, so to other organisations' readers they
	 * do not exist (404).
	 */
	@GetMapping("/{id}/fields")
	List<StoredValue> fields(@PathVariable Long id) {
		CurrentUser user = this.currentUsers.current();
		if (!this.views.read(id, user).isFull()) {
			throw IdeaViews.notFound(id);
		}
		return this.fields.valuesOf(id);
	}

	/**
	 * Edit a draft. Only a draft, or an idea sent back for revision, can be edited, by
	 * its authors; send the version that was read (a changed idea answers 409 with its
	 * current version).
	 */
	@PutMapping("/{id}")
	IdeaView edit(@PathVariable Long id, @Valid @RequestBody IdeaRequest request) {
		return view(this.ideas.edit(id, request, this.currentUsers.current()));
	}

	/**
	 * Name an idea's co-authors. The colleagues who wrote the idea with its submitter, by
	 * username, while it is a draft or sent back for revision; co-authors never take a
	 * gate decision on it (four eyes).
	 */
	@PutMapping("/{id}/co-authors")
	IdeaView nameCoAuthors(@PathVariable Long id, @Valid @RequestBody CoAuthorsRequest request) {
		return view(this.ideas.nameCoAuthors(id, request.coAuthors(), request.version(), this.currentUsers.current()));
	}

	/**
	 * Submit a draft. The idea enters the pipeline at screening and its organisation sees
	 * it; send the version that was read.
	 */
	@PostMapping("/{id}/submit")
	IdeaView submit(@PathVariable Long id, @Valid @RequestBody VersionRequest request) {
		return view(this.ideas.submit(id, request.version(), this.currentUsers.current()));
	}

	/**
	 * Resubmit a revised idea. An idea sent back at screening (Recycle) goes back to
	 * screening; only its authors resubmit it.
	 */
	@PostMapping("/{id}/resubmit")
	IdeaView resubmit(@PathVariable Long id, @Valid @RequestBody VersionRequest request) {
		return view(this.ideas.resubmit(id, request.version(), this.currentUsers.current()));
	}

	/**
	 * Withdraw an idea. Its authors take it out of the pipeline: it ends as Withdrawn. A
	 * draft withdrawn stays its authors' alone.
	 */
	@PostMapping("/{id}/withdraw")
	IdeaView withdraw(@PathVariable Long id, @Valid @RequestBody VersionRequest request) {
		return view(this.ideas.withdraw(id, request.version(), this.currentUsers.current()));
	}

	private IdeaView view(Idea changed) {
		return this.views.view(changed.getId(), this.currentUsers.current());
	}

}
