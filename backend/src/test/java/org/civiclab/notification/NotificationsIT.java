package org.civiclab.notification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.civiclab.ApiClient;
import org.civiclab.IdeaDriver;
import org.civiclab.IdeaDriver.DrivenIdea;
import org.civiclab.IdeaDriver.Stage;
import org.civiclab.decision.DecisionRequest;
import org.civiclab.decision.GateDecisionService;
import org.civiclab.people.CurrentUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.civiclab.ApiClient.object;

/**
 * Notifications end to end, against a real SMTP server in the test (GreenMail): every row
 * of the routing table reaches exactly its people, in their language, and never someone
 * who may not see the idea; the model's timers reach the right people; the outbox keeps
 * mails while the mail server is down and sends each once when it is back; a rolled-back
 * decision sends nothing; a daily digest is one mail with the day's items.
 */
class NotificationsIT extends ApiClient.FullStack {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ManagementService jobs;

	@Autowired
	RuntimeService processes;

	@Autowired
	Digests digests;

	@Autowired
	GateDecisionService decisions;

	@Autowired
	CurrentUsers people;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ObjectMapper json;

	@BeforeEach
	void languages() {
		// Lena reads Swedish, Maria Danish, Erik Dutch; everyone else their
		// organisation's English.
		setLanguage("lena", "sv");
		setLanguage("maria", "da");
		setLanguage("erik", "nl");
	}

	@Test
	void everyRowOfTheRoutingTableReachesExactlyItsPeopleInTheirLanguage() throws Exception {
		IdeaDriver norrvik = IdeaDriver.norrvik(this::as);
		as("omar").put("/api/me/notification-settings", deliveries("COMMENT_ADDED", "IMMEDIATE")).expect(200);

		// Submitted: the organisation's lab leads, Lena in Swedish, Karin in English.
		DrivenIdea idea = norrvik.idea("Library cards for newcomers").publicIdea(false).to(Stage.SCREENING);
		String ref = idea.reference();
		assertThat(mailsAbout(ref, 2)).containsExactly(
				entry("karin", ref + " submitted for screening: Library cards for newcomers"),
				entry("lena", ref + " har lämnats in för gallring: Library cards for newcomers"));

		// Omar follows; a comment naming @maria and @jonas (of Sjöstad, who may not see
		// this internal idea) reaches Maria as a mention and the followers (Anna, Omar)
		// as a comment; never Jonas, never the commenter.
		as("omar").put("/api/ideas/{id}/following", null, idea.id()).expect(200);
		as("lena").post("/api/ideas/{id}/comments", object().put("body", "@maria, @jonas: worth a look?"), idea.id())
			.expect(201);
		assertThat(mailsAbout(ref, 4)).containsExactly(
				entry("karin", ref + " submitted for screening: Library cards for newcomers"),
				entry("lena", ref + " har lämnats in för gallring: Library cards for newcomers"),
				entry("maria", ref + ": Lena Holm nævnte dig"), entry("omar", ref + ": Lena Holm commented"));
		assertThat(notified("anna", ref)).contains("COMMENT_ADDED");
		assertThat(notified("jonas", ref)).isEmpty();

		// Revision asked: the authors; followers learn of the decision.
		drainAndPurge();
		idea.to(Stage.REVISION);
		assertThat(mailsAbout(ref, 2)).containsExactly(
				entry("anna", ref + ": screening asks for a revision of Library cards for newcomers"),
				entry("omar", ref + ": a gate decision on Library cards for newcomers"));

		// Scale proposed: the executives but the proposer (Karin proposes; Karin is one).
		DrivenIdea scaling = norrvik.idea("Lending e-bikes").scaleProposedBy("karin").to(Stage.SCALE_DECISION);
		String proposed = scaling.reference();
		assertThat(mailsAbout(proposed, 7).stream()
			.filter((mail) -> mail.getValue().contains("scal") || mail.getValue().contains("skal")
					|| mail.getValue().contains("opschaling")))
			.containsExactly(entry("erik", proposed + " wordt voorgesteld voor opschaling: Lending e-bikes"),
					entry("maria", proposed + " foreslås opskaleret: Lending e-bikes"));
		assertThat(notified("karin", proposed)).doesNotContain("SCALE_PROPOSED");
	}

	@Test
	void theModelsTimersReachTheRightPeople() throws Exception {
		IdeaDriver norrvik = IdeaDriver.norrvik(this::as);
		DrivenIdea waiting = norrvik.idea("Benches with shade").to(Stage.SCREENING);
		DrivenIdea testing = norrvik.idea("Night buses on Fridays").to(Stage.TEST);
		DrivenIdea shelved = norrvik.idea("Seed library").to(Stage.SHELF);
		DrivenIdea scaling = norrvik.idea("Digital queue numbers").to(Stage.SCALING);
		drainAndPurge();

		fire(waiting, "TimerEvent_ScreeningOverdue");
		assertThat(recipients(mailsAbout(waiting.reference(), 4))).containsExactly("erik", "karin", "lena", "maria");
		fire(testing, "TimerEvent_TimeBoxEndingSoon");
		assertThat(mailsAbout(testing.reference(), 2)).containsExactly(
				entry("karin", testing.reference() + ": the test’s time box ends soon"),
				entry("lena", testing.reference() + ": testets tidsram tar snart slut"));
		drainAndPurge();
		fire(testing, "TimerEvent_TimeBoxEnded");
		assertThat(mailsAbout(testing.reference(), 2)).containsExactly(
				entry("karin", testing.reference() + ": the time box has ended, a decision is due"),
				entry("lena", testing.reference() + ": tidsramen är slut, ett beslut ska fattas"));
		fire(shelved, "TimerEvent_ShelvedFromScreening");
		assertThat(recipients(mailsAbout(shelved.reference(), 3))).containsExactly("anna", "karin", "lena");
		fire(scaling, "TimerEvent_BenefitReviewDue");
		assertThat(recipients(mailsAbout(scaling.reference(), 2))).containsExactly("karin", "lena");
	}

	@Test
	void mailsWaitForADownMailServerAndArriveOnceWhenItIsBack() throws Exception {
		DrivenIdea idea = IdeaDriver.norrvik(this::as).idea("Repair cafés").to(Stage.SCREENING);
		mailsAbout(idea.reference(), 2);
		MAIL.stop();
		try {
			idea.to(Stage.PLAN);
			awaitTrue("the outbox tried and failed", () -> failedAttempts(idea.reference()) > 0);
			Thread.sleep(1500);
		}
		finally {
			MAIL.start();
		}
		List<Map.Entry<String, String>> mails = mailsAbout(idea.reference(), 1);
		Thread.sleep(1500);
		assertThat(mails).containsExactly(entry("anna", idea.reference() + ": a gate decision on Repair cafés"));
		assertThat(mailsAbout(idea.reference(), 1)).as("sent once").hasSize(1);
		assertThat(sentIdsAreUnique()).isTrue();
	}

	@Test
	void aDecisionThatRolledBackTellsNobody() throws Exception {
		DrivenIdea idea = IdeaDriver.norrvik(this::as).idea("Quiet hours at the pool").to(Stage.SCREENING);
		mailsAbout(idea.reference(), 2);
		int notifications = count("notification");
		int mails = count("outgoing_mail");
		JsonNode decision = ApiClient.decision("SCREENING", "GO", idea.version())
			.set("scores", ApiClient.scores(4, 4, 4, 4));

		this.transactions.executeWithoutResult((status) -> {
			this.decisions.decide(idea.id(), this.json.convertValue(decision, DecisionRequest.class),
					this.people.byUsername("lena"));
			assertThat(count("notification")).as("told inside the decision's transaction").isGreaterThan(notifications);
			status.setRollbackOnly();
		});

		Thread.sleep(1500);
		assertThat(count("notification")).isEqualTo(notifications);
		assertThat(count("outgoing_mail")).isEqualTo(mails);
		assertThat(mailsAbout(idea.reference(), 2)).hasSize(2);
	}

	@Test
	void aPersonOnTheDailyDigestGetsOneMailWithTheDaysItems() throws Exception {
		DrivenIdea first = IdeaDriver.norrvik(this::as).idea("Shared tools shed").to(Stage.SCREENING);
		DrivenIdea second = IdeaDriver.norrvik(this::as).idea("School garden swaps").to(Stage.SCREENING);
		// Anna gets comments in the daily digest: the default.
		as("omar").post("/api/ideas/{id}/comments", object().put("body", "Count me in"), first.id()).expect(201);
		as("lena").post("/api/ideas/{id}/comments", object().put("body", "Good timing"), second.id()).expect(201);
		as("omar").post("/api/ideas/{id}/comments", object().put("body", "Me too"), second.id()).expect(201);
		drainAndPurge();

		Integer waiting = this.jdbc.queryForObject(
				"select count(*) from notification n join person p on p.id = n.person_id where p.username = 'anna' and n.mail = 'DAILY'",
				Integer.class);
		int built = this.digests.build(Delivery.DAILY, LocalDate.of(2031, 1, 15));
		int again = this.digests.build(Delivery.DAILY, LocalDate.of(2031, 1, 15));

		assertThat(built).isPositive();
		assertThat(again).as("a period is built once").isEqualTo(-1);
		awaitTrue("Anna's digest", () -> !to("anna").isEmpty());
		Thread.sleep(1000);
		List<MimeMessage> annas = to("anna");
		assertThat(annas).hasSize(1);
		String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(annas.get(0));
		assertThat(waiting).isGreaterThanOrEqualTo(3);
		assertThat(annas.get(0).getSubject()).isEqualTo("CivicLab: " + waiting + " updates today");
		assertThat(count("notification where mail = 'DAILY'")).as("every waiting item went into a digest").isZero();
		assertThat(body).contains("Omar Haddad commented on " + first.reference())
			.contains("Lena Holm commented on " + second.reference())
			.contains("Omar Haddad commented on " + second.reference());
	}

	/** Waits until the outbox has sent everything, then empties the mail server. */
	private void drainAndPurge() throws Exception {
		awaitTrue("the outbox to be empty", () -> count("outgoing_mail where sent_at is null") == 0);
		MAIL.purge();
	}

	private void setLanguage(String username, String language) {
		ObjectNode settings = object().put("language", language);
		settings.putArray("deliveries");
		as(username).put("/api/me/notification-settings", settings).expect(200);
	}

	private static JsonNode deliveries(String kind, String delivery) {
		ObjectNode settings = object().putNull("language");
		settings.putArray("deliveries").add(object().put("kind", kind).put("delivery", delivery));
		return settings;
	}

	/** Fires a timer of the idea's process, as the engine would when it is due. */
	private void fire(DrivenIdea idea, String timer) {
		String process = this.processes.createProcessInstanceQuery()
			.processInstanceBusinessKey(Long.toString(idea.id()))
			.singleResult()
			.getId();
		Job job = this.jobs.createJobQuery().processInstanceId(process).activityId(timer).singleResult();
		assertThat(job).as(timer + " of " + idea.reference()).isNotNull();
		this.jobs.executeJob(job.getId());
	}

	/**
	 * The mails about this idea, as (recipient, subject) by recipient, once at least this
	 * many have arrived.
	 */
	private List<Map.Entry<String, String>> mailsAbout(String reference, int atLeast) throws Exception {
		awaitTrue(atLeast + " mails about " + reference, () -> about(reference).size() >= atLeast);
		return about(reference);
	}

	private List<Map.Entry<String, String>> about(String reference) {
		TreeMap<String, List<String>> byRecipient = new TreeMap<>();
		for (MimeMessage message : MAIL.received()) {
			try {
				if (message.getSubject().contains(reference)) {
					String to = message.getRecipients(RecipientType.TO)[0].toString();
					byRecipient.computeIfAbsent(to.substring(0, to.indexOf('@')), (key) -> new ArrayList<>())
						.add(message.getSubject());
				}
			}
			catch (MessagingException ex) {
				throw new AssertionError(ex);
			}
		}
		List<Map.Entry<String, String>> mails = new ArrayList<>();
		byRecipient
			.forEach((to, subjects) -> subjects.stream().sorted().forEach((subject) -> mails.add(entry(to, subject))));
		return mails;
	}

	private static List<String> recipients(List<Map.Entry<String, String>> mails) {
		return mails.stream().map(Map.Entry::getKey).toList();
	}

	private List<MimeMessage> to(String username) {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : MAIL.received()) {
			try {
				if (message.getRecipients(RecipientType.TO)[0].toString().startsWith(username + "@")) {
					found.add(message);
				}
			}
			catch (MessagingException ex) {
				throw new AssertionError(ex);
			}
		}
		return found;
	}

	private List<String> notified(String username, String reference) {
		return this.jdbc.queryForList("""
				select n.kind from notification n join person p on p.id = n.person_id join idea i on i.id = n.idea_id
				where p.username = ? and i.reference = ? order by n.id""", String.class, username, reference);
	}

	private int failedAttempts(String reference) {
		Integer failed = this.jdbc.queryForObject(
				"select count(*) from outgoing_mail where sent_at is null and attempts > 0 and subject like ?",
				Integer.class, "%" + reference + "%");
		return (failed != null) ? failed : 0;
	}

	private boolean sentIdsAreUnique() throws MessagingException {
		List<String> ids = new ArrayList<>();
		for (MimeMessage message : MAIL.received()) {
			ids.add(message.getHeader("X-CivicLab-Mail")[0]);
		}
		return ids.size() == ids.stream().distinct().count();
	}

	private int count(String table) {
		Integer rows = this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
		return (rows != null) ? rows : 0;
	}

	private static Map.Entry<String, String> entry(String to, String subject) {
		return Map.entry(to, subject);
	}

	private static void awaitTrue(String what, BooleanSupplier condition) {
		await(what).atMost(Duration.ofSeconds(30))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(100))
			.until(condition::getAsBoolean);
	}

}
