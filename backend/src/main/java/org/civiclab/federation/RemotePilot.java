package org.civiclab.federation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.civiclab.web.Text;

import org.springframework.lang.Nullable;

/**
 * A public pilot as another installation's open data describes it, once checked: it is
 * not trusted, so each field must have the shape and length CivicLab's own have, or the
 * pilot is left out. Texts are kept as text, without control characters.
 */
record RemotePilot(String reference, String organisation, String title, String problem, String proposal,
		List<String> themes, String stage, @Nullable String lifecycleStage, @Nullable String outcome,
		@Nullable BigDecimal estimatedCost, @Nullable String currency) {

	private static final Pattern REFERENCE = Pattern.compile("IDEA-[0-9]{4}-[0-9]{4,8}");

	private static final Pattern STAGE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	private static final Set<String> LIFECYCLE = Set.of("IDENTIFYING_PROBLEMS", "GENERATING_IDEAS",
			"DEVELOPING_PROPOSALS", "IMPLEMENTING_PROJECTS", "EVALUATING_PROJECTS", "DIFFUSING_LESSONS");

	private static final Set<String> OUTCOMES = Set.of("SCALED", "STOPPED");

	private static final BigDecimal MAX_COST = new BigDecimal("1000000000000");

	/**
	 * The pilot an idea of the open data describes, or empty if it is not well formed.
	 */
	static Optional<RemotePilot> of(JsonNode idea) {
		String reference = text(idea, "reference", 20);
		String stage = text(idea, "stage", 40);
		if (reference == null || !REFERENCE.matcher(reference).matches() || stage == null
				|| !STAGE.matcher(stage).matches()) {
			return Optional.empty();
		}
		String organisation = text(idea, "organisation", 200);
		String title = text(idea, "title", 200);
		String problem = text(idea, "problem", 4000);
		String proposal = text(idea, "proposal", 4000);
		List<String> themes = themes(idea.path("themes"));
		if (organisation == null || title == null || problem == null || proposal == null || themes == null) {
			return Optional.empty();
		}
		String currency = text(idea, "currency", 3);
		return Optional.of(new RemotePilot(reference, organisation, title, problem, proposal, themes, stage,
				oneOf(text(idea, "lifecycleStage", 40), LIFECYCLE), oneOf(text(idea, "outcome", 20), OUTCOMES),
				cost(idea.path("estimatedCost")),
				(currency != null && CURRENCY.matcher(currency).matches()) ? currency : null));
	}

	/**
	 * A text of at most so many characters, without control characters but line breaks.
	 */
	@Nullable
	private static String text(JsonNode idea, String field, int max) {
		JsonNode value = idea.path(field);
		if (!value.isTextual()) {
			return null;
		}
		String text = value.asText().replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
		return (text.isEmpty() || Text.length(text) > max) ? null : text;
	}

	@Nullable
	private static List<String> themes(JsonNode themes) {
		if (!themes.isArray() || themes.size() > 20) {
			return null;
		}
		List<String> names = new ArrayList<>();
		for (JsonNode theme : themes) {
			if (!theme.isTextual() || theme.asText().isBlank() || Text.length(theme.asText()) > 100) {
				return null;
			}
			names.add(theme.asText().replaceAll("\\p{Cc}", "").strip());
		}
		return List.copyOf(names);
	}

	@Nullable
	private static String oneOf(@Nullable String value, Set<String> allowed) {
		return (value != null && allowed.contains(value)) ? value : null;
	}

	@Nullable
	private static BigDecimal cost(JsonNode value) {
		if (!value.isNumber()) {
			return null;
		}
		BigDecimal cost = value.decimalValue();
		return (cost.signum() < 0 || cost.compareTo(MAX_COST) >= 0) ? null
				: cost.setScale(2, java.math.RoundingMode.HALF_UP);
	}

}
