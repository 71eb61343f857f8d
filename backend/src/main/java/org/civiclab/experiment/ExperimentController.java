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

	/**
	 * List an idea's experiments. Its test cards and, once recorded, their results and
	 * learning cards.
	 */
	@GetMapping("/api/ideas/{ideaId}/experiments")
	List<ExperimentView> list(@PathVariable Long ideaId) {
		return this.experiments.of(ideaId, this.currentUsers.current());
	}

	/**
	 * Write a test card. A lab lead plans an experiment for an idea in Plan: hypothesis,
	 * test, metric, criterion, time box, budget cap, test group and partners.
	 */
	@PostMapping("/api/ideas/{ideaId}/experiments")
	@ResponseStatus(HttpStatus.CREATED)
	ExperimentView add(@PathVariable Long ideaId, @Valid @RequestBody TestCardRequest card) {
		return ExperimentView.full(this.experiments.add(ideaId, card, this.currentUsers.current()));
	}

	/**
	 * Edit a test card. Changes an experiment's test card while its result is not
	 * recorded yet.
	 */
	@PutMapping("/api/experiments/{id}")
	ExperimentView edit(@PathVariable Long id, @Valid @RequestBody TestCardRequest card) {
		return ExperimentView.full(this.experiments.edit(id, card, this.currentUsers.current()));
	}

	/**
	 * Record an experiment's result. The outcome (validated, invalidated or inconclusive)
	 * and its learning card: we believed, we observed, we learned, therefore we will.
	 */
	@PostMapping("/api/experiments/{id}/result")
	ExperimentView recordResult(@PathVariable Long id, @Valid @RequestBody ResultRequest request) {
		return ExperimentView.full(this.experiments.recordResult(id, request, this.currentUsers.current()));
	}

}
