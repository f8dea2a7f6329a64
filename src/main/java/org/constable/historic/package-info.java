/**
 * Historic crime: the police.uk street-level files a force imports from before Constable, with the
 * import's run, file and row ledgers, the console command and the administrator's import page,
 * reading only from the import folder. It offers the records through
 * {@link org.constable.historic.HistoricCrimes} (anonymised, no personal data) and publishes nothing.
 * Its tables keep their names in the crime schema (crime.historic_crime, import_run, import_file,
 * import_duplicate, import_rejection), which no other module reads. It must never put a historic row
 * into crime records or the NCRS monitor, account for a row other than as imported, merged or
 * rejected, read a file outside the import folder, or echo a file's content.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "audit", "shared"})
package org.constable.historic;
