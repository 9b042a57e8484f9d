package dev.dlready.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several Spring contexts live in one test JVM, and each Vaadin context installs its own security-context strategy
 * globally, while its method security keeps using its own instance. Before each test this points the global strategy
 * back at the strategy of the context under test, so {@code @WithMockUser} and test sign-ins are seen by its services,
 * whatever order the test classes run in.
 */
public class SecurityStrategyAlignment implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 5000; // after dependency injection, before WithSecurityContextTestExecutionListener (10000)
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            align(testContext);
        }
    }

    private static void align(TestContext testContext) {
        testContext.getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
