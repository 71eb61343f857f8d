package org.civiclab.experiment;

import java.util.List;

import jakarta.validation.Valid;

import org.civiclab.people.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Experiments: test cards, results and learning cards.
 */
@RestController
class ExperimentController {

	private final ExperimentService experiments;

	private final CurrentUsers currentUsers;

	ExperimentController(ExperimentService experiments, CurrentUsers currentUsers) {
		this.experiments = experiments;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/api/ideas/{ideaId}/experiments")
	List<ExperimentView> list(@PathVariable Long ideaId) {
		return this.experiments.of(ideaId, this.currentUsers.current());
	}

	@PostMapping("/api/ideas/{ideaId}/experiments")
	@ResponseStatus(HttpStatus.CREATED)
	ExperimentView add(@PathVariable Long ideaId, @Valid @RequestBody TestCardRequest card) {
		return ExperimentView.full(this.experiments.add(ideaId, card, this.currentUsers.current()));
	}

	@PutMapping("/api/experiments/{id}")
	ExperimentView edit(@PathVariable Long id, @Valid @RequestBody TestCardRequest card) {
		return ExperimentView.full(this.experiments.edit(id, card, this.currentUsers.current()));
	}

	@PostMapping("/api/experiments/{id}/result")
	ExperimentView recordResult(@PathVariable Long id, @Valid @RequestBody ResultRequest request) {
		return ExperimentView.full(this.experiments.recordResult(id, request, this.currentUsers.current()));
	}

}
