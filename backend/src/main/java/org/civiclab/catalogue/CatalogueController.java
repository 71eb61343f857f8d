package org.civiclab.catalogue;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.civiclab.catalogue.AdoptionLinks.Links;
import org.civiclab.catalogue.CatalogueQuery.CataloguePage;
import org.civiclab.idea.Idea;
import org.civiclab.people.CurrentUsers;
import org.civiclab.web.PageNumber;
import org.civiclab.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue of pilots shared across the organisations of the installation, their
 * evidence, "adopt this pilot", and an idea's adoption links (docs/adr/0036).
 */
@RestController
@Validated
class CatalogueController {

	private final CatalogueQuery catalogue;

	private final EvidenceQuery evidence;

	private final Adoptions adoptions;

	private final AdoptionLinks links;

	private final CurrentUsers users;

	CatalogueController(CatalogueQuery catalogue, EvidenceQuery evidence, Adoptions adoptions, AdoptionLinks links,
			CurrentUsers users) {
		this.catalogue = catalogue;
		this.evidence = evidence;
		this.adoptions = adoptions;
		this.links = links;
		this.users = users;
	}

	/** The idea an adoption started, in the adopter's organisation. */
	@Schema(name = "AdoptedIdea")
	record Adopted(Long ideaId, String reference, String stage) {
	}

	/**
	 * Search the catalogue. Pilots of every organisation shared with the region or
	 * public, from their screening Go on, by text, theme, outcome, organisation,
	 * estimated cost and benefit realised; with the organisations and themes to filter
	 * by.
	 */
	@GetMapping("/api/catalogue")
	CataloguePage search(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) @Size(max = 60) String theme,
			@RequestParam(required = false) PilotOutcome outcome, @RequestParam(required = false) Long organisation,
			@RequestParam(required = false) @DecimalMin("0") BigDecimal minCost,
			@RequestParam(required = false) @DecimalMin("0") BigDecimal maxCost,
			@RequestParam(defaultValue = "false") boolean benefitRealised,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		CatalogueFilter filter = new CatalogueFilter(q, theme, outcome, organisation, minCost, maxCost,
				benefitRealised);
		return this.catalogue.search(filter, page, size, this.users.current());
	}

	/**
	 * Read a catalogue entry. A pilot with its evidence: test cards and results, learning
	 * cards, impact targets against what was measured, the scale checklist and the
	 * receiving unit; never comments, scores, rationale, budgets or who decided. A pilot
	 * not in the reader's catalogue answers 404, exactly as one that does not exist.
	 */
	@GetMapping("/api/catalogue/{reference}")
	PilotEvidence entry(@PathVariable String reference) {
		return this.evidence.of(reference, this.users.current())
			.orElseThrow(() -> Problems.notFound("catalogue.not-found", reference));
	}

	/**
	 * Adopt a pilot. A lab lead of another organisation starts an idea in their own from
	 * it: the reuse route, the pilot's problem, proposal and themes, its test cards as
	 * planned experiments to adapt; submitted, it waits at their screening. The pilot's
	 * team is told.
	 */
	@PostMapping("/api/catalogue/{reference}/adoptions")
	@ResponseStatus(HttpStatus.CREATED)
	Adopted adopt(@PathVariable String reference) {
		Idea adopted = this.adoptions.adopt(reference, this.users.current());
		return new Adopted(adopted.getId(), adopted.getReference(), adopted.getStage());
	}

	/**
	 * Adopt a pilot of another installation. A lab lead starts an idea in their own
	 * organisation from a public pilot of another CivicLab installation (as its open data
	 * was last read), linked to that pilot by its address; it waits at their screening.
	 */
	@PostMapping("/api/catalogue/federated/{feedId}/{reference}/adoptions")
	@ResponseStatus(HttpStatus.CREATED)
	Adopted adoptFederated(@PathVariable long feedId, @PathVariable String reference) {
		Idea adopted = this.adoptions.adoptFederated(feedId, reference, this.users.current());
		return new Adopted(adopted.getId(), adopted.getReference(), adopted.getStage());
	}

	/**
	 * Read an idea's adoption links. The pilot it was adopted from, and how many ideas
	 * other organisations started from it, with the stage, outcome and learning cards of
	 * those the reader may see.
	 */
	@GetMapping("/api/ideas/{id}/adoptions")
	Links adoptions(@PathVariable Long id) {
		return this.links.of(id, this.users.current());
	}

}
