package org.civiclab.security;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.civiclab.ApiClient;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.NewIdea;
import org.civiclab.IdeaDriver.Stage;
import org.civiclab.security.Access.Target;

/**
 * Ideas for the matrix, driven over HTTP by the {@link IdeaDriver} to the stage an
 * endpoint needs: Norrvik's by Anna, Lena and Maria, Sjöstad's by Sara, Jonas and Sofia.
 * An idea past its screening has a test card and an impact target.
 */
final class Fixtures {

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
				case "id" -> path.startsWith("/api/experiments/") ? this.experimentId
						: AdminListTargets.names(path) ? AdminListTargets.norrvik() : this.ideaId;
				// Lists and custom fields (admin-lists)
				case "kind" -> AdminListTargets.kind(path);
				case "entryId" -> AdminListTargets.freshEntry();
				case "fieldId" -> AdminListTargets.freshField();
				case "ideaId" -> this.ideaId;
				// The catalogue (docs/adr/0036) names an idea by its reference.
				case "reference" -> this.owner.idea(this.ideaId).path("reference").asText();
				case "targetId" -> this.targetId;
				case "decisionId" -> (this.decisionId != null) ? this.decisionId : Long.valueOf(1);
				case "stage" -> "screening";
				// Administration: a new Norrvik person, invited by Norrvik's admin, for
				// each call; Sjöstad (no caller's: nothing renames an organisation that
				// other tests name); a new invitation.
				case "personId" ->
					this.owner.post("/api/admin/people", newPerson()).expect(201).path("person").path("id").asLong();
				case "organisationId" -> organisation(this.labLead, "Sjöstad municipality").path("id").asLong();
				case "token" -> {
					String url = this.owner.post("/api/admin/people", newPerson())
						.expect(201)
						.path("invitation")
						.path("url")
						.asText();
					yield url.substring(url.lastIndexOf('/') + 1);
				}
				// Personal access tokens (admin-tokens): an id no caller's token has.
				case "tokenId" -> Long.valueOf(0);
				// Notifications: an id no caller's notification has.
				case "notificationId" -> Long.valueOf(0);
				// Webhooks: none of Sjöstad's (the path's organisation), which no caller
				// administers.
				case "webhookId" -> Long.valueOf(0);
				// Federation: a feed no region's admin added (no caller is one).
				case "feedId" -> Long.valueOf(0);
				// SCIM (admin-tokens): a user no directory made, and a group (a role).
				case "userId" -> Long.valueOf(0);
				case "groupId" -> "lab-lead";
				case "schemaId" -> "urn:ietf:params:scim:schemas:core:2.0:User";
				case "typeName" -> "User";
				// Challenges (docs/adr/0040-challenges.md)
				case "challengeId" -> ChallengeTargets.fresh();
				case "suggestionId" -> Long.valueOf(0);
				case "confirmationToken", "erasureToken" -> "no-such-link";
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
		AdminListTargets.use(clients);
		ChallengeTargets.use(clients);
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
			// What the administration's endpoints name: Norrvik's admin makes it; the
			// region's admin reads other organisations.
			return new Fixture(target, null, null, null, null, this.clients.apply("admin"),
					this.clients.apply("regina"));
		}
		IdeaDriver driver = target.ownOrganisation() ? IdeaDriver.norrvik(this.clients)
				: IdeaDriver.sjostad(this.clients);
		NewIdea written = driver.idea("Matrix " + target + " " + stage + " " + this.made)
			.publicIdea(target == Target.OTHER_ORGANISATION_PUBLIC);
		if (target == Target.OTHER_ORGANISATION_REGION) {
			written.sharedWithRegion();
		}
		DrivenIdea idea = written.withTestCard()
			.withImpactTarget()
			.to((target == Target.OWN_DRAFT) ? Stage.DRAFT : stage);
		return new Fixture(target, idea.id(), idea.experimentId(), idea.targetId(), idea.firstDecisionId(),
				driver.author(), driver.labLead());
	}

	/** A new Norrvik intrapreneur, as an admin invites them. */
	static ObjectNode newPerson() {
		ObjectNode person = ApiClient.object()
			.put("username", "matrix-" + UUID.randomUUID())
			.put("displayName", "Matrix Person")
			.put("department", "Education");
		person.putArray("roles").add("INTRAPRENEUR");
		return person;
	}

	/** Sjöstad's settings as they are, at their current version. */
	static ObjectNode sjostadUnchanged(Fixture fixture) {
		JsonNode sjostad = organisation(fixture.labLead(), "Sjöstad municipality");
		return ApiClient.object()
			.put("name", sjostad.path("name").asText())
			.put("defaultLanguage", sjostad.path("defaultLanguage").asText())
			.put("currency", sjostad.path("currency").asText())
			.put("version", sjostad.path("version").asLong());
	}

	private static JsonNode organisation(ApiClient admin, String name) {
		for (JsonNode organisation : admin.get("/api/admin/organisations").expect(200)) {
			if (organisation.path("name").asText().equals(name)) {
				return organisation;
			}
		}
		throw new AssertionError("No organisation " + name);
	}

	/** The targets an endpoint is called on: the ideas if its path names one. */
	static List<Target> targetsOf(String path) {
		boolean namesAnIdea = VARIABLE.matcher(path).find() && !path.contains("{stage}") && !path.contains("{tokenId}")
				&& !path.contains("{notificationId}") && !path.startsWith("/api/admin/")
				&& !path.startsWith("/api/invitations/") && !path.startsWith("/scim/") && !ChallengeTargets.names(path);
		return namesAnIdea ? Target.IDEAS : List.of(Target.NONE);
	}

	/** How many fixtures were made, for the report. */
	int made() {
		return this.made;
	}

}
