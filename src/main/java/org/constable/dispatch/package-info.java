/**
 * Dispatch: units (resources) with their skills, status and location; incidents, assignment and
 * the live board arrive with command and control. It must never read other modules' tables and
 * never let a unit hold two active assignments.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "mapping", "shared"})
package org.constable.dispatch;
