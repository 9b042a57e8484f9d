package dev.dlready.readiness.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    static final ItemParameters DECLARED = new ItemParameters(1, 0, 0);

    record Simulation(List<ItemParameters> truth, List<Calibration.Item> items, List<Calibration.Response> responses) {}

    /**
     * Candidates with abilities from N(0, 1) answer every item; items have a in [0.7, 2] and b in [-2, 2]; every third
     * item is a four-option choice (known guessing floor 1/4), the rest open answers.
     */
    static Simulation simulate(long seed, int candidates, int itemCount) {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        var truth = new ArrayList<ItemParameters>();
        var items = new ArrayList<Calibration.Item>();
        for (int i = 0; i < itemCount; i++) {
            double c = i % 3 == 0 ? 0.25 : 0;
            truth.add(new ItemParameters(0.7 + 1.3 * random.nextDouble(), -2 + 4 * random.nextDouble(), c));
            items.add(new Calibration.Item(i, new ItemParameters(1, 0, c)));
        }
        var responses = new ArrayList<Calibration.Response>();
        for (int s = 0; s < candidates; s++) {
            double theta = random.nextGaussian();
            for (int i = 0; i < itemCount; i++) {
                double credit = random.nextDouble() < truth.get(i).probability(theta) ? 1 : 0;
                responses.add(new Calibration.Response(s, i, credit, 1));
            }
        }
        return new Simulation(truth, items, responses);
    }

    /**
     * Tolerances measured on 100 simulated data sets of this size (seeds 1000–1099): RMSE of b had median 0.10 and 95th
     * percentile 0.14, RMSE of a median 0.13 and 95th percentile 0.17; at least 18 of 20 items were within ±0.25 in b
     * and ±0.3 in a in 95 of them. The items that miss are easy four-option items with low discrimination, where the
     * guessing floor and the slope are hard to tell apart. The bounds below hold for about 19 data sets in 20, so a
     * failure means the estimator changed, not that one draw was unlucky.
     */
    @Test
    void recovers_known_parameters_from_simulated_responses() {
        var sim = simulate(20261126L, 1500, 20);

        var result = Calibration.calibrate(sim.items(), sim.responses(), Calibration.Settings.DEFAULT);

        assertThat(result.converged()).isTrue();
        assertThat(result.students()).isEqualTo(1500);
        assertThat(result.calibrated()).hasSize(20);
        double squaredA = 0;
        double squaredB = 0;
        double errorA = 0;
        double errorB = 0;
        int close = 0;
        for (var item : result.items()) {
            var truth = sim.truth().get((int) item.item());
            var estimate = item.calibrated();
            assertThat(estimate.guessing()).isEqualTo(truth.guessing());
            double da = estimate.discrimination() - truth.discrimination();
            double db = estimate.difficulty() - truth.difficulty();
            squaredA += da * da;
            squaredB += db * db;
            errorA += da;
            errorB += db;
            if (Math.abs(db) <= 0.25 && Math.abs(da) <= 0.3) {
                close++;
            }
        }
        assertThat(Math.sqrt(squaredB / 20)).as("RMSE of b").isLessThan(0.15);
        assertThat(Math.sqrt(squaredA / 20)).as("RMSE of a").isLessThan(0.20);
        assertThat(Math.abs(errorB / 20)).as("mean error of b").isLessThan(0.1);
        assertThat(Math.abs(errorA / 20)).as("mean error of a").isLessThan(0.1);
        assertThat(close).as("items within b ± 0.25 and a ± 0.3").isGreaterThanOrEqualTo(18);
    }

    /** 100 data sets at the threshold: RMSE of b median 0.29, 95th percentile 0.41; of a median 0.32, 95th 0.40. */
    @Test
    void at_the_threshold_the_estimates_are_rough_but_usable() {
        var sim = simulate(7L, 150, 20);

        var result = Calibration.calibrate(sim.items(), sim.responses(), Calibration.Settings.DEFAULT);

        double squaredB = 0;
        double squaredA = 0;
        for (var item : result.items()) {
            var truth = sim.truth().get((int) item.item());
            squaredB += Math.pow(item.calibrated().difficulty() - truth.difficulty(), 2);
            squaredA += Math.pow(item.calibrated().discrimination() - truth.discrimination(), 2);
        }
        // Declared parameters miss by more: a is always 1 (RMSE about 0.5 over a in [0.7, 2]) and b moves in steps of 0.75.
        assertThat(Math.sqrt(squaredB / 20)).isLessThan(0.45);
        assertThat(Math.sqrt(squaredA / 20)).isLessThan(0.45);
    }

    @Test
    void items_below_the_threshold_keep_their_declared_parameters_and_do_not_count() {
        var sim = simulate(11L, 300, 6);
        var responses = new ArrayList<>(sim.responses());
        var rare = new Calibration.Item(99, new ItemParameters(1, 1.5, 0.25));
        for (int s = 0; s < 40; s++) {
            responses.add(new Calibration.Response(s, 99, s % 2, 1));
        }
        var items = new ArrayList<>(sim.items());
        items.add(rare);

        var with = Calibration.calibrate(items, responses, Calibration.Settings.DEFAULT.withThreshold(150, 100));
        var without = Calibration.calibrate(sim.items(), sim.responses(), Calibration.Settings.DEFAULT.withThreshold(150, 100));

        var rareResult = with.items().stream().filter(r -> r.item() == 99).findFirst().orElseThrow();
        assertThat(rareResult.isCalibrated()).isFalse();
        assertThat(rareResult.inForce()).isEqualTo(rare.declared());
        assertThat(rareResult.responses()).isEqualTo(40);
        assertThat(rareResult.students()).isEqualTo(40);
        assertThat(with.calibrated()).hasSize(6);
        // Its responses are left out entirely: the other items come out exactly as without them.
        for (int i = 0; i < 6; i++) {
            assertThat(with.items().get(i).calibrated()).isEqualTo(without.items().get(i).calibrated());
        }
    }

    @Test
    void both_parts_of_the_threshold_apply_responses_and_distinct_students() {
        var responses = new ArrayList<Calibration.Response>();
        // 200 responses but from only 50 students (four each): not enough students.
        for (int s = 0; s < 50; s++) {
            for (int k = 0; k < 4; k++) {
                responses.add(new Calibration.Response(s, 1, (s + k) % 2, 1));
            }
        }
        // 120 students at practice weight 0.25: 30 weighted responses, not enough responses.
        for (int s = 0; s < 120; s++) {
            responses.add(new Calibration.Response(s, 2, s % 2, 0.25));
        }
        var items = List.of(new Calibration.Item(1, DECLARED), new Calibration.Item(2, DECLARED));

        var result = Calibration.calibrate(items, responses, Calibration.Settings.DEFAULT);

        assertThat(result.calibrated()).isEmpty();
        assertThat(result.items().get(0).responses()).isEqualTo(200);
        assertThat(result.items().get(0).students()).isEqualTo(50);
        assertThat(result.items().get(1).responses()).isEqualTo(30);
        assertThat(result.students()).isZero();
        assertThat(result.converged()).isTrue();
    }

    @Test
    void the_priors_keep_an_item_everyone_gets_right_finite() {
        var responses = new ArrayList<Calibration.Response>();
        for (int s = 0; s < 200; s++) {
            responses.add(new Calibration.Response(s, 1, 1, 1));
            responses.add(new Calibration.Response(s, 2, s % 2, 1));
        }
        var items = List.of(new Calibration.Item(1, DECLARED), new Calibration.Item(2, DECLARED));

        var result = Calibration.calibrate(items, responses, Calibration.Settings.DEFAULT);

        var easy = result.items().get(0).calibrated();
        assertThat(easy.difficulty()).isLessThan(-2).isGreaterThan(-6);
        assertThat(easy.discrimination()).isBetween(0.1, 6.0);
        // Half right on the other item: its difficulty sits at the middle of the students.
        assertThat(result.items().get(1).calibrated().difficulty()).isCloseTo(0, within(0.05));
    }

    @Test
    void fractional_credit_counts_as_a_fraction_of_a_success() {
        // Credit x at weight w is the same evidence as a success at weight w·x plus a failure at weight w·(1 - x).
        var sim = simulate(5L, 200, 6);
        var fractional = new ArrayList<Calibration.Response>();
        var split = new ArrayList<Calibration.Response>();
        for (var r : sim.responses()) {
            double credit = 0.2 + 0.6 * r.credit();
            fractional.add(new Calibration.Response(r.student(), r.item(), credit, 1));
            split.add(new Calibration.Response(r.student(), r.item(), 1, credit));
            split.add(new Calibration.Response(r.student(), r.item(), 0, 1 - credit));
        }
        var fromFractions = Calibration.calibrate(sim.items(), fractional, Calibration.Settings.DEFAULT);
        var fromSplit = Calibration.calibrate(sim.items(), split, Calibration.Settings.DEFAULT);
        for (int i = 0; i < 6; i++) {
            var f = fromFractions.items().get(i).calibrated();
            var s = fromSplit.items().get(i).calibrated();
            assertThat(f.difficulty()).isCloseTo(s.difficulty(), within(1e-6));
            assertThat(f.discrimination()).isCloseTo(s.discrimination(), within(1e-6));
        }
        // Partial credit is weaker evidence than all-or-nothing answers: discriminations come out lower.
        var fromWhole = Calibration.calibrate(sim.items(), sim.responses(), Calibration.Settings.DEFAULT);
        assertThat(fromFractions.items().getFirst().calibrated().discrimination())
                .isLessThan(fromWhole.items().getFirst().calibrated().discrimination());
    }

    @Test
    void the_same_data_give_the_same_estimates() {
        var sim = simulate(3L, 200, 8);
        var first = Calibration.calibrate(sim.items(), sim.responses(), Calibration.Settings.DEFAULT);
        var second = Calibration.calibrate(sim.items(), sim.responses(), Calibration.Settings.DEFAULT);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void linking_shifts_difficulties_so_calibrated_items_keep_their_declared_average() {
        var result = new Calibration.Result(List.of(
                        new Calibration.ItemResult(1, new ItemParameters(1, 0.0, 0), new ItemParameters(1.2, -1.0, 0), 200, 150),
                        new Calibration.ItemResult(2, new ItemParameters(1, 1.5, 0.25), new ItemParameters(0.8, 0.0, 0.25), 200, 150),
                        new Calibration.ItemResult(3, new ItemParameters(1, 3.0, 0), null, 20, 20)),
                150, 12, true, -100);

        var linked = Calibration.linkToDeclared(result);

        // Declared mean (0 + 1.5) / 2 = 0.75; calibrated mean (-1 + 0) / 2 = -0.5; shift +1.25.
        assertThat(linked.items().get(0).calibrated()).isEqualTo(new ItemParameters(1.2, 0.25, 0));
        assertThat(linked.items().get(1).calibrated()).isEqualTo(new ItemParameters(0.8, 1.25, 0.25));
        assertThat(linked.items().get(2).calibrated()).isNull();
        assertThat(linked.items().get(2).inForce()).isEqualTo(new ItemParameters(1, 3.0, 0));
    }

    @Test
    void settings_reject_an_empty_threshold() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Calibration.Settings.DEFAULT.withThreshold(0, 0));
    }
}
