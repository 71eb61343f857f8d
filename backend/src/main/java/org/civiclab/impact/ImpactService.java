package org.civiclab.impact;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.civiclab.audit.AuditLog;
import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaPolicy;
import org.civiclab.idea.IdeaViews;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.Role;
import org.civiclab.pipeline.Pipeline;
import org.civiclab.pipeline.StageCapability;
import org.civiclab.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Impact targets, set while an idea is planned and tested, and the benefits measured
 * against them once it scales. Lab leads record both.
 */
@Service
public class ImpactService {

	private final ImpactTargetRepository targets;

	private final BenefitMeasurementRepository measurements;

	private final IdeaViews ideas;

	private final Pipeline pipeline;

	private final AuditLog audit;

	ImpactService(ImpactTargetRepository targets, BenefitMeasurementRepository measurements, IdeaViews ideas,
			Pipeline pipeline, AuditLog audit) {
		this.pipeline = pipeline;
		this.targets = targets;
		this.measurements = measurements;
		this.ideas = ideas;
		this.audit = audit;
	}

	/** An impact target with the benefits measured against it, oldest first. */
	public record TargetView(ImpactTarget target, List<BenefitMeasurement> measurements) {
	}

	/**
	 * An idea's impact targets and measurements; none in the shared view (another
	 * organisation's reader), as the public sees none.
	 */
	@Transactional(readOnly = true)
	public List<TargetView> of(Long ideaId, CurrentUser user) {
		if (!this.ideas.read(ideaId, user).isFull()) {
			return List.of();
		}
		List<ImpactTarget> found = this.targets.findByIdeaIdOrderByIdAsc(ideaId);
		Map<Long, List<BenefitMeasurement>> byTarget = this.measurements
			.findByImpactTargetIdInOrderByMeasuredOnAscIdAsc(found.stream().map(ImpactTarget::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(BenefitMeasurement::getImpactTargetId));
		return found.stream()
			.map((target) -> new TargetView(target, byTarget.getOrDefault(target.getId(), List.of())))
			.toList();
	}

	@Transactional
	public ImpactTarget addTarget(Long ideaId, TargetRequest request, CurrentUser user) {
		labLeadAt(ideaId, user, StageCapability.IMPACT_TARGETS);
		ImpactTarget target = this.targets
			.save(new ImpactTarget(ideaId, request.metric(), request.unit(), request.baseline(), request.target()));
		this.audit.record(user.username(), "IMPACT_TARGET_SET", "impact_target", target.getId(), ideaId,
				request.metric());
		return target;
	}

	/**
	 * Sets a target's baseline: where the idea's organisation stands, as its lab lead
	 * measured it (an adopted pilot's targets have none until then; a baseline set before
	 * is corrected). As a target is set: in a stage whose model allows impact targets.
	 */
	@Transactional
	public ImpactTarget setBaseline(Long targetId, BaselineRequest request, CurrentUser user) {
		ImpactTarget target = findInFull(targetId, user);
		labLeadAt(target.getIdeaId(), user, StageCapability.IMPACT_TARGETS);
		if (!Objects.equals(target.getVersion(), request.version())) {
			throw Problems.stale(target.getVersion(), "record.stale", target.getMetric());
		}
		String was = (target.getBaseline() != null) ? " (was " + target.getBaseline().toPlainString() + ")" : "";
		target.measureBaseline(request.baseline());
		this.audit.record(user.username(), "IMPACT_BASELINE_SET", "impact_target", targetId, target.getIdeaId(),
				target.getMetric() + " = " + request.baseline().toPlainString() + was);
		return target;
	}

	@Transactional
	public BenefitMeasurement measure(Long targetId, MeasurementRequest request, CurrentUser user) {
		ImpactTarget target = findInFull(targetId, user);
		labLeadAt(target.getIdeaId(), user, StageCapability.MEASUREMENTS);
		BenefitMeasurement measurement = this.measurements.save(new BenefitMeasurement(targetId, request.measuredOn(),
				request.value(), request.note(), user.id(), user.organisationId()));
		this.audit.record(user.username(), "BENEFIT_MEASURED", "benefit_measurement", measurement.getId(),
				target.getIdeaId(), target.getMetric() + " = " + request.value());
		return measurement;
	}

	/** A target is the idea's full view's: for anyone else it does not exist. */
	private ImpactTarget findInFull(Long targetId, CurrentUser user) {
		return this.targets.findById(targetId)
			.filter((found) -> this.ideas.seesInFull(found.getIdeaId(), user))
			.orElseThrow(() -> Problems.notFound("impact.target-not-found", targetId));
	}

	/**
	 * A lab lead of the idea's organisation (for a measurement also of a joint pilot's
	 * partner, at its own site), in a stage whose model allows the record.
	 */
	private void labLeadAt(Long ideaId, CurrentUser user, StageCapability record) {
		Idea readable = this.ideas.readable(ideaId, user);
		Idea idea = (record == StageCapability.MEASUREMENTS)
				? IdeaViews.requireParticipant(readable, user, "idea.members-only.impact")
				: IdeaViews.requireMember(readable, user, "idea.members-only.impact");
		if (!user.has(Role.LAB_LEAD)) {
			throw Problems.forbidden("impact.lab-lead-only");
		}
		if (!IdeaPolicy.mayRecord(user, idea.facts(), record, this.pipeline.allows(idea.getStage()))) {
			throw Problems.conflict("impact.not-in-stage", idea.getReference(), idea.getStage());
		}
	}

}
