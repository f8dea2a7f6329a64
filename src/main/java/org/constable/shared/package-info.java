/**
 * Tiny, stable value types every module may use: record references, geographic points and
 * addresses, the import folder rule for files a user names, and the clock that lets the demo force
 * replay its history with the counts it draws. It owns no data and publishes nothing. It must never hold beans, SQL or rules
 * of any bounded context.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.constable.shared;
