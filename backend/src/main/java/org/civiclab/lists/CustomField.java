package org.civiclab.lists;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A field an organisation adds to its submission form. Retired, it leaves the form; the
 * values ideas hold stay.
 */
@Entity
class CustomField {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long organisationId;

	private String label;

	@Enumerated(EnumType.STRING)
	private FieldType type;

	private boolean required;

	/** The choices, one a line. */
	private String choices;

	private int position;

	private boolean retired;

	protected CustomField() {
	}

	CustomField(Long organisationId, int position) {
		this.organisationId = organisationId;
		this.position = position;
	}

	void describe(CustomFieldRequest request) {
		this.label = request.label().strip();
		this.type = request.type();
		this.required = request.required();
		this.choices = (request.type() == FieldType.CHOICE)
				? String.join("\n", request.choices().stream().map(String::strip).toList()) : null;
		this.retired = request.retired();
	}

	void moveTo(int position) {
		this.position = position;
	}

	FieldSpec spec() {
		return new FieldSpec(this.id, this.label, this.type, this.required, choiceList());
	}

	List<String> choiceList() {
		return (this.choices == null || this.choices.isEmpty()) ? List.of() : Arrays.asList(this.choices.split("\n"));
	}

	Long getId() {
		return this.id;
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	FieldType getType() {
		return this.type;
	}

	int getPosition() {
		return this.position;
	}

	boolean isRetired() {
		return this.retired;
	}

}
