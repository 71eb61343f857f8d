package org.civiclab.people;

/**
 * What a person may do in CivicLab. Each role is also the candidate group that the
 * pipeline's user tasks name.
 */
public enum Role {

	INTRAPRENEUR("intrapreneur"), LAB_LEAD("lab-lead"), EXECUTIVE("executive"), ADMIN("admin");

	private final String group;

	Role(String group) {
		this.group = group;
	}

	/** The candidate group of the BPMN model that this role stands for. */
	public String group() {
		return this.group;
	}

}
