package org.civiclab.lists;

/** What a custom field holds. */
public enum FieldType {

	TEXT, NUMBER, DATE, CHOICE

}
