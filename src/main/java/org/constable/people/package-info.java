/**
 * People: the POLE master data — persons (nominals) with aliases and descriptions, locations
 * (addresses with coordinates), vehicles, the links between them, and warning markers on persons
 * and addresses. Every read of a record is an audited consultation with a purpose, every change
 * an audited collection or alteration. It must never show a restricted record without
 * need-to-know, nor a field AccessPolicy withholds.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "audit", "shared"})
package org.constable.people;
