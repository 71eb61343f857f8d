package org.civiclab.jointpilot;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.civiclab.audit.AuditLog;
import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaPolicy;
import org.civiclab.idea.IdeaService;
import org.civiclab.idea.IdeaViews;
import org.civiclab.idea.Outcome;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.Organisation;
import org.civiclab.people.OrganisationRepository;
import org.civiclab.people.Role;
import org.civiclab.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint pilots (docs/adr/0038): the lead organisation's lab lead names the partners; each
 * partner's executive takes the scale decision for their own organisation, once.
 */
@Service
class JointPilots {

	static final int MAX_PARTNERS = 20;

	private final IdeaService ideas;

	private final IdeaViews views;

	private final OrganisationRepository organisations;

	private final PartnerDecisionRepository decisions;

	private final AuditLog audit;

	JointPilots(IdeaService ideas, IdeaViews views, OrganisationRepository organisations,
			PartnerDecisionRepository decisions, AuditLog audit) {
		this.ideas = ideas;
		this.views = views;
		this.organisations = organisations;
		this.decisions = decisions;
		this.audit = audit;
	}

	/** A partner organisation of a joint pilot. */
	record Partner(Long organisationId, String name) {
	}

	@Transactional
	Idea namePartners(Long id, List<Long> organisationIds, Long version, CurrentUser user) {
		Idea idea = IdeaViews.requireMember(this.ideas.visibleForUpdate(id, user), user, "idea.members-only.partners");
		IdeaService.checkVersion(idea, version);
		if (!user.has(Role.LAB_LEAD)) {
			throw Problems.forbidden("partners.lab-leads-only", idea.getReference());
		}
		if (!IdeaPolicy.mayNamePartners(user, idea.facts())) {
			throw Problems.conflict("partners.not-now", idea.getReference(), idea.getStage());
		}
		Set<Long> wanted = new LinkedHashSet<>(organisationIds);
		if (wanted.size() > MAX_PARTNERS) {
			throw Problems.invalid("organisations", "partners.too-many", MAX_PARTNERS);
		}
		if (wanted.contains(idea.getOrganisation().getId())) {
			throw Problems.invalid("organisations", "partners.lead-itself", idea.getOrganisation().getName());
		}
		Set<Long> known = this.organisations.findAllById(wanted)
			.stream()
			.map(Organisation::getId)
			.collect(Collectors.toSet());
		List<Long> unknown = wanted.stream().filter((each) -> !known.contains(each)).toList();
		if (!unknown.isEmpty()) {
			throw Problems.invalid("organisations", "partners.unknown",
					unknown.stream().map(String::valueOf).collect(Collectors.joining(", ")));
		}
		idea.namePartners(wanted);
		this.audit.record(user.username(), "PARTNERS_NAMED", "idea", id, id, String.join(", ", names(wanted)));
		return idea;
	}

	/** The partners of the idea, by name; none for whoever does not see it in full. */
	@Transactional(readOnly = true)
	List<Partner> partners(Long id, CurrentUser user) {
		IdeaViews.Readable readable = this.views.read(id, user);
		if (!readable.isFull()) {
			return List.of();
		}
		Map<Long, String> names = nameMap(readable.idea().getPartners());
		return readable.idea().getPartners().stream().map((each) -> new Partner(each, names.get(each))).toList();
	}

	@Transactional
	PartnerDecision decide(Long id, PartnerDecisionRequest request, CurrentUser user) {
		Idea idea = this.ideas.visibleForUpdate(id, user);
		IdeaPolicy.Facts facts = idea.facts();
		if (!IdeaPolicy.isPartner(user, facts)) {
			throw Problems.forbidden("partners.partners-only", idea.getReference());
		}
		if (!user.has(Role.EXECUTIVE)) {
			throw Problems.forbidden("partners.executives-only", idea.getReference());
		}
		if (!IdeaPolicy.mayDecideForPartner(user, facts)) {
			throw Problems.conflict("partners.decision-not-now", idea.getReference(), idea.getStage());
		}
		validate(request);
		if (this.decisions.existsByIdeaIdAndOrganisationId(id, user.organisationId())) {
			throw Problems.conflict("partners.decision-taken", idea.getReference());
		}
		PartnerDecision decision = this.decisions
			.saveAndFlush(new PartnerDecision(id, user.organisationId(), request, user.id()));
		this.audit.record(user.username(), "PARTNER_DECIDED", "partner_decision", decision.getId(), id,
				names(Set.of(user.organisationId())).get(0) + " " + request.outcome());
		return decision;
	}

	@Transactional(readOnly = true)
	List<PartnerDecision> decisions(Long id, CurrentUser user) {
		return this.views.read(id, user).isFull() ? this.decisions.findByIdeaIdOrderByDecidedAtAscIdAsc(id) : List.of();
	}

	Map<Long, String> nameMap(Set<Long> ids) {
		return this.organisations.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName));
	}

	private List<String> names(Set<Long> ids) {
		Map<Long, String> names = nameMap(ids);
		return ids.stream().map(names::get).toList();
	}

	/**
	 * Go scales in the partner's organisation: its budget and receiving unit; or Kill.
	 */
	private static void validate(PartnerDecisionRequest request) {
		if (request.outcome() != Outcome.GO && request.outcome() != Outcome.KILL) {
			throw Problems.invalid("outcome", "partners.decision-outcome");
		}
		if (request.outcome() == Outcome.GO && request.budget() == null) {
			throw Problems.invalid("budget", "partners.decision-budget");
		}
		if (request.outcome() == Outcome.GO && (request.receivingUnit() == null || request.receivingUnit().isBlank())) {
			throw Problems.invalid("receivingUnit", "partners.decision-receiving-unit");
		}
	}

}
