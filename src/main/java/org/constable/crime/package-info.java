/**
 * Crime: crime records to the National Crime Recording Standard, Home Office classifications and
 * outcomes, the counting rules, and the NCRS integrity monitor. It publishes CrimeRecorded. It must
 * never let a crime-indicative incident vanish from the monitor, nor overwrite a record's history.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "audit", "shared", "people", "mapping", "dispatch"})
package org.constable.crime;
