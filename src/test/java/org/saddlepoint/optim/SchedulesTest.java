package org.saddlepoint.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Schedules against closed forms, spec round trips and parse errors. */
class SchedulesTest {
    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
    }

    @Test void caffeInv() {
        Schedule s = Schedules.parse("inv:gamma=1e-4,power=0.75");
        for (int k : new int[] {0, 1, 10, 1000, 100000}) close(0.01 * Math.pow(1 + 1e-4 * k, -0.75), s.lr(k, 0.01), "k=" + k);
        assertEquals(0.01, s.lr(0, 0.01));
    }

    @Test void caffeSigmoid() {
        Schedule s = Schedules.parse("sigmoid:gamma=-0.05,step=100");
        for (int k : new int[] {0, 50, 100, 200}) close(0.1 / (1 + Math.exp(0.05 * (k - 100))), s.lr(k, 0.1), "k=" + k);
        close(0.05, s.lr(100, 0.1), "half way at k = step");
    }

    @Test void warmupThenCosine() {
        Schedule s = Schedules.parse("warmup:steps=5,start_factor=0.2+cosine:t_max=20,eta_min=0.001");
        double base = 0.1;
        for (int k = 0; k < 5; k++) close(base * (0.2 + 0.8 * k / 5.0), s.lr(k, base), "warmup k=" + k);
        for (int k = 5; k < 60; k++) {
            double j = k - 5;
            close(0.001 + (base - 0.001) * (1 + Math.cos(Math.PI * j / 20)) / 2, s.lr(k, base), "cosine k=" + k);
        }
        close(0.1, s.lr(5, base), "cosine restarts at η");
        close(0.001, s.lr(25, base), "η_min at t_max");
    }

    @Test void warmupDefaultsToTorchsLinearStartFactor() {
        Schedule s = Schedules.parse("warmup:steps=3+constant");
        close(0.3 / 3, s.lr(0, 0.3), "k=0");
        close(0.3 * (1.0 / 3 + (2.0 / 3) * 2 / 3), s.lr(2, 0.3), "k=2");
        close(0.3, s.lr(3, 0.3), "k=3");
    }

    @Test void expRangeGrowsGeometricallyFromStartToEnd() {
        Schedule s = Schedules.parse("exp_range:start=1e-5,end=10,steps=61");
        close(1e-5, s.lr(0, 123), "start, ignoring η");
        close(10, s.lr(60, 123), "end at steps−1");
        for (int k = 0; k < 60; k++) close(Math.pow(10, 0.1), s.lr(k + 1, 1) / s.lr(k, 1), "ratio at k=" + k);
        close(1e-5 * Math.pow(1e6, 30 / 60.0), s.lr(30, 1), "middle");
    }

    @Test void stepMultistepExpPolyLinearCyclicByHand() {
        close(0.1 * 0.25, Schedules.parse("step:step_size=3,gamma=0.5").lr(7, 0.1), "step");
        close(0.1, Schedules.parse("step:step_size=3").lr(2, 0.1), "step before the first drop");
        close(0.01, Schedules.parse("step:step_size=3").lr(3, 0.1), "step default γ = 0.1");
        close(0.1 * 0.01, Schedules.parse("multistep:milestones=2;5,gamma=0.1").lr(5, 0.1), "multistep");
        close(0.1 * 0.1, Schedules.parse("multistep:milestones=2;5,gamma=0.1").lr(4, 0.1), "multistep between");
        close(0.1 * Math.pow(0.9, 7), Schedules.parse("exp:gamma=0.9").lr(7, 0.1), "exp");
        close(0.1 * Math.pow(1 - 3 / 10.0, 2), Schedules.parse("poly:total_iters=10,power=2").lr(3, 0.1), "poly");
        close(0, Schedules.parse("poly:total_iters=10,power=2").lr(30, 0.1), "poly past the end");
        close(0.1 * (0.5 + 0.5 * 2 / 4), Schedules.parse("linear:start_factor=0.5,total_iters=4").lr(2, 0.1), "linear");
        Schedule cyc = Schedules.parse("cyclic:base_lr=0.01,max_lr=0.1,step_size_up=4,step_size_down=2");
        close(0.01, cyc.lr(0, 5), "cyclic starts at base_lr, ignoring η");
        close(0.01 + 0.09 * 3 / 4, cyc.lr(3, 5), "cyclic rising");
        close(0.1, cyc.lr(4, 5), "cyclic peak");
        close(0.01 + 0.09 / 2, cyc.lr(5, 5), "cyclic falling (down = 2)");
        close(0.01, cyc.lr(6, 5), "cyclic next cycle");
        close(0.1, Schedules.parse("cosine:t_max=10").lr(0, 0.1), "cosine start");
        close(0, Schedules.parse("cosine:t_max=10").lr(10, 0.1), "cosine η_min default 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"constant", "step:step_size=10,gamma=0.5", "step:step_size=10", "multistep:milestones=50;120,gamma=0.2",
        "exp:gamma=0.99", "cosine:t_max=100,eta_min=1e-05", "cosine:t_max=7", "poly:total_iters=30,power=2", "poly",
        "linear:start_factor=0.1,end_factor=1,total_iters=10", "linear", "cyclic:base_lr=0.01,max_lr=0.1,step_size_up=5",
        "cyclic:base_lr=0.01,max_lr=0.1,step_size_up=5,step_size_down=3", "inv:gamma=0.0001,power=0.75",
        "sigmoid:gamma=-0.1,step=50", "exp_range:start=1e-5,end=10,steps=100", "warmup:steps=10+cosine:t_max=90",
        "warmup:steps=10,start_factor=0.01+step:step_size=5,gamma=1e+0", " STEP : step_size = 4 , gamma = 0.5 ", ""})
    void canonicalSpecReparsesToAnEqualSchedule(String text) {
        Schedule s = Schedules.parse(text);
        Schedule again = Schedules.parse(s.spec());
        assertEquals(s, again, "spec " + s.spec());
        assertEquals(s.spec(), again.spec());
        for (int k = 0; k < 200; k += 7) assertEquals(s.lr(k, 0.3), again.lr(k, 0.3), 0.0);
    }

    @Test void canonicalSpecsSpellEveryKey() {
        assertEquals("step:step_size=10,gamma=0.1", Schedules.parse("step:step_size=10").spec());
        assertEquals("cosine:t_max=100,eta_min=1.0E-5", Schedules.parse("cosine:eta_min=1e-5,t_max=100").spec());
        assertEquals("warmup:steps=10,start_factor=0.5+exp:gamma=0.99", Schedules.parse("warmup:steps=10,start_factor=0.5+exp:gamma=0.99").spec());
        assertSame(Schedule.CONSTANT, Schedules.parse("constant"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "step:step_size=10,gama=0.5 | schedule 'step': unknown key 'gama' (did you mean 'gamma'?)",
        "stepp:step_size=10 | unknown schedule 'stepp' (did you mean 'step'?) (expected one of constant, step, multistep, exp, cosine, poly, linear, cyclic, inv, sigmoid, exp_range, warmup)",
        "step:gamma=0.5 | schedule 'step': missing key 'step_size' (expected keys: step_size, gamma)",
        "step:step_size=ten | schedule 'step': step_size='ten' is not an integer",
        "step:step_size=0 | schedule 'step': step_size=0 must be a positive integer",
        "exp:gamma=abc | schedule 'exp': gamma='abc' is not a finite number",
        "exp:gamma=0.9,gamma=0.8 | schedule 'exp': key 'gamma' given twice",
        "exp:0.9 | schedule 'exp': expected key=value, got '0.9' (expected keys: gamma)",
        "multistep:milestones=5;x | schedule 'multistep': milestones='5;x': 'x' is not an integer (expected e.g. milestones=50;120)",
        "multistep:milestones=50;20 | schedule 'multistep': milestones='50;20' must be strictly increasing",
        "warmup:steps=5 | schedule 'warmup': expected warmup:steps=W[,start_factor=F]+SPEC, e.g. warmup:steps=10+cosine:t_max=100",
        "warmup:steps=5+ | schedule 'warmup': nothing after '+' (expected a schedule, e.g. +cosine:t_max=100)",
        "warmup:steps=5+cosin:t_max=3 | unknown schedule 'cosin' (did you mean 'cosine'?) (expected one of constant, step, multistep, exp, cosine, poly, linear, cyclic, inv, sigmoid, exp_range, warmup)",
        "exp_range:start=0,end=10,steps=5 | schedule 'exp_range': start=0 must be > 0",
        "exp_range:start=1e-5,end=10,steps=1 | schedule 'exp_range': steps=1 must be ≥ 2",
        "linear:start_factor=0 | schedule 'linear': start_factor=0 must be in (0, 1]",
        "constant:gamma=1 | schedule 'constant': unknown key 'gamma' (it takes no keys)",
        "cyclic:max_lr=0.1 | schedule 'cyclic': missing key 'base_lr' (expected keys: base_lr, max_lr, step_size_up, step_size_down)"})
    void badSpecsGiveOneLineMessages(String spec, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schedules.parse(spec));
        assertEquals(message, e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }
}
