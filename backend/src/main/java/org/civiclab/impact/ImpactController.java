package org.civiclab.impact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.civiclab.audit.AuditLog;
import org.civiclab.idea.Idea;
import org.civiclab.idea.IdeaViews;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;
import org.civiclab.people.Role;
import org.civiclab.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Impact targets, set while an idea is planned and tested, and the benefits measured
 * against them once it scales.
 */
@RestController
class ImpactController {

	private static final Set<String> TARGET_STAGES = Set.of("plan", "test", "scale-decision", "scaling");

	private static final Set<String> MEASURING_STAGES = Set.of("scaling", "scaled");

	private final ImpactTargetRepository targets;

	private final BenefitMeasurementRepository measurements;

	private final IdeaViews ideas;

	private final CurrentUsers currentUsers;

	private final AuditLog audit;

	ImpactController(ImpactTargetRepository targets, BenefitMeasurementRepository measurements, IdeaViews ideas,
			CurrentUsers currentUsers, AuditLog audit) {
		this.targets = targets;
		this.measurements = measurements;
		this.ideas = ideas;
		this.currentUsers = currentUsers;
		this.audit = audit;
	}

	record TargetRequest(@NotBlank @Size(max = 200) String metric, @NotBlank @Size(max = 40) String unit,
			@NotNull @Digits(integer = 14, fraction = 4) BigDecimal baseline,
			@NotNull @Digits(integer = 14, fraction = 4) BigDecimal target) {
	}

	record MeasurementRequest(@NotNull @PastOrPresent LocalDate measuredOn,
			@NotNull @Digits(integer = 14, fraction = 4) BigDecimal value, @Size(max = 1000) String note) {
	}

	record TargetView(ImpactTarget target, List<BenefitMeasurement> measurements) {
	}

	@GetMapping("/api/ideas/{ideaId}/impact-targets")
	@Transactional(readOnly = true)
	List<TargetView> list(@PathVariable Long ideaId) {
		this.ideas.readable(ideaId, this.currentUsers.current());
		List<ImpactTarget> found = this.targets.findByIdeaIdOrderByIdAsc(ideaId);
		Map<Long, List<BenefitMeasurement>> byTarget = this.measurements
			.findByImpactTargetIdInOrderByMeasuredOnAscIdAsc(found.stream().map(ImpactTarget::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(BenefitMeasurement::getImpactTargetId));
		return found.stream()
			.map((target) -> new TargetView(target, byTarget.getOrDefault(target.getId(), List.of())))
			.toList();
	}

	@PostMapping("/api/ideas/{ideaId}/impact-targets")
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	ImpactTarget addTarget(@PathVariable Long ideaId, @Valid @RequestBody TargetRequest request) {
		CurrentUser user = this.currentUsers.current();
		labLeadAt(ideaId, user, TARGET_STAGES);
		ImpactTarget target = this.targets
			.save(new ImpactTarget(ideaId, request.metric(), request.unit(), request.baseline(), request.target()));
		this.audit.record(user.username(), "IMPACT_TARGET_SET", "impact_target", target.getId(), ideaId,
				request.metric());
		return target;
	}

	@PostMapping("/api/impact-targets/{targetId}/measurements")
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	BenefitMeasurement measure(@PathVariable Long targetId, @Valid @RequestBody MeasurementRequest request) {
		CurrentUser user = this.currentUsers.current();
		ImpactTarget target = this.targets.findById(targetId)
			.orElseThrow(() -> Problems.notFound("No impact target with id " + targetId));
		labLeadAt(target.getIdeaId(), user, MEASURING_STAGES);
		BenefitMeasurement measurement = this.measurements
			.save(new BenefitMeasurement(targetId, request.measuredOn(), request.value(), request.note(), user.id()));
		this.audit.record(user.username(), "BENEFIT_MEASURED", "benefit_measurement", measurement.getId(),
				target.getIdeaId(), target.getMetric() + " = " + request.value());
		return measurement;
	}

	private void labLeadAt(Long ideaId, CurrentUser user, Set<String> stages) {
		Idea idea = this.ideas.readable(ideaId, user);
		if (!user.has(Role.LAB_LEAD)) {
			throw Problems.forbidden("Only a lab lead records impact targets and benefits");
		}
		if (!stages.contains(idea.getStage())) {
			throw Problems.conflict("Not in this stage: " + idea.getReference() + " is in " + idea.getStage());
		}
	}

}
