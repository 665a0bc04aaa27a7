package be.ariadne.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a random port, on its own empty database (H2, or PostgreSQL with
 * ARIADNE_TEST_DB=postgres), with the demo organisations and users (password "demo") and no
 * generated demo cases. Test classes using exactly this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ariadne.demo=true", "ariadne.demo.cases=0"})
@AutoConfigureMockMvc
public @interface IntegrationTest {
}
