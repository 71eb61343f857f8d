package org.civiclab.idea;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.civiclab.people.Organisation;
import org.hibernate.annotations.BatchSize;
import org.civiclab.people.Person;

/**
 * An idea and what it is; where it is in the pipeline is the engine's, mirrored in
 * {@link #getStage()} in the same transaction.
 */
@Entity
public class Idea {

	/** Drawn from {@code idea_seq} by {@link IdeaNumbers}. */
	@Id
	private Long id;

	private String reference;

	private String title;

	private String problem;

	private String proposal;

	private String beneficiaries;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	private Organisation organisation;

	private String department;

	@Enumerated(EnumType.STRING)
	private EntryRoute entryRoute;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "idea_theme", joinColumns = @JoinColumn(name = "idea_id"))
	@Column(name = "theme")
	private Set<String> themes = new LinkedHashSet<>();

	private BigDecimal estimatedCost;

	@ManyToOne(optional = false, fetch = FetchType.EAGER)
	private Person submitter;

	@ManyToMany(fetch = FetchType.LAZY)
	@OrderBy("username")
	@BatchSize(size = 100)
	@JoinTable(name = "idea_co_author", joinColumns = @JoinColumn(name = "idea_id"),
			inverseJoinColumns = @JoinColumn(name = "person_id"))
	private Set<Person> coAuthors = new LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	private Sharing sharing = Sharing.ORGANISATION;

	/** The partner organisations of a joint pilot (docs/adr/0038). */
	@ElementCollection(fetch = FetchType.LAZY)
	@BatchSize(size = 100)
	@CollectionTable(name = "idea_partner", joinColumns = @JoinColumn(name = "idea_id"))
	@Column(name = "organisation_id")
	private Set<Long> partners = new LinkedHashSet<>();

	/** The pilot of this installation it adopts, if it is a reuse. */
	@ManyToOne(fetch = FetchType.LAZY)
	private Idea origin;

	/** The address of the pilot of another installation it adopts, if any. */
	private String originUrl;

	private String originTitle;

	/** The challenge it answers, if any (docs/adr/0040-challenges.md). */
	private Long challengeId;

	/** Whom it credits: the resident whose suggestion it came from, if they agreed. */
	private String credit;

	private String stage;

	private Instant stageEnteredAt;

	private Instant testEndsAt;

	private Instant testRemindAt;

	private Instant wakeUpAt;

	private BigDecimal budget;

	private String receivingUnit;

	private String scaleProposedBy;

	private Instant createdAt;

	private Instant submittedAt;

	/** When it passed screening with a Go; from then on a public idea is published. */
	private Instant screenedAt;

	private Instant endedAt;

	@Version
	private Long version;

	protected Idea() {
	}

	Idea(long id, Person submitter, Organisation organisation) {
		this.id = id;
		this.submitter = submitter;
		this.organisation = organisation;
		this.createdAt = Instant.now();
		this.reference = "IDEA-%d-%04d".formatted(Year.from(this.createdAt.atZone(ZoneOffset.UTC)).getValue(), id);
		this.stage = Stages.DRAFT;
		this.stageEnteredAt = this.createdAt;
	}

	/** What the author wrote, with the department and themes as the lists spell them. */
	void describe(IdeaRequest request, String department, List<String> themes) {
		this.title = request.title().strip();
		this.problem = request.problem().strip();
		this.proposal = request.proposal().strip();
		this.beneficiaries = request.beneficiaries();
		this.department = department;
		this.entryRoute = (this.challengeId != null) ? EntryRoute.CHALLENGE_DRIVEN : request.entryRoute();
		this.themes = new LinkedHashSet<>(themes);
		this.estimatedCost = request.estimatedCost();
		if (request.publicIdea()) {
			this.sharing = Sharing.PUBLIC;
		}
		else if (this.sharing == Sharing.PUBLIC) {
			this.sharing = Sharing.ORGANISATION;
		}
	}

	/** It answers this challenge: it is challenge-driven. */
	public void answer(Long challengeId) {
		this.challengeId = challengeId;
		this.entryRoute = EntryRoute.CHALLENGE_DRIVEN;
	}

	/** It credits the resident whose suggestion it came from; null for nobody. */
	public void credit(String credit) {
		this.credit = credit;
	}

	public Long getChallengeId() {
		return this.challengeId;
	}

	public String getCredit() {
		return this.credit;
	}

	void submitted() {
		this.submittedAt = Instant.now();
	}

	void nameCoAuthors(Set<Person> coAuthors) {
		this.coAuthors.clear();
		this.coAuthors.addAll(coAuthors);
	}

	/** The screening Go: from now on a public idea is published (docs/adr/0021). */
	public void passScreening() {
		if (this.screenedAt == null) {
			this.screenedAt = Instant.now();
		}
	}

	void enterStage(String stage, boolean end) {
		this.stage = stage;
		this.stageEnteredAt = Instant.now();
		if (end) {
			this.endedAt = this.stageEnteredAt;
		}
	}

	/** The scale proposal of a Go at the test gate, for the four-eyes rule. */
	public void proposeScaling(String proposer) {
		this.scaleProposedBy = proposer;
	}

	public void setTestTimeBox(Instant endsAt, Instant remindAt) {
		this.testEndsAt = endsAt;
		this.testRemindAt = remindAt;
	}

	public void shelveUntil(Instant wakeUpAt) {
		this.wakeUpAt = wakeUpAt;
	}

	public void approveScaling(BigDecimal budget, String receivingUnit) {
		this.budget = budget;
		this.receivingUnit = receivingUnit;
	}

	/** What the rules of {@link IdeaPolicy} need to know of this idea. */
	public IdeaPolicy.Facts facts() {
		return new IdeaPolicy.Facts(this.organisation.getId(), this.submitter.getUsername(),
				this.coAuthors.stream().map(Person::getUsername).collect(Collectors.toSet()), this.stage,
				this.submittedAt != null, this.screenedAt != null, this.sharing, isEnded(), this.scaleProposedBy,
				this.partners);
	}

	public boolean isDraft() {
		return Stages.DRAFT.equals(this.stage);
	}

	public boolean isEnded() {
		return this.endedAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public String getReference() {
		return this.reference;
	}

	public String getTitle() {
		return this.title;
	}

	public String getProblem() {
		return this.problem;
	}

	public String getProposal() {
		return this.proposal;
	}

	public String getBeneficiaries() {
		return this.beneficiaries;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public String getDepartment() {
		return this.department;
	}

	public EntryRoute getEntryRoute() {
		return this.entryRoute;
	}

	public Set<String> getThemes() {
		return Set.copyOf(this.themes);
	}

	public BigDecimal getEstimatedCost() {
		return this.estimatedCost;
	}

	public Person getSubmitter() {
		return this.submitter;
	}

	/** The co-authors, by username. */
	public List<Person> getCoAuthors() {
		return List.copyOf(this.coAuthors);
	}

	/** Its lab lead shares it this far (docs/adr/0035). */
	void share(Sharing sharing) {
		this.sharing = sharing;
	}

	/** It adopts a pilot of this installation. */
	public void adopt(Idea origin) {
		this.origin = origin;
		this.originUrl = null;
		this.originTitle = origin.getTitle();
	}

	/** It adopts the pilot of another installation at this address. */
	public void adopt(String url, String title) {
		this.origin = null;
		this.originUrl = url;
		this.originTitle = title;
	}

	/** Its lead organisation's lab lead names the partners of a joint pilot. */
	public void namePartners(Set<Long> partners) {
		this.partners.clear();
		this.partners.addAll(partners);
	}

	public Set<Long> getPartners() {
		return Set.copyOf(this.partners);
	}

	public Sharing getSharing() {
		return this.sharing;
	}

	public Idea getOrigin() {
		return this.origin;
	}

	public String getOriginUrl() {
		return this.originUrl;
	}

	public String getOriginTitle() {
		return this.originTitle;
	}

	public boolean isPublicIdea() {
		return this.sharing == Sharing.PUBLIC;
	}

	public String getStage() {
		return this.stage;
	}

	public Instant getStageEnteredAt() {
		return this.stageEnteredAt;
	}

	public Instant getTestEndsAt() {
		return this.testEndsAt;
	}

	public Instant getTestRemindAt() {
		return this.testRemindAt;
	}

	public Instant getWakeUpAt() {
		return this.wakeUpAt;
	}

	public BigDecimal getBudget() {
		return this.budget;
	}

	public String getReceivingUnit() {
		return this.receivingUnit;
	}

	public String getScaleProposedBy() {
		return this.scaleProposedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getScreenedAt() {
		return this.screenedAt;
	}

	public Instant getEndedAt() {
		return this.endedAt;
	}

	public Long getVersion() {
		return this.version;
	}

}
