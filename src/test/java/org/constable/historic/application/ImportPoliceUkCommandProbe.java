package org.constable.historic.application;

import java.io.PrintStream;
import org.springframework.context.ApplicationContext;

/** The import command as the console runs it, for tests outside its package. */
public final class ImportPoliceUkCommandProbe {

    private final ImportPoliceUkCommand command;

    public ImportPoliceUkCommandProbe(PoliceUkImport imports, ApplicationContext context, String path) {
        this.command = new ImportPoliceUkCommand(imports, context, path);
    }

    public int importAndReport(PrintStream out) {
        return command.importAndReport(out);
    }
}
