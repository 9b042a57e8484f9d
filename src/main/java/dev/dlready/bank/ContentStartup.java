package dev.dlready.bank;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Synchronises the bank with the quiz files at start-up, so a restart never duplicates anything. */
@Component
@Order(10)
class ContentStartup implements ApplicationRunner {

    private final ContentSync sync;
    private final ContentSettings settings;

    ContentStartup(ContentSync sync, ContentSettings settings) {
        this.sync = sync;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.loadOnStartup()) {
            sync.synchronise();
        }
    }
}
