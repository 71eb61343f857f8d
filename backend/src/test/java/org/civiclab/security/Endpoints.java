package org.civiclab.security;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.civiclab.IdeaDriver.Stage;
import org.civiclab.security.Access.Rule;
import org.civiclab.security.Access.Target;
import org.civiclab.security.Fixtures.Fixture;

import static java.util.Map.entry;
import static org.civiclab.ApiClient.decision;
import static org.civiclab.ApiClient.learningCard;
import static org.civiclab.ApiClient.newIdea;
import static org.civiclab.ApiClient.object;
import static org.civiclab.ApiClient.scores;
import static org.civiclab.ApiClient.testCard;
import static org.civiclab.ApiClient.version;
import static org.civiclab.security.Access.admin;
import static org.civiclab.security.Access.adminOfAnotherOrganisation;
import static org.civiclab.security.Access.author;
import static org.civiclab.security.Access.decide;
import static org.civiclab.security.Access.labLead;
import static org.civiclab.security.Access.labLeadOnInternalRecord;
import static org.civiclab.security.Access.open;
import static org.civiclab.security.Access.read;
import static org.civiclab.security.Access.regionAdmin;
import static org.civiclab.security.Access.signedIn;
import static org.civiclab.security.Access.submitter;
import static org.civiclab.security.Access.support;
import static org.civiclab.security.Access.takePart;

/**
 * Every endpoint the application maps, with who may call it (docs/adr/0014), the stage
 * its idea must be in for the call to succeed, and a valid request body.
 * {@link AuthorizationMatrixIT} fails on a mapping missing here, so a new endpoint needs
 * one line: its rule from {@link Access}, and for a write the stage and body.
 */
final class Endpoints {

	/**
	 * What the matrix checks of one endpoint.
	 *
	 * @param rule the expected status per caller and target
	 * @param stage the stage the target idea is in (for the calls that succeed)
	 * @param body a valid request body for a fixture, or {@code null} for none
	 */
	record Endpoint(Rule rule, Stage stage, Function<Fixture, Object> body) {

		boolean isWrite(String key) {
			return !key.startsWith("GET ");
		}

	}

	/** The stage of an endpoint that names no idea: it does not matter. */
	private static final Stage NO_IDEA = Stage.DRAFT;

	static final Map<String, Endpoint> ALL = Map.ofEntries(
	// @formatter:off
			// Sign-in, sign-out, who am I
			entry("POST /api/session", write(open(401), NO_IDEA, (f) -> object().put("username", "nobody-" + UUID.randomUUID()).put("password", "wrong"))),
			entry("GET /api/session", get(signedIn(200))),
			entry("DELETE /api/session", write(signedIn(204), NO_IDEA, null)),
			entry("GET /api/session/demo-users", get(open(200))),
			entry("GET /api/session/providers", get(open(200))),
			entry("GET /api/me", get(signedIn(200))),
			entry("GET /api/colleagues", get(signedIn(200))),
			entry("GET /api/gates", get(signedIn(200))),
			// The board, my ideas, my tasks
			entry("GET /api/board", get(signedIn(200))),
			entry("GET /api/board/columns/{stage}", get(signedIn(200))),
			entry("GET /api/ideas/mine", get(signedIn(200))),
			entry("GET /api/tasks/mine", get(signedIn(200))),
			// An idea and its author's actions
			entry("POST /api/ideas", write(signedIn(201), NO_IDEA, (f) -> newIdea("Matrix idea"))),
			entry("GET /api/ideas/{id}", get(read())),
			entry("GET /api/ideas/{id}/diagram", get(read())),
			entry("PUT /api/ideas/{id}", write(author(200, 409), Stage.SCREENING, (f) -> newIdea("Edited").put("version", f.ideaVersion()))),
			entry("PUT /api/ideas/{id}/co-authors", write(submitter(200, 409), Stage.SCREENING, (f) -> object().put("version", f.ideaVersion()).set("coAuthors", object().arrayNode()))),
			entry("POST /api/ideas/{id}/submit", write(author(200, 409), Stage.SCREENING, (f) -> version(f.ideaVersion()))),
			entry("POST /api/ideas/{id}/resubmit", write(author(409, 200), Stage.REVISION, (f) -> version(f.ideaVersion()))),
			entry("POST /api/ideas/{id}/withdraw", write(author(200, 200), Stage.SCREENING, (f) -> version(f.ideaVersion()))),
			// Discussion
			entry("GET /api/ideas/{id}/comments", get(read())),
			entry("POST /api/ideas/{id}/comments", write(takePart(201), Stage.SCREENING, (f) -> object().put("body", "A comment"))),
			entry("GET /api/ideas/{id}/region-comments", get(read())),
			entry("POST /api/ideas/{id}/region-comments", write(regionThread(), Stage.PLAN, (f) -> object().put("body", "A comment for the region"))),
			// Joint pilots: the lead's lab lead names partners; partners' executives decide for their own
			entry("GET /api/organisations", get(signedIn(200))),
			entry("GET /api/ideas/{id}/partners", get(read())),
			entry("PUT /api/ideas/{id}/partners", write(labLead(200), Stage.SCREENING, (f) -> version(f.ideaVersion()).set("organisations", object().arrayNode()))),
			entry("GET /api/ideas/{id}/partner-decisions", get(read())),
			entry("POST /api/ideas/{id}/partner-decisions", write(partnersOnly(), Stage.SCALE_DECISION, (f) -> object().put("outcome", "KILL").put("rationale", "Not for us"))),
			entry("PUT /api/ideas/{id}/sharing", write(labLead(200), Stage.SCREENING, (f) -> version(f.ideaVersion()).put("sharing", "REGION"))),
			entry("PUT /api/ideas/{id}/support", write(support(200), Stage.SCREENING, null)),
			entry("DELETE /api/ideas/{id}/support", write(support(200), Stage.SCREENING, null)),
			// Following (notifications): whoever may see the idea
			entry("GET /api/ideas/{id}/following", get(read())),
			entry("PUT /api/ideas/{id}/following", write(read(), Stage.SCREENING, null)),
			entry("DELETE /api/ideas/{id}/following", write(read(), Stage.SCREENING, null)),
			// Gate decisions: kept as taken
			entry("GET /api/ideas/{ideaId}/decisions", get(read())),
			entry("POST /api/ideas/{ideaId}/decisions", write(decide("lab-lead"), Stage.SCREENING, (f) -> decision("SCREENING", "GO", f.ideaVersion()).set("scores", scores(4, 4, 4, 4)))),
			entry("PUT /api/ideas/{ideaId}/decisions", write(signedIn(405), Stage.SCREENING, null)),
			entry("PATCH /api/ideas/{ideaId}/decisions", write(signedIn(405), Stage.SCREENING, null)),
			entry("DELETE /api/ideas/{ideaId}/decisions", write(signedIn(405), Stage.SCREENING, null)),
			entry("PUT /api/ideas/{ideaId}/decisions/{decisionId}", write(signedIn(405), Stage.SCREENING, null)),
			entry("PATCH /api/ideas/{ideaId}/decisions/{decisionId}", write(signedIn(405), Stage.SCREENING, null)),
			entry("DELETE /api/ideas/{ideaId}/decisions/{decisionId}", write(signedIn(405), Stage.SCREENING, null)),
			entry("POST /api/rubric/recommendation", write(signedIn(200), NO_IDEA, (f) -> scores(4, 4, 4, 4))),
			// Experiments and impact: the idea's organisation's lab leads
			entry("GET /api/ideas/{ideaId}/experiments", get(read())),
			entry("POST /api/ideas/{ideaId}/experiments", write(labLead(201), Stage.PLAN, (f) -> testCard("Matrix test card"))),
			entry("PUT /api/experiments/{id}", write(labLead(200), Stage.PLAN, (f) -> testCard("Edited test card").put("version", f.experimentVersion()))),
			entry("POST /api/experiments/{id}/result", write(labLead(200), Stage.PLAN, (f) -> object().put("result", "It worked").put("outcome", "VALIDATED").put("version", f.experimentVersion()).set("learningCard", learningCard("It works")))),
			entry("GET /api/ideas/{ideaId}/impact-targets", get(read())),
			entry("POST /api/ideas/{ideaId}/impact-targets", write(labLead(201), Stage.PLAN, (f) -> object().put("metric", "Bookings online").put("unit", "%").put("baseline", 10).put("target", 40))),
			entry("PUT /api/impact-targets/{targetId}/baseline", write(labLeadOnInternalRecord(200), Stage.PLAN, (f) -> object().put("baseline", 12))),
			entry("POST /api/impact-targets/{targetId}/measurements", write(labLeadOnInternalRecord(201), Stage.SCALING, (f) -> object().put("measuredOn", "2026-01-15").put("value", 25))),
			// The lessons library and the portfolio dashboard (executives and lab leads)
			entry("GET /api/lessons", get(signedIn(200))),
			entry("GET /api/lessons/themes", get(signedIn(200))),
			// The catalogue (docs/adr/0036): what is shared with the region or public, published; adopted by a
			// lab lead of another organisation ({reference} is the target idea's reference)
			entry("GET /api/catalogue", get(signedIn(200))),
			entry("GET /api/catalogue/{reference}", get(catalogued(200, 200))),
			entry("POST /api/catalogue/{reference}/adoptions", write(catalogued(201, 403), Stage.PLAN, null)),
			entry("POST /api/catalogue/federated/{feedId}/{reference}/adoptions", write(signedIn(404), Stage.PLAN, (f) -> object())),
			entry("GET /api/ideas/{id}/adoptions", get(read())),
			entry("GET /api/portfolio/dashboard", get(portfolioReaders())),
			entry("GET /api/portfolio/dashboard/export.csv", get(signedIn(406))), // asked for JSON; DashboardIT reads it as CSV
			entry("GET /api/portfolio/dashboard/export.xlsx", notCalled("the same rule and query as export.csv; a spreadsheet is no JSON to compare")),
			// Open data: anyone, no sign-in (docs/adr/0019)
			entry("GET /api/open/ideas", get(open(200))),
			entry("GET /api/open/ideas.csv", get(open(406))), // asked for JSON, as the matrix asks everything
			entry("GET /api/open/ideas/{reference}", notCalled("names a public idea by reference; OpenDataIT reads every public idea anonymously")),
			entry("GET /api/open/schema/ideas.json", get(open(406))), // application/schema+json
			// Administration of people and organisations (issue 14): admins only; another
			// organisation's people answer 404 (PeopleAdministrationIT, with Sjöstad's admin).
			// {personId} is a new Norrvik person and {token} a new invitation for each call;
			// {organisationId} is Sjöstad (its admin and the region's change it in the IT).
			entry("GET /api/admin/people", get(admin(200))),
			entry("POST /api/admin/people", write(admin(201), NO_IDEA, (f) -> Fixtures.newPerson())),
			entry("PUT /api/admin/people/{personId}", write(admin(200), NO_IDEA, (f) -> object().put("displayName", "Matrix Changed").put("version", 0).set("roles", object().arrayNode().add("INTRAPRENEUR")))),
			entry("POST /api/admin/people/{personId}/deactivate", write(admin(200), NO_IDEA, null)),
			entry("POST /api/admin/people/{personId}/reactivate", write(admin(200), NO_IDEA, null)),
			entry("POST /api/admin/people/{personId}/invitation", write(admin(201), NO_IDEA, null)),
			entry("GET /api/admin/organisations", get(admin(200))),
			entry("POST /api/admin/organisations", write(regionAdmin(201), NO_IDEA, (f) -> object().put("name", "Matrix " + UUID.randomUUID()).put("defaultLanguage", "sv").put("currency", "SEK"))),
			entry("PUT /api/admin/organisations/{organisationId}", write(adminOfAnotherOrganisation(), NO_IDEA, Fixtures::sjostadUnchanged)),
			// An invitation link: anyone who holds it, signed in or not
			entry("GET /api/invitations/{token}", get(open(200))),
			entry("POST /api/invitations/{token}", write(open(204), NO_IDEA, (f) -> object().put("password", "a long enough password"))),
			// People's data (privacy, docs/adr/0026): one's own download; an admin's erasure
			// (a new Norrvik person; the wrong confirmation is a 400, nothing changed; another
			// organisation's person is a 404 in PersonalDataIT)
			entry("GET /api/me/data", get(signedIn(200))),
			entry("GET /api/admin/erasure/people", get(admin(200))),
			entry("POST /api/admin/people/{personId}/erasure", write(admin(400), NO_IDEA, (f) -> object().put("confirmUsername", "not-this-person"))),
			// Personal access tokens (admin-tokens, docs/adr/0024): each person's own; another's
			// token, like one that does not exist, is a 404 ({tokenId} names none of theirs)
			// Notifications: each person's own; another's, like one that does not exist, is a
			// 404 ({notificationId} names none of theirs)
			entry("GET /api/notifications", get(signedIn(200))),
			entry("GET /api/notifications/unread", get(signedIn(200))),
			entry("POST /api/notifications/{notificationId}/read", write(signedIn(404), NO_IDEA, null)),
			entry("POST /api/notifications/read", write(signedIn(204), NO_IDEA, null)),
			entry("GET /api/me/notification-settings", get(signedIn(200))),
			entry("PUT /api/me/notification-settings", write(signedIn(200), NO_IDEA, (f) -> object().putNull("language").set("deliveries", object().arrayNode()))),
			entry("GET /api/access-tokens", get(signedIn(200))),
			entry("POST /api/access-tokens", write(signedIn(201), NO_IDEA, (f) -> object().put("name", "Matrix script").put("scope", "READ").put("expiresOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString()))),
			entry("DELETE /api/access-tokens/{tokenId}", write(signedIn(404), NO_IDEA, null)),
			// SCIM 2.0 (admin-tokens, docs/adr/0025): a directory's SCIM token only, which no
			// caller here holds (ScimProvisioningIT calls them with one)
			entry("GET /scim/v2/Users", get(signedIn(403))),
			entry("POST /scim/v2/Users", write(signedIn(403), NO_IDEA, null)),
			entry("GET /scim/v2/Users/{userId}", get(signedIn(403))),
			entry("PUT /scim/v2/Users/{userId}", write(signedIn(403), NO_IDEA, null)),
			entry("PATCH /scim/v2/Users/{userId}", write(signedIn(403), NO_IDEA, null)),
			entry("DELETE /scim/v2/Users/{userId}", write(signedIn(403), NO_IDEA, null)),
			entry("GET /scim/v2/Groups", get(signedIn(403))),
			entry("POST /scim/v2/Groups", write(signedIn(403), NO_IDEA, null)),
			entry("GET /scim/v2/Groups/{groupId}", get(signedIn(403))),
			entry("PUT /scim/v2/Groups/{groupId}", write(signedIn(403), NO_IDEA, null)),
			entry("PATCH /scim/v2/Groups/{groupId}", write(signedIn(403), NO_IDEA, null)),
			entry("GET /scim/v2/ServiceProviderConfig", get(signedIn(403))),
			entry("GET /scim/v2/Schemas", get(signedIn(403))),
			entry("GET /scim/v2/Schemas/{schemaId}", get(signedIn(403))),
			entry("GET /scim/v2/ResourceTypes", get(signedIn(403))),
			entry("GET /scim/v2/ResourceTypes/{typeName}", get(signedIn(403))),
			// Process versions (admin-engine): any admin reads; only a region's admin deploys or moves ideas
			// (no demo caller is one: ProcessVersionsIT deploys and moves as a region's admin of its own)
			entry("GET /api/admin/process-versions", get(admin(200))),
			entry("POST /api/admin/process-versions", write(regionAdmin(201), NO_IDEA, null)),
			entry("POST /api/admin/process-versions/migrations", write(regionAdmin(200), NO_IDEA, (f) -> object().put("fromVersion", 1))),
			// Lists and custom fields (admin-lists): the pick-lists and the form's fields for everyone signed
			// in; an idea's values of them in the full view only; the admin's API for Norrvik's admin
			// (another organisation answers 404: ManagedListsIT)
			entry("GET /api/lists", get(signedIn(200))),
			entry("GET /api/custom-fields", get(signedIn(200))),
			entry("GET /api/ideas/{id}/fields", get(fullViewOnly())),
			entry("GET /api/admin/organisations/{id}/lists/{kind}", get(admin(200))),
			entry("POST /api/admin/organisations/{id}/lists/{kind}", write(admin(201), NO_IDEA, (f) -> AdminListTargets.entry("Matrix department"))),
			entry("PUT /api/admin/organisations/{id}/lists/{kind}/{entryId}", write(admin(200), NO_IDEA, (f) -> AdminListTargets.entry("Matrix renamed"))),
			entry("DELETE /api/admin/organisations/{id}/lists/{kind}/{entryId}", write(admin(204), NO_IDEA, null)),
			entry("GET /api/admin/organisations/{id}/fields", get(admin(200))),
			entry("POST /api/admin/organisations/{id}/fields", write(admin(201), NO_IDEA, (f) -> AdminListTargets.field("Matrix field"))),
			entry("PUT /api/admin/organisations/{id}/fields/{fieldId}", write(admin(200), NO_IDEA, (f) -> AdminListTargets.field("Matrix field changed"))),
			// Outbound webhooks (issue 15, docs/webhooks.md): an organisation's admins and the region's;
			// {organisationId} is Sjöstad, so Norrvik's admin finds none (404); WebhookIT adds, changes,
			// delivers and deletes as Norrvik's admin and the region's ({webhookId} names none)
			entry("GET /api/admin/organisations/{organisationId}/webhooks", get(adminOfAnotherOrganisation())),
			entry("POST /api/admin/organisations/{organisationId}/webhooks", write(adminOfAnotherOrganisation(), NO_IDEA, (f) -> webhook())),
			entry("PUT /api/admin/organisations/{organisationId}/webhooks/{webhookId}", write(adminOfAnotherOrganisation(), NO_IDEA, (f) -> webhook())),
			entry("DELETE /api/admin/organisations/{organisationId}/webhooks/{webhookId}", write(adminOfAnotherOrganisation(), NO_IDEA, null)),
			entry("GET /api/admin/organisations/{organisationId}/webhooks/{webhookId}/deliveries", get(adminOfAnotherOrganisation())),
			// Federation through open data (docs/adr/0037): the feeds are the installation's, a region's
			// admin's (FederationIT adds and reads them as one); the federated pilots are open data,
			// for anyone signed in
			entry("GET /api/admin/federation/feeds", get(regionAdmin(200))),
			entry("POST /api/admin/federation/feeds", write(regionAdmin(201), NO_IDEA, (f) -> object().put("url", "https://civiclab.example.org").put("name", "Matrix region"))),
			entry("DELETE /api/admin/federation/feeds/{feedId}", write(regionAdmin(404), NO_IDEA, null)),
			entry("GET /api/catalogue/federated", get(signedIn(200))),
			// Challenges (issue 18, docs/adr/0040-challenges.md): {challengeId} is a new staff challenge of
			// Norrvik (every caller's organisation), at version 0; lab leads and executives open, edit and close
			// it, its lab leads moderate; {suggestionId} and the links name none (CitizenSuggestionsIT)
			entry("GET /api/challenges", get(signedIn(200))),
			entry("POST /api/challenges", write(ChallengeTargets.openers(201), NO_IDEA, (f) -> ChallengeTargets.challenge("Matrix opened"))),
			entry("GET /api/challenges/{challengeId}", get(signedIn(200))),
			entry("PUT /api/challenges/{challengeId}", write(ChallengeTargets.openers(200), NO_IDEA, (f) -> ChallengeTargets.challenge("Matrix edited"))),
			entry("POST /api/challenges/{challengeId}/closing", write(ChallengeTargets.openers(200), NO_IDEA, (f) -> object().put("summary", "Matrix summary").put("version", 0))),
			entry("GET /api/challenges/{challengeId}/suggestions", get(ChallengeTargets.moderators(200))),
			entry("POST /api/suggestions/{suggestionId}/approval", write(signedIn(404), NO_IDEA, (f) -> object())),
			entry("POST /api/suggestions/{suggestionId}/rejection", write(signedIn(404), NO_IDEA, (f) -> object().put("reason", "Matrix reason"))),
			entry("POST /api/suggestions/{suggestionId}/idea", write(signedIn(404), NO_IDEA, null)),
			// Public challenges: anyone; a staff challenge is none of theirs (404)
			entry("GET /api/open/challenges", get(open(200))),
			entry("GET /api/open/schema/challenges.json", get(open(406))), // application/schema+json
			entry("GET /api/open/challenges/{challengeId}", get(open(404))),
			entry("POST /api/open/challenges/{challengeId}/suggestions", write(open(404), NO_IDEA, (f) -> object().put("title", "Matrix").put("text", "Matrix").put("email", "matrix@citizens.example.org").put("credit", false).put("language", "en"))),
			entry("POST /api/open/suggestions/{suggestionId}/supports", write(open(404), NO_IDEA, (f) -> object().put("email", "matrix@citizens.example.org").put("language", "en"))),
			entry("POST /api/open/confirmations/{confirmationToken}", write(open(404), NO_IDEA, null)),
			entry("POST /api/open/erasures/{erasureToken}", write(open(404), NO_IDEA, null)),
			// Not CivicLab's API: the OpenAPI document and Spring Boot's error page
			entry("GET /v3/api-docs", get(open(200))),
			// Asked for JSON, as the matrix asks everything: open to all, in its own media type.
			entry("GET /v3/api-docs.yaml", get(open(406))),
			entry("GET /v3/api-docs/swagger-config", get(open(200))),
			entry("GET /swagger-ui.html", notCalled("redirects to the OpenAPI browser, a static page")),
			entry("ANY /error", notCalled("Spring Boot's error page, reached only by forwarding")));
	// @formatter:on

	private Endpoints() {
	}

	/** A read, of an idea past its screening Go: a public idea is published then. */
	private static Endpoint get(Rule rule) {
		return new Endpoint(rule, Stage.PLAN, null);
	}

	private static Endpoint write(Rule rule, Stage stage, Function<Fixture, Object> body) {
		return new Endpoint(rule, stage, body);
	}

	private static Rule portfolioReaders() {
		return (caller, target, stage) -> caller.anonymous() ? 401
				: (caller.groups().contains("lab-lead") || caller.groups().contains("executive")) ? 200 : 403;
	}

	/**
	 * A partner's scale decision: no idea of the matrix has partners, so whoever may read
	 * it is refused (403).
	 */
	private static Rule partnersOnly() {
		return (caller, target, stage) -> Access.read().expect(caller, target, stage) == 200 ? 403
				: Access.read().expect(caller, target, stage);
	}

	/**
	 * The cross-organisation thread: whoever may read the idea, once it is published
	 * beyond its organisation (the matrix's own organisation's ideas are not).
	 */
	private static Rule regionThread() {
		return (caller, target, stage) -> Access.read().expect(caller, target, stage) == 200
				? (target.sharedByAnother() ? 201 : 409) : Access.read().expect(caller, target, stage);
	}

	/**
	 * A record of an idea's full view: as {@link Access#read}, but another organisation's
	 * published idea has none (404) (admin-lists).
	 */
	private static Rule fullViewOnly() {
		return (caller, target, stage) -> (target.sharedByAnother() && !caller.anonymous()) ? 404
				: Access.read().expect(caller, target, stage);
	}

	/**
	 * A catalogue entry: another organisation's published pilot, shared with the region
	 * or public; any other idea answers 404, as one that does not exist. A lab lead gets
	 * {@code labLead}, anyone else signed in {@code others} (docs/adr/0036).
	 */
	private static Rule catalogued(int labLead, int others) {
		return (caller, target, stage) -> caller.anonymous() ? 401
				: (!target.sharedByAnother() || !stage.isPastScreening()) ? 404
						: caller.groups().contains("lab-lead") ? labLead : others;
	}

	/** A valid webhook: the matrix's callers are refused before it is checked further. */
	private static Object webhook() {
		var body = object().put("url", "https://hooks.example.org/civiclab")
			.put("secret", "a matrix secret, long enough")
			.put("enabled", true);
		body.putArray("events").add("GATE_DECIDED");
		return body;
	}

	private static Endpoint notCalled(String why) {
		return new Endpoint(Access.notCalled(why), NO_IDEA, null);
	}

	/** The body to send, or {@code null}. */
	static Object body(Endpoint endpoint, Fixture fixture) {
		return (endpoint.body() != null) ? endpoint.body().apply(fixture) : null;
	}

}
