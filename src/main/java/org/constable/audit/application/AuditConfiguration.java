package org.constable.audit.application;

import java.nio.file.Path;
import org.constable.audit.domain.CheckpointSigner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    CheckpointSigner checkpointSigner(
            @Value("${constable.audit.checkpoint-key:}") String key,
            @Value("${constable.data-dir:./data}") String dataDir) {
        return new CheckpointSigner(CheckpointKey.load(key, Path.of(dataDir)));
    }
}
