package org.civiclab.rulebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.spring.JqwikSpringSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.civiclab.ApiClient;
import org.civiclab.Municipalities;
import org.civiclab.idea.IdeaPolicy;
import org.civiclab.idea.IdeaPolicy.Facts;
import org.civiclab.idea.Sharing;
import org.civiclab.people.CurrentUser;
import org.civiclab.rulebook.Life.Sight;
import org.civiclab.rulebook.Steps.Step;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civiclab.ApiClient.newIdea;

/**
 * The rulebook, under generated lives (issue "Rulebook", docs/adr/0021): an idea of
 * Norrvik's, written by Anna or by Karin (lab lead and executive), public or not, is
 * taken through every path of the model — screening's four outcomes, revision, the plan,
 * the test's four outcomes, the scale decision's four outcomes with its four-eyes rule,
 * adoption, the shelf and its wake-up, withdrawal at any point, the public flag and the
 * co-authors changed — by whoever may take each step. After every step, for every demo
 * person and for nobody signed in, everything the API shows of the idea is what the
 * test's own statement of the rules ({@link Life}) says, and what {@link IdeaPolicy} says
 * too.
 */
@JqwikSpringSupport
class RulebookPropertiesIT extends ApiClient.FullStack {

	private static final AtomicInteger LIVES = new AtomicInteger();

	@Autowired
	private ManagementService jobs;

	@Autowired
	private RuntimeService processes;

	@Autowired
	private JdbcTemplate jdbc;

	private final Map<String, ApiClient> sessions = new HashMap<>();

	private final Map<String, CurrentUser> users = new HashMap<>();

	@Property(tries = 10, shrinking = ShrinkingMode.BOUNDED)
	void everythingTheApiShowsIsWhatTheRulebookSays(@ForAll("submitters") String submitter, @ForAll boolean publicIdea,
			@ForAll @Size(min = 4, max = 16) List<@IntRange(min = 0, max = 9999) Integer> choices) {
		int life = LIVES.incrementAndGet();
		String title = "Rulebook life " + life;
		String theme = "rulebook " + life;
		ObjectNode request = newIdea(title).put("publicIdea", publicIdea);
		// Each life has a theme of its own, which the organisation's list holds.
		Municipalities.addToLists(this.jdbc, "THEMES", theme);
		request.putArray("themes").add(theme);
		JsonNode draft = session(submitter).post("/api/ideas", request).expect(201);
		Life expected = new Life(submitter, publicIdea);
		Steps steps = new Steps(this::session, this::wakeUp, expected, draft, title, theme);
		WhatTheApiShows shown = new WhatTheApiShows(this::reader, expected, draft, theme);
		List<String> taken = new ArrayList<>(List.of("draft by " + submitter + (publicIdea ? ", public" : "")));

		check(shown, expected, taken);
		for (int choice : choices) {
			List<Step> possible = steps.possible(choice);
			if (possible.isEmpty() || expected.where.ended() && taken.get(taken.size() - 1).equals("comment")) {
				break;
			}
			Step step = Steps.pick(possible, choice);
			step.take().run();
			taken.add(step.name());
			Statistics.label("steps").collect(step.name().replaceAll("^(karin|lena|maria|erik) ", ""));
			check(shown, expected, taken);
		}
		Statistics.label("where lives end").collect(expected.where);
		Statistics.label("steps per life").collect(taken.size() - 1);
	}

	@Provide
	Arbitrary<String> submitters() {
		return Arbitraries.of("anna", "karin");
	}

	private void check(WhatTheApiShows shown, Life expected, List<String> taken) {
		List<String> differences = new ArrayList<>(shown.differences());
		for (Someone someone : Someone.EVERYONE) {
			Sight policy = IdeaPolicy.view(user(someone), facts(expected))
				.map((view) -> Sight.valueOf(view.name()))
				.orElse(Sight.NONE);
			if (policy != expected.sight(someone)) {
				differences.add(someone + ": IdeaPolicy gives " + policy + ", the rulebook " + expected.sight(someone));
			}
		}
		assertThat(differences).as("after %s, the idea %s", taken, expected).isEmpty();
	}

	/** The facts IdeaPolicy reads, as the test's life has them. */
	private Facts facts(Life life) {
		return new Facts(user(Someone.named(life.submitter)).organisationId(), life.submitter, life.coAuthors,
				life.where.stage, life.submitted, life.screened, Sharing.valueOf(life.reach.name()), life.where.ended(),
				life.proposer);
	}

	private ApiClient session(String username) {
		return this.sessions.computeIfAbsent(username, this::signedIn);
	}

	private ApiClient reader(Someone someone) {
		return someone.anonymous() ? this.sessions.computeIfAbsent("", (none) -> anonymous())
				: session(someone.username());
	}

	/**
	 * The person as the application knows them (their organisation's id, their roles).
	 */
	private CurrentUser user(Someone someone) {
		if (someone.anonymous()) {
			return CurrentUser.ANONYMOUS;
		}
		return this.users.computeIfAbsent(someone.username(), (username) -> {
			JsonNode me = session(username).get("/api/me").expect(200);
			return new CurrentUser(me.path("id").asLong(), username, me.path("displayName").asText(),
					me.path("organisationId").asLong(), null, java.util.Set.of());
		});
	}

	/** Fires the shelf's wake-up timer of an idea, as the engine would on its date. */
	private boolean wakeUp(long ideaId) {
		ProcessInstance process = this.processes.createProcessInstanceQuery()
			.processInstanceBusinessKey(Long.toString(ideaId))
			.singleResult();
		List<Job> timers = this.jobs.createJobQuery().processInstanceId(process.getId()).timers().list();
		timers.forEach((timer) -> this.jobs.executeJob(timer.getId()));
		return !timers.isEmpty();
	}

}
