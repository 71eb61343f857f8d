package org.civiclab.jointpilot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civiclab.idea.IdeaView;
import org.civiclab.idea.IdeaViews;
import org.civiclab.idea.Outcome;
import org.civiclab.jointpilot.JointPilots.Partner;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A joint pilot's partners and their own scale decisions.
 */
@RestController
@RequestMapping("/api/ideas/{id}")
class JointPilotController {

	private final JointPilots pilots;

	private final IdeaViews views;

	private final CurrentUsers currentUsers;

	JointPilotController(JointPilots pilots, IdeaViews views, CurrentUsers currentUsers) {
		this.pilots = pilots;
		this.views = views;
		this.currentUsers = currentUsers;
	}

	record PartnersRequest(@NotNull @Size(max = JointPilots.MAX_PARTNERS) List<@NotNull Long> organisations,
			@NotNull Long version) {
	}

	/**
	 * A partner's scale decision for its own organisation.
	 *
	 * @param budget for a Go: the partner's budget, in its organisation's currency
	 * @param receivingUnit for a Go: who runs it in the partner's organisation
	 */
	record PartnerDecisionView(Long id, Long organisationId, String organisation, Outcome outcome, String rationale,
			@Nullable BigDecimal budget, @Nullable String receivingUnit, Instant decidedAt) {
	}

	/**
	 * Name a joint pilot's partners. The lead organisation's lab lead names the partner
	 * organisations of a submitted idea in the pipeline: their people see it in full,
	 * their lab leads record experiments and measurements for their own site, and their
	 * executives take the scale decision for their own organisation. Send the version
	 * read.
	 */
	@PutMapping("/partners")
	IdeaView namePartners(@PathVariable Long id, @Valid @RequestBody PartnersRequest request) {
		CurrentUser user = this.currentUsers.current();
		this.pilots.namePartners(id, request.organisations(), request.version(), user);
		return this.views.view(id, user);
	}

	/** List a joint pilot's partners. None for a reader of the shared view. */
	@GetMapping("/partners")
	List<Partner> partners(@PathVariable Long id) {
		return this.pilots.partners(id, this.currentUsers.current());
	}

	/**
	 * List the partners' scale decisions, oldest first. Kept as taken; none for a reader
	 * of the shared view.
	 */
	@GetMapping("/partner-decisions")
	List<PartnerDecisionView> decisions(@PathVariable Long id) {
		List<PartnerDecision> found = this.pilots.decisions(id, this.currentUsers.current());
		return views(found);
	}

	/**
	 * Take a partner's scale decision. An executive of a partner organisation decides,
	 * once, whether the pilot scales in their own organisation (Go, with budget and
	 * receiving unit) or not (Kill), once it is proposed for scaling; the lead
	 * organisation's own scale decision moves the pipeline.
	 */
	@PostMapping("/partner-decisions")
	@ResponseStatus(HttpStatus.CREATED)
	PartnerDecisionView decide(@PathVariable Long id, @Valid @RequestBody PartnerDecisionRequest request) {
		return views(List.of(this.pilots.decide(id, request, this.currentUsers.current()))).get(0);
	}

	private List<PartnerDecisionView> views(List<PartnerDecision> decisions) {
		Map<Long, String> names = this.pilots
			.nameMap(decisions.stream().map(PartnerDecision::getOrganisationId).collect(Collectors.toSet()));
		return decisions.stream()
			.map((decision) -> new PartnerDecisionView(decision.getId(), decision.getOrganisationId(),
					names.get(decision.getOrganisationId()), decision.getOutcome(), decision.getRationale(),
					decision.getBudget(), decision.getReceivingUnit(), decision.getDecidedAt()))
			.toList();
	}

}
