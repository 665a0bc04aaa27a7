package be.ariadne.referral;

import be.ariadne.shared.SystemActor;
import be.ariadne.shared.SystemSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the directory of centres from {@code referral/centres.json} on the application's first
 * start (marked in {@code app_setting}); afterwards the database is the directory and only
 * administrators change it. Runs before the demo seeding.
 */
@Component
@Order(10)
@ConditionalOnWebApplication
class DirectoryLoader implements ApplicationRunner {
    static final String LOADED = "referral.directory.loaded";
    private static final Logger log = LoggerFactory.getLogger(DirectoryLoader.class);
    private final Directory centres;
    private final SystemSettings settings;

    DirectoryLoader(Directory centres, SystemSettings settings) {
        this.centres = centres;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.get(LOADED).isPresent()) return;
        SystemActor actor = new SystemActor("referral-directory");
        int added = actor.call(() -> centres.loadMissing(actor.username()));
        settings.put(LOADED, "true");
        log.info("Directory of specialised centres loaded from {} ({} centres)", Directory.DATA_FILE, added);
    }
}
