package org.civiclab.idea;

import org.civiclab.people.CurrentUsers;
import org.civiclab.pipeline.ProcessDiagrams;
import org.civiclab.pipeline.ProcessDiagrams.ProcessDiagram;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An idea's BPMN diagram with its current position, for whoever may read the idea.
 */
@RestController
class IdeaDiagramController {

	private final IdeaViews views;

	private final ProcessDiagrams diagrams;

	private final CurrentUsers currentUsers;

	IdeaDiagramController(IdeaViews views, ProcessDiagrams diagrams, CurrentUsers currentUsers) {
		this.views = views;
		this.diagrams = diagrams;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/api/ideas/{id}/diagram")
	@Transactional(readOnly = true)
	ProcessDiagram diagram(@PathVariable Long id) {
		this.views.readable(id, this.currentUsers.current());
		return this.diagrams.of(id);
	}

}
