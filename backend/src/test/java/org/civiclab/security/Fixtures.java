package org.civiclab.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.civiclab.ApiClient;
import org.civiclab.security.Access.Target;

import static org.civiclab.ApiClient.checklist;
import static org.civiclab.ApiClient.decision;
import static org.civiclab.ApiClient.newIdea;
import static org.civiclab.ApiClient.object;
import static org.civiclab.ApiClient.scores;
import static org.civiclab.ApiClient.version;

/**
 * Ideas for the matrix, driven over HTTP to the stage an endpoint needs: Norrvik's by
 * Anna, Lena and Maria, Sjöstad's by Sara, Jonas and Sofia.
 */
final class Fixtures {

	/** The stage an idea is driven to. */
	enum Stage {

		NONE, SCREENING, REVISION, PLAN, SCALE_DECISION, SCALING;

		/** Whether the idea passed screening with a Go: a public one is published. */
		boolean isPastScreening() {
			return this == PLAN || this == SCALE_DECISION || this == SCALING;
		}

	}

	/**
	 * An idea and what hangs on it.
	 *
	 * @param target what it is to the callers
	 * @param ideaId the idea
	 * @param experimentId its test card, from the plan stage on
	 * @param targetId its impact target, from the plan stage on
	 * @param decisionId its first gate decision, once one is taken
	 * @param owner someone who may read it, to learn versions
	 * @param labLead its organisation's lab lead
	 */
	record Fixture(Target target, Long ideaId, Long experimentId, Long targetId, Long decisionId, ApiClient owner,
			ApiClient labLead) {

		long ideaVersion() {
			return this.owner.idea(this.ideaId).path("version").asLong();
		}

		long experimentVersion() {
			for (JsonNode experiment : this.labLead.get("/api/ideas/{id}/experiments", this.ideaId).expect(200)) {
				if (experiment.path("id").asLong() == this.experimentId) {
					return experiment.path("version").asLong();
				}
			}
			throw new AssertionError("No experiment " + this.experimentId);
		}

		/**
		 * The path with its variables filled in from this fixture, or as overridden;
		 * {@code null} if the fixture has nothing for one (a draft has no experiments).
		 */
		String uri(String path, Map<String, String> overrides) {
			Matcher variables = VARIABLE.matcher(path);
			StringBuilder uri = new StringBuilder();
			while (variables.find()) {
				String value = overrides.containsKey(variables.group(1)) ? overrides.get(variables.group(1))
						: resolve(path, variables.group(1));
				if (value == null) {
					return null;
				}
				variables.appendReplacement(uri, value);
			}
			variables.appendTail(uri);
			return uri.toString();
		}

		/**
		 * The value for a path variable of this endpoint, or {@code null} if it has none.
		 */
		String resolve(String path, String variable) {
			Object value = switch (variable) {
				case "id" -> path.startsWith("/api/experiments/") ? this.experimentId : this.ideaId;
				case "ideaId" -> this.ideaId;
				case "targetId" -> this.targetId;
				case "decisionId" -> (this.decisionId != null) ? this.decisionId : Long.valueOf(1);
				case "stage" -> "screening";
				default -> throw new AssertionError("The matrix does not know the path variable {" + variable + "} of "
						+ path + ": teach Fixtures.Fixture.resolve what it names");
			};
			return (value != null) ? value.toString() : null;
		}

	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	private final Function<String, ApiClient> clients;

	private final Map<Target, Map<Stage, Fixture>> shared = new EnumMap<>(Target.class);

	private int made;

	Fixtures(Function<String, ApiClient> clients) {
		this.clients = clients;
	}

	/** A fixture shared by the calls that are refused and so change nothing. */
	Fixture shared(Target target, Stage stage) {
		return this.shared.computeIfAbsent(target, (t) -> new HashMap<>())
			.computeIfAbsent(stage, (s) -> fresh(target, s));
	}

	/** A fixture of its own, for a call that succeeds and changes it. */
	Fixture fresh(Target target, Stage stage) {
		this.made++;
		if (target == Target.NONE) {
			return new Fixture(target, null, null, null, null, null, null);
		}
		boolean norrvik = target.ownOrganisation();
		ApiClient owner = this.clients.apply(norrvik ? "anna" : "sara");
		ApiClient labLead = this.clients.apply(norrvik ? "lena" : "jonas");
		ApiClient executive = this.clients.apply(norrvik ? "maria" : "sofia");
		JsonNode draft = owner
			.post("/api/ideas",
					newIdea("Matrix " + target + " " + stage + " " + this.made).put("publicIdea",
							target == Target.OTHER_ORGANISATION_PUBLIC))
			.expect(201);
		long id = draft.path("id").asLong();
		if (target == Target.OWN_DRAFT || stage == Stage.NONE) {
			return new Fixture(target, id, null, null, null, owner, labLead);
		}
		owner.post("/api/ideas/{id}/submit", version(draft.path("version").asLong()), id).expect(200);
		if (stage == Stage.SCREENING) {
			return new Fixture(target, id, null, null, null, owner, labLead);
		}
		JsonNode screened = labLead.decide(id,
				decision("SCREENING", (stage == Stage.REVISION) ? "RECYCLE" : "GO", versionOf(owner, id)).set("scores",
						scores(4, 4, 4, 4)));
		Long decisionId = screened.path("id").asLong();
		if (stage == Stage.REVISION) {
			return new Fixture(target, id, null, null, decisionId, owner, labLead);
		}
		long experimentId = labLead.addTestCard(id, "Matrix card").path("id").asLong();
		long targetId = labLead.post("/api/ideas/{id}/impact-targets",
				object().put("metric", "Bookings online").put("unit", "%").put("baseline", 10).put("target", 40), id)
			.expect(201)
			.path("id")
			.asLong();
		if (stage == Stage.PLAN) {
			return new Fixture(target, id, experimentId, targetId, decisionId, owner, labLead);
		}
		labLead.decide(id, decision("PLAN", "GO", versionOf(owner, id)).put("timeBoxEndsAt",
				Instant.now().plus(30, ChronoUnit.DAYS).toString()));
		labLead.decide(id, decision("TEST", "GO", versionOf(owner, id)));
		if (stage == Stage.SCALE_DECISION) {
			return new Fixture(target, id, experimentId, targetId, decisionId, owner, labLead);
		}
		executive.decide(id, scaleGo(versionOf(owner, id)));
		return new Fixture(target, id, experimentId, targetId, decisionId, owner, labLead);
	}

	/** The targets an endpoint is called on: the ideas if its path names one. */
	static List<Target> targetsOf(String path) {
		boolean namesAnIdea = VARIABLE.matcher(path).find() && !path.contains("{stage}");
		return namesAnIdea ? Target.IDEAS : List.of(Target.NONE);
	}

	/** A complete decision to scale. */
	static ObjectNode scaleGo(long version) {
		return decision("SCALE", "GO", version).put("budget", 100000)
			.put("receivingUnit", "Customer service")
			.set("checklist", checklist(true));
	}

	/** How many fixtures were made, for the report. */
	int made() {
		return this.made;
	}

	private static long versionOf(ApiClient reader, long id) {
		return reader.idea(id).path("version").asLong();
	}

}
