package org.civiclab.lists;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A department, theme or receiving unit of an organisation. Its name is unique in its
 * list regardless of case ({@link #key}); retired, it is no longer offered or accepted,
 * and what already carries it keeps it.
 */
@Entity
@Table(name = "managed_list_entry")
class ListEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long organisationId;

	@Enumerated(EnumType.STRING)
	private ListKind kind;

	private String name;

	private String nameKey;

	private int position;

	private boolean retired;

	protected ListEntry() {
	}

	ListEntry(Long organisationId, ListKind kind, String name, int position) {
		this.organisationId = organisationId;
		this.kind = kind;
		this.position = position;
		rename(name);
	}

	/** How names compare: stripped, in lower case. */
	static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	void rename(String name) {
		this.name = name.strip();
		this.nameKey = key(name);
	}

	void moveTo(int position) {
		this.position = position;
	}

	void retire(boolean retired) {
		this.retired = retired;
	}

	Long getId() {
		return this.id;
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	ListKind getKind() {
		return this.kind;
	}

	String getName() {
		return this.name;
	}

	String getNameKey() {
		return this.nameKey;
	}

	int getPosition() {
		return this.position;
	}

	boolean isRetired() {
		return this.retired;
	}

}
