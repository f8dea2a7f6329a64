/**
 * Custody under PACE: detentions in a custody suite's cells from arrival to leaving custody, with the
 * relevant time, the decision to detain, the detention limit and the authorities that move it, the
 * reviews, observation levels and cell visits, and the disposal; the suite board and the visiting
 * officer's phone. Every entry of a custody record names its author and is never changed. It must
 * never let a detention run past its limit without a release or an authority recorded first (the
 * database refuses it too), nor show a detainee without an audited purpose.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "audit", "shared", "people"})
package org.constable.custody;
