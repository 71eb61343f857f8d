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

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	IdeaView create(@Valid @RequestBody IdeaRequest request) {
		return view(this.ideas.create(request, this.currentUsers.current()));
	}

	@GetMapping("/mine")
	List<IdeaViews.IdeaSummary> mine() {
		return this.views.mine(this.currentUsers.current());
	}

	@GetMapping("/{id}")
	IdeaView read(@PathVariable Long id) {
		return this.views.view(id, this.currentUsers.current());
	}

	@GetMapping("/{id}/diagram")
	ProcessDiagram diagram(@PathVariable Long id) {
		this.views.readable(id, this.currentUsers.current());
		return this.diagrams.of(id);
	}

	/**
	 * The idea's values of its organisation's custom fields: full view only, so to other
	 * organisations' readers they do not exist (404).
	 */
	@GetMapping("/{id}/fields")
	List<StoredValue> fields(@PathVariable Long id) {
		CurrentUser user = this.currentUsers.current();
		if (!this.views.read(id, user).isFull()) {
			throw IdeaViews.notFound(id);
		}
		return this.fields.valuesOf(id);
	}

	@PutMapping("/{id}")
	IdeaView edit(@PathVariable Long id, @Valid @RequestBody IdeaRequest request) {
		return view(this.ideas.edit(id, request, this.currentUsers.current()));
	}

	@PutMapping("/{id}/co-authors")
	IdeaView nameCoAuthors(@PathVariable Long id, @Valid @RequestBody CoAuthorsRequest request) {
		return view(this.ideas.nameCoAuthors(id, request.coAuthors(), request.version(), this.currentUsers.current()));
	}

	@PostMapping("/{id}/submit")
	IdeaView submit(@PathVariable Long id, @Valid @RequestBody VersionRequest request) {
		return view(this.ideas.submit(id, request.version(), this.currentUsers.current()));
	}

	@PostMapping("/{id}/resubmit")
	IdeaView resubmit(@PathVariable Long id, @Valid @RequestBody VersionRequest request) {
		return view(this.ideas.resubmit(id, request.version(), this.currentUsers.current()));
	}

	@PostMapping("/{id}/withdraw")
	IdeaView withdraw(@PathVariable Long id, @Valid @RequestBody VersionRequest request) {
		return view(this.ideas.withdraw(id, request.version(), this.currentUsers.current()));
	}

	private IdeaView view(Idea changed) {
		return this.views.view(changed.getId(), this.currentUsers.current());
	}

}
