package org.civiclab.catalogue;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.civiclab.audit.AuditLog;
import org.civiclab.federation.FederatedCatalogue;
import org.civiclab.federation.FederatedPilot;
import org.civiclab.people.Role;
import org.civiclab.idea.EntryRoute;
import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaEvent;
import org.civiclab.idea.IdeaPolicy;
import org.civiclab.idea.IdeaRepository;
import org.civiclab.idea.IdeaRequest;
import org.civiclab.idea.IdeaService;
import org.civiclab.lists.ListKind;
import org.civiclab.lists.ManagedLists;
import org.civiclab.people.CurrentUser;
import org.civiclab.web.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adopt this pilot: a lab lead of another organisation starts an idea in their own from a
 * catalogue entry (docs/adr/0036). The idea comes in by the reuse route, linked to its
 * origin, with the origin's problem, proposal and themes, its test cards as planned
 * experiments to adapt and its impact targets with fresh baselines (to be measured by the
 * adopter); it is submitted as any idea is, so it waits at the adopter's screening. The
 * origin's team is told.
 */
@Service
class Adoptions {

	/** The time box of a copied test card until the adopter sets their own. */
	static final int COPIED_TIME_BOX_DAYS = 30;

	private final CatalogueQuery catalogue;

	private final IdeaRepository ideas;

	private final IdeaService service;

	private final ManagedLists lists;

	private final NamedParameterJdbcTemplate jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final FederatedCatalogue federated;

	Adoptions(CatalogueQuery catalogue, IdeaRepository ideas, IdeaService service, ManagedLists lists,
			NamedParameterJdbcTemplate jdbc, AuditLog audit, ApplicationEventPublisher events,
			FederatedCatalogue federated) {
		this.federated = federated;
		this.catalogue = catalogue;
		this.ideas = ideas;
		this.service = service;
		this.lists = lists;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Starts the adopter's idea from the pilot of this reference. A pilot the adopter
	 * does not find in the catalogue answers 404; anyone but a lab lead of another
	 * organisation 403.
	 */
	@Transactional
	Idea adopt(String reference, CurrentUser adopter) {
		Long originId = this.catalogue.idOf(reference, adopter)
			.orElseThrow(() -> Problems.notFound("catalogue.not-found", reference));
		Idea origin = this.ideas.findById(originId).orElseThrow();
		IdeaPolicy.Facts facts = origin.facts();
		if (!IdeaPolicy.mayAdopt(adopter, facts)) {
			throw Problems.forbidden(IdeaPolicy.isMember(adopter, facts) ? "catalogue.adopt-own-organisation"
					: "catalogue.adopt-lab-lead-only", origin.getReference());
		}
		Idea adopted = this.service.create(request(origin.getTitle(), origin.getProblem(), origin.getProposal(),
				origin.getBeneficiaries(), origin.getThemes(), origin.getEstimatedCost(), adopter), adopter);
		// Submitted at the version it was created with; linked after, as a change of the
		// same transaction (a change before would raise the version submit checks).
		Idea submitted = this.service.submit(adopted.getId(), adopted.getVersion(), adopter);
		submitted.adopt(origin);
		copyTestCards(originId, adopted.getId());
		copyImpactTargets(originId, adopted.getId());
		this.audit.record(adopter.username(), "IDEA_ADOPTED", "idea", adopted.getId(), adopted.getId(),
				origin.getReference());
		this.events.publishEvent(IdeaEvent.of(originId, adopter.id(), IdeaEvent.Kind.ADOPTED));
		return submitted;
	}

	/**
	 * Starts the adopter's idea from a public pilot of another installation, read from
	 * its open data: linked to that pilot by its address. Its estimate is not copied (it
	 * is in the other installation's currency), nor its test cards (the open data has
	 * none), nor its impact targets (the open data's are the other installation's).
	 */
	@Transactional
	Idea adoptFederated(long feedId, String reference, CurrentUser adopter) {
		FederatedPilot pilot = this.federated.find(feedId, reference)
			.orElseThrow(() -> Problems.notFound("catalogue.not-found", reference));
		if (!adopter.has(Role.LAB_LEAD)) {
			throw Problems.forbidden("catalogue.adopt-lab-lead-only", reference);
		}
		Idea adopted = this.service.create(
				request(pilot.title(), pilot.problem(), pilot.proposal(), null, pilot.themes(), null, adopter),
				adopter);
		Idea submitted = this.service.submit(adopted.getId(), adopted.getVersion(), adopter);
		submitted.adopt(pilot.address(), pilot.title());
		this.audit.record(adopter.username(), "IDEA_ADOPTED", "idea", adopted.getId(), adopted.getId(),
				pilot.address());
		return submitted;
	}

	/**
	 * The origin's text and estimate, the reuse route, and those of its themes that the
	 * adopter's organisation's list knows (all of them if it keeps none); organisation
	 * only until the adopter's lab lead shares it.
	 */
	private IdeaRequest request(String title, String problem, String proposal, String beneficiaries,
			Collection<String> themes, BigDecimal estimatedCost, CurrentUser adopter) {
		List<String> known = this.lists.active(adopter.organisationId()).get(ListKind.THEMES);
		List<String> kept = themes.stream()
			.sorted()
			.filter((theme) -> known.isEmpty() || known.stream().anyMatch(theme::equalsIgnoreCase))
			.toList();
		return new IdeaRequest(title, problem, proposal, beneficiaries, null, EntryRoute.REUSE, kept, estimatedCost,
				false, null, List.of());
	}

	/**
	 * The origin's test cards as planned experiments of the adopted idea: what the shared
	 * view shows of them (title, hypothesis, test, metric, criterion), never its budget,
	 * test group or partners, nor its result.
	 */
	private void copyTestCards(Long originId, Long adoptedId) {
		this.jdbc.update("""
				insert into experiment (idea_id, title, hypothesis, test_description, metric, criterion, time_box_days,
				                        status, created_at, version)
				select :adopted, e.title, e.hypothesis, e.test_description, e.metric, e.criterion, :timeBox, 'PLANNED',
				       current_timestamp, 0
				from experiment e where e.idea_id = :origin order by e.created_at, e.id""",
				Map.of("adopted", adoptedId, "origin", originId, "timeBox", COPIED_TIME_BOX_DAYS));
	}

	/**
	 * The origin's impact targets (metric, unit, target) with fresh baselines: none until
	 * the adopter's lab lead has measured where their own organisation stands. Nothing
	 * measured against the origin's comes with them.
	 */
	private void copyImpactTargets(Long originId, Long adoptedId) {
		this.jdbc.update("""
				insert into impact_target (idea_id, metric, unit, target, created_at)
				select :adopted, t.metric, t.unit, t.target, current_timestamp
				from impact_target t where t.idea_id = :origin order by t.id""",
				Map.of("adopted", adoptedId, "origin", originId));
	}

}
