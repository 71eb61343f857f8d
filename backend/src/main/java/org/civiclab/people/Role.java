package org.civiclab.people;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person may do in CivicLab. Each role is also the candidate group that the
 * pipeline's user tasks name.
 */
public enum Role {

	INTRAPRENEUR("intrapreneur"), LAB_LEAD("lab-lead"), EXECUTIVE("executive"),
	/** Administers the people, lists and settings of their own organisation. */
	ADMIN("admin"),
	/** Administers every organisation of the installation (a region's admin). */
	REGION_ADMIN("region-admin");

	private final String group;

	Role(String group) {
		this.group = group;
	}

	/** The candidate group of the BPMN model that this role stands for. */
	public String group() {
		return this.group;
	}

	/** The role a candidate group of the model stands for, if any. */
	public static Optional<Role> ofGroup(String group) {
		return Arrays.stream(values()).filter((role) -> role.group.equals(group)).findFirst();
	}

}
