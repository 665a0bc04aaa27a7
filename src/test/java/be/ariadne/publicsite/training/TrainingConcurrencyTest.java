package be.ariadne.publicsite.training;

import static org.assertj.core.api.Assertions.assertThat;

import be.ariadne.publicsite.guard.Secrets;
import be.ariadne.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Registrations and cancellations at the same moment: never overbooked, the waiting list moves up in order. */
@IntegrationTest
class TrainingConcurrencyTest {
    @Autowired Training training;
    @Autowired TrainingStore store;

    long session(int capacity) {
        return training.create(new TrainingChecks.ValidSession("Concurrency " + System.nanoTime(), null, "fr",
                Instant.now().plus(3, ChronoUnit.DAYS), 60, "Room 1", null, capacity));
    }

    Training.Registered register(long id, int n) {
        String token = Secrets.token();
        return training.register(id, new TrainingChecks.ValidRegistration("Person " + n, "Org", "Role", "p" + n + "@example.org"),
                token, Secrets.sha256("sub:" + token), "fr", "/training/registration/" + token);
    }

    @Test
    void concurrentRegistrationsNeverOverbook() throws Exception {
        long id = session(5);
        List<Training.Registered> results = runTogether(16, n -> register(id, n));
        assertThat(results.stream().filter(r -> r.registration().status() == RegistrationStatus.REGISTERED)).hasSize(5);
        assertThat(results.stream().filter(r -> r.registration().status() == RegistrationStatus.WAITING)).hasSize(11);
        assertThat(results.stream().map(Training.Registered::waitingPosition).filter(p -> p > 0).sorted().toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(training.session(id).registered()).isEqualTo(5);
    }

    @Test
    void concurrentCancellationsAndRegistrationsKeepEveryPlaceFilledInOrder() throws Exception {
        long id = session(4);
        List<Registration> placed = new ArrayList<>();
        List<Registration> waiting = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Registration r = register(id, i).registration();
            (r.status() == RegistrationStatus.REGISTERED ? placed : waiting).add(r);
        }
        assertThat(placed).hasSize(4);
        // Three people with a place cancel while six newcomers register, all at once.
        List<Object> outcomes = runTogether(9, n -> n < 3 ? training.cancel(placed.get(n)) : register(id, 100 + n));
        assertThat(outcomes).hasSize(9);
        TrainingSession s = training.session(id);
        assertThat(s.registered()).isEqualTo(4);
        assertThat(s.waiting()).isEqualTo(4 + 6 - 3);
        // The three places went to the three who had waited longest.
        for (int i = 0; i < 3; i++) {
            assertThat(store.registration(waiting.get(i).id()).orElseThrow().status()).isEqualTo(RegistrationStatus.REGISTERED);
        }
        assertThat(store.registration(waiting.get(3).id()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITING);
    }

    interface Work<T> {
        T run(int n) throws Exception;
    }

    static <T> List<T> runTogether(int threads, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int n = i;
            Callable<T> task = () -> {
                go.await();
                return work.run(n);
            };
            futures.add(pool.submit(task));
        }
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) results.add(f.get());
        pool.shutdown();
        return results;
    }
}
