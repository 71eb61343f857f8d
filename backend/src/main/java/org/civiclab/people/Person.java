package org.civiclab.people;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * Someone who signs in to CivicLab: an employee of an organisation with one or more
 * roles.
 */
@Entity
public class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private String displayName;

	private String email;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	private Organisation organisation;

	private String department;

	private boolean enabled = true;

	/**
	 * The language of the person's mails (en, sv, da, nl); null: their organisation's.
	 */
	private String language;

	@Enumerated(EnumType.STRING)
	private Provisioning provisionedBy = Provisioning.LOCAL;

	/** Whether the person agreed to be named in the public portfolio and open data. */
	private boolean publicNameConsent;

	/**
	 * When the person's data was erased (they are a pseudonym since); written by the
	 * erasure alone.
	 */
	@Column(insertable = false, updatable = false)
	private Instant erasedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private long version;

	protected Person() {
	}

	public Person(String username, String passwordHash, String displayName, Organisation organisation,
			String department, Set<Role> roles) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.organisation = organisation;
		this.department = department;
		this.roles = EnumSet.copyOf(roles);
	}

	/** Brings a person who signs in with the identity provider up to date with it. */
	void update(String displayName, String email, Organisation organisation, Set<Role> roles) {
		this.provisionedBy = Provisioning.OIDC;
		this.displayName = displayName;
		this.email = email;
		this.organisation = organisation;
		this.roles.clear();
		this.roles.addAll(roles);
	}

	/**
	 * An admin's change of what CivicLab owns of a person (not for provisioned people).
	 */
	void edit(String displayName, String email, String department, Set<Role> roles) {
		this.displayName = displayName;
		this.email = email;
		this.department = department;
		this.roles.clear();
		this.roles.addAll(roles);
	}

	/** A region's admin moves the person to another organisation of the installation. */
	void moveTo(Organisation organisation) {
		this.organisation = organisation;
	}

	/** The person chose a password (from an invitation); the hash only. */
	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/** Whether the person has a password of their own to sign in with. */
	boolean hasPassword() {
		return !OidcPeople.NO_PASSWORD.equals(this.passwordHash);
	}

	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean hasPublicNameConsent() {
		return this.publicNameConsent;
	}

	public void setPublicNameConsent(boolean consent) {
		this.publicNameConsent = consent;
	}

	public Provisioning getProvisionedBy() {
		return this.provisionedBy;
	}

	public void setProvisionedBy(Provisioning provisionedBy) {
		this.provisionedBy = provisionedBy;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public String getDepartment() {
		return this.department;
	}

	/** Whether the person's data was erased: they are a pseudonym now. */
	boolean isErased() {
		return this.erasedAt != null;
	}

	/**
	 * Whether the person can sign in: false once deactivated (they left), history kept.
	 */
	/** The language of the person's mails: their own choice, or their organisation's. */
	public String getMailLanguage() {
		return (this.language != null) ? this.language : this.organisation.getDefaultLanguage();
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public boolean isActive() {
		return this.enabled;
	}

	/** The person left: they can no longer sign in; everything they did stays. */
	public void deactivate() {
		this.enabled = false;
	}

	/** Makes them a region's admin who can sign in (the installation's first admin). */
	void grantRegionAdministration() {
		this.roles.add(Role.REGION_ADMIN);
		this.enabled = true;
	}

	public void reactivate() {
		this.enabled = true;
	}

	// Directory provisioning (admin-tokens, SCIM 2.0, docs/adr/0025)

	/**
	 * Brings a person a directory provisions up to date with it: from now on the
	 * directory owns their name and e-mail.
	 */
	public void updateFromDirectory(String displayName, String email) {
		this.provisionedBy = Provisioning.SCIM;
		this.displayName = displayName;
		this.email = email;
	}

	/** The roles the directory's groups give the person (SCIM, docs/adr/0025). */
	public void assignRolesFromDirectory(Set<Role> roles) {
		this.roles.clear();
		this.roles.addAll(roles);
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
