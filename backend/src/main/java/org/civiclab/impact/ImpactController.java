package org.civiclab.impact;

import java.util.List;

import jakarta.validation.Valid;

import org.civiclab.impact.ImpactService.TargetView;
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
 * Impact targets and benefit measurements.
 */
@RestController
class ImpactController {

	private final ImpactService impact;

	private final CurrentUsers currentUsers;

	ImpactController(ImpactService impact, CurrentUsers currentUsers) {
		this.impact = impact;
		this.currentUsers = currentUsers;
	}

	/**
	 * List an idea's impact targets. Each target's metric, unit, baseline and target,
	 * with the benefits measured against it.
	 */
	@GetMapping("/api/ideas/{ideaId}/impact-targets")
	List<TargetView> list(@PathVariable Long ideaId) {
		return this.impact.of(ideaId, this.currentUsers.current());
	}

	/**
	 * Set an impact target. A metric, unit, baseline and target for an idea, against
	 * which its benefits are measured once it scales.
	 */
	@PostMapping("/api/ideas/{ideaId}/impact-targets")
	@ResponseStatus(HttpStatus.CREATED)
	ImpactTarget addTarget(@PathVariable Long ideaId, @Valid @RequestBody TargetRequest request) {
		return this.impact.addTarget(ideaId, request, this.currentUsers.current());
	}

	/**
	 * Set an impact target's baseline. Where the metric stands, as the idea's
	 * organisation measured it: an adopted pilot's targets come without one.
	 */
	@PutMapping("/api/impact-targets/{targetId}/baseline")
	ImpactTarget setBaseline(@PathVariable Long targetId, @Valid @RequestBody BaselineRequest request) {
		return this.impact.setBaseline(targetId, request, this.currentUsers.current());
	}

	/**
	 * Record a benefit measurement. A measured value of an impact target, with its date.
	 */
	@PostMapping("/api/impact-targets/{targetId}/measurements")
	@ResponseStatus(HttpStatus.CREATED)
	BenefitMeasurement measure(@PathVariable Long targetId, @Valid @RequestBody MeasurementRequest request) {
		return this.impact.measure(targetId, request, this.currentUsers.current());
	}

}
