package be.ariadne.casefile;

import org.springframework.context.ApplicationContext;

/** For other modules' tests: seeds the case file's demo cases (as {@code --demo} does) and returns the code of {@code DEMO-1}. */
public final class CaseFileDemoAccess {
    private CaseFileDemoAccess() {
    }

    public static String seedDemoCases(ApplicationContext context) {
        return context.getBean(CaseFileDemo.class).seedCases();
    }
}
