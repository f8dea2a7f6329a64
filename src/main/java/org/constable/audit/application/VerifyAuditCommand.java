package org.constable.audit.application;

import org.constable.audit.domain.ChainVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --constable.command=verify-audit}: verifies the chain from the console and exits with 0
 * when it is intact, 1 when it is broken, naming the first broken entry.
 */
@Component
@ConditionalOnProperty(name = "constable.command", havingValue = "verify-audit")
class VerifyAuditCommand implements ApplicationRunner {

    private final AuditVerifier verifier;
    private final ApplicationContext context;

    VerifyAuditCommand(AuditVerifier verifier, ApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainVerification v = verifier.verify();
        if (v.intact()) {
            System.out.printf(
                    "Audit trail intact: %d entries, %d signed checkpoints.%n",
                    v.entriesChecked(), v.checkpointsChecked());
        } else {
            System.out.printf(
                    "AUDIT TRAIL BROKEN at entry %d: %s (%d entries verified before it).%n",
                    v.firstBrokenSeq(), v.problem(), v.entriesChecked());
        }
        int code = v.intact() ? 0 : 1;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }
}
