package org.civiclab.portfolio;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the dashboard shows: the ideas submitted in the period (a cohort), optionally of
 * one organisation, department and theme. Without a period, the last twelve months.
 *
 * @param organisation an organisation's id
 * @param department a department's name
 * @param theme a theme
 * @param from the period's first day (UTC)
 * @param to the period's last day (UTC), included
 */
record DashboardFilter(Long organisation, @Size(max = 200) String department, @Size(max = 60) String theme,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	/** The longest period shown: ten years of months. */
	static final int MAX_MONTHS = 120;

	/** The same filter with the default period filled in. */
	DashboardFilter withDefaults(LocalDate today) {
		LocalDate end = (this.to != null) ? this.to : today;
		LocalDate start = (this.from != null) ? this.from : end.minusMonths(11).withDayOfMonth(1);
		return new DashboardFilter(this.organisation, this.department, this.theme, start, end);
	}

	static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

}
