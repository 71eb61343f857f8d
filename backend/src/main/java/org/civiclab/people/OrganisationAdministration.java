package org.civiclab.people;

import java.time.Period;
import java.util.Comparator;
import java.util.List;

import org.civiclab.audit.AuditLog;
import org.civiclab.pipeline.PipelineProperties;
import org.civiclab.web.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's work on organisations: an organisation's admin sees and changes their own, a
 * region's admin all of them, and only they add one.
 */
@Service
class OrganisationAdministration {

	/** The languages CivicLab speaks. */
	/** What an admin sets of an organisation. */
	record OrganisationChange(String name, String defaultLanguage, String currency, Integer screeningEscalationDays,
			Integer benefitReviewDays, Long version) {
	}

	private final OrganisationRepository organisations;

	private final PipelineProperties defaults;

	private final AuditLog audit;

	private final AdminScope scope;

	OrganisationAdministration(OrganisationRepository organisations, PipelineProperties defaults, AuditLog audit,
			AdminScope scope) {
		this.organisations = organisations;
		this.defaults = defaults;
		this.audit = audit;
		this.scope = scope;
	}

	@Transactional(readOnly = true)
	List<OrganisationView> list(CurrentUser admin) {
		this.scope.requireAdmin(admin);
		return this.organisations.findAll()
			.stream()
			.filter((organisation) -> Administration.administers(admin, organisation.getId()))
			.sorted(Comparator.comparing(Organisation::getName))
			.map(this::view)
			.toList();
	}

	@Transactional
	OrganisationView create(CurrentUser admin, OrganisationChange change) {
		this.scope.requireAdministersInstallation(admin, "organisation.region-admin-only");
		check(change, null);
		Organisation organisation = new Organisation(change.name());
		apply(organisation, change);
		organisation = this.organisations.saveAndFlush(organisation);
		this.audit.record(admin.username(), "ORGANISATION_CREATED", "organisation", organisation.getId(), null,
				change.name());
		return view(organisation);
	}

	@Transactional
	OrganisationView update(CurrentUser admin, Long id, OrganisationChange change) {
		this.scope.requireAdministers(admin, id);
		Organisation organisation = this.organisations.findById(id).orElseThrow();
		if (change.version() == null) {
			throw Problems.invalid("version", "organisation.version-needed");
		}
		if (change.version() != organisation.getVersion()) {
			throw Problems.stale(organisation.getVersion(), "record.stale", organisation.getName());
		}
		check(change, id);
		organisation.rename(change.name());
		apply(organisation, change);
		this.audit.record(admin.username(), "ORGANISATION_CHANGED", "organisation", id, null, change.name());
		return view(this.organisations.saveAndFlush(organisation));
	}

	private void check(OrganisationChange change, Long id) {
		if (!Organisation.LANGUAGES.contains(change.defaultLanguage())) {
			throw Problems.invalid("defaultLanguage", "organisation.language");
		}
		if (!Currencies.isIsoCode(change.currency())) {
			throw Problems.invalid("currency", "organisation.currency");
		}
		this.organisations.findByName(change.name()).filter((other) -> !other.getId().equals(id)).ifPresent((other) -> {
			throw Problems.invalid("name", "organisation.name-taken");
		});
	}

	private static void apply(Organisation organisation, OrganisationChange change) {
		organisation.setDefaultLanguage(change.defaultLanguage());
		organisation.setCurrency(change.currency());
		organisation.setPipelineDays(change.screeningEscalationDays(), change.benefitReviewDays());
	}

	private OrganisationView view(Organisation organisation) {
		return new OrganisationView(organisation.getId(), organisation.getName(), organisation.getDefaultLanguage(),
				organisation.getCurrency(), organisation.getScreeningEscalationDays(),
				organisation.getBenefitReviewDays(), days(this.defaults.screeningEscalationAfter()),
				days(this.defaults.benefitReviewEvery()), organisation.getVersion());
	}

	/** A period in days, months counted as 30. */
	private static int days(Period period) {
		return (int) (period.toTotalMonths() * 30 + period.getDays());
	}

	/** ISO 4217 codes as Java knows them. */
	static final class Currencies {

		private Currencies() {
		}

		static boolean isIsoCode(String code) {
			if (code == null || !code.matches("[A-Z]{3}")) {
				return false;
			}
			try {
				return java.util.Currency.getInstance(code).getCurrencyCode().equals(code);
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

	}

}
