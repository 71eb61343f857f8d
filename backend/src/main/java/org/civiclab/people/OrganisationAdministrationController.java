package org.civiclab.people;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civiclab.people.OrganisationAdministration.OrganisationChange;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisations, for their admins: name, language, currency and pipeline times. Only a
 * region's admin adds one.
 */
@RestController
@RequestMapping("/api/admin/organisations")
class OrganisationAdministrationController {

	private final OrganisationAdministration administration;

	private final CurrentUsers currentUsers;

	OrganisationAdministrationController(OrganisationAdministration administration, CurrentUsers currentUsers) {
		this.administration = administration;
		this.currentUsers = currentUsers;
	}

	/**
	 * An organisation's settings; times in days, none for the installation's default.
	 */
	record OrganisationRequest(@NotBlank @Size(max = 200) String name, @NotNull String defaultLanguage,
			@NotNull String currency, @Min(1) @Max(3650) Integer screeningEscalationDays,
			@Min(1) @Max(3650) Integer benefitReviewDays, Long version) {

		OrganisationChange change() {
			return new OrganisationChange(this.name.strip(), this.defaultLanguage, this.currency,
					this.screeningEscalationDays, this.benefitReviewDays, this.version);
		}

	}

	/**
	 * List organisations. The organisations the admin administers, with their settings:
	 * name, language, currency and pipeline times.
	 */
	@GetMapping
	List<OrganisationView> list() {
		return this.administration.list(this.currentUsers.current());
	}

	/**
	 * Add an organisation. Only a region's admin adds one.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	OrganisationView create(@Valid @RequestBody OrganisationRequest request) {
		return this.administration.create(this.currentUsers.current(), request.change());
	}

	/**
	 * Change an organisation's settings. Name, language, currency and pipeline times (in
	 * days, none for the installation's default).
	 */
	@PutMapping("/{organisationId}")
	OrganisationView update(@PathVariable Long organisationId, @Valid @RequestBody OrganisationRequest request) {
		return this.administration.update(this.currentUsers.current(), organisationId, request.change());
	}

}
